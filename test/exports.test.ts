/**
 * Exports: the task ledger (rows, CSV that round-trips through a CSV parser, an .xlsx workbook read back by a JS
 * reader, and in CI by LibreOffice: converted to CSV headless and compared), the responsibility list, and the
 * Markdown report.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import fc from 'fast-check'
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import {
  ledgerSheets,
  ledgerTasks,
  parse,
  responsibilityList,
  SHEET_NAMES,
  TASK_COLUMNS,
  toCsv,
  toMarkdownByUnit,
  toMarkdownReport,
  toXlsx,
  unitDuties,
  type CellValue,
} from '../src/index.js'
import { columnName, MAX_CELL_LENGTH } from '../src/export/xlsx.js'
import { allTasks } from './helpers/notices.js'

const root = join(import.meta.dirname, '..')
const seed = parse(readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')))
const table = parse(readFileSync(join(root, 'fixtures', 'gov-guobanfa-2018-126_innovation-reforms-table', 'input.html')))
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-export-'))

/** Cells as any CSV reader sees them: text. */
const asText = (rows: readonly CellValue[][]): string[][] => rows.map((r) => r.map((c) => String(c)))
/** Cells as a workbook holds them: numbers and text, an empty cell as null, no empty cells at the end of a row. */
const cells = (rows: ReadonlyArray<ReadonlyArray<unknown>>): unknown[][] =>
  rows.map((r) => {
    const out = r.map((c) => (c === '' || c === undefined ? null : c))
    while (out.length > 0 && out[out.length - 1] === null) out.pop()
    return out
  })

describe('task ledger', () => {
  it('lists every task once, in reading order, with its chapter, units, deadline and targets', () => {
    const tasks = ledgerTasks(seed)
    expect(tasks.map((e) => e.task)).toEqual(allTasks(seed))
    expect(tasks.map((e) => e.index)).toEqual(tasks.map((_, i) => i + 1))
    const [tasksSheet] = ledgerSheets(seed)
    expect(tasksSheet!.columns).toEqual([...TASK_COLUMNS])
    expect(tasksSheet!.rows[1]).toEqual([
      2,
      '一、深入实施创新驱动发展战略',
      '2.',
      '加强创新平台建设',
      tasks[1]!.task.paragraphs[0]!.text,
      '市科技局、市工业和信息化局、市发展改革委',
      '',
      '',
      '',
      '布局建设市级创新平台50家以上；新增省级以上创新平台20家以上',
      18,
    ])
    expect(tasks[1]!.task.paragraphs[0]!.text).toMatch(/^2\.加强创新平台建设。在新材料.*（牵头单位：市科技局、市工业和信息化局、市发展改革委）$/)
  })

  it('has the text of each task as written, line by line, and the dates its targets are due by', () => {
    const notice = parse(
      '一、工作任务\n1.加强平台建设。到2025年，新增平台20家以上；\n年底前新增企业10家，到2025年达到50家。\n（牵头单位：市科技局；2025年底前完成）\n（1）完善制度。（市财政局负责）\n',
    )
    const [sheet] = ledgerSheets(notice)
    const row = (i: number) => Object.fromEntries(sheet!.columns.map((c, j) => [c, sheet!.rows[i]![j]]))
    expect(row(0)).toMatchObject({
      任务: '加强平台建设',
      任务内容: '1.加强平台建设。到2025年，新增平台20家以上；\n年底前新增企业10家，到2025年达到50家。\n（牵头单位：市科技局；2025年底前完成）',
      完成时限: '2025年底前完成',
      指标时限: '到2025年；年底前',
    })
    expect(row(1)).toMatchObject({ 编号: '1.（1）', 任务内容: '（1）完善制度。（市财政局负责）', 牵头单位: '市财政局', 指标时限: '' })
  })

  it('has a targets sheet that points at the tasks, and a units sheet', () => {
    const [tasks, targets, units] = ledgerSheets(seed)
    expect(targets!.rows.length).toBeGreaterThan(50)
    const first = targets!.rows[0]!
    expect(first.slice(0, 8)).toEqual([1, 2, '一、深入实施创新驱动发展战略', '加强创新平台建设', '市级创新平台', '布局建设', '≥', 50])
    expect(tasks!.rows[(first[1] as number) - 1]![3]).toBe(first[3])
    expect(units!.rows.find((r) => r[0] === '市科技局')!.slice(0, 2)).toEqual(['市科技局', unitDuties(seed).find((d) => d.unit === '市科技局')!.lead.length])
  })

  it('CSV round-trips through a CSV parser, byte order mark, quotes, commas and line breaks included', () => {
    for (const notice of [seed, table]) {
      const sheet = ledgerSheets(notice)[0]!
      const csv = toCsv(sheet)
      expect(csv.startsWith('\ufeff序号,')).toBe(true)
      const back = parseCsv(csv, { bom: true }) as string[][]
      expect(back).toEqual(asText([sheet.columns, ...sheet.rows]))
    }
    const tricky = { name: 't', columns: ['a', 'b', 'c'], rows: [['逗号,引号"和\n换行', 1.5, '只有\n换行'], ['回车\r在内', '"', '两行\r\n之间']] }
    const csv = toCsv(tricky)
    expect(parseCsv(csv, { bom: true })).toEqual([['a', 'b', 'c'], ['逗号,引号"和\n换行', '1.5', '只有\n换行'], ['回车\r在内', '"', '两行\r\n之间']])
    // RFC 4180: every record ends in CRLF; a field with a comma, a quote or a line break is quoted, quotes doubled.
    expect(csv).toBe('\ufeffa,b,c\r\n"逗号,引号""和\n换行",1.5,"只有\n换行"\r\n"回车\r在内","""","两行\r\n之间"\r\n')
  })

  it('CSV reads back as written whatever the cells hold (RFC 4180: quotes, commas, CR, LF, CRLF)', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', '台', ',', '"', '\r', '\n', ' ', '，') }), fc.integer())
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 })), (rows) => {
        const sheet = { name: 's', columns: rows[0]?.map((_, i) => `c${i}`) ?? ['a', 'b'], rows }
        expect(parseCsv(toCsv(sheet), { bom: true })).toEqual(asText([sheet.columns, ...rows]))
      }),
    )
  })

  it('writes an .xlsx workbook that a reader reads back: every sheet, every cell', async () => {
    for (const notice of [seed, table]) {
      const sheets = ledgerSheets(notice)
      const back = await readXlsxFile(Buffer.from(await toXlsx(sheets)))
      expect(back.map((s) => s.sheet)).toEqual([SHEET_NAMES.tasks, SHEET_NAMES.targets, SHEET_NAMES.units])
      for (const [i, sheet] of sheets.entries()) expect(cells(back[i]!.data), sheet.name).toEqual(cells([sheet.columns, ...sheet.rows]))
    }
  })

  it('writes cells as Excel can hold them: XML characters escaped or left out, long text cut, odd sheet names fixed', async () => {
    const long = '长'.repeat(MAX_CELL_LENGTH + 10)
    const sheets = [
      { name: '台账: 2023/2024 [草稿]', columns: ['a<b>', 'c&d'], rows: [['"引号"\n换行\u0001控制符', 1.5], [long, -2], ['', '']] },
      { name: '台账: 2023/2024 [草稿]', columns: ['x'], rows: [] },
    ]
    const back = await readXlsxFile(Buffer.from(await toXlsx(sheets)))
    expect(back.map((s) => s.sheet)).toEqual(['台账_ 2023_2024 _草稿_', '台账_ 2023_2024 _草稿__2'])
    expect(back[0]!.data).toEqual([
      ['a<b>', 'c&d'],
      ['"引号"\n换行控制符', 1.5],
      [`${long.slice(0, MAX_CELL_LENGTH - 1)}…`, -2],
    ])
    expect(back[1]!.data).toEqual([['x']])
    expect([columnName(0), columnName(25), columnName(26), columnName(701), columnName(702)]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA'])
  })

  it('writes the same bytes for the same sheets', async () => {
    const sheets = ledgerSheets(seed)
    expect(await toXlsx(sheets)).toEqual(await toXlsx(sheets))
  })

  // LibreOffice is a large install: .ci/run installs it and sets GONGWEN_LIBREOFFICE=1; `npm test` needs Node alone.
  it.runIf(process.env.GONGWEN_LIBREOFFICE === '1')('writes an .xlsx workbook that LibreOffice opens: each sheet converted to CSV equals the ledger', async () => {
    const sheets = ledgerSheets(seed)
    const path = join(tmp, 'ledger.xlsx')
    writeFileSync(path, await toXlsx(sheets))
    const out = join(tmp, 'lo')
    // All sheets (-1), UTF-8 (76), comma-separated, values as stored rather than as formatted.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1'
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', out, path], { encoding: 'utf8', timeout: 120_000 })
    expect(r.error, 'LibreOffice (soffice) must be installed: see .ci/run').toBeUndefined()
    expect(readdirSync(out).sort()).toEqual(sheets.map((s) => `ledger-${s.name}.csv`).sort())
    for (const sheet of sheets) {
      const back = parseCsv(readFileSync(join(out, `ledger-${sheet.name}.csv`), 'utf8'), { bom: true, relax_column_count: true }) as string[][]
      expect(back, sheet.name).toEqual(asText([sheet.columns, ...sheet.rows]))
    }
  }, 180_000)
})

describe('responsibility list', () => {
  it('gives each unit the tasks it leads and supports, every statement of every task accounted for', () => {
    const list = responsibilityList(seed)
    const tasks = allTasks(seed)
    const leads = tasks.reduce((n, t) => n + t.lead.length, 0)
    const supports = tasks.reduce((n, t) => n + t.support.length, 0)
    expect(list.units.reduce((n, u) => n + u.lead.length, 0)).toBe(leads)
    expect(list.units.reduce((n, u) => n + u.support.length, 0)).toBe(supports)
    const science = list.units.find((u) => u.unit === '市科技局')!
    expect(science.lead[0]!.title).toBe('加强实验室布局提升')
    expect(science.lead.every((t) => t.lead.includes('市科技局'))).toBe(true)
  })

  it('reads as Markdown', () => {
    const md = toMarkdownByUnit(seed)
    expect(md).toMatch(/^# 责任清单：聊城市人民政府办公室关于印发/)
    expect(md).toContain('## 市科技局')
    expect(md).toContain('- **加强实验室布局提升**（一、深入实施创新驱动发展战略 1.，台账第1项）')
  })
})

describe('Markdown report', () => {
  it('shows the header, counts, a table of tasks per chapter, and the units', () => {
    const md = toMarkdownReport(seed)
    expect(md).toContain('- 文号：聊政办字〔2023〕3号')
    expect(md).toMatch(/- 任务 \d+ 项（明确牵头单位 \d+ 项），量化指标 \d+ 个，责任单位 \d+ 个/)
    expect(md).toContain('## 一、深入实施创新驱动发展战略')
    expect(md).toContain('| 2. | 加强创新平台建设 | 市科技局、市工业和信息化局、市发展改革委 | — | — | 布局建设市级创新平台50家以上；新增省级以上创新平台20家以上 |')
    expect(md).toContain('## 责任单位')
    expect(SHEET_NAMES.tasks).toBe('任务台账')
  })
})
