/**
 * Every message of every rule has its Chinese wording: the messages of the rules' `@example` blocks all translate,
 * none is left in English, and the parts quoted in backticks carry over unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reasonInChinese } from '../src/check/messages-zh.js'

const rules = join(import.meta.dirname, '..', 'src', 'check', 'rules')

/** The messages in the `output` examples of a rule's documentation. */
function exampleMessages(source: string): string[] {
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? ''
  const out: string[] = []
  for (const line of comment.split('\n')) {
    const m = /^\s*\*\s+\d+:\d+(?:-\d+:\d+)?: (Unexpected .+)$/.exec(line)
    if (m) out.push(m[1] as string)
  }
  return out
}

describe('Chinese messages', () => {
  for (const file of readdirSync(rules).sort()) {
    const id = file.replace(/\.ts$/, '')
    const messages = exampleMessages(readFileSync(join(rules, file), 'utf8'))
    if (messages.length === 0) continue
    it(`has every message of ${id}`, () => {
      for (const message of messages) {
        const zh = reasonInChinese(message, id)
        expect(zh, message).not.toMatch(/Unexpected|expected/)
        for (const quoted of message.match(/`[^`]+`/g) ?? []) {
          if (/^`(?:one|both|its)/.test(quoted)) continue
          expect(zh, message).toContain(quoted)
        }
      }
    })
  }

  it('leaves a message it has no form for as it is', () => {
    expect(reasonInChinese('Unexpected something new', 'numbering')).toBe('Unexpected something new')
  })
})
