// Preloaded into the language server by the robustness tests (node --expose-gc --require this-file): on SIGUSR2 it
// runs a full garbage collection and writes the process's memory figures to stderr as one line. The server's own
// code is unchanged; this only lets a test measure retained memory instead of RSS, which the allocator keeps high.
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc();
  process.stderr.write(`policy-linter-memory ${JSON.stringify(process.memoryUsage())}\n`);
});
