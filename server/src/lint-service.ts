// The lint service: what the child process the language server lints in runs (dist/lint-service.cjs, loaded by
// lint-process.ts, the process's entry, through V8's code cache; process-host.ts starts it). It compiles the
// engine's patterns once at start (warmUpInTurns: a job that comes meanwhile is answered between the formats), then
// answers each job with 'started' and its result. Nothing here outlives the server: the process exits when the IPC
// channel to it closes.
import { runLintJob, warmUpInTurns, type LintJob } from './lint-job.ts';
import type { ChildMessage, ParentMessage } from './lint-host.ts';

// Regular expressions are compiled to machine code at once, as in the CLI: the bundles (dist/lint-process.cjs, the
// loader, and dist/lint-service.cjs) turn off V8's regexp tier-up in their first line (esbuild.mjs). Without it the
// warm-up lint below took seconds on a busy machine (3.4-5.8 s, 0.4-0.7 s with it); the matches are the same.

const send = (m: ChildMessage) => process.send!(m);
process.on('disconnect', () => process.exit(0));

// Each lint leaves garbage (an edit of 50 KB about 3 MB, mostly its window's parse). Once the result is sent, one
// scavenge of the young generation clears it while the editor waits for the next keystroke, so that the next lint does
// not pay for it: without it every fifth or so edit of 50 KB scavenged inside its lint (docs/performance.md, "Edit
// latency"); it takes a millisecond or two. V8 also keeps the pages it grew the heap to: once no job has come for a while,
// one full collection lets it give them back ("Memory"). Neither delays a lint: a new job cancels the wait, and a
// collection in progress takes tens of milliseconds.
const IDLE_MS = 2000;
const collect = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
let idle: ReturnType<typeof setTimeout> | undefined;
let scavenge: ReturnType<typeof setImmediate> | undefined;

warmUpInTurns(setImmediate, (ms) => send({ type: 'ready', ms }));

process.on('message', (m: ParentMessage) => {
  clearTimeout(idle);
  clearImmediate(scavenge);
  try {
    answer(m);
  } finally {
    if (collect) {
      scavenge = setImmediate(() => collect({ type: 'minor' })); // after the result's write
      (idle = setTimeout(() => collect(), IDLE_MS)).unref(); // a full collection, which also gives pages back
    }
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
