/**
 * The matching view of a located text for check rules: full-width folded, every space a space, and in a Traditional
 * notice Simplified, unit for unit the same length as the text, so that an offset found in it is the same offset in
 * the text as written.
 */
import { normalize } from '../document/normalize.js'
import { simplifierSync } from '../document/opencc.js'
import { simplifyKeepingLength, traditionalVariant, type Simplify } from '../document/traditional.js'
import type { Located } from './rule.js'

/**
 * The view function of one checked input.
 * @param source the decoded input (its script decides, once, whether texts are simplified)
 * @returns a function from a located text to its matching view
 */
export function viewer(source: string): (node: Located) => string {
  // Note: the script is told at the first call, and the converter loaded only for Traditional input.
  let simplify: Simplify | null | undefined
  return (node) => {
    if (simplify === undefined) {
      const variant = traditionalVariant(source)
      simplify = variant ? simplifierSync(variant) : null
    }
    return normalize(simplify ? simplifyKeepingLength(node.text, simplify) : node.text)
  }
}
