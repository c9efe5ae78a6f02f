/**
 * Whether a notice says that its text was cut (`本文有删减`): numbers and whole chapters may then be missing.
 */
import { ABRIDGED_MARKERS } from '../lexicon/check.js'
import type { Paragraph } from '../tree/schema.js'

/**
 * Whether a notice says that its text was cut, so that numbers and whole chapters may be missing.
 * @param paragraphs the notice's paragraphs
 * @returns true for an abridged text
 */
export function isAbridged(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => ABRIDGED_MARKERS.some((marker) => p.text.includes(marker)))
}
