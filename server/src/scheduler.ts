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
