/**
 * Binary search over items sorted by a numeric key (spans by start or end,
 * offsets): the one place the stages and the evaluator find a position in
 * log time.
 */

/** The first index whose key is at least `key` (`sorted.length` if none); the keys must not decrease. */
export function lowerBound<T>(sorted: readonly T[], key: number, keyOf: (item: T) => number): number {
  return partitionPoint(sorted, (item) => keyOf(item) < key);
}

/** The first index whose key is greater than `key` (`sorted.length` if none); the keys must not decrease. */
export function upperBound<T>(sorted: readonly T[], key: number, keyOf: (item: T) => number): number {
  return partitionPoint(sorted, (item) => keyOf(item) <= key);
}

/** The first index where `before` turns false, for a `before` that holds on a prefix of `sorted`. */
function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
