// Runs lints on a lint host, one at a time, the newest text of each document: a document re-submitted while it
// waits replaces its pending lint (and keeps its place in line). Each lint has a deadline that grows with the
// document's size. A document whose lint failed (too slow, out of memory, crashed) is held back before its next
// lint, twice as long after each further failure, so it never runs in a loop; the server never re-lints the text
// that failed at all. Host-independent: the browser build runs the same code with its own LintHost.
import type { LintJob } from './lint-job.ts';
import type { HostOutcome, LintHost } from './lint-host.ts';

export interface Deadline {
  /** Fixed part (ms). */
  baseMs: number;
  /** Per KB of text (ms). */
  perKbMs: number;
}

/**
 * A lint's deadline: 2 s plus 8 ms per KB. Realistic policies lint at about 1.2 ms per KB of Markdown on one core
 * (0.2 for plain text): the margin covers a busy machine, and '*a_b' x 16,000 (64 KB that remark needs 4 s for)
 * is abandoned after 2.5 s.
 */
export const DEFAULT_DEADLINE: Deadline = { baseMs: 2000, perKbMs: 8 };
/** The longest a failed document is held back before its next lint. */
const MAX_HOLD_MS = 5 * 60_000;

export interface LintRequest<T = unknown> {
  uri: string;
  job: LintJob;
  /** What the caller needs back with the outcome. */
  tag: T;
}

export class LintRunner<T = unknown> {
  private readonly pending = new Map<string, LintRequest<T>>();
  private running?: LintRequest<T>;
  private readonly failures = new Map<string, { count: number; until: number }>();
  private wake?: ReturnType<typeof setTimeout>;
  private disposed = false;

  constructor(
    private readonly host: LintHost,
    private readonly settle: (request: LintRequest<T>, outcome: HostOutcome) => void,
    /** Settable: the client may ask for other limits when it initializes. */
    public deadline: Deadline = DEFAULT_DEADLINE,
  ) {}

  deadlineFor(chars: number): number {
    return Math.round(this.deadline.baseMs + (chars / 1024) * this.deadline.perKbMs);
  }

  submit(request: LintRequest<T>): void {
    if (this.disposed) return;
    this.pending.set(request.uri, request);
    this.pump();
  }

  /** Whether a lint of `uri` is waiting or running. */
  has(uri: string): boolean {
    return this.pending.has(uri) || this.running?.uri === uri;
  }

  /** The document is gone: drop its pending lint and its failure record (a running lint finishes unused). */
  forget(uri: string): void {
    this.pending.delete(uri);
    this.failures.delete(uri);
  }

  dispose(): void {
    this.disposed = true;
    this.pending.clear();
    clearTimeout(this.wake);
    this.host.dispose();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const now = performance.now();
    let nextWake = Infinity;
    for (const [uri, request] of this.pending) {
      const held = this.failures.get(uri);
      if (held && held.until > now) {
        nextWake = Math.min(nextWake, held.until);
        continue;
      }
      this.pending.delete(uri);
      this.running = request;
      const deadline = this.deadlineFor(request.job.text.length);
      void this.host.run(request.job, deadline).then((outcome) => {
        this.running = undefined;
        if (this.disposed) return;
        if (outcome.kind === 'failed') {
          const count = (this.failures.get(uri)?.count ?? 0) + 1;
          this.failures.set(uri, { count, until: performance.now() + Math.min(MAX_HOLD_MS, deadline * 2 ** (count - 1)) });
        } else this.failures.delete(uri);
        try {
          this.settle(request, outcome);
        } finally {
          this.pump();
        }
      });
      return;
    }
    clearTimeout(this.wake);
    if (nextWake < Infinity) this.wake = setTimeout(() => this.pump(), nextWake - now);
  }
}
