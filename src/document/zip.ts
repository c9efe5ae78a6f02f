/**
 * A guard against zip bombs: before a .docx is handed to mammoth, every entry is inflated once with a cap on its
 * output, so that a 200 kB file that expands to gigabytes is refused in milliseconds instead of exhausting memory.
 * Sizes declared in the headers are not trusted: the inflated bytes are counted.
 *
 * Note: `#inflate` (package.json) picks how an entry is inflated: Node's zlib in the Node build, fflate in the
 * browser build.
 */
import { inflatedSize } from '#inflate'
import { CENTRAL_SIGNATURE, CENTRAL_SIZE, DEFLATED, EOCD_SIGNATURE, EOCD_SIZE, LOCAL_SIGNATURE, LOCAL_SIZE, MAX_COMMENT, STORED } from './zip-records.js'


/** The verdict: ok, or why not, and whether the archive is too large (a bomb) rather than no readable zip. */
export type ZipCheck = { ok: true } | { ok: false; tooLarge: boolean; reason: string }

/**
 * Check that a zip archive expands to no more than `limit` bytes in all.
 * @param bytes the archive
 * @param limit the most its entries may hold, inflated, together
 * @returns ok, or the reason to refuse it
 */
export function checkZipSize(bytes: Uint8Array, limit: number): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - EOCD_SIZE; i >= Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return { ok: false, tooLarge: false, reason: 'not a readable zip archive (no central directory)' }
  const entries = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  let total = 0
  for (let k = 0; k < entries; k++) {
    if (at + CENTRAL_SIZE > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, tooLarge: false, reason: 'a damaged zip archive (central directory)' }
    }
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength
    if (local + LOCAL_SIZE > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
      return { ok: false, tooLarge: false, reason: 'a damaged zip archive (local header)' }
    }
    const dataStart = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(dataStart, Math.min(bytes.length, dataStart + compressed))
    const budget = limit - total
    if (method === STORED) total += data.length
    else if (method === DEFLATED) {
      try {
        total += inflatedSize(data, budget)
      } catch {
        return { ok: false, tooLarge: false, reason: 'a damaged zip archive (an entry does not inflate)' }
      }
    } else return { ok: false, tooLarge: false, reason: `a zip archive with entries compressed by method ${method}` }
    if (total > limit) return { ok: false, tooLarge: true, reason: `expands to more than ${limit} bytes (a zip bomb?); raise --max-bytes if it is a real document` }
  }
  return { ok: true }
}
