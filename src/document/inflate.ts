/**
 * The inflated size of a zip entry, counted up to a cap: Node build, natively by zlib, which stops at the cap.
 * The browser build has its own module (`#inflate` in package.json picks it).
 */
import { inflateRawSync } from 'node:zlib'

/**
 * The size of a raw-deflated entry, inflated, counted up to a cap.
 * @param data the compressed bytes
 * @param budget the most the entry may inflate to
 * @returns its size, or `budget + 1` as soon as it is known to be larger
 * @throws when the data does not inflate
 */
export function inflatedSize(data: Uint8Array, budget: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1
    throw error
  }
}
