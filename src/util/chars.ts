/**
 * Tests of single UTF-16 units, shared by every grammar: they run in the hot loops of the readers, so each is one
 * comparison or one table load.
 */

/** Whether a unit is an ASCII digit `0`–`9` (full-width digits are folded to these in the matching view). */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** Whether a unit is an ASCII letter. */
export const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** Whether `ch` is one character of `chars` (the empty string past the end of a text is none). */
export const oneOf = (chars: string, ch: string): boolean => ch.length === 1 && chars.includes(ch)

/**
 * A lookup table over every UTF-16 unit: for each, the OR of the bits of the sets whose strings start with it.
 * @param sets strings (characters or words: a word marks its first unit) and the bit each set sets
 */
export function charTable(sets: ReadonlyArray<readonly [strings: Iterable<string>, bit: number]>): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const [strings, bit] of sets) {
    for (const s of strings) if (s.length > 0) table[s.charCodeAt(0)] = (table[s.charCodeAt(0)] as number) | bit
  }
  return table
}

/**
 * Entries by the first UTF-16 unit of their word, each list longest word first: the index every scanner of words
 * dispatches on, so that a place in a text is tried only against the words that can start there, longest match first.
 * Note: the sort is stable (words of one length keep the order given), and a word given twice keeps its first entry.
 * @param entries the entries, in order of precedence
 * @param wordOf the word of an entry
 * @returns the lists by first unit (`codeAt(s, at)` is the key)
 */
export function wordIndex<T>(entries: Iterable<T>, wordOf: (entry: T) => string): Map<number, T[]> {
  const index = new Map<number, T[]>()
  const seen = new Set<string>()
  for (const entry of entries) {
    const word = wordOf(entry)
    if (word.length === 0 || seen.has(word)) continue
    seen.add(word)
    const first = word.charCodeAt(0)
    const list = index.get(first)
    if (list) list.push(entry)
    else index.set(first, [entry])
  }
  for (const list of index.values()) list.sort((a, b) => wordOf(b).length - wordOf(a).length)
  return index
}

/** What `codeAt` reads past either end of a text: no unit, and no index of a table. */
export const NO_UNIT = -1

/**
 * The UTF-16 unit at `i`, or `NO_UNIT` past either end.
 * Note: `charCodeAt` past the end gives NaN, and the optimized code that meets it is thrown away: in the readers
 * that look one unit ahead, that cost every worker a recompilation per call site.
 */
export const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : NO_UNIT)

/** The character (UTF-16 unit) at `i`, or the empty string past either end, without leaving optimized code. */
export const charAt = (s: string, i: number): string => (i >= 0 && i < s.length ? s.charAt(i) : '')

/**
 * Where the next match of a one-unit pattern (a global character class such as `/[,:]/g`) stands at or after `from`,
 * or -1.
 * Note: `test` finds it natively without building a match array; `exec` in the scans of every line and sentence made
 * 150 kB of match arrays per parse of the seed.
 */
export function nextUnit(pattern: RegExp, s: string, from: number): number {
  pattern.lastIndex = from
  return pattern.test(s) ? pattern.lastIndex - 1 : -1
}

/**
 * Whether every bracket a text opens it closes, counted over the whole text.
 * @param text the text
 * @param open the opening brackets
 * @param close the closing brackets
 */
export function balanced(text: string, open: string, close: string): boolean {
  let depth = 0
  for (const c of text) {
    if (open.includes(c)) depth++
    else if (close.includes(c)) depth--
  }
  return depth === 0
}
