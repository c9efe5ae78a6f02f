/**
 * Whole documents: every `fixtures/NAME/input.*` parses to `fixtures/NAME/expected.json`.
 * Expected files are reviewed by hand and rewritten only with `UPDATE=1`; a missing one fails (in CI too).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NoticeSchema, parse } from '../src/index.js'

const root = join(import.meta.dirname, '..', 'fixtures')
const update = process.env.UPDATE === '1'

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name)
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))
  if (!input) continue
  describe(`fixture ${name}`, () => {
    const notice = parse(readFileSync(join(dir, input)), { name: input })
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
