/**
 * Binary search: for `items` ordered so that `before` holds for a prefix of them and for none after it,
 * the length of that prefix. Every sorted-array lookup in the engine goes through this one helper.
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
