/**
 * Bytes → text. Detects the encoding from the bytes (a BOM, strict UTF-8, UTF-16 without a BOM by its zero or CJK
 * high bytes, then strict GB18030 or Big5), never from the file name, and refuses binary formats with a message that
 * says what to convert them to. Input that is no UTF-8 is looked at on a sample of its first bytes before anything
 * decodes it whole: binary data is refused in time and memory that do not grow with its size.
 */
import { InputError } from '../errors.js'

export interface Decoded {
  text: string
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
  encoding: string
  /** Set when the bytes were damaged and read with replacement characters. */
  warning?: string
}

/** Leading bytes of formats that are not text, with what the user should do instead. */
const SIGNATURES: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file: it needs parseAsync() or parseFile()' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old binary Word .doc file: save it as .docx or plain text first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image: run OCR on it first' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image: run OCR on it first' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image: run OCR on it first' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (not a .docx Word file): unpack it first' },
]

/** Longest UTF-8 sequence, in bytes. */
const MAX_UTF8_SEQUENCE = 4

/**
 * A UTF-8 text cut inside a character at either end (a download that stopped, a file split by size, a copy that
 * began mid-character): valid UTF-8 but for an incomplete sequence at its start or end, each of which becomes U+FFFD.
 * Note: read as GB18030 such bytes would be valid, and gibberish.
 */
function truncatedUtf8(bytes: Uint8Array): string | null {
  let start = 0
  while (start < MAX_UTF8_SEQUENCE - 1 && start < bytes.length && ((bytes[start] as number) & 0xc0) === 0x80) start++
  let end = bytes.length
  for (let cut = 1; cut < MAX_UTF8_SEQUENCE && end - cut > start; cut++) {
    const lead = bytes[end - cut] as number
    if ((lead & 0xc0) === 0x80) continue
    // The last lead byte of a multi-byte sequence (11xxxxxx), with fewer continuation bytes after it than it needs.
    if ((lead & 0xc0) === 0xc0 && cut < (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2)) end -= cut
    break
  }
  if (start === 0 && end === bytes.length) return null
  const body = tryDecode('utf-8', bytes.subarray(start, end))
  if (body === null) return null
  return (start > 0 ? '\ufffd' : '') + body + (end < bytes.length ? '\ufffd' : '')
}

/** Most replacement characters damaged UTF-8 may have, as a share of its non-ASCII characters. */
const MAX_DAMAGE_SHARE = 0.05
/**
 * The same share in the sample, above which the input is not damaged UTF-8 without decoding the rest: damage is a few
 * bytes here and there, and five times the share in the first bytes leaves room for it to cluster there.
 */
const MAX_SAMPLE_DAMAGE_SHARE = 0.25

/** Whether a text has more replacement characters than a share of its non-ASCII ones. */
function tooDamaged(text: string, share: number): boolean {
  let bad = 0
  let wide = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    wide++
    if (c === 0xfffd) bad++
  }
  return bad > wide * share
}

/**
 * UTF-8 with a few bad bytes (a damaged download): decoded with U+FFFD for them, when they are few among the text's
 * other non-ASCII characters. A sample is tried first: bytes that are no UTF-8 at all are not decoded whole.
 */
function damagedUtf8(bytes: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
  if (bytes.length > SAMPLE_BYTES && tooDamaged(decoder.decode(bytes.subarray(0, SAMPLE_BYTES)), MAX_SAMPLE_DAMAGE_SHARE)) return null
  const text = decoder.decode(bytes)
  return tooDamaged(text, MAX_DAMAGE_SHARE) ? null : text
}

/** Share of double-byte pairs in the common range (GB2312 level 1) that Chinese text in GBK has at least. */
const MIN_COMMON_SHARE = 0.5

/**
 * Whether bytes read like Chinese text in GBK/GB18030: most double-byte characters are common ones (lead B0–D7,
 * trail A1–FE). Note: UTF-8 read as GB18030 decodes too, into rare characters, so decoding alone proves nothing.
 */
function gbkLike(bytes: Uint8Array): boolean {
  let pairs = 0
  let common = 0
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    const trail = bytes[i + 1] ?? 0
    // A four-byte GB18030 sequence has a digit byte second.
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4
      continue
    }
    pairs++
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe) common++
    i += 2
    if (pairs === DECIDING_PAIRS) {
      if (common < pairs * CLEARLY_NOT) return false
      if (common >= pairs * CLEARLY) return true
    }
  }
  return pairs > 0 && common >= pairs * MIN_COMMON_SHARE
}

/**
 * Pairs after which a share far from its threshold decides without the rest of the input: Chinese text has 80–95% of
 * its characters among the common ones, random high bytes about 25% (GBK) or 30% (Big5). Text that starts with ASCII
 * (an English prologue) has its pairs counted wherever they come.
 */
const DECIDING_PAIRS = 4096
const CLEARLY_NOT = 0.35
const CLEARLY = 0.75

/** Share of control characters above which decoded text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

/** Whether the bytes start like a zip container (a .docx is one). */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Control characters that never occur in text (tab, line ends and form feed do). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g

/**
 * Whether more than a share of a text's characters are controls. Stops counting there, so that binary data costs no
 * more than text of its size.
 * Note: a native regular-expression scan, not a loop per character: this runs on every input, cold.
 */
function tooManyControls(text: string, share: number): boolean {
  const most = text.length * share
  let count = 0
  CONTROL.lastIndex = 0
  while (CONTROL.exec(text) !== null) if (++count > most) break
  CONTROL.lastIndex = 0
  return count > most
}

/**
 * Decode the bytes of a notice.
 * @param bytes the file as read
 * @param name the file name, only for messages
 * @returns the text without BOM and the encoding found
 * @throws InputError when the bytes are no text in a supported encoding
 */
export function decode(bytes: Uint8Array, name = 'input'): Decoded {
  for (const { bytes: signature, what } of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new InputError('unsupported-format', `${name}: this is ${what}`)
  }
  const marked = bomOf(bytes)
  const binary = (): InputError => new InputError('binary', `${name}: looks like binary data, not a text notice`)
  // Note: input larger than the sample that is not UTF-8 is tested on a sample before anything decodes it whole (a
  // smaller one is looked at whole, at no greater cost). UTF-8 text pays nothing for it: strict UTF-8 decoding stops
  // at the first byte that is none, within a few bytes of binary data.
  const sampled = (): boolean => bytes.length > SAMPLE_BYTES && binarySample(bytes, marked)
  let decoded: Decoded | null = null
  if (marked !== null) {
    if (sampled()) throw binary()
    if (marked === 'utf-8-bom') {
      const text = tryDecode('utf-8', bytes.subarray(3))
      if (text !== null) decoded = { text, encoding: 'utf-8-bom' }
    } else decoded = { text: new TextDecoder(marked).decode(bytes.subarray(2)), encoding: marked }
  } else {
    const utf8 = tryDecode('utf-8', bytes) ?? truncatedUtf8(bytes)
    if (utf8 !== null && !tooManyControls(utf8, MAX_CONTROL_SHARE)) return { text: utf8, encoding: 'utf-8' }
    // UTF-16 without a BOM is no UTF-8, or UTF-8 full of NULs (its ASCII).
    const utf16 = utf16Order(bytes)
    const unmarked = utf16 === null ? null : tryDecode(utf16, bytes)
    if (unmarked !== null) decoded = { text: unmarked, encoding: utf16 as string }
    else if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' }
    else {
      if (sampled()) throw binary()
      const doubleByte = gbOrBig5(bytes)
      const damaged = doubleByte === null ? damagedUtf8(bytes) : null
      if (doubleByte !== null) decoded = doubleByte
      else if (damaged !== null) {
        decoded = { text: damaged, encoding: 'utf-8', warning: `${name}: damaged UTF-8 (a few bytes are no characters); they are read as U+FFFD` }
      }
    }
  }
  if (decoded === null) {
    throw new InputError('decode', `${name}: not valid UTF-8, UTF-16, GB18030/GBK or Big5 text; convert it to UTF-8 first`)
  }
  if (tooManyControls(decoded.text, MAX_CONTROL_SHARE)) throw binary()
  return decoded
}

/** The encoding a byte order mark names, or null without one. */
function bomOf(bytes: Uint8Array): 'utf-8-bom' | 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom'
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/** How many bytes from the start the sample tests look at: enough to tell, bounded whatever the input's size. */
export const SAMPLE_BYTES = 65536
/** Characters that text in UTF-16 does not hold: controls, private use, lone surrogates (U+FFFD once decoded). */
const NOT_UTF16_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ue000-\uf8ff\ufffd]/g
/** The sample of the binary test, which a larger input must pass before it is decoded whole: 11% controls show in it. */
const BINARY_SAMPLE_BYTES = 8192

/**
 * Share of characters in the sample that are controls above which the input is binary. Controls never occur in text of a
 * supported 8-bit encoding (UTF-8, GBK's and Big5's second bytes are 0x40 or more), and decoded text is refused above
 * 1%; random bytes have 11%. The sample test is five times as lenient as the whole-text one, so that text it lets
 * through is judged on all of its characters, and no text the whole-text test takes is refused by a sample.
 */
const MAX_SAMPLE_CONTROL_SHARE = 0.05

/**
 * Whether the first bytes of an input are binary data: too many control characters for any text in the sample, read
 * as UTF-8 (or as UTF-16 after its BOM).
 * Note: read by the native decoder and counted by a native scan, where a loop over the bytes in JavaScript took 5–10
 * ms cold.
 * @param encoding the encoding a BOM names, else null
 */
function binarySample(bytes: Uint8Array, encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be' | null): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    // Bytes read as UTF-16 are characters of some kind: random ones are private-use (10%) and lone surrogates (3%).
    const sample = new TextDecoder(encoding).decode(bytes.subarray(2, 2 + (Math.min(bytes.length - 2, BINARY_SAMPLE_BYTES) & ~1)))
    return (sample.match(NOT_UTF16_TEXT)?.length ?? 0) > sample.length * MAX_SAMPLE_CONTROL_SHARE
  }
  // Read as UTF-8, controls stay themselves, and bytes that are no UTF-8 one replacement character each.
  return tooManyControls(new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes.subarray(0, BINARY_SAMPLE_BYTES)), MAX_SAMPLE_CONTROL_SHARE)
}

/** Fewest UTF-16 units in the sample from which a byte order without a BOM is told. */
const MIN_UTF16_UNITS = 4
/** Least share of units whose high byte may be a character's (ASCII, CJK, punctuation, full-width forms). */
const MIN_TEXT_HIGH_SHARE = 0.95
/** Least share of zero high bytes for ASCII-heavy text, or of CJK high bytes for Chinese text. */
const MIN_ZERO_HIGH_SHARE = 0.2
const MIN_CJK_HIGH_SHARE = 0.3
/** Most share of zero low bytes: low bytes are rarely zero (U+4E00, U+3000 and U+FF00 are rare characters). */
const MAX_ZERO_LOW_SHARE = 0.05
/**
 * Least share of low bytes of 80 or more for Chinese text: the low bytes of CJK characters are spread over 00–FF,
 * where plain ASCII text (whose letters are all "CJK high bytes" too) has none.
 */
const MIN_HIGH_BIT_LOW_SHARE = 0.1

/**
 * Whether a byte is a plausible high byte of a character of a notice in UTF-16: ASCII and Latin-1 (00), general
 * punctuation and symbols (20–27), CJK symbols and punctuation, kana, bopomofo (30–31), CJK ideographs with extension
 * A (34–9F), compatibility ideographs (F9–FA), full-width forms (FE–FF).
 */
const isTextHigh = (b: number): boolean => b === 0 || (b >= 0x20 && b <= 0x27) || b === 0x30 || b === 0x31 || (b >= 0x34 && b <= 0x9f) || b === 0xf9 || b === 0xfa || b >= 0xfe

/** Counts of one side (the even or the odd bytes) of a UTF-16 sample. */
interface Side {
  zero: number
  text: number
  cjk: number
  highBit: number
}

/**
 * The byte order of UTF-16 text without a BOM, told from a sample: on one side nearly every byte is a character's high
 * byte, many of them zero (ASCII-heavy text) or CJK (Chinese text, whose low bytes are spread over 00–FF), and the
 * other side's bytes are rarely zero. Null for anything else: UTF-8, GBK and Big5 text has no zero bytes, and no run of
 * text-like high bytes in every other position.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1
  const units = n / 2
  if (units < MIN_UTF16_UNITS) return null
  const even: Side = { zero: 0, text: 0, cjk: 0, highBit: 0 }
  const odd: Side = { zero: 0, text: 0, cjk: 0, highBit: 0 }
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    const side = i & 1 ? odd : even
    if (b === 0) side.zero++
    if (isTextHigh(b)) side.text++
    if (b >= 0x34 && b <= 0x9f) side.cjk++
    if (b >= 0x80) side.highBit++
  }
  const orderOf = (high: Side, low: Side): boolean =>
    high.text >= units * MIN_TEXT_HIGH_SHARE &&
    low.zero <= units * MAX_ZERO_LOW_SHARE &&
    (high.zero >= units * MIN_ZERO_HIGH_SHARE || (high.cjk >= units * MIN_CJK_HIGH_SHARE && low.highBit >= units * MIN_HIGH_BIT_LOW_SHARE))
  if (orderOf(odd, even)) return 'utf-16le'
  if (orderOf(even, odd)) return 'utf-16be'
  return null
}

/** Share of double-byte pairs in Big5's block of common characters (lead A4–C6) or its punctuation (lead A1–A3). */
const MIN_BIG5_COMMON_SHARE = 0.5
/** Share of pairs with a trail byte below A1, which GB2312 never has and about two fifths of Big5 characters have. */
const MIN_LOW_TRAIL_SHARE = 0.1

/** A private-use character: what GB18030 makes of Big5's punctuation (A140–A3FE are user-defined in GBK). */
const PRIVATE_USE = /[\ue000-\uf8ff]/

/**
 * Whether double bytes read like Traditional Chinese in Big5: many trail bytes below A1 (which simplified text in
 * GBK, all of it GB2312, never has), and most pairs among Big5's common characters and punctuation.
 */
function big5Like(bytes: Uint8Array): boolean {
  let pairs = 0
  let lowTrail = 0
  let common = 0
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    const trail = bytes[i + 1] ?? 0
    pairs++
    if (trail < 0xa1) lowTrail++
    if ((lead >= 0xa4 && lead <= 0xc6) || (lead >= 0xa1 && lead <= 0xa3)) common++
    i += 2
    if (pairs === DECIDING_PAIRS && common < pairs * CLEARLY_NOT) return false
  }
  return pairs > 0 && lowTrail >= pairs * MIN_LOW_TRAIL_SHARE && common >= pairs * MIN_BIG5_COMMON_SHARE
}

/** How far into an HTML page to look for its declared charset. */
const CHARSET_SNIFF = 4096
const DECLARES_BIG5 = /<meta[^>]+charset\s*=\s*["']?\s*(?:big5|big5-hkscs|x-x-big5|cn-big5|csbig5)\b/i

/**
 * Non-UTF-8 double-byte text: GB18030/GBK or Big5. Big5 bytes are valid GB18030 too (its punctuation becoming
 * private-use characters), and GBK's common characters are valid Big5, so the bytes decide: text that reads like
 * GBK and decodes without private-use characters is GB18030; text that reads like Big5, or HTML that declares
 * `charset=big5`, and decodes strictly as Big5 is Big5.
 */
function gbOrBig5(bytes: Uint8Array): Decoded | null {
  const gb = gbkLike(bytes) ? tryDecode('gb18030', bytes) : null
  if (gb !== null && !PRIVATE_USE.test(gb)) return { text: gb, encoding: 'gb18030' }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF))
  if (DECLARES_BIG5.test(head) || big5Like(bytes)) {
    const big5 = tryDecode('big5', bytes)
    if (big5 !== null) return { text: big5, encoding: 'big5' }
  }
  return gb === null ? null : { text: gb, encoding: 'gb18030' }
}
