// Every handler runs inside a guard: an exception is logged and answered with a neutral result, never a crash.

export function guard<A extends unknown[], R>(log: (message: string) => void, name: string, fn: (...args: A) => R, fallback: Awaited<R>): (...args: A) => R | Awaited<R> | Promise<Awaited<R>> {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r instanceof Promise) {
        return r.catch((err: unknown) => {
          log(`Policy Linter: ${name} failed: ${(err as Error)?.stack ?? err}`);
          return fallback;
        });
      }
      return r;
    } catch (err) {
      log(`Policy Linter: ${name} failed: ${(err as Error)?.stack ?? err}`);
      return fallback;
    }
  };
}
