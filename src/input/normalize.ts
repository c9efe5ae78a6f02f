/**
 * The matching view of a text: full-width forms folded to ASCII (`１．` → `1.`, `％` → `%`, `：` → `:`, `（` → `(`),
 * every kind of space to ` `, and line ends to `\n`.
 *
 * Note: the view has exactly the length of the text it was made from, unit for unit, so an offset found in the view
 * is the same offset in the text as written: grammars match on the view and slice titles and names from the text.
 */

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

let table: Uint16Array | null = null

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000)
  for (let c = 0; c < 0x10000; c++) t[c] = c
  // Full-width ASCII block U+FF01–U+FF5E sits 0xFEE0 above ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0
  for (const [from, to] of Object.entries(EXTRA_FOLDS)) t[from.charCodeAt(0)] = to.charCodeAt(0)
  return t
}

/**
 * Fold a text into its matching view, keeping its length.
 * @param text the text as written
 * @returns a string of the same length, for matching only
 */
export function normalize(text: string): string {
  const t = (table ??= buildTable())
  const out = new Uint16Array(text.length)
  let changed = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let f = t[c] as number
    // A lone CR ends a line; the CR of CRLF becomes a space so that the LF alone ends it.
    if (c === 0x0d) f = text.charCodeAt(i + 1) === 0x0a ? 0x20 : 0x0a
    if (f !== c) changed = true
    out[i] = f
  }
  if (!changed) return text
  let view = ''
  for (let i = 0; i < out.length; i += CHUNK) view += String.fromCharCode(...out.subarray(i, i + CHUNK))
  return view
}

/** Units per `String.fromCharCode` call, well below engines' argument limits. */
const CHUNK = 8192
