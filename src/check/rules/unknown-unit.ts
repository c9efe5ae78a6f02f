/**
 * Every unit named in a responsibility clause is on the configured list of known units, or an alias of one
 * (`市发改委` → `市发展改革委`). The rule does nothing until a list is configured (`units`, or `--known-units FILE`).
 *
 * Options: `units`, the known names; `aliases`, other names by the known name to use instead; `ignore`, names to
 * accept as they are. Generic names (`有关部门`, `各县（市、区）人民政府`) are accepted. Common informal short forms
 * (`发改委`, `工信局`, `人社局` …) are recognized when the standard form is on the list.
 *
 * @example
 *   {"name": "ok.txt", "config": {"units": ["市科技局", "市财政局"]}}
 *
 *   1.加强实验室建设。（牵头单位：市科技局；配合单位：市财政局、各县（市、区）人民政府）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input", "config": {"units": ["市科技局", "市发展改革委", "市工业和信息化局"], "aliases": {"科技局": "市科技局"}}}
 *
 *   1.加强平台建设。（牵头单位：市发改委、科技局、市工业信息化局、市气象局）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:16-1:20: Unexpected unit `市发改委`, expected `市发展改革委`
 *   1:21-1:24: Unexpected unit `科技局`, expected `市科技局`
 *   1:25-1:32: Unexpected unit `市工业信息化局`, expected a known unit such as `市工业和信息化局`
 *   1:33-1:37: Unexpected unit `市气象局`, expected one of the 3 known units
 */
import * as z from 'zod'
import { AGENCY_ALIASES, GENERIC_AGENCY_WORDS } from '../../lexicon/agencies.js'
import type { Rule } from '../rule.js'
import { allTasks } from '../../tree/walk.js'

/** Most edits between an unknown name and a known one for the known one to be suggested. */
const MAX_SUGGESTION_DISTANCE = 2
/** Characters of a name per edit allowed: `市气象局` is not a misspelt `市科技局`, `市工业信息化局` is one of `市工业和信息化局`. */
const CHARACTERS_PER_EDIT = 4

/** The options of the rule. */
export const UnknownUnitOptionsSchema = z
  .object({
    units: z.array(z.string()).default([]).describe('the names of known units'),
    aliases: z.record(z.string(), z.string()).default({}).describe('other names, each mapped to the known name to use'),
    ignore: z.array(z.string()).default([]).describe('names accepted as they are'),
  })
  .strict()

/** The options of the rule, defaults filled in. */
export type UnknownUnitOptions = z.infer<typeof UnknownUnitOptionsSchema>

/**
 * The edit distance of two names, stopping early beyond a limit.
 * @param a a name
 * @param b another name
 * @param limit the largest distance of interest
 * @returns the distance, or `limit + 1` when it is larger
 */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost)
      next.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    row = next
  }
  return row[b.length] as number
}

/** Whether a name is generic on purpose (`有关部门`, `各县（市、区）人民政府`): never on a list of known units. */
const isGeneric = (unit: string): boolean =>
  GENERIC_AGENCY_WORDS.some((g) => (g.anywhere ? unit.includes(g.word) : unit.startsWith(g.word)))

/**
 * What to say about a unit name: nothing when it is known, else the name to use or the closest known one.
 * @param unit the name as written
 * @param options the known names and aliases
 * @param known the known names as a set
 * @returns the message, or null for a known name
 */
export function judgeUnit(unit: string, options: UnknownUnitOptions, known: ReadonlySet<string>): string | null {
  if (known.has(unit) || options.ignore.includes(unit) || isGeneric(unit)) return null
  const alias = options.aliases[unit]
  if (alias !== undefined) return `Unexpected unit \`${unit}\`, expected \`${alias}\``
  for (const [short, standard] of Object.entries(AGENCY_ALIASES)) {
    const candidate = unit.includes(short) ? unit.replace(short, standard) : null
    if (candidate && known.has(candidate)) return `Unexpected unit \`${unit}\`, expected \`${candidate}\``
  }
  let closest: string | null = null
  const limit = Math.min(MAX_SUGGESTION_DISTANCE, Math.floor(unit.length / CHARACTERS_PER_EDIT))
  let best = limit + 1
  for (const name of known) {
    const d = distance(unit, name, limit)
    if (d < best) {
      best = d
      closest = name
    }
  }
  if (closest) return `Unexpected unit \`${unit}\`, expected a known unit such as \`${closest}\``
  return `Unexpected unit \`${unit}\`, expected one of the ${known.size} known units`
}

/** The rule, documented above. */
export const rule: Rule<UnknownUnitOptions> = {
  id: 'unknown-unit',
  description: 'Units named in responsibility clauses are on the configured list of known units.',
  options: UnknownUnitOptionsSchema,
  check(context, options) {
    if (options.units.length === 0 && Object.keys(options.aliases).length === 0) return
    const known = new Set(options.units)
    for (const { task } of allTasks(context.notice)) {
      for (const clause of task.responsibilities) {
        let from = 0
        for (const unit of clause.roles.flatMap((role) => role.units)) {
          const reason = judgeUnit(unit, options, known)
          const at = clause.text.indexOf(unit, from)
          if (at >= 0) from = at + unit.length
          if (!reason) continue
          const place = at >= 0 ? context.place(clause, at, at + unit.length) : clause.position
          context.report(reason, place, { actual: unit })
        }
      }
    }
  },
}
