/**
 * The matching view of a text: full-width forms folded to ASCII (`１．` → `1.`, `％` → `%`, `：` → `:`, `（` → `(`),
 * every kind of space to ` `, and line ends to `\n`.
 *
 * Note: the view has exactly the length of the text it was made from, unit for unit, so an offset found in the view
 * is the same offset in the text as written: grammars match on the view and slice titles and names from the text.
 */
import { unitsToString } from '#utf16'

/** Small and other compatibility forms that fold to one ASCII character. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200b': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\ufeff': ' ',
  '\t': ' ',
  '\f': ' ',
  '\v': ' ',
  '\ufe52': '.', // ﹒ small full stop, used as a list marker
  '\ufe50': ',',
  '\ufe54': ';',
  '\ufe55': ':',
  '\ufe59': '(',
  '\ufe5a': ')',
  '\u2236': ':', // ∶ ratio, typed for a colon
  '\u2215': '/',
  '\u2044': '/',
  '\uff5f': '(',
  '\uff60': ')',
}

/** Every character the view folds: full-width ASCII (U+FF01–U+FF5E), the extra folds, and CR. */
const FOLDABLE = new RegExp(`[\\uff01-\\uff5e\\r${Object.keys(EXTRA_FOLDS).join('')}]`, 'g')
/** Full-width ASCII sits 0xFEE0 above ASCII. */
const FULL_WIDTH_OFFSET = 0xfee0

/**
 * From this length on, a long text is folded by a loop over a table: the loop warms up within the text, and Chinese
 * text folds one character in ten or more (every `，`), each a call back from the native replace. 100,000 numbered
 * lines (5.7 MB): 30 ms by replace, 18 ms by the table.
 */
const TABLE_FROM = 1 << 15
const CR = 0x0d
const LF = 0x0a
const SPACE = 0x20

let foldTable: Uint16Array | null = null

/** The fold of every UTF-16 unit that folds (0 for those that do not; CR is decided by what follows it). */
function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000)
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - FULL_WIDTH_OFFSET
  for (const [from, to] of Object.entries(EXTRA_FOLDS)) table[from.charCodeAt(0)] = to.charCodeAt(0)
  return table
}

/**
 * Fold a text into its matching view by table: the same result as `normalize` (test/normalize.test.ts holds them to
 * it), for long texts.
 * Note: the units are written into one array and read back as one string. Made by `String.fromCharCode.apply` in
 * chunks, each chunk first became an argument list of 8 bytes per unit: 250 kB of garbage per copy of the seed
 * (`#utf16` says how each build reads them back).
 * @param text the text as written
 */
export function normalizeByTable(text: string): string {
  const table = (foldTable ??= buildFoldTable())
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const folded = table[c] as number
    // A lone CR ends a line; the CR of CRLF becomes a space so that the LF alone ends it.
    units[i] = c === CR ? (i + 1 < text.length && text.charCodeAt(i + 1) === LF ? SPACE : LF) : folded === 0 ? c : folded
  }
  return unitsToString(units)
}

/**
 * Fold a text into its matching view, keeping its length.
 * Note: a native replace over the few characters that fold, not a loop over every character: this runs on every
 * input before the JIT has warmed up (measured 0.2 ms against 5 ms for the seed); long texts go by table.
 * @param text the text as written
 * @returns a string of the same length, for matching only
 */
export function normalize(text: string): string {
  if (text.length >= TABLE_FROM) return normalizeByTable(text)
  return text.replace(FOLDABLE, (c, offset: number) => {
    // A lone CR ends a line; the CR of CRLF becomes a space so that the LF alone ends it.
    if (c === '\r') return text.charCodeAt(offset + 1) === 0x0a ? ' ' : '\n'
    return EXTRA_FOLDS[c] ?? String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET)
  })
}
