// A lint worker (worker_threads), started by cli/pool.ts: receives one file's bytes and configuration per message
// and answers with the outcome of lintBytes. Bundled to dist/cli-worker.cjs.
import { parentPort } from 'node:worker_threads';
import { resolveConfig, type ResolvedConfig } from '../engine/config/resolve.ts';
import { lintBytes } from './lint-file.ts';
import type { WorkerJob, WorkerReply } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('cli/worker.ts runs only as a worker thread');
/** Resolved configurations by key: the main thread has reported their problems already. */
const resolved = new Map<string, ResolvedConfig>();

port.on('message', (job: WorkerJob) => {
  let config = resolved.get(job.configKey);
  if (!config) {
    config = resolveConfig(job.config, 'settings').config;
    resolved.set(job.configKey, config);
  }
  const reply: WorkerReply = { id: job.id, outcome: lintBytes(job.bytes, job.path, job.config, config) };
  port.postMessage(reply);
});
