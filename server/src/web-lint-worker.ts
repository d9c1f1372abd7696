// Entry of dist/web/lint-worker.js, the Web Worker the browser server lints in (worker-host.ts): the browser twin of
// lint-service.ts, with the same messages over postMessage.
import { runLintJob, warmUpInTurns } from './lint-job.ts';
import type { ChildMessage, ParentMessage } from './lint-host.ts';

interface WorkerScope {
  postMessage(m: ChildMessage): void;
  onmessage: ((e: { data: ParentMessage }) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

warmUpInTurns((step) => setTimeout(step, 0), (ms) => scope.postMessage({ type: 'ready', ms }));

scope.onmessage = ({ data: m }) => {
  scope.postMessage({ type: 'started', id: m.id });
  try {
    scope.postMessage({ type: 'done', id: m.id, payload: runLintJob(m.job) });
  } catch (err) {
    // lint() is built never to throw; if it does, say why instead of dying.
    scope.postMessage({ type: 'error', id: m.id, message: String((err as Error)?.stack ?? err) });
  }
};
