/**
 * How alike two titles are: the Dice coefficient of their character bigrams, on the text without spaces and
 * punctuation (Chinese has no word breaks to compare, and bigrams are robust to a word added or changed).
 */

/** Characters that do not count: spaces and punctuation, full-width or not. */
const IGNORED = /[\s\p{P}\p{S}]/gu

function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text.replace(IGNORED, ''))
  const out = new Map<string, number>()
  if (chars.length === 1) out.set(chars[0] as string, 1)
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = (chars[i] as string) + (chars[i + 1] as string)
    out.set(gram, (out.get(gram) ?? 0) + 1)
  }
  return out
}

/**
 * The similarity of two texts, from 0 (nothing shared) to 1 (the same but for spaces and punctuation).
 * @param a a text
 * @param b another text
 * @returns the Dice coefficient of their character bigrams
 */
export function similarity(a: string, b: string): number {
  const x = bigrams(a)
  const y = bigrams(b)
  let size = 0
  let shared = 0
  for (const n of x.values()) size += n
  for (const [gram, n] of y) {
    size += n
    shared += Math.min(n, x.get(gram) ?? 0)
  }
  return size === 0 ? (a === b ? 1 : 0) : (2 * shared) / size
}

/**
 * Pair the items of two lists: equal keys first, in order; then the most similar remaining pairs above a threshold.
 * @param olds items of the old list
 * @param news items of the new list
 * @param key what must be equal for a pair of the first kind
 * @param score similarity of an old and a new item (0–1), for the second kind
 * @param threshold the least score that still pairs two items
 * @returns pairs of indices with their score, and the unpaired indices of each list
 */
export function pairUp<T>(
  olds: readonly T[],
  news: readonly T[],
  key: (item: T) => string,
  score: (a: T, b: T) => number,
  threshold: number,
): { pairs: Array<[number, number, number]>; oldOnly: number[]; newOnly: number[] } {
  const pairs: Array<[number, number, number]> = []
  const usedOld = new Set<number>()
  const usedNew = new Set<number>()
  const byKey = new Map<string, number[]>()
  news.forEach((item, j) => {
    const k = key(item)
    byKey.set(k, [...(byKey.get(k) ?? []), j])
  })
  olds.forEach((item, i) => {
    const j = byKey.get(key(item))?.shift()
    if (j === undefined) return
    pairs.push([i, j, 1])
    usedOld.add(i)
    usedNew.add(j)
  })
  const candidates: Array<[number, number, number]> = []
  olds.forEach((a, i) => {
    if (usedOld.has(i)) return
    news.forEach((b, j) => {
      if (usedNew.has(j)) return
      const s = score(a, b)
      if (s >= threshold) candidates.push([i, j, s])
    })
  })
  // Best first; among equals, the pair that keeps the order of both lists.
  candidates.sort((p, q) => q[2] - p[2] || Math.abs(p[0] - p[1]) - Math.abs(q[0] - q[1]))
  for (const [i, j, s] of candidates) {
    if (usedOld.has(i) || usedNew.has(j)) continue
    pairs.push([i, j, s])
    usedOld.add(i)
    usedNew.add(j)
  }
  pairs.sort((p, q) => p[1] - q[1])
  return {
    pairs,
    oldOnly: olds.map((_, i) => i).filter((i) => !usedOld.has(i)),
    newOnly: news.map((_, j) => j).filter((j) => !usedNew.has(j)),
  }
}
