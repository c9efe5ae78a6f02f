/**
 * A target was read completely: what is measured (its metric), its number, and its unit. A part that could not be
 * read is most often a phrase that leaves it to the reader (`新增100家以上` after a list of several kinds) or one
 * that the parser does not know yet; either way a database of targets gets a gap.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.新增高新技术企业100家以上，专利授权量增长18%以上。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.推动企业发展，至少100家以上。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:10-1:18: Unexpected incomplete target `至少100家以上`, expected its metric (what is counted or measured)
 */
import type { Target } from '../../tree/schema.js'
import type { Rule } from '../rule.js'
import { allTargets } from '../../tree/walk.js'

/**
 * The parts of a target that could not be read.
 * @param target a target
 * @returns descriptions of the missing parts, empty for a complete target
 */
export function missingParts(target: Target): string[] {
  const missing: string[] = []
  if (!target.metric) missing.push('its metric (what is counted or measured)')
  const hasNumber = target.comparator === 'between' ? target.min !== undefined && target.max !== undefined : target.value !== null
  if (!hasNumber) missing.push('its number')
  if (!target.unit) missing.push('its unit')
  return missing
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'incomplete-target',
  description: 'Targets have a metric, a number and a unit that could all be read.',
  check(context) {
    for (const target of allTargets(context.notice)) {
      const missing = missingParts(target)
      if (missing.length === 0) continue
      context.report(`Unexpected incomplete target \`${target.text}\`, expected ${missing.join(' and ')}`, target.position, {
        actual: target.text,
      })
    }
  },
}
