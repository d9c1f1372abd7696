// Entry point of dist/cli.cjs (the `policy-linter` bin).
import { readFileSync } from 'node:fs';
import { run } from './run.ts';

// The bundle (dist/cli.cjs) turns off V8's regexp tier-up in its first line: see esbuild.mjs.

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
