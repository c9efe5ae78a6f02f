/**
 * The containers gongwen reads asynchronously, told from their bytes: PDF (`%PDF-` near the start), OFD (a zip
 * with an `OFD.xml`), and Word .docx (any other zip). Cheap: no reader is loaded to tell them apart.
 */
import { isZip } from './decode.js'

/** How far into a file PDF readers look for `%PDF-` (some producers write junk before it). */
const PDF_WINDOW = 1024
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

/**
 * Whether bytes are a PDF: `%PDF-` in their first 1024 bytes.
 * @param bytes the input
 */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, PDF_WINDOW) - PDF_SIGNATURE.length
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < PDF_SIGNATURE.length; k++) if (bytes[i + k] !== PDF_SIGNATURE[k]) continue outer
    return true
  }
  return false
}

/**
 * `OFD.xml`, and the zip headers a name follows: how far before the name each starts, its signature, and how far
 * before the name it holds the name's length (central directory header: 46, 18; local header: 30, 4).
 */
const OFD_XML = [0x4f, 0x46, 0x44, 0x2e, 0x78, 0x6d, 0x6c]
const HEADERS: ReadonlyArray<{ start: number; signature: number; length: number }> = [
  { start: 46, signature: 0x02014b50, length: 18 },
  { start: 30, signature: 0x04034b50, length: 4 },
]

/**
 * Whether bytes are an OFD file: a zip with an entry named `OFD.xml` at its root, found by its header in the central
 * directory or, for an archive cut short, in the local headers.
 * Note: a byte search, not a read of the directory, so that text input loads no zip reader to be told from OFD.
 * @param bytes the input
 */
export function isOfd(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  outer: for (let i = 30; i + OFD_XML.length <= bytes.length; i++) {
    for (let k = 0; k < OFD_XML.length; k++) if (bytes[i + k] !== OFD_XML[k]) continue outer
    for (const { start, signature, length } of HEADERS) {
      if (i >= start && view.getUint32(i - start, true) === signature && view.getUint16(i - length, true) === OFD_XML.length) return true
    }
  }
  return false
}

/**
 * What container bytes are, in words for a message, or null for text.
 * @param bytes the input
 */
export function containerKind(bytes: Uint8Array): string | null {
  if (isPdf(bytes)) return 'a PDF file'
  if (isOfd(bytes)) return 'an OFD file'
  if (isZip(bytes)) return 'a Word .docx (zip) file'
  return null
}
