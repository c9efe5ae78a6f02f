/**
 * Every rule runs the `@example` blocks of its documentation: `ok` inputs give no message, each `input` gives
 * exactly the messages of its `output` block (`line:column-line:column: reason`). Every rule must have both kinds.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check } from '../src/check/index.js'
import { PRESET, RULES } from '../src/check/preset.js'
import { formatPlace } from '../src/check/reporters/place.js'

const rulesDir = join(import.meta.dirname, '..', 'src', 'check', 'rules')

interface Example {
  name: string
  label?: 'input' | 'output'
  config?: Record<string, unknown>
  text: string
}

/** The `@example` blocks of the first doc comment of a file. */
function examples(source: string): Example[] {
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? ''
  const lines = comment.split('\n').map((line) => line.replace(/^\s*\* ?/, '').replace(/^\s*\*$/, ''))
  const blocks: string[][] = []
  let current: string[] | null = null
  for (const line of lines) {
    if (line.startsWith('@example')) {
      current = []
      blocks.push(current)
    } else if (line.startsWith('@')) current = null
    else if (current) current.push(line)
  }
  return blocks.map((block) => {
    const body = block.map((line) => line.replace(/^ {2}/, ''))
    while (body.length && body[0]?.trim() === '') body.shift()
    const meta = JSON.parse(body.shift() ?? '{}') as Omit<Example, 'text'>
    while (body.length && body[0]?.trim() === '') body.shift()
    while (body.length && body.at(-1)?.trim() === '') body.pop()
    return { ...meta, text: body.join('\n') }
  })
}

/** The messages of one rule on a text, as `place: reason` lines. */
async function messages(id: string, text: string, config?: Record<string, unknown>): Promise<string[]> {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, 'off' as const]))
  const severity = PRESET[id] === 'off' || PRESET[id] === undefined ? 'warning' : PRESET[id]
  const setting = config ? [severity, config] : severity
  const file = await check(text, { rules: { ...rules, [id]: setting as never } })
  return file.messages.map((m) => `${formatPlace(m.place)}: ${m.reason}`)
}

const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts'))

describe('check rules', () => {
  it('has one file per rule, named after its id', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.id).sort())
  })

  for (const file of files) {
    const id = file.replace(/\.ts$/, '')
    const found = examples(readFileSync(join(rulesDir, file), 'utf8'))
    describe(id, () => {
      it('documents a passing and a failing example', () => {
        expect(found.some((e) => e.label === undefined)).toBe(true)
        expect(found.some((e) => e.label === 'output')).toBe(true)
      })
      for (const example of found.filter((e) => e.label === undefined)) {
        it(`reports nothing on ${example.name}`, async () => {
          expect(await messages(id, example.text, example.config)).toEqual([])
        })
      }
      for (const input of found.filter((e) => e.label === 'input')) {
        const output = found.find((e) => e.label === 'output' && e.name === input.name)
        it(`reports ${input.name} as documented`, async () => {
          expect(output, `an output block for ${input.name}`).toBeDefined()
          expect(await messages(id, input.text, input.config)).toEqual(output?.text ? output.text.split('\n') : [])
        })
      }
    })
  }
})

describe('rule documentation', () => {
  it('has a section in the README for every rule, where its findings link', async () => {
    const { RULES } = await import('../src/check/preset.js')
    const { ruleUrl } = await import('../src/check/rule.js')
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
    for (const rule of RULES) {
      expect(readme, rule.id).toContain(`#### \`${rule.id}\`\n`)
      expect(ruleUrl(rule.id)).toMatch(new RegExp(`#${rule.id}$`))
    }
  })
})
