/**
 * Bytes → text. Detects the encoding from the bytes (a BOM, then strict UTF-8, then strict GB18030), never from the
 * file name, and refuses binary formats with a message that says what to convert them to.
 */
import { InputError } from '../errors.js'

export interface Decoded {
  text: string
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
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
    const gb = utf8 === null && gbkLike(bytes) ? tryDecode('gb18030', bytes) : null
    const damaged = utf8 === null && gb === null ? damagedUtf8(bytes) : null
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' }
    else if (gb !== null) decoded = { text: gb, encoding: 'gb18030' }
    else if (damaged !== null) {
      decoded = { text: damaged, encoding: 'utf-8', warning: `${name}: damaged UTF-8 (a few bytes are no characters); they are read as U+FFFD` }
    }
  }
  if (decoded === null) {
    throw new InputError('decode', `${name}: not valid UTF-8, UTF-16 or GB18030/GBK text; convert it to UTF-8 first`)
  }
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) {
    throw new InputError('binary', `${name}: looks like binary data, not a text notice`)
  }
  return decoded
}
