/**
 * PDF input: the LibreOffice PDFs of fixtures/pdf (made by scripts/make-pdfs.sh from the seed, eval notices and a
 * GB/T 9704 Word file) give the same notice as the text they were made from; positions point into the extracted
 * text, whose page spans the output gives; damaged, encrypted, scanned and very long PDFs end in one clear line or
 * a bounded result.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, parse, parseAsync, type Notice } from '../src/index.js'
import { allTasks, essentials } from './helpers/notices.js'
import { writePdf } from './helpers/pdf-writer.js'

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path))
const pdf = (name: string) => read(`fixtures/pdf/${name}`)

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('the seed as a LibreOffice PDF', async () => {
  const notice = await parseAsync(pdf('liaocheng-2023-key-tasks.pdf'), { name: 'seed.pdf' })
  const text = await parseAsync(read('seeds/liaocheng-2023-key-tasks.txt'))

  it('has 11 chapters, 106 tasks, and tasks 1–103 with their lead units', () => {
    const tasks = allTasks(notice)
    expect(notice.chapters).toHaveLength(11)
    expect(tasks).toHaveLength(106)
    expect(tasks.slice(0, 103).every((t) => t.lead.length > 0)).toBe(true)
  })

  it('gives the structure of the text it was made from, header included', () => {
    expect(essentials(notice)).toEqual(essentials(text))
    for (const field of ['title', 'issuer', 'date', 'recipients', 'publicity'] as const) expect(notice[field]).toEqual(text[field])
    expect(notice.docNumber?.text).toBe('聊政办字〔2023〕3号')
  })

  it('says that positions refer to the extracted text, and where each page is in it', async () => {
    expect(notice.source).toMatchObject({ format: 'pdf', positions: 'extracted-text' })
    const pages = notice.source.pages ?? []
    expect(pages).toHaveLength(10)
    expect(pages[0]).toMatchObject({ page: 1, start: 0 })
    for (let i = 1; i < pages.length; i++) expect((pages[i] as { start: number }).start).toBeGreaterThanOrEqual((pages[i - 1] as { end: number }).end)
    // A task's position, read in the extracted text, is the task; its page is the one whose span holds it.
    const { readDocumentAsync } = await import('../src/document/read.js')
    const src = await readDocumentAsync(pdf('liaocheng-2023-key-tasks.pdf'))
    const task = allTasks(notice)[60] as Notice['chapters'][number]['tasks'][number]
    const at = task.position.start.offset
    expect(src.source.slice(at, at + task.title.length + 3)).toContain(task.title)
    const page = pages.find((p) => p.start <= at && at < p.end)
    expect(page?.page).toBeGreaterThan(1)
  })
})

describe('LibreOffice PDFs of eval notices', () => {
  it.each([
    ['jinan-kechuang-jinan-policy-measures-2021.pdf', 'fixtures/jinan-kechuang-jinan-policy-measures-2021/input.txt'],
    ['yangzhou-2024-gov-work-report.pdf', 'fixtures/yangzhou-2024-gov-work-report/input.txt'],
    ['baotou-2022-digital-gov-evaluation-measures.pdf', 'fixtures/baotou-2022-digital-gov-evaluation-measures/input.txt'],
    ['jinan-two-columns.pdf', 'fixtures/jinan-kechuang-jinan-policy-measures-2021/input.txt'],
    ['gov-guobanfa-2018-128_zero-waste-city-pilot.pdf', 'fixtures/gov-guobanfa-2018-128_zero-waste-city-pilot/input.html'],
    ['gov-guobanfa-2018-117_incentive-measures.pdf', 'fixtures/gov-guobanfa-2018-117_incentive-measures/input.html'],
    // A task table ruled over three pages, its cells of wrapped text, rows that group tasks across it.
    ['gov-guobanfa-2018-126_innovation-reforms-table.pdf', 'fixtures/gov-guobanfa-2018-126_innovation-reforms-table/input.html'],
    // Another producer: Chromium's PDFs put radicals (⼀ ⻓ ⺠) for ideographs and cut runs otherwise.
    ['chromium-liaocheng-2023-key-tasks.pdf', 'seeds/liaocheng-2023-key-tasks.txt'],
    ['chromium-gov-guobanfa-2018-117_incentive-measures.pdf', 'fixtures/gov-guobanfa-2018-117_incentive-measures/input.html'],
    // Its table borders are thin filled rectangles, each cell's own.
    ['chromium-gov-guobanfa-2018-126_innovation-reforms-table.pdf', 'fixtures/gov-guobanfa-2018-126_innovation-reforms-table/input.html'],
  ])('%s gives the structure of its text', async (file, original) => {
    const notice = await parseAsync(pdf(file), { name: file })
    const text = await parseAsync(read(original))
    expect(essentials(notice)).toEqual(essentials(text))
    expect(notice.title).toBe(text.title)
  })
})

describe('a notice laid out as GB/T 9704 prescribes', () => {
  it.each([
    ['the PDF of its .docx', 'seed-gbt9704.pdf'],
    ['a justified PDF', 'seed-gbt9704-justified.pdf'],
    ['the .docx itself', 'seed-gbt9704.docx'],
  ])('%s gives the structure of the text: 版头 and 版记 read, page numbers dropped', async (_what, file) => {
    const notice = await parseAsync(pdf(file), { name: file })
    const text = await parseAsync(read('seeds/liaocheng-2023-key-tasks.txt'))
    expect(essentials(notice)).toEqual(essentials(text))
    expect(notice.title).toBe(text.title)
    expect(notice.docNumber?.text).toBe('聊政办字〔2023〕3号')
    expect(notice.date).toBe(text.date)
    if (file.endsWith('.pdf')) {
      const { readDocumentAsync } = await import('../src/document/read.js')
      const src = await readDocumentAsync(pdf(file))
      expect(src.source).not.toMatch(/—\s*\d+\s*—/)
      expect(src.source).toContain('抄送：市委各部门')
      expect(src.source).toMatch(/2023年3月1日印发$/)
      expect(src.pages).toHaveLength(37)
    }
  })
})

describe('tables drawn with rules', () => {
  /** A ruled table of ASCII text: column borders xs, row tops from y down by 20 points, text 14 points under each top. */
  function ruled(rows: string[][], options: { filledRules?: boolean; scaledRules?: boolean } = {}) {
    const xs = [72, 110, 380, 520]
    const top = 700
    const rules: Array<[number, number, number, number]> = []
    const placed: Array<[number, number, string]> = []
    rows.forEach((row, r) => {
      rules.push([xs[0] as number, top - r * 20, xs[3] as number, top - r * 20])
      row.forEach((text, c) => placed.push([(xs[c] as number) + 4, top - r * 20 - 14, text]))
    })
    rules.push([xs[0] as number, top - rows.length * 20, xs[3] as number, top - rows.length * 20])
    for (const x of xs) rules.push([x, top, x, top - rows.length * 20])
    return writePdf([{ placed: [[72, 760, 'Notice on the key tasks'], ...placed], rules, ...options }])
  }
  const rows = [
    ['No.', 'Task', 'Lead'],
    ['1', 'Build the data platform', 'Data Bureau'],
    ['2', 'Open the public data', 'Data Bureau'],
  ]

  it.each([
    ['stroked lines', {}],
    ['thin filled rectangles', { filledRules: true }],
    ['lines drawn under a transform', { scaledRules: true }],
  ])('reads a table ruled with %s as a table of cells, its lines marked', async (_what, options) => {
    const { readDocumentAsync } = await import('../src/document/read.js')
    const src = await readDocumentAsync(ruled(rows, options), { name: 'table.pdf' })
    expect(src.tables).toHaveLength(1)
    const [table] = src.tables
    expect(table?.rows.map((row) => row.map((c) => src.text(c)))).toEqual(rows)
    expect(src.lines.filter((l) => l.table === 0).map((l) => src.text(l))).toEqual(rows.flat())
    expect(src.source.split('\n')[0]).toBe('Notice on the key tasks')
  })
})

describe('PDFs that are no notice to read', () => {
  it('names a PDF cut short, in one line', async () => {
    const whole = pdf('liaocheng-2023-key-tasks.pdf')
    const error = await inputError(parseAsync(whole.subarray(0, whole.length >> 1), { name: 'cut.pdf' }))
    expect(error.message).toMatch(/^cut\.pdf: not a readable PDF file \(damaged or cut short\)$/)
  })

  it('names an encrypted PDF', async () => {
    const error = await inputError(parseAsync(pdf('encrypted.pdf'), { name: 'locked.pdf' }))
    expect(error.code).toBe('encrypted')
    expect(error.message).toMatch(/^locked\.pdf: this PDF is encrypted/)
  })

  it('tells a scanned PDF (images, no text layer) to be OCRed, and skips scanned pages of a PDF with text', async () => {
    const error = await inputError(parseAsync(writePdf([{ image: true }, { image: true }]), { name: 'scan.pdf' }))
    expect(error.code).toBe('no-text-layer')
    expect(error.message).toBe('scan.pdf: no text layer: this PDF is scanned images; OCR it first')
    const mixed = await parseAsync(writePdf([{ lines: ['Notice on the key tasks'] }, { image: true }]), { name: 'mixed.pdf' })
    // Its one English line is no notice either, which the second warning says.
    expect(mixed.warnings[0]).toBe('mixed.pdf: page 2 of the PDF has no text layer (scanned?) and is skipped')
    expect(mixed.warnings[1]).toMatch(/^no chapters or tasks found/)
  })

  it('reads a PDF of 500 pages to a bounded result', async () => {
    const duties = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh']
    const pages = Array.from({ length: 500 }, (_, i) => ({ lines: [`Article ${i + 1} sets the ${duties[i % 7]} duty of the office.`, `${i + 1}`] }))
    const { readDocumentAsync } = await import('../src/document/read.js')
    const src = await readDocumentAsync(writePdf(pages), { name: 'long.pdf' })
    expect(src.pages).toHaveLength(500)
    expect(src.source).toMatch(/^Article 1 sets the first duty of the office\.[^]*Article 500 sets the third duty of the office\.$/)
    // The page numbers (the second line of each page) are gone.
    expect(src.source).not.toMatch(/(?:^|\n)\d+(?:\n|$)/)
  })

  it('finds %PDF- after junk a producer wrote before it, as PDF readers do', async () => {
    const bytes = writePdf([{ lines: ['Notice on the key tasks'] }])
    const junk = new Uint8Array([...new TextEncoder().encode('HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n'), ...bytes])
    const notice = await parseAsync(junk, { name: 'saved.pdf' })
    expect(notice.source.format).toBe('pdf')
  })

  it('runs nothing a PDF holds: a document-open script and a form field are not text', async () => {
    const extra = '/OpenAction << /S /JavaScript /JS (app.alert\\("run"\\); this.getField\\("f"\\).value = "INJECTED";) >> '
    const notice = await parseAsync(writePdf([{ lines: ['Notice on the key tasks'] }], extra), { name: 'script.pdf' })
    expect(JSON.stringify(notice)).not.toContain('INJECTED')
  })

  it('sends the caller of the synchronous parse() to parseAsync()', () => {
    expect(() => parse(pdf('liaocheng-2023-key-tasks.pdf'), { name: 'seed.pdf' })).toThrow(/seed\.pdf: a PDF file needs parseAsync\(\) or parseFile\(\)/)
  })

  it('refuses text given as --input-format pdf', async () => {
    const error = await inputError(parseAsync(read('seeds/liaocheng-2023-key-tasks.txt'), { format: 'pdf', name: 'seed.txt' }))
    expect(error.message).toBe('seed.txt: is not a PDF file (those start with %PDF-)')
  })
})
