// Where lints run. The server's scheduling (runner.ts) is the same everywhere; what runs a lint is a LintHost: in
// Node a child process (process-host.ts); in a browser a Web Worker (worker-host.ts). Both keep one job at a time
// with the bookkeeping of SerialLintHost below, and speak the same messages to what runs the lint.

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

/** To the lint process or worker: one job. */
export type ParentMessage = { id: number; job: LintJob };
/** From the lint process or worker: ready once, then started and done/error per job. */
export type ChildMessage =
  | { type: 'ready'; ms: number }
  /** The lint process was given a code cache directory (code-cache.ts): whether its code came from the cache. */
  | { type: 'code-cache'; used: boolean }
  | { type: 'started'; id: number }
  | { type: 'done'; id: number; payload: LintPayload }
  | { type: 'error'; id: number; message: string };

/** The job in flight on a host, on `runner` (a child process, a worker). */
export interface Running<R> {
  id: number;
  runner: R;
  deadlineMs: number;
  /** When the runner said it started (performance.now()). */
  startedAt?: number;
  timer?: ReturnType<typeof setTimeout>;
  resolve: (outcome: HostOutcome) => void;
}

/** The outcome of a job given to, or still running on, a host that was disposed. */
export const HOST_STOPPED: HostOutcome = { kind: 'failed', reason: 'crash', detail: 'the lint host was stopped' };

/**
 * One job at a time on a runner that answers with ChildMessages: each job gets an id, its outcome is delivered once,
 * and messages about any other job (one abandoned earlier) are ignored. A host says how its runner takes a job
 * (`post`) and what happens when a job starts (`started`: arm the deadline).
 */
export abstract class SerialLintHost<R, C extends Running<R> = Running<R>> implements LintHost {
  abstract readonly heapMb: number;
  protected current?: C;
  protected disposed = false;
  private nextId = 1;

  constructor(protected readonly log: (message: string) => void = () => {}) {}

  abstract run(job: LintJob, deadlineMs: number): Promise<HostOutcome>;

  /** The runner's part of a job having started: typically, arm the deadline timer. */
  protected abstract started(c: C): void;

  /**
   * Sends `job` to `runner` and resolves with its outcome. `post` delivers the message and calls `refused` (or
   * throws) when the runner did not take it.
   */
  protected submit(runner: R, job: LintJob, deadlineMs: number, post: (m: ParentMessage, refused: (why: string) => void) => void, what: string): Promise<HostOutcome> {
    return new Promise<HostOutcome>((resolve) => {
      const id = this.nextId++;
      this.current = { id, runner, deadlineMs, resolve } as C;
      const refused = (why: string) => this.finish(id, { kind: 'failed', reason: 'crash', detail: `the ${what} did not take the job (${why})` });
      try {
        post({ id, job }, refused);
      } catch (err) {
        refused(String((err as Error)?.message ?? err));
      }
    });
  }

  /** A message from `runner`; `what` names it in the log ("lint process 123", "lint worker"). */
  protected receive(runner: R, m: ChildMessage, what: string): void {
    if (m.type === 'ready') {
      this.log(`Policy Linter: engine ready in ${m.ms} ms (${what})`);
      return;
    }
    if (m.type === 'code-cache') {
      this.log(`Policy Linter: ${m.used ? 'code read from its cache' : 'code compiled; its cache is written after the first lint'} (${what})`);
      return;
    }
    const c = this.current;
    if (!c || c.runner !== runner || c.id !== m.id) return;
    if (m.type === 'started') {
      c.startedAt = performance.now();
      this.started(c);
    } else if (m.type === 'done') this.finish(c.id, { kind: 'done', payload: m.payload, ms: performance.now() - (c.startedAt ?? performance.now()) });
    else this.finish(c.id, { kind: 'failed', reason: 'crash', detail: `the engine failed: ${m.message.split('\n')[0]}` });
  }

  /** Ends the job in flight, if any, as stopped (for dispose). */
  protected stopCurrent(): void {
    this.disposed = true;
    if (this.current) this.finish(this.current.id, HOST_STOPPED);
  }

  protected finish(id: number, outcome: HostOutcome): void {
    const c = this.current;
    if (!c || c.id !== id) return;
    clearTimeout(c.timer);
    this.current = undefined;
    c.resolve(outcome);
  }

  abstract dispose(): void;
}
