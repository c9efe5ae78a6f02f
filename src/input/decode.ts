/**
 * Bytes → text. Detects the encoding from the bytes (a BOM, then strict UTF-8, then strict GB18030), never from the
 * file name, and refuses binary formats with a message that says what to convert them to.
 */
import { InputError } from '../errors.js'

export interface Decoded {
  text: string
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string
}

/** Leading bytes of formats that are not text, with what the user should do instead. */
const SIGNATURES: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file: extract its text first (e.g. pdftotext -layout)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old binary Word .doc file: save it as .docx or plain text first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image: run OCR on it first' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image: run OCR on it first' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image: run OCR on it first' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (not a .docx Word file): unpack it first' },
]

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
    const utf8 = tryDecode('utf-8', bytes)
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' }
    else {
      const gb = tryDecode('gb18030', bytes)
      if (gb !== null) decoded = { text: gb, encoding: 'gb18030' }
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
