/** Building regular expressions from word lists. */

/**
 * An alternation of words, each matched literally: `anyOf(['1.5倍', 'a|b'])` → `1\.5倍|a\|b`.
 * @param words the words
 */
export const anyOf = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
