// Lints files on worker threads (--jobs): each worker is fed files as it finishes them (two in flight, so it never
// waits for the main thread), and outcomes are returned in task order whatever order the workers finish in.
// Loaded only when a run has enough to do for several threads: a single small file never starts one.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PolicyLinterConfig } from '../engine/types.ts';
import type { FileOutcome } from './lint-file.ts';

export interface WorkerJob {
  id: number;
  path: string;
  bytes: Uint8Array;
  config: PolicyLinterConfig | undefined;
  /** Identifies `config`, so a worker resolves each configuration once. */
  configKey: string;
}

export interface WorkerReply {
  id: number;
  outcome: FileOutcome;
}

/** esbuild.mjs defines this as the worker bundle's file name (beside dist/cli.cjs). */
declare const POLICY_LINTER_WORKER: string | undefined;

/**
 * Bundled: dist/cli-worker.cjs. Run from sources (tests, the bench, under tsx): worker.ts, through tsx's loader,
 * which a worker thread does not inherit from an --import of its parent.
 */
function startWorker(): Worker {
  if (typeof POLICY_LINTER_WORKER === 'string') return new Worker(join(__dirname, POLICY_LINTER_WORKER));
  const require = createRequire(import.meta.url);
  const tsx = JSON.stringify(require.resolve('tsx/cjs/api'));
  const entry = JSON.stringify(require.resolve('./worker.ts'));
  return new Worker(`require(${tsx}).register(); require(${entry});`, { eval: true });
}

const IN_FLIGHT = 2;

/**
 * Lints `count` files on `threads` workers. `prepare(i)` gives the job for file i (read when it is dispatched), or
 * its outcome directly when the file cannot be read. A worker that dies fails the files it held and is replaced.
 */
export function lintInWorkers(count: number, threads: number, prepare: (i: number) => Omit<WorkerJob, 'id'> | FileOutcome, label: (i: number) => string): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(count);
  let next = 0;
  let done = 0;
  const workers = new Set<Worker>();
  return new Promise((resolveAll) => {
    const finish = (i: number, outcome: FileOutcome) => {
      outcomes[i] = outcome;
      if (++done === count) {
        for (const w of workers) void w.terminate();
        workers.clear();
        resolveAll(outcomes);
      }
    };
    const feed = (worker: Worker, held: Set<number>) => {
      while (held.size < IN_FLIGHT && next < count) {
        const i = next++;
        const job = prepare(i);
        if (!('bytes' in job)) {
          finish(i, job);
          continue;
        }
        held.add(i);
        worker.postMessage({ id: i, ...job } satisfies WorkerJob);
      }
    };
    const start = () => {
      const worker = startWorker();
      const held = new Set<number>();
      workers.add(worker);
      worker.on('message', (reply: WorkerReply) => {
        held.delete(reply.id);
        feed(worker, held);
        finish(reply.id, reply.outcome);
      });
      const lost = (reason: string) => {
        if (!workers.delete(worker)) return;
        const failed = [...held];
        held.clear();
        if (next < count) start();
        for (const i of failed) finish(i, { failure: `internal error while linting ${label(i)}: the worker thread stopped (${reason})` });
      };
      worker.on('error', (e) => lost(e?.message ?? String(e)));
      worker.on('exit', (code) => lost(`exit code ${code}`));
      feed(worker, held);
    };
    if (count === 0) resolveAll(outcomes);
    // A file that fails to read is finished without a worker, so stop starting them once nothing is left.
    for (let k = 0; k < threads && next < count; k++) start();
  });
}
