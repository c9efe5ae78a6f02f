/**
 * Arrays of exactly their length for the nodes of a notice.
 */

/**
 * A copy without spare capacity. An array grown by `push` keeps room for up to 16 more items; a notice holds
 * several small arrays per task, and a notice of 100,000 tasks held a quarter of its memory in that room, which
 * the garbage collector copies while the tree is built.
 * @param items an array that goes into the tree
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice()
}
