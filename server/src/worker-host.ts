// The browser lint host: lints run in a dedicated Web Worker (web-lint-worker.ts → dist/web/lint-worker.js) that the
// server's own worker starts, so the server answers requests while a lint runs. A lint past its deadline is
// abandoned by terminating the worker (a running lint cannot be interrupted otherwise); the next lint starts a fresh
// one. The messages are the Node lint process's (process-host.ts), carried by postMessage (structured clone).
import type { LintJob, LintPayload } from './lint-job.ts';
import { HOST_STOPPED, SerialLintHost, type ChildMessage, type HostOutcome, type ParentMessage, type Running } from './lint-host.ts';

/**
 * The heap a lint is assumed to have in a browser (MB). Browsers set no per-worker limit a page can choose; a
 * desktop Chromium gives a worker a few GB. This sizes the largest document accepted (engine/limits.ts).
 */
export const BROWSER_LINT_HEAP_MB = 1024;

/** What the host needs of a Worker (a DOM Worker fits). */
export interface LintWorker {
  postMessage(message: ParentMessage): void;
  terminate(): void;
  onmessage: ((event: { data: ChildMessage }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

export class WorkerLintHost extends SerialLintHost<LintWorker> {
  readonly heapMb = BROWSER_LINT_HEAP_MB;
  private worker?: LintWorker;
  private inline = false;

  /**
   * `spawn` starts a lint worker (it may throw: a page whose security policy forbids nested workers); then lints run
   * on the calling thread through `lintHere`, without deadlines (nothing could stop them), and the log says so once.
   */
  constructor(
    private readonly spawn: () => LintWorker,
    private readonly lintHere: (job: LintJob) => LintPayload,
    log?: (message: string) => void,
  ) {
    super(log);
  }

  run(job: LintJob, deadlineMs: number): Promise<HostOutcome> {
    if (this.disposed) return Promise.resolve(HOST_STOPPED);
    let worker: LintWorker;
    try {
      if (this.inline) return Promise.resolve(this.runHere(job));
      worker = this.spawned();
    } catch (err) {
      this.inline = true;
      this.log(`Policy Linter: could not start a lint worker (${(err as Error)?.message ?? err}); linting in the server's own worker, without deadlines.`);
      return Promise.resolve(this.runHere(job));
    }
    return this.submit(worker, job, deadlineMs, (m) => worker.postMessage(m), 'lint worker');
  }

  private runHere(job: LintJob): HostOutcome {
    const started = performance.now();
    try {
      return { kind: 'done', payload: this.lintHere(job), ms: performance.now() - started };
    } catch (err) {
      return { kind: 'failed', reason: 'crash', detail: `the engine failed: ${String((err as Error)?.message ?? err).split('\n')[0]}` };
    }
  }

  dispose(): void {
    this.stopCurrent();
    this.worker?.terminate();
    this.worker = undefined;
  }

  private spawned(): LintWorker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (e) => this.receive(worker, e.data, 'lint worker');
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.failed(worker, e.message ?? 'unknown error');
    };
    this.worker = worker;
    return worker;
  }

  protected started(c: Running<LintWorker>): void {
    c.timer = setTimeout(() => this.abandon(c), c.deadlineMs);
  }

  /** Past the deadline: the worker is terminated; the next run starts a new one. */
  private abandon(c: Running<LintWorker>): void {
    if (this.current !== c) return;
    this.log(`Policy Linter: a lint took longer than ${c.deadlineMs} ms; it was stopped and the lint worker restarted.`);
    this.drop(c.runner);
    this.finish(c.id, { kind: 'failed', reason: 'timeout', detail: `no result within ${c.deadlineMs} ms` });
  }

  /** The worker failed outside a lint's own error handling (out of memory, a script error): it is replaced. */
  private failed(worker: LintWorker, message: string): void {
    if (worker !== this.worker) return;
    this.log(`Policy Linter: the lint worker stopped: ${message}.`);
    this.drop(worker);
    const outOfMemory = /out of memory|allocation failed/i.test(message);
    if (this.current?.runner === worker) this.finish(this.current.id, { kind: 'failed', reason: outOfMemory ? 'memory' : 'crash', detail: `the lint worker stopped (${message})` });
  }

  private drop(worker: LintWorker): void {
    if (this.worker === worker) this.worker = undefined;
    worker.terminate();
  }
}
