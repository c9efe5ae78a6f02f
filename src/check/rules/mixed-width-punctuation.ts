/**
 * The responsibility clauses of a notice use one width of punctuation: a half-width colon in
 * `（牵头单位:市卫生健康委）` where the other clauses have `：` is reported, and so is a full-width one among
 * half-width clauses. The width that most clauses use wins; a tie goes to full-width, the width of Chinese text.
 *
 * Brackets are compared only when both brackets of a clause have the same width: a clause opened with one width and
 * closed with the other is a mismatched pair, which `paired-punctuation` reports.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.加强实验室建设。（牵头单位：市科技局；配合单位：市财政局）
 *   2.加强平台建设。（牵头单位：市科技局）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.加强实验室建设。（牵头单位：市科技局）
 *   2.加强平台建设。（牵头单位：市科技局；配合单位：市财政局）
 *   3.构建公共卫生体系。（牵头单位:市卫生健康委）
 *   4.推进信息化建设。(牵头单位：市大数据局)
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   3:17-3:18: Unexpected half-width `:` in a responsibility clause, expected `：` as in 3 other clauses
 *   4:11-4:12: Unexpected half-width `(` in a responsibility clause, expected `（` as in 3 other clauses
 *   4:22-4:23: Unexpected half-width `)` in a responsibility clause, expected `）` as in 3 other clauses
 */
import { append } from '../../util/arrays.js'
import { CLAUSE_PUNCTUATION } from '../../lexicon/check.js'
import type { Responsibility } from '../../tree/schema.js'
import type { Rule } from '../rule.js'
import { allTasks } from '../../tree/walk.js'

type Kind = keyof typeof CLAUSE_PUNCTUATION
type Width = 'full' | 'half'

/** A punctuation mark in a clause. */
interface Mark {
  clause: Responsibility
  index: number
  kind: Kind
  width: Width
}

const KINDS = Object.keys(CLAUSE_PUNCTUATION) as Kind[]
const BY_CHAR = new Map<string, { kind: Kind; width: Width }>(
  KINDS.flatMap((kind) => [
    [CLAUSE_PUNCTUATION[kind].full, { kind, width: 'full' as const }],
    [CLAUSE_PUNCTUATION[kind].half, { kind, width: 'half' as const }],
  ]),
)

/** A digit: `:` and `,` between digits are a ratio or a thousands separator, not clause punctuation. */
const DIGIT = /\d/

/**
 * The punctuation marks of a clause that count.
 * @param clause a responsibility clause
 * @returns its marks
 */
function marksOf(clause: Responsibility): Mark[] {
  const { text } = clause
  const marks: Mark[] = []
  for (let i = 0; i < text.length; i++) {
    const found = BY_CHAR.get(text[i] as string)
    if (!found) continue
    if ((found.kind === 'colon' || found.kind === 'comma') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue
    marks.push({ clause, index: i, ...found })
  }
  const opens = marks.filter((m) => m.kind === 'paren-open')
  const closes = marks.filter((m) => m.kind === 'paren-close')
  const outerOpen = opens[0]
  const outerClose = closes.at(-1)
  // Note: a pair of mixed widths is a mismatch that paired-punctuation reports; counting it here would report it twice.
  if (outerOpen && outerClose && outerOpen.width !== outerClose.width) return marks.filter((m) => m !== outerOpen && m !== outerClose)
  return marks
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'mixed-width-punctuation',
  description: 'Responsibility clauses use one width of colons, semicolons, commas and brackets.',
  check(context) {
    const marks: Mark[] = []
    for (const { task } of allTasks(context.notice)) for (const clause of task.responsibilities) append(marks, marksOf(clause))
    for (const kind of KINDS) {
      const ofKind = marks.filter((m) => m.kind === kind)
      const full = ofKind.filter((m) => m.width === 'full').length
      const half = ofKind.length - full
      const preferred: Width = half > full ? 'half' : 'full'
      const count = new Set(ofKind.filter((m) => m.width === preferred).map((m) => m.clause)).size
      const right = CLAUSE_PUNCTUATION[kind][preferred]
      for (const mark of ofKind) {
        if (mark.width === preferred) continue
        const wrong = CLAUSE_PUNCTUATION[kind][mark.width]
        const name = mark.width === 'full' ? 'full-width' : 'half-width'
        context.report(
          `Unexpected ${name} \`${wrong}\` in a responsibility clause, expected \`${right}\` as in ${count} other clause${count === 1 ? '' : 's'}`,
          context.place(mark.clause, mark.index, mark.index + 1),
          { actual: wrong, expected: [right] },
        )
      }
    }
  },
}
