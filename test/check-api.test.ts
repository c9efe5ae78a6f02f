/**
 * `check()` and `checkNotice()`: the seed's four defects at their places, vfile messages in the unified form,
 * rule settings, target rules on hand-built trees, and positions that stay inside the input whatever it holds.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, RuleOptionsError } from '../src/check/index.js'
import { formatPlace } from '../src/check/reporters/place.js'
import { readDocumentAsync } from '../src/document/read.js'
import { parseDocument } from '../src/pipeline.js'
import { checkNotice } from '../src/check/index.js'
import type { Notice, Position, Target } from '../src/tree/schema.js'

const root = join(import.meta.dirname, '..')
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'))

/** The four defects of the seed named in issue 4, at their lines and columns. */
const SEED_FINDINGS = [
  '12:17 error plan-title-mismatch',
  '54:159-54:184 error paired-punctuation',
  '118:119-118:120 warning mixed-width-punctuation',
  '121:95-121:96 warning mixed-width-punctuation',
]

const summary = (file: Awaited<ReturnType<typeof check>>): string[] =>
  file.messages.map((m) => `${formatPlace(m.place)} ${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.ruleId}`)

const at = (line: number, column: number, offset: number) => ({ line, column, offset })
const span = (from: number, to: number): Position => ({ start: at(1, from + 1, from), end: at(1, to + 1, to) })

/** A notice with one task holding the given targets, built by hand. */
function noticeWith(targets: Target[]): Notice {
  const text = targets.map((t) => t.text).join('，')
  return {
    type: 'notice', title: null, docNumber: null, issuer: null, date: null, recipients: [], publicity: null, plan: null,
    citations: [], header: [], preamble: [], chapters: [], attachments: [], targets: [], outside: [], unread: [],
    tasks: [
      {
        type: 'task', number: null, title: text, lead: [], support: [], deadline: null, responsibilities: [], targets, tasks: [],
        paragraphs: [{ type: 'paragraph', text, position: span(0, text.length) }], position: span(0, text.length),
      },
    ],
    source: { format: 'text', encoding: 'utf-16', positions: 'input' }, warnings: [], position: span(0, text.length),
  }
}

/** A target as the parser would give it, with overrides. */
function target(text: string, from: number, fields: Partial<Target>): Target {
  return {
    type: 'target', text, metric: '覆盖率', action: null, value: null, valueText: null, unit: '%', per: null,
    comparator: 'eq', kind: 'share', aspiration: false, commitment: false, due: null, position: span(from, from + text.length),
    ...fields,
  }
}

describe('check()', () => {
  it('reports the four defects of the seed at their lines and columns', async () => {
    const file = await check(seed, { path: 'seed.txt' })
    expect(summary(file)).toEqual(SEED_FINDINGS)
    for (const message of file.messages) {
      expect(message.source).toBe('gongwen')
      expect(message.url).toMatch(new RegExp(`#${message.ruleId}$`))
      expect(message.reason).toMatch(/^Unexpected .*, expected /)
      expect(message.file).toBe('seed.txt')
    }
    expect(file.messages[0]?.expected).toEqual(['碳'])
  })

  it('gives the same places for the seed in other encodings and line ends', async () => {
    for (const variant of ['seed-crlf-bom', 'seed-gbk', 'seed-utf16le']) {
      const file = await check(readFileSync(join(root, 'fixtures', variant, 'input.txt')))
      expect(summary(file), variant).toEqual(SEED_FINDINGS)
    }
  })

  it('turns rules off, changes severities and passes options', async () => {
    const file = await check(seed, {
      rules: { 'paired-punctuation': 'off', 'plan-title-mismatch': 1, 'mixed-width-punctuation': ['error'] },
    })
    expect(summary(file)).toEqual([
      '12:17 warning plan-title-mismatch',
      '118:119-118:120 error mixed-width-punctuation',
      '121:95-121:96 error mixed-width-punctuation',
    ])
    const units = await check(seed, { rules: { 'unknown-unit': ['warning', { units: ['市科技局'], ignore: ['市财政局'] }] } })
    expect(units.messages.filter((m) => m.ruleId === 'unknown-unit').length).toBeGreaterThan(100)
    expect(units.messages.some((m) => m.actual === '市财政局' || m.actual === '市科技局')).toBe(false)
  })

  it('refuses unknown rules and options that do not fit', async () => {
    await expect(check(seed, { rules: { 'no-such-rule': 'error' } })).rejects.toThrow(RuleOptionsError)
    await expect(check(seed, { rules: { 'unknown-unit': ['warning', { units: 'all' }] } })).rejects.toThrow(/options of rule `unknown-unit` at units/)
    await expect(check(seed, { rules: { numbering: ['error', { strict: true }] } })).rejects.toThrow(/takes no options/)
  })

  it('checks HTML with places in the HTML source', async () => {
    const input = readFileSync(join(root, 'fixtures', 'gov-guobanfa-2018-128_zero-waste-city-pilot', 'input.html'), 'utf8')
    const file = await check(input)
    const first = file.messages[0]
    const place = first?.place && 'start' in first.place ? first.place : null
    expect(place).not.toBeNull()
    const line = input.split('\n')[(place?.start.line ?? 1) - 1] ?? ''
    expect(line.slice((place?.start.column ?? 1) - 1, (place?.end.column ?? 1) - 1)).toBe('(')
  })

  it('checks a parsed notice with its Document or with its text, alike', async () => {
    const document = await readDocumentAsync(seed)
    const notice = parseDocument(document)
    const byDocument = checkNotice(notice, document).messages.map((m) => [m.ruleId, m.place])
    expect(byDocument).toHaveLength(4)
    expect(checkNotice(notice, seed.toString('utf8')).messages.map((m) => [m.ruleId, m.place])).toEqual(byDocument)
  })
})

describe('target rules on hand-built notices', () => {
  it('reports shares above 100% and ranges that end above it, not growth', () => {
    const notice = noticeWith([
      target('覆盖率达到120%', 0, { value: 120, valueText: '120' }),
      target('比例为90%—110%', 10, { comparator: 'between', min: 90, max: 110, minText: '90', maxText: '110' }),
      target('增长150%', 22, { kind: 'growth', value: 150, valueText: '150' }),
      target('覆盖率达到100%', 29, { value: 100, valueText: '100', comparator: 'gte' }),
    ])
    const file = checkNotice(notice, notice.tasks[0]?.paragraphs[0]?.text ?? '')
    expect(file.messages.filter((m) => m.ruleId === 'share-above-100').map((m) => m.reason)).toEqual([
      'Unexpected share of `120%`, expected at most 100%',
      'Unexpected share of `110%`, expected at most 100%',
    ])
  })

  it('reports targets with parts that could not be read', () => {
    const notice = noticeWith([target('达到100', 0, { metric: null, unit: null, value: 100 }), target('覆盖率达到95%', 6, { value: 95 })])
    const file = checkNotice(notice, notice.tasks[0]?.paragraphs[0]?.text ?? '')
    const found = file.messages.filter((m) => m.ruleId === 'incomplete-target')
    expect(found.map((m) => m.reason)).toEqual(['Unexpected incomplete target `达到100`, expected its metric (what is counted or measured) and its unit'])
    expect(found[0]?.fatal).toBeUndefined()
  })

  it('reports two comparators on one number', () => {
    const notice = noticeWith([target('至少100家以上', 0, { metric: null, unit: '家', value: 100, kind: 'level' })])
    const file = checkNotice(notice, notice.tasks[0]?.paragraphs[0]?.text ?? '')
    expect(file.messages.filter((m) => m.ruleId === 'comparator-conflict').map((m) => formatPlace(m.place))).toEqual(['1:1-1:9'])
  })
})

describe('positions', () => {
  it('stay inside the input for any edit of the seed', async () => {
    const text = seed.toString('utf8')
    const marks = ['(', ')', '（', '）', '“', '”', '"', '《', ':', '〔', '[', '1.', '十、', '\n']
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 1 }), fc.nat({ max: 200 }), fc.constantFrom(...marks), async (from, length, mark) => {
        const edited = text.slice(0, from) + mark + text.slice(from + length)
        const file = await check(edited)
        const count = edited.split('\n').length
        for (const m of file.messages) {
          const place = m.place && 'start' in m.place ? m.place : null
          expect(place).not.toBeNull()
          if (!place) continue
          expect(place.start.line).toBeGreaterThanOrEqual(1)
          expect(place.end.line).toBeLessThanOrEqual(count)
          expect(place.start.offset ?? 0).toBeLessThanOrEqual(place.end.offset ?? 0)
        }
      }),
      { numRuns: 25 },
    )
  })
})

describe('check from the Node entry', () => {
  it('reads a file with checkFile, and refuses a path handed over as a notice text', async () => {
    const { check: nodeCheck, checkFile, InputError } = await import('../src/index.js')
    const path = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
    const file = await checkFile(path)
    expect(file.path).toBe(path)
    expect(file.messages.map((m) => m.ruleId)).toContain('plan-title-mismatch')
    await expect(nodeCheck(path)).rejects.toThrow(InputError)
    await expect(nodeCheck(path)).rejects.toThrow(/use checkFile\(path\)/)
    // A one-line text that names no file is a notice's text, however short.
    expect((await nodeCheck('1.加强平台建设。（牵头单位：市科技局）')).messages).toEqual([])
  })
})
