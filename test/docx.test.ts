import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../src/document/docx.js'
import { importOptional } from '../src/util/optional.js'
import { InputError, parse, parseAsync, parseFile } from '../src/index.js'

const root = join(import.meta.dirname, '..')
const docx = readFileSync(join(root, 'fixtures', 'seed-docx', 'input.docx'))

describe('Word .docx input', () => {
  it('reads paragraphs and tables into lines of extracted text, which positions refer to', async () => {
    const src = await readDocx(docx, 'seed.docx')
    expect(src.format).toBe('docx')
    expect(src.positions).toBe('extracted-text')
    expect(src.source).toBe(src.plain)
    const n = await parseAsync(docx)
    const task = n.chapters[0]!.tasks[1]!
    expect(src.source.slice(task.position.start.offset, task.position.end.offset)).toMatch(/^2\.加强创新平台建设。.*（牵头单位：市科技局、市工业和信息化局、市发展改革委）$/)
    expect(src.source.split('\n')[task.position.start.line - 1]).toMatch(/^\s*2\.加强创新平台建设/)
  })

  it('reads a table of a Word file as a task table', async () => {
    const n = await parseFile(join(root, 'fixtures', 'gov-guobanfa-2018-126_innovation-reforms-table.docx', 'input.docx'))
    expect(n.chapters.find((c) => c.title.startsWith('知识产权保护方面'))!.tasks.map((t) => t.title)[0]).toBe('知识产权民事、刑事、行政案件“三合一”审判')
  })

  it('needs parseAsync: parse() says so, and a zip that is no Word file is refused', async () => {
    expect(() => parse(docx)).toThrow(/parseAsync/)
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])
    await expect(parseAsync(zip, { name: 'x.zip' })).rejects.toThrow(InputError)
    await expect(parseAsync(zip, { name: 'x.zip' })).rejects.toThrow(/x\.zip: a zip archive that is not a Word \.docx file/)
  })
})

describe('optional packages', () => {
  it('turns a package that is not installed into an input error that names it', async () => {
    const name = 'gongwen-no-such-package'
    const missing = importOptional(name, () => import(name), 'reading something', 'a.docx')
    await expect(missing).rejects.toThrow(new InputError('missing-package', `a.docx: reading something needs the package ${name}, which is not installed: npm install ${name}`))
    await expect(missing).rejects.toMatchObject({ code: 'missing-package' })
  })

  it('lets other failures through: a missing dependency of the package is a broken install', async () => {
    const broken = Object.assign(new Error("Cannot find package 'jszip' imported from mammoth"), { code: 'ERR_MODULE_NOT_FOUND' })
    await expect(importOptional('mammoth', () => Promise.reject(broken), 'reading Word .docx', 'a.docx')).rejects.toBe(broken)
  })
})
