/**
 * Every kind of input gives the same notice: the Markdown, Word, GBK and Traditional (Taiwan and Hong Kong)
 * versions of the seed and of two HTML notices of the eval set have the same chapters, tasks, units and targets as
 * the original. Traditional versions are compared in Simplified output (`simplified: true`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAsync } from '../src/index.js'
import { essentials } from './helpers/notices.js'

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path))

const htmlVariants = (dir: string): Array<[kind: string, path: string, format: string]> => [
  ['Markdown', `${dir}.markdown/input.md`, 'markdown'],
  ['Word .docx', `${dir}.docx/input.docx`, 'docx'],
  ['GBK', `${dir}.gbk/input.html`, 'html'],
  ['Traditional (Taiwan)', `${dir}.traditional-tw/input.html`, 'html'],
]
const cases: Array<{ original: string; variants: Array<[kind: string, path: string, format: string]> }> = [
  {
    original: 'seeds/liaocheng-2023-key-tasks.txt',
    variants: [
      ['Markdown', 'fixtures/seed-markdown/input.md', 'markdown'],
      ['Word .docx', 'fixtures/seed-docx/input.docx', 'docx'],
      ['GBK', 'fixtures/seed-gbk/input.txt', 'text'],
      ['Traditional (Taiwan)', 'fixtures/seed-traditional-tw/input.txt', 'text'],
      ['Traditional (Hong Kong)', 'fixtures/seed-traditional-hk/input.txt', 'text'],
      ['Big5 (Taiwan)', 'test/data/seed-traditional-tw.big5.txt', 'text'],
    ],
  },
  // A task table (which becomes a GFM table in Markdown), and a notice with targets in its tasks.
  ...['gov-guobanfa-2018-126_innovation-reforms-table', 'gov-guobanfa-2018-128_zero-waste-city-pilot'].map((name) => ({
    original: `fixtures/${name}/input.html`,
    variants: [
      ...htmlVariants(`fixtures/${name}`),
      ...(name.endsWith('zero-waste-city-pilot') ? [['Big5 page (charset=big5)', 'test/data/zero-waste-traditional-tw.big5.html', 'html'] as [string, string, string]] : []),
    ],
  })),
]

it('compares targets too: the seed and the zero-waste notice have them in their tasks', async () => {
  for (const path of ['seeds/liaocheng-2023-key-tasks.txt', 'fixtures/gov-guobanfa-2018-128_zero-waste-city-pilot/input.html']) {
    const { tasks } = essentials(await parseAsync(read(path)))
    expect(tasks.some((t) => t.targets.length > 0), path).toBe(true)
  }
})

for (const { original, variants } of cases) {
  describe(`versions of ${original}`, async () => {
    const expected = essentials(await parseAsync(read(original), { name: original }))

    it('has tasks with units to compare', () => {
      expect(expected.tasks.length).toBeGreaterThan(10)
      expect(expected.tasks.some((t) => t.lead.length > 0)).toBe(true)
    })

    it.each(variants)('the %s version gives the same chapters, tasks, units and targets', async (_kind, path, format) => {
      const notice = await parseAsync(read(path), { name: path, simplified: true })
      expect(notice.source.format).toBe(format)
      expect(essentials(notice)).toEqual(expected)
    })
  })
}
