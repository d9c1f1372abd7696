// Entry of dist/lint-process.cjs, the child process the language server lints in (process-host.ts). It compiles the
// engine's patterns once at start, then answers each job with 'started' and its result. Nothing here outlives the
// server: the process exits when the IPC channel to it closes.
import { runLintJob, warmUp, type LintJob } from './lint-job.ts';
import type { ChildMessage, ParentMessage } from './lint-host.ts';

// Regular expressions are compiled to machine code at once, as in the CLI: the bundle (dist/lint-process.cjs) turns
// off V8's regexp tier-up in its first line (esbuild.mjs). Without it the warm-up lint below took seconds on a busy
// machine (3.4-5.8 s, 0.4-0.7 s with it); the matches are the same.

const send = (m: ChildMessage) => process.send!(m);
process.on('disconnect', () => process.exit(0));

// Each lint leaves the garbage of its parse, and V8 keeps the pages it grew the heap to: once no job has come for a
// while, one full collection lets it give them back (docs/performance.md, "Memory"). It never delays a lint: a new job
// cancels the wait, and a collection in progress takes tens of milliseconds.
const IDLE_MS = 2000;
const collect = (globalThis as { gc?: () => void }).gc;
let idle: ReturnType<typeof setTimeout> | undefined;

send({ type: 'ready', ms: warmUp() });

process.on('message', (m: ParentMessage) => {
  clearTimeout(idle);
  try {
    answer(m);
  } finally {
    if (collect) (idle = setTimeout(collect, IDLE_MS)).unref();
  }
});

function answer(m: ParentMessage): void {
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
}
