/**
 * The inflated size of a zip entry, counted up to a cap: browser build, by fflate (8 kB gzipped), fed a slice at a
 * time and stopped as soon as the count passes the cap, so that memory stays bounded whatever the entry claims.
 */
import { Inflate } from 'fflate'

/** Compressed bytes fed at a time: deflate expands at most 1032-fold, so one slice gives at most 16 MB. */
const FEED = 1 << 14

/** Thrown from the inflater's output callback to stop it once the cap is passed. */
const OVER_BUDGET = new Error('over budget')

/**
 * The size of a raw-deflated entry, inflated, counted up to a cap.
 * @param data the compressed bytes
 * @param budget the most the entry may inflate to
 * @returns its size, or `budget + 1` as soon as it is known to be larger
 * @throws when the data does not inflate
 */
export function inflatedSize(data: Uint8Array, budget: number): number {
  let size = 0
  const inflater = new Inflate((chunk) => {
    size += chunk.length
    if (size > budget) throw OVER_BUDGET
  })
  try {
    for (let at = 0; ; at += FEED) {
      const last = at + FEED >= data.length
      inflater.push(data.subarray(at, at + FEED), last)
      if (last) return size
    }
  } catch (error) {
    if (error === OVER_BUDGET) return budget + 1
    throw error
  }
}
