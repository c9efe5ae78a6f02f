/**
 * Bytes → text. Detects the encoding from the bytes (a BOM, then strict UTF-8, then strict GB18030 or Big5), never
 * from the file name, and refuses binary formats with a message that says what to convert them to.
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
 * UTF-8 with a few bad bytes (a damaged download): decoded with U+FFFD for them, when they are few among the text's
 * other non-ASCII characters.
 */
function damagedUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes)
  const bad = text.match(/\ufffd/g)?.length ?? 0
  const wide = text.match(/[^\u0000-\u007f]/g)?.length ?? 0
  return bad <= wide * MAX_DAMAGE_SHARE ? text : null
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
  }
  return pairs > 0 && common >= pairs * MIN_COMMON_SHARE
}

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

function controlShare(text: string): number {
  // Note: a native regular-expression scan, not a loop per character: this runs on every input, cold.
  return text.length === 0 ? 0 : (text.match(CONTROL)?.length ?? 0) / text.length
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
  let decoded: Decoded | null = null
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3))
    if (text !== null) decoded = { text, encoding: 'utf-8-bom' }
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  } else {
    const utf8 = tryDecode('utf-8', bytes) ?? truncatedUtf8(bytes)
    const doubleByte = utf8 === null ? gbOrBig5(bytes) : null
    const damaged = utf8 === null && doubleByte === null ? damagedUtf8(bytes) : null
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' }
    else if (doubleByte !== null) decoded = doubleByte
    else if (damaged !== null) {
      decoded = { text: damaged, encoding: 'utf-8', warning: `${name}: damaged UTF-8 (a few bytes are no characters); they are read as U+FFFD` }
    }
  }
  if (decoded === null) {
    throw new InputError('decode', `${name}: not valid UTF-8, UTF-16, GB18030/GBK or Big5 text; convert it to UTF-8 first`)
  }
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) {
    throw new InputError('binary', `${name}: looks like binary data, not a text notice`)
  }
  return decoded
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
