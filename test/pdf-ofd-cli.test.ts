/**
 * PDF and OFD through the built command, as users run it: parse, --text, check and batches take them like any input;
 * what cannot be read ends in one line and exit 2.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NoticeSchema } from '../src/tree/schema.js'
import { writeOfd } from './helpers/ofd-writer.js'
import { writePdf } from './helpers/pdf-writer.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
const seedPdf = join(root, 'fixtures', 'pdf', 'liaocheng-2023-key-tasks.pdf')
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-pdf-ofd-'))
const seedOfd = join(tmp, 'seed.ofd')
writeFileSync(seedOfd, writeOfd(readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8'), { header: '聊城市人民政府办公室' }))

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('gongwen on PDF and OFD files', () => {
  it.each([
    ['PDF', seedPdf, 'pdf', 10],
    ['OFD', seedOfd, 'ofd', 33],
  ])('parses the seed as %s, with the page spans of the extracted text', (_what, file, format, pages) => {
    const r = run([file])
    expect(r.code, r.stderr).toBe(0)
    const notice = NoticeSchema.parse(JSON.parse(r.stdout))
    expect(notice.source).toMatchObject({ format, positions: 'extracted-text' })
    expect(notice.source.pages).toHaveLength(pages)
    expect(notice.chapters).toHaveLength(11)
  })

  it('prints the extracted text that positions refer to with --text', () => {
    const r = run([seedPdf, '--text'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('聊城市人民政府办公室关于印发聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知')
    const json = JSON.parse(run([seedPdf]).stdout)
    const pages = json.source.pages as Array<{ start: number; end: number }>
    expect(pages[pages.length - 1]?.end).toBe(r.stdout.length)
  })

  it('reads a PDF by its bytes whatever its name, and takes --input-format pdf and ofd', () => {
    const renamed = join(tmp, 'notice.txt')
    cpSync(seedPdf, renamed)
    expect(JSON.parse(run([renamed]).stdout).source.format).toBe('pdf')
    expect(run([seedPdf, '--input-format', 'pdf']).code).toBe(0)
    expect(run([seedOfd, '--input-format', 'ofd']).code).toBe(0)
    const wrong = run(['seeds/liaocheng-2023-key-tasks.txt', '--input-format', 'ofd'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toBe('gongwen: seeds/liaocheng-2023-key-tasks.txt: is not an OFD file (those are zip containers with an OFD.xml)\n')
  })

  it('checks a PDF, its findings placed in the extracted text', () => {
    const r = spawnSync(process.execPath, [cli, 'check', seedPdf, '--reporter', 'json'], { encoding: 'utf8', cwd: root })
    expect(r.status).toBe(1)
    const [file] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>
    expect(file?.messages.map((m) => m.ruleId).sort()).toEqual(['mixed-width-punctuation', 'mixed-width-punctuation', 'paired-punctuation', 'plan-title-mismatch'])
  })

  it('parses PDF and OFD files of a directory in a batch, and reports the one it cannot read on one line', () => {
    const dir = join(tmp, 'batch')
    mkdirSync(dir, { recursive: true })
    cpSync(seedPdf, join(dir, 'a.pdf'))
    cpSync(seedOfd, join(dir, 'b.ofd'))
    writeFileSync(join(dir, 'c.pdf'), writePdf([{ image: true }]))
    const r = run([dir, '-f', 'jsonl', '--no-progress'])
    expect(r.code).toBe(2)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; source: { format: string } })
    expect(lines.map((l) => [l.file.split('/').pop(), l.source.format])).toEqual([
      ['a.pdf', 'pdf'],
      ['b.ofd', 'ofd'],
    ])
    expect(r.stderr).toContain(`gongwen: ${join(dir, 'c.pdf')}: no text layer: this PDF is scanned images; OCR it first\n`)
  })

  it.each([
    ['a scanned PDF', () => writePdf([{ image: true }]), [], /no text layer: this PDF is scanned images; OCR it first/],
    ['an encrypted PDF', () => readFileSync(join(root, 'fixtures', 'pdf', 'encrypted.pdf')), [], /this PDF is encrypted/],
    ['a PDF cut short', () => readFileSync(seedPdf).subarray(0, 5000), [], /not a readable PDF file/],
    ['an OFD larger than --max-bytes when inflated', () => readFileSync(seedOfd), ['--max-bytes', '100000'], /expands to more than 100000 bytes \(a zip bomb\?\)/],
  ])('exits 2 with one line for %s', (_what, bytes, flags, reason) => {
    const file = join(tmp, `bad-${Math.random().toString(36).slice(2)}.bin`)
    writeFileSync(file, bytes())
    const r = run([file, ...flags])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(reason)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\s+at /)
  })
})
