/**
 * Reading entries of a zip container (OFD files are zips of XML) with the platform's `DecompressionStream`, in Node
 * and in browsers alike, without a dependency. Inflated bytes are counted as they come and reading stops at a limit,
 * so a zip bomb costs milliseconds; sizes declared in the headers are not trusted.
 */
import { CENTRAL_SIGNATURE, CENTRAL_SIZE, DEFLATED, EOCD_SIGNATURE, EOCD_SIZE, LOCAL_SIGNATURE, LOCAL_SIZE, MAX_COMMENT, STORED } from './zip-records.js'

/** An entry of the central directory. */
export interface ZipEntry {
  name: string
  method: number
  /** Offset of its local header. */
  local: number
  compressedSize: number
}

/** General-purpose flag: the name is UTF-8. */
const UTF8_NAME = 0x800
/** Value of a size or offset that lives in a ZIP64 extra field instead. */
const ZIP64 = 0xffffffff

/** Why an entry could not be read: the container is damaged, or it expands beyond the limit. */
export class ZipError extends Error {
  constructor(
    readonly tooLarge: boolean,
    message: string,
  ) {
    super(message)
  }
}

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** Names are UTF-8 when flagged, else in the local code page, which for Chinese producers is GBK. */
function entryName(raw: Uint8Array, flags: number): string {
  if (flags & UTF8_NAME) return new TextDecoder('utf-8').decode(raw)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return new TextDecoder('gb18030').decode(raw)
  }
}

/**
 * The entries of a zip archive, from its central directory.
 * @param bytes the archive
 * @returns the entries, or null when there is no readable central directory (a file cut short)
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const v = view(bytes)
  let eocd = -1
  for (let i = bytes.length - EOCD_SIZE; i >= Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT); i--) {
    if (v.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return null
  const count = v.getUint16(eocd + 10, true)
  let at = v.getUint32(eocd + 16, true)
  const entries: ZipEntry[] = []
  for (let k = 0; k < count; k++) {
    if (at + CENTRAL_SIZE > bytes.length || v.getUint32(at, true) !== CENTRAL_SIGNATURE) return null
    const flags = v.getUint16(at + 8, true)
    const method = v.getUint16(at + 10, true)
    const compressedSize = v.getUint32(at + 20, true)
    const nameLength = v.getUint16(at + 28, true)
    const extraLength = v.getUint16(at + 30, true)
    const commentLength = v.getUint16(at + 32, true)
    const local = v.getUint32(at + 42, true)
    if (at + CENTRAL_SIZE + nameLength > bytes.length) return null
    const name = entryName(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), flags)
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength
    if (compressedSize === ZIP64 || local === ZIP64) return null
    entries.push({ name, method, local, compressedSize })
  }
  return entries
}

/**
 * The bytes of an entry, inflated.
 * @param bytes the archive
 * @param entry the entry, from `zipEntries`
 * @param limit the most bytes it may inflate to
 * @throws ZipError when the entry is damaged, compressed in another way, or larger than `limit`
 */
export async function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  const v = view(bytes)
  if (entry.local + LOCAL_SIZE > bytes.length || v.getUint32(entry.local, true) !== LOCAL_SIGNATURE) {
    throw new ZipError(false, `a damaged zip entry (${entry.name})`)
  }
  const start = entry.local + LOCAL_SIZE + v.getUint16(entry.local + 26, true) + v.getUint16(entry.local + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw new ZipError(false, `a zip entry cut short (${entry.name})`)
  const data = bytes.subarray(start, end)
  if (entry.method === STORED) {
    if (data.length > limit) throw new ZipError(true, `expands to more than ${limit} bytes`)
    return data
  }
  if (entry.method !== DEFLATED) throw new ZipError(false, `a zip entry compressed by method ${entry.method} (${entry.name})`)
  const stream = new DecompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  // Note: failures surface on the reading side; the writing side's rejections are the same error, seen twice.
  // Note: the DOM's types want an ArrayBuffer-backed view; a zip is read from one (never a SharedArrayBuffer).
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined)
  writer.close().catch(() => undefined)
  const reader = stream.readable.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      total += value.length
      if (total > limit) {
        await reader.cancel().catch(() => undefined)
        throw new ZipError(true, `expands to more than ${limit} bytes`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof ZipError) throw error
    throw new ZipError(false, `a damaged zip entry (${entry.name})`)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
