// Entry of dist/web/lint-worker.js, the Web Worker the browser server lints in (worker-host.ts): the browser twin of
// lint-process.ts, with the same messages over postMessage.
import { runLintJob, warmUp } from './lint-job.ts';
import type { ChildMessage, ParentMessage } from './lint-host.ts';

interface WorkerScope {
  postMessage(m: ChildMessage): void;
  onmessage: ((e: { data: ParentMessage }) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

scope.postMessage({ type: 'ready', ms: warmUp() });

scope.onmessage = ({ data: m }) => {
  scope.postMessage({ type: 'started', id: m.id });
  try {
    scope.postMessage({ type: 'done', id: m.id, payload: runLintJob(m.job) });
  } catch (err) {
    // lint() is built never to throw; if it does, say why instead of dying.
    scope.postMessage({ type: 'error', id: m.id, message: String((err as Error)?.stack ?? err) });
  }
};
