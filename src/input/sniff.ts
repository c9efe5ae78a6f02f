/**
 * The containers gongwen reads asynchronously, told from their bytes: PDF (`%PDF-` near the start), OFD (a zip
 * with an `OFD.xml`), and Word .docx (any other zip). Cheap: no reader is loaded to tell them apart.
 */
import { isZip } from './decode.js'
import { localNames, zipEntries } from './unzip.js'

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

/** The entry OFD.xml, at the root of the container, whatever its case (producers differ). */
const isOfdEntry = (name: string): boolean => /^\/?ofd\.xml$/i.test(name)

/**
 * Whether bytes are an OFD file: a zip whose entries include `OFD.xml` (also when the archive is damaged and only its
 * local headers can be read).
 * @param bytes the input
 */
export function isOfd(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false
  const entries = zipEntries(bytes)
  return entries ? entries.some((e) => isOfdEntry(e.name)) : localNames(bytes).some(isOfdEntry)
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
