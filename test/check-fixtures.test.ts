/**
 * Fixtures of `gongwen check`: each `fixtures/check-<case>/notice.*` (with its `gongwen.config.json`, if any) gives
 * the findings in its `messages.txt`, and each evaluation notice `fixtures/<name>/input.*` gives those in
 * `fixtures/check-eval/<name>.txt`. `UPDATE=1` rewrites them; a missing file is written, except in CI, where it
 * fails.
 *
 * Note: check cases name their input `notice.*`, not `input.*`, so that the parser's fixture test (every
 * `input.*` against its `expected.json`) does not take these made-up notices for parser fixtures.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { VFile } from 'vfile'
import { loadConfig } from '../src/check/config.js'
import { check } from '../src/check/index.js'
import { formatPlace, severity } from '../src/check/reporters/place.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const evalDir = join(fixtures, 'check-eval')

/** The evaluation notices (copies of ../shared/eval/docs), which must give no false errors. */
const EVAL: string[] = JSON.parse(readFileSync(join(import.meta.dirname, 'helpers', 'eval-notices.json'), 'utf8'))

/** The input file of a fixture folder: `input.*` of a parser fixture, `notice.*` of a check case. */
function inputOf(dir: string, prefix = 'input.'): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix))
  if (!name) throw new Error(`no ${prefix}* in ${dir}`)
  return join(dir, name)
}

/** Findings as lines: `place  severity  rule  reason`. */
function lines(file: VFile): string {
  return file.messages.map((m) => `${formatPlace(m.place)}  ${severity(m)}  ${m.ruleId}  ${m.reason}`).join('\n') + '\n'
}

/** Compare with an expected file, or write it. */
function compare(actual: string, path: string): void {
  if (process.env.UPDATE === '1' || (!existsSync(path) && !process.env.CI)) {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, actual)
  }
  expect(existsSync(path), `${path} (run with UPDATE=1 to write it)`).toBe(true)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('check fixtures', () => {
  const cases = readdirSync(fixtures).filter((d) => d.startsWith('check-') && readdirSync(join(fixtures, d)).some((f) => f.startsWith('notice.')))
  for (const name of cases) {
    it(name, async () => {
      const dir = join(fixtures, name)
      const configPath = join(dir, 'gongwen.config.json')
      const rules = existsSync(configPath) ? loadConfig(configPath).rules : {}
      const input = inputOf(dir, 'notice.')
      compare(lines(await check(readFileSync(input), { path: input, rules })), join(dir, 'messages.txt'))
    })
  }
})

describe('check on the evaluation notices', () => {
  for (const name of EVAL) {
    it(name, async () => {
      const input = inputOf(join(fixtures, name))
      compare(lines(await check(readFileSync(input), { path: input })), join(evalDir, `${name}.txt`))
    })
  }
})
