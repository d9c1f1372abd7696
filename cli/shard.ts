// --shard i/n: one CI machine of n lints the i-th of n contiguous, equal-count slices of the files the arguments
// expand to. The expansion is sorted and the same on every machine of a checkout, so the n shards together lint
// every file exactly once, in the same order as one unsharded run.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n); returns the reason when it is not one. */
export function parseShard(spec: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) return `--shard expects i/n, e.g. --shard 1/3 (got "${spec}")`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${spec}: i must be between 1 and n`;
  return { index, count };
}

export function shardOf<T>(items: readonly T[], { index, count }: Shard): T[] {
  const n = items.length;
  return items.slice(Math.floor(((index - 1) * n) / count), Math.floor((index * n) / count));
}
