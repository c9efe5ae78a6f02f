/**
 * Binary search over ascending numbers: line starts, offset-map segments, clause cuts, span starts, attachments.
 *
 * Note: a loop over a numeric array, not a callback per probe: points are asked for hundreds of thousands of times
 * on a large input, and V8 inlines this loop where a closure per call would allocate.
 */

/**
 * How many elements of an ascending array are at most `value`: the index of the first one above it.
 * @param sorted ascending numbers
 * @param value the number looked for
 * @returns 0 when all are above it, `sorted.length` when none is
 */
export function countAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * How many elements of an ascending array are below `value`: the index of the first one at or above it.
 * @param sorted ascending numbers
 * @param value the number looked for
 * @returns 0 when none is below it, `sorted.length` when all are
 */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
