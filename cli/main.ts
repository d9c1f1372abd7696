// Entry point of dist/cli.cjs (the `policy-linter` bin).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { run } from './run.ts';

// V8 runs a new regular expression in its bytecode interpreter first and compiles it to machine code only after
// that ("tier-up"). The engine's lexicons are large alternations, for which interpreting costs far more than
// compiling: it was 1 s of the 1.3 s the CLI took on a 3-line file, and 40 % of the CPU time of a 1,000-file run
// (docs/performance.md). Compile them at once. V8 flags are per process, so the worker threads get it too; regular
// expressions are compiled on first use, after this line, and match exactly the same either way.
setFlagsFromString('--no-regexp-tier-up');

// A closed pipe (policy-linter ... | head) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`policy-linter: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
