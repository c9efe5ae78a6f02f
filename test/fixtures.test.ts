/**
 * Whole documents: every `fixtures/NAME/input.*` parses to `fixtures/NAME/expected.json`.
 * Expected files are reviewed by hand and rewritten only with `UPDATE=1`; a missing one fails (in CI too).
 * Word files (`input.docx`) go through `parseAsync()`, which mammoth needs; every other input through `parse()`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, parseAsync, type Notice } from '../src/index.js'
import { NoticeSchema } from '../src/tree/schema.js'

const root = join(import.meta.dirname, '..', 'fixtures')
const update = process.env.UPDATE === '1'

const notices = new Map<string, Notice>()
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name)
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))
  if (!input) continue
  const bytes = readFileSync(join(dir, input))
  notices.set(name, input.endsWith('.docx') ? await parseAsync(bytes, { name: input }) : parse(bytes, { name: input }))
}

for (const [name, notice] of notices) {
  const dir = join(root, name)
  describe(`fixture ${name}`, () => {
    const expectedPath = join(dir, 'expected.json')

    it('matches expected.json', () => {
      const actual = JSON.parse(JSON.stringify(notice))
      if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 1) + '\n')
      expect(existsSync(expectedPath), `${expectedPath} is missing: review the output and write it with UPDATE=1`).toBe(true)
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })

    it('validates against the schema', () => {
      expect(() => NoticeSchema.parse(notice)).not.toThrow()
    })
  })
}
