/**
 * Arrays grown without spreading into a call.
 *
 * Note: `target.push(...items)` passes every item as an argument, and an argument list of about 120,000 overflows the
 * stack (`RangeError: Maximum call stack size exceeded`), which a notice of that many articles, tasks or findings
 * reached. test/no-spread.test.ts keeps such calls out of the source.
 */

/**
 * Append every item of a list to another, in order.
 * @param target the array to grow
 * @param items what to add
 * @returns the target
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}
