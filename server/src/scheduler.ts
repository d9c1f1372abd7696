// One pending lint per document: a new request replaces the pending one (debounce), so fast typing and many open
// documents never pile up work. The task itself decides what to lint when it runs (always the current version).
export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly run: (uri: string) => void) {}

  /** Lints `uri` after `delay` ms, replacing any pending lint of it. */
  schedule(uri: string, delay: number): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri);
    }, Math.max(0, delay));
    this.timers.set(uri, timer);
  }

  /** Whether a lint of `uri` is scheduled. */
  has(uri: string): boolean {
    return this.timers.has(uri);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

/**
 * A document whose lint takes longer than this (several MB) rests as long after its last lint as that lint took before
 * the next starts, so that typing in it keeps the lint process at most half busy. Shorter lints start as soon as the
 * debounce allows: waiting their duration would only add to the time before the squiggles move.
 */
export const SLOW_LINT_MS = 100;

/**
 * How long after an edit the document's next lint starts: the debounce, or what is left of a slow document's rest after
 * its last lint (`duration` ms long, come back at `at`; `now` and `at` from performance.now()).
 */
export function lintDelay(debounce: number, last: { duration: number; at: number } | undefined, now: number): number {
  const rest = last && last.duration > SLOW_LINT_MS ? last.duration - (now - last.at) : 0;
  return Math.max(debounce, rest);
}
