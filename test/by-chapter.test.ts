/**
 * The parse that hands over one top-level chapter at a time (what the CLI streams large notices with) gives the tree of
 * `parseDocument`, byte for byte as JSON, for every fixture and a dense notice of many chapters; and the CLI writes a
 * large notice through a pipe as it is read.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument, parseDocumentByChapter, readAndParse } from '../src/index.js'
import type { Document } from '../src/document/document.js'
import type { Chapter, Notice } from '../src/tree/schema.js'
import { streamObject } from '../src/util/json-stream.js'
import { denseNotice } from '../bench/dense.mjs'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')

/** The JSON of a document parsed a chapter at a time, written as each chapter comes; and what the chapters were. */
function streamed(document: Document, indent: number, options = {}): { json: string; chapters: Chapter[] } {
  const chunks: string[] = []
  const chapters: Chapter[] = []
  let head: Notice | null = null
  const stream = streamObject<Notice>(() => head as Notice, 'chapters', (c) => chunks.push(c), indent)
  const notice = parseDocumentByChapter(document, options, (chapter, partial) => {
    head = partial
    chapters.push(chapter)
    stream.item(chapter)
  })
  head = notice
  stream.end(notice)
  expect(notice.chapters).toEqual([])
  return { json: chunks.join(''), chapters }
}

describe('parseDocumentByChapter', () => {
  const fixtures = join(root, 'fixtures')
  for (const name of readdirSync(fixtures).sort()) {
    const input = readdirSync(join(fixtures, name)).find((f) => f.startsWith('input.'))
    if (!input) continue
    it(`gives the tree of parseDocument for fixture ${name}`, async () => {
      const bytes = readFileSync(join(fixtures, name, input))
      const { document, notice } = await readAndParse(bytes, { name: input })
      for (const indent of [0, 2]) expect(streamed(document, indent).json).toBe(JSON.stringify(notice, null, indent))
      // With every number not taken listed too (`skipped`, the last field).
      const explained = parseDocument(document, { explain: true })
      expect(streamed(document, 1, { explain: true }).json).toBe(JSON.stringify(explained, null, 1))
    })
  }

  it('hands over each chapter once, in order, on a notice of many chapters', async () => {
    const text = denseNotice(300_000)
    const { document, notice } = await readAndParse(text)
    const { json, chapters } = streamed(document, 0)
    expect(json).toBe(JSON.stringify(notice))
    expect(chapters.map((c) => c.number?.value)).toEqual(notice.chapters.map((c) => c.number?.value))
    expect(chapters.length).toBeGreaterThan(5)
  })
})

describe('gongwen on a large notice', () => {
  it('writes it through a pipe, whole and as parse() gives it, and stops quietly when the reader stops', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-by-chapter-'))
    const file = join(dir, 'dense.txt')
    const text = denseNotice(400_000)
    writeFileSync(file, text)
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" "${file}" | cat`], { encoding: 'utf8', maxBuffer: 1 << 28 })
    expect(piped.status).toBe(0)
    const direct = spawnSync(process.execPath, [cli, file, '--pretty'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    expect(direct.status).toBe(0)
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(direct.stdout))
    expect(direct.stdout.length).toBeGreaterThan(piped.stdout.length)
    // A reader that takes the first bytes and goes: exit 0, nothing on standard error.
    const head = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" "${file}" | head -c 1000 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' })
    expect(head.status).toBe(0)
    expect(head.stderr).toBe('')
  })

  it.skipIf(!existsSync('/dev/full'))('says on one line that standard output cannot be written, and exits 4', () => {
    const seed = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" "${seed}" > /dev/full`], { encoding: 'utf8' })
    expect(r.status).toBe(4)
    expect(r.stderr).toBe('gongwen: standard output: cannot be written (ENOSPC: no space left on device)\n')
  })
})
