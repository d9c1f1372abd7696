// Where lints run. The server's scheduling (runner.ts) is the same everywhere; what runs a lint is a LintHost: in
// Node a child process (process-host.ts); in a browser a Web Worker (worker-host.ts). Both keep one job at a time
// with the bookkeeping of SerialLintHost below, and speak the same messages to what runs the lint.

import type { Finding } from '../../engine/index.ts';
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
   * abandoned (and whatever ran it is replaced). Never rejects. `findings`, if given, gets the lint's findings as soon
   * as they cross, ahead of the whole result (which may still fail to arrive).
   */
  run(job: LintJob, deadlineMs: number, findings?: (findings: Finding[]) => void): Promise<HostOutcome>;
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
  /**
   * The job's findings, sent ahead of its whole result: they are all the diagnostics need, and a twentieth of what the
   * result weighs (at 50 KB, 5 of 140 KB), so the editor's squiggles do not wait for the rest to be written and read
   * (docs/performance.md, "The edit loop's server path").
   */
  | { type: 'findings'; id: number; findings: Finding[] }
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
  /** Gets the findings message, if the caller asked for it. */
  findings?: (findings: Finding[]) => void;
}

/** The outcome of a job given to, or still running on, a host that was disposed. */
export const HOST_STOPPED: HostOutcome = { kind: 'failed', reason: 'crash', detail: 'the lint host was stopped' };

/**
 * One lint at a time on a runner that answers with ChildMessages: each job gets an id, its outcome is delivered once,
 * and messages about any other job (one abandoned earlier) are ignored. A host says how its runner takes a job
 * (`post`) and what happens when a job starts (`started`: arm the deadline). A job whose findings have come has
 * finished linting: the next may be given (`run`) while its result still crosses (it is `draining`), and the runner
 * starts on it as soon as that result is written.
 */
export abstract class SerialLintHost<R, C extends Running<R> = Running<R>> implements LintHost {
  abstract readonly heapMb: number;
  /** The job linting (or about to). */
  protected current?: C;
  /** Jobs past their findings whose results are still to come, oldest first. */
  protected draining: C[] = [];
  protected disposed = false;
  private nextId = 1;

  constructor(protected readonly log: (message: string) => void = () => {}) {}

  abstract run(job: LintJob, deadlineMs: number, findings?: (findings: Finding[]) => void): Promise<HostOutcome>;

  /** The runner's part of a job having started: typically, arm the deadline timer. */
  protected abstract started(c: C): void;

  /**
   * Sends `job` to `runner` and resolves with its outcome. `post` delivers the message and calls `refused` (or
   * throws) when the runner did not take it. `findings` is run's.
   */
  protected submit(runner: R, job: LintJob, deadlineMs: number, post: (m: ParentMessage, refused: (why: string) => void) => void, what: string, findings?: (findings: Finding[]) => void): Promise<HostOutcome> {
    return new Promise<HostOutcome>((resolve) => {
      const id = this.nextId++;
      this.current = { id, runner, deadlineMs, resolve, findings } as C;
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
    const c = this.current?.id === m.id ? this.current : this.draining.find((d) => d.id === m.id);
    if (!c || c.runner !== runner) return;
    if (m.type === 'started') {
      if (c !== this.current) return;
      c.startedAt = performance.now();
      this.started(c);
    } else if (m.type === 'findings') {
      if (c !== this.current) return;
      // Linted: no deadline any more, and the host may take the next job (which the findings' receiver may give).
      clearTimeout(c.timer);
      this.current = undefined;
      this.draining.push(c);
      c.findings?.(m.findings);
    } else if (m.type === 'done') this.finish(c.id, { kind: 'done', payload: m.payload, ms: performance.now() - (c.startedAt ?? performance.now()) });
    else this.finish(c.id, { kind: 'failed', reason: 'crash', detail: `the engine failed: ${m.message.split('\n')[0]}` });
  }

  /** Ends the jobs in flight, if any, as stopped (for dispose). */
  protected stopCurrent(): void {
    this.disposed = true;
    this.failRunner(undefined, HOST_STOPPED);
  }

  /** Ends every job in flight on `runner` (on any runner when undefined), the draining ones first, with `outcome`. */
  protected failRunner(runner: R | undefined, outcome: HostOutcome): void {
    for (const c of [...this.draining, ...(this.current ? [this.current] : [])]) if (runner === undefined || c.runner === runner) this.finish(c.id, outcome);
  }

  protected finish(id: number, outcome: HostOutcome): void {
    const c = this.current?.id === id ? this.current : this.draining.find((d) => d.id === id);
    if (!c) return;
    clearTimeout(c.timer);
    if (c === this.current) this.current = undefined;
    else this.draining.splice(this.draining.indexOf(c), 1);
    c.resolve(outcome);
  }

  abstract dispose(): void;
}
