/**
 * The built command on every kind of input and output: Word, Markdown, Traditional; json, jsonl, csv, xlsx, md,
 * --by-unit; and start-up: each heavy package is loaded only by the inputs and outputs that need it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { NoticeSchema } from '../src/tree/schema.js'
import { denseNotice } from '../bench/dense.mjs'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
const seed = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
const fixture = (name: string, file: string) => join(root, 'fixtures', name, file)
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-inputs-'))
const trace = join(root, 'test', 'helpers', 'trace-imports.mjs')

function run(args: string[], options: { input?: Buffer; traceTo?: string } = {}) {
  const node = options.traceTo ? ['--import', trace] : []
  const env = options.traceTo ? { ...process.env, GONGWEN_TRACE_IMPORTS: options.traceTo } : process.env
  const r = spawnSync(process.execPath, [...node, cli, ...args], { input: options.input, encoding: 'utf8', cwd: root, env, maxBuffer: 1 << 26 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The packages a run of the command loaded. */
function loaded(args: string[]): string[] {
  const file = join(tmp, `trace-${Math.random().toString(36).slice(2)}.txt`)
  writeFileSync(file, '')
  const r = run(args, { traceTo: file })
  expect(r.code, r.stderr).toBe(0)
  return packagesIn(file)
}

/** The packages a trace file names (opencc-js with the file loaded, to tell its dictionaries). */
function packagesIn(file: string): string[] {
  const packages = new Set<string>()
  for (const url of readFileSync(file, 'utf8').split('\n')) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url)
    if (m) packages.add(m[1] === 'opencc-js' ? `opencc-js/${m[2]}` : (m[1] as string))
  }
  return [...packages]
}

const HEAVY = ['mammoth', 'fflate', 'remark-parse', 'remark-gfm', 'rehype-parse', 'tinyglobby', 'unpdf', 'saxes']

describe('start-up', () => {
  it('loads none of the readers, converters or exporters for a Simplified text notice', () => {
    const packages = loaded([seed])
    for (const name of HEAVY) expect(packages, name).not.toContain(name)
    expect(packages.some((p) => p.startsWith('opencc-js'))).toBe(false)
  })

  it('loads no HTML or Markdown reader when the library is imported and parses text, and loads them for HTML', () => {
    const file = join(tmp, `trace-lib-${Math.random().toString(36).slice(2)}.txt`)
    writeFileSync(file, '')
    const program = (input: string) =>
      `const { parse } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))}); parse(${JSON.stringify(input)}, { targets: false })`
    const packagesOf = (input: string): string[] => {
      writeFileSync(file, '')
      const r = spawnSync(process.execPath, ['--import', trace, '--input-type=module', '-e', program(input)], { env: { ...process.env, GONGWEN_TRACE_IMPORTS: file }, encoding: 'utf8' })
      expect(r.status, r.stderr).toBe(0)
      return packagesIn(file)
    }
    const text = packagesOf('一、总体要求\n1.加快建设（市发展改革委牵头）。\n')
    for (const name of ['rehype-parse', 'remark-parse', 'remark-gfm', 'unified', 'parse5', 'micromark']) expect(text, name).not.toContain(name)
    expect(packagesOf('<p>一、总体要求</p><p>1.加快建设（市发展改革委牵头）。</p>')).toContain('rehype-parse')
  })

  it('reads Traditional input with the Traditional → Simplified dictionaries bundled, and only those', () => {
    // opencc-js is bundled, not installed: no package of it loads, and the build holds its t2cn dictionaries (0.1 MB),
    // not those of every direction (1.2 MB).
    expect(loaded([fixture('seed-traditional-tw', 'input.txt')]).filter((p) => p.startsWith('opencc-js'))).toEqual([])
    const r = run([fixture('seed-traditional-tw', 'input.txt'), '--simplified'])
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).title).toMatch(/^[^臺灣關於]*$/)
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    expect(Object.keys(pkg.dependencies)).not.toContain('opencc-js')
    const t2cn = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && readFileSync(join(root, 'dist', f), 'utf8').includes('trie_val'))
    expect(t2cn).toHaveLength(1)
    expect(statSync(join(root, 'dist', t2cn[0] as string)).size).toBeLessThan(200_000)
  })

  it.each([
    ['Markdown', [fixture('seed-markdown', 'input.md')], 'remark-parse'],
    ['Word', [fixture('seed-docx', 'input.docx')], 'mammoth'],
    ['PDF', [join(root, 'fixtures', 'pdf', 'liaocheng-2023-key-tasks.pdf')], 'unpdf'],
    ['OFD', [join(root, 'fixtures', 'ofd-samples', 'ofdrw-layout-拿来主义_page6.ofd')], 'saxes'],
    ['xlsx output', [seed, '-f', 'xlsx', '-o', join(tmp, 'startup.xlsx')], 'fflate'],
  ])('loads what %s needs', (_what, args, needed) => {
    const packages = loaded(args)
    expect(packages).toContain(needed)
    const alsoNeeded = (n: string) => (needed === 'remark-parse' && n === 'remark-gfm') || (needed === 'mammoth' && n === 'rehype-parse')
    for (const name of HEAVY.filter((n) => n !== needed && !alsoNeeded(n))) {
      expect(packages, name).not.toContain(name)
    }
  })
})

describe('inputs', () => {
  it('reads Word .docx, and says that positions refer to the extracted text', () => {
    const r = run([fixture('seed-docx', 'input.docx')])
    expect(r.code).toBe(0)
    const n = NoticeSchema.parse(JSON.parse(r.stdout))
    expect(n.source).toEqual({ format: 'docx', encoding: 'utf-8', positions: 'extracted-text' })
    expect(n.docNumber?.text).toBe('聊政办字〔2023〕3号')
  })

  it('names the package to install when Word .docx support is not installed (mammoth is optional)', () => {
    const docx = fixture('seed-docx', 'input.docx')
    const hide = ['--import', join(root, 'test', 'helpers', 'hide-packages.mjs')]
    const r = spawnSync(process.execPath, [...hide, cli, docx, seed], { encoding: 'utf8', env: { ...process.env, GONGWEN_HIDE_PACKAGES: 'mammoth' } })
    expect(r.status).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe(`gongwen: ${docx}: reading Word .docx needs the package mammoth, which is not installed: npm install mammoth`)
    // The other inputs of a batch are read all the same.
    expect(r.stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual([seed])
  })

  it('reads targets as it always does where @node-rs/jieba is missing: jieba-js gives the same tags', () => {
    const hide = ['--import', join(root, 'test', 'helpers', 'hide-packages.mjs')]
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-jieba-'))
    // Past the 5,000 characters of metric phrases after which the native addon is loaded.
    const dense = join(dir, 'dense.txt')
    writeFileSync(dense, denseNotice(120_000))
    for (const file of [seed, dense]) {
      const usual = spawnSync(process.execPath, [cli, file], { encoding: 'utf8', maxBuffer: 1 << 26 })
      const r = spawnSync(process.execPath, [...hide, cli, file], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, GONGWEN_HIDE_PACKAGES: '@node-rs/jieba' } })
      expect(r.status, r.stderr).toBe(0)
      expect(r.stderr).toBe('')
      expect(r.stdout).toBe(usual.stdout)
    }
  })

  it.each([
    ['an old binary .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /\.doc file: save it as \.docx or plain text first/],
    ['a PDF cut short', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /not a readable PDF file \(damaged or cut short\)/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /PNG image: run OCR/],
    ['a zip that is no .docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3]), /zip archive that is not a Word \.docx file/],
  ])('exits 2 with one line saying what to convert %s to', (_what, bytes, reason) => {
    const file = join(tmp, `input-${Math.random().toString(36).slice(2)}.bin`)
    writeFileSync(file, bytes)
    const r = run([file])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(reason)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\s+at /)
  })

  it('outputs Traditional input as written, or Simplified with --simplified', () => {
    const file = fixture('seed-traditional-hk', 'input.txt')
    expect(JSON.parse(run([file]).stdout).chapters[0].tasks[1].title).toBe('加強創新平台建設')
    expect(JSON.parse(run([file, '--simplified']).stdout).chapters[0].tasks[1].title).toBe('加强创新平台建设')
  })
})

describe('output formats', () => {
  it('writes JSON lines, one notice per line', () => {
    const r = run([seed, '-f', 'jsonl'])
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(r.stdout).type).toBe('notice')
  })

  it('writes the task ledger as CSV', () => {
    const rows = parseCsv(run([seed, '--format', 'csv']).stdout, { bom: true }) as string[][]
    expect(rows[0]).toEqual(['序号', '章节', '编号', '任务', '任务内容', '牵头单位', '配合单位', '完成时限', '指标时限', '量化指标', '行号'])
    expect(rows[1]!.slice(0, 4)).toEqual(['1', '一、深入实施创新驱动发展战略', '1.', '加强实验室布局提升'])
    expect(rows[1]![4]).toMatch(/^1\.加强实验室布局提升。以省重点实验室重组为契机.*（牵头单位：市科技局）$/)
    expect(rows[1]![5]).toBe('市科技局')
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true)
  })

  it('writes an .xlsx workbook to a file, and refuses to write it to standard output', () => {
    const out = join(tmp, 'ledger.xlsx')
    expect(run([seed, '-f', 'xlsx', '-o', out]).code).toBe(0)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
    const r = run([seed, '-f', 'xlsx'])
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/-o FILE\.xlsx/)
  })

  it('writes a Markdown report, and the responsibility list as JSON, CSV and Markdown', () => {
    expect(run([seed, '-f', 'md']).stdout).toMatch(/^# 聊城市人民政府办公室关于印发.*\n\n- 文号：聊政办字〔2023〕3号/)
    const list = JSON.parse(run([seed, '--by-unit']).stdout)
    expect(list.type).toBe('responsibilityList')
    expect(list.units[0]).toMatchObject({ unit: '市科技局', lead: expect.arrayContaining([expect.objectContaining({ title: '加强实验室布局提升' })]) })
    const rows = parseCsv(run([seed, '--by-unit', '-f', 'csv']).stdout, { bom: true }) as string[][]
    expect(rows[0]!.slice(0, 3)).toEqual(['单位', '职责', '序号'])
    expect(rows[1]!.slice(0, 2)).toEqual(['市科技局', '牵头'])
    expect(run([seed, '--by-unit', '-f', 'md']).stdout).toContain('## 市科技局')
  })

  it('refuses unknown formats as usage errors', () => {
    expect(run([seed, '-f', 'pdf']).code).toBe(64)
    expect(run([seed, '--input-format', 'rtf']).code).toBe(64)
  })
})
