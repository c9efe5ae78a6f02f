/**
 * Readable Markdown: a report of a notice (header, counts, each chapter's tasks as a table, the units) and the
 * responsibility list (each unit with the tasks it leads and supports).
 */
import type { Notice } from '../tree/schema.js'
import { unitDuties, type UnitDuties } from './by-unit.js'
import { ledgerTasks, type LedgerTask } from '../tree/walk.js'
import { append } from '../util/arrays.js'
import { NAME_SEPARATOR, PHRASE_SEPARATOR } from './ledger.js'

/** Columns of the task tables of the report: the ledger's, less the text, which a table cell cannot hold. */
const REPORT_COLUMNS = ['编号', '任务', '牵头单位', '配合单位', '完成时限', '量化指标']
/** What an empty cell shows. */
const NONE = '—'

/** A cell of a Markdown table: pipes escaped, lines joined. */
const cell = (text: string): string => (text ? text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ') : NONE)

const table = (columns: readonly string[], rows: readonly string[][]): string[] => [
  `| ${columns.join(' | ')} |`,
  `| ${columns.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
]

const taskRow = ({ number, task }: LedgerTask): string[] => [
  number,
  task.title,
  task.lead.join(NAME_SEPARATOR),
  task.support.join(NAME_SEPARATOR),
  task.deadline ?? '',
  task.targets.map((t) => t.text).join(PHRASE_SEPARATOR),
]

function facts(notice: Notice): string[] {
  const out: string[] = []
  if (notice.docNumber) out.push(`- 文号：${notice.docNumber.text}`)
  if (notice.issuer) out.push(`- 发文机关：${notice.issuer}`)
  if (notice.date) out.push(`- 成文日期：${notice.date}`)
  if (notice.plan) out.push(`- 印发的文件：${notice.plan.text}`)
  return out
}

/**
 * A readable report of a notice.
 * @param notice a parsed notice
 * @param file the file it was read from, shown under the title
 * @returns Markdown text
 */
export function toMarkdownReport(notice: Notice, file?: string): string {
  const tasks = ledgerTasks(notice)
  const duties = unitDuties(notice, tasks)
  const targets = tasks.reduce((n, e) => n + e.task.targets.length, 0)
  const led = tasks.filter((e) => e.task.lead.length > 0).length
  const out: string[] = [`# ${notice.title ?? file ?? '（无标题）'}`, '']
  if (file !== undefined) out.push(`文件：\`${file}\``, '')
  append(out, facts(notice))
  out.push(`- 任务 ${tasks.length} 项（明确牵头单位 ${led} 项），量化指标 ${targets} 个，责任单位 ${duties.length} 个`, '')
  // Group the rows by chapter, in reading order.
  let chapter: string | null = null
  let rows: string[][] = []
  const flush = (): void => {
    if (rows.length === 0) return
    if (chapter) out.push(`## ${chapter}`, '')
    append(out, table(REPORT_COLUMNS, rows))
    out.push('')
    rows = []
  }
  for (const e of tasks) {
    if (e.chapter !== chapter) {
      flush()
      chapter = e.chapter
    }
    rows.push(taskRow(e))
  }
  flush()
  if (duties.length > 0) {
    out.push('## 责任单位', '')
    append(out, table(['单位', '牵头', '配合'], duties.map((d) => [d.unit, String(d.lead.length), String(d.support.length)])))
    out.push('')
  }
  return out.join('\n')
}

function dutyLines(list: readonly LedgerTask[]): string[] {
  return list.map((e) => {
    const place = [e.chapter, e.number].filter(Boolean).join(' ')
    const details = [e.task.deadline ? `时限：${e.task.deadline}` : '', e.task.targets.length ? `指标：${e.task.targets.map((t) => t.text).join(PHRASE_SEPARATOR)}` : '']
    const more = details.filter(Boolean).join('；')
    return `- **${e.task.title}**（${place ? `${place}，` : ''}台账第${e.index}项）${more ? `。${more}` : ''}`
  })
}

function unitSection(d: UnitDuties): string[] {
  const out = [`## ${d.unit}`, '', `牵头 ${d.lead.length} 项，配合 ${d.support.length} 项。`, '']
  if (d.lead.length) {
    out.push('### 牵头', '')
    append(out, dutyLines(d.lead))
    out.push('')
  }
  if (d.support.length) {
    out.push('### 配合', '')
    append(out, dutyLines(d.support))
    out.push('')
  }
  return out
}

/**
 * The responsibility list (责任清单) of a notice as Markdown: each unit with the tasks it leads and supports.
 * @param notice a parsed notice
 * @param file the file it was read from, shown under the title
 * @returns Markdown text; list numbers are the tasks' numbers in the ledger
 */
export function toMarkdownByUnit(notice: Notice, file?: string): string {
  const duties = unitDuties(notice)
  const out = [`# 责任清单：${notice.title ?? file ?? '（无标题）'}`, '']
  if (file !== undefined) out.push(`文件：\`${file}\``, '')
  if (duties.length === 0) out.push('（通知未写明责任单位）', '')
  for (const d of duties) append(out, unitSection(d))
  return out.join('\n')
}
