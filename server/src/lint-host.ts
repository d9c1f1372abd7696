// Where lints run. The server's scheduling (runner.ts) is the same everywhere; what runs a lint is a LintHost: in
// Node a child process (process-host.ts); a browser build can bring a Web Worker, or lint in its own thread.

import type { LintJob, LintPayload } from './lint-job.ts';

/** Why a lint gave no result. */
export type LintFailure = 'timeout' | 'memory' | 'crash';

export type HostOutcome =
  | { kind: 'done'; payload: LintPayload; /** ms from start to result */ ms: number }
  | { kind: 'failed'; reason: LintFailure; /** one line for the log */ detail: string };

export interface LintHost {
  /** The heap one lint may use (MB): the documents the server accepts are sized from it (engine/limits.ts). */
  readonly heapMb: number;
  /**
   * Lints one job. The caller runs one job at a time. A lint still running `deadlineMs` after it started is
   * abandoned (and whatever ran it is replaced). Never rejects.
   */
  run(job: LintJob, deadlineMs: number): Promise<HostOutcome>;
  /** Stops whatever runs lints; a lint in progress resolves as failed. */
  dispose(): void;
}
