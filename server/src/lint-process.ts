// Entry of dist/lint-process.cjs, the child process the language server lints in (process-host.ts). It compiles the
// engine's patterns once at start, then answers each job with 'started' and its result. Nothing here outlives the
// server: the process exits when the IPC channel to it closes.
import { setFlagsFromString } from 'node:v8';
import { runLintJob, warmUp, type LintJob } from './lint-job.ts';
import type { ChildMessage, ParentMessage } from './lint-host.ts';

// Regular expressions compiled to machine code at once, as in the CLI (cli/main.ts): V8's interpreter tier made the
// warm-up lint below take seconds (3.4-5.8 s on a busy machine, 0.4-0.7 s without it); the matches are the same.
setFlagsFromString('--no-regexp-tier-up');

const send = (m: ChildMessage) => process.send!(m);
process.on('disconnect', () => process.exit(0));

send({ type: 'ready', ms: warmUp() });

process.on('message', (m: ParentMessage) => {
  send({ type: 'started', id: m.id });
  let payload;
  try {
    payload = runLintJob(m.job as LintJob);
  } catch (err) {
    // lint() is built never to throw; if it does, say why instead of dying.
    send({ type: 'error', id: m.id, message: String((err as Error)?.stack ?? err) });
    return;
  }
  send({ type: 'done', id: m.id, payload });
});
