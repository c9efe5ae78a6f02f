/**
 * Properties that hold for any input: `parse` never throws, every position lies inside the input, and slicing the
 * input at a node's position gives that node's text.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NoticeSchema, parse, type Notice, type Position } from '../src/index.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const seed = readFileSync(join(import.meta.dirname, '..', 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')

/** Every object of the tree that has a position, with its text if it has one. */
function nodes(value: unknown, out: Array<{ text?: unknown; position: Position }> = []): typeof out {
  if (Array.isArray(value)) for (const v of value) nodes(v, out)
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (o.position && typeof o.position === 'object') out.push(o as { text?: unknown; position: Position })
    for (const [k, v] of Object.entries(o)) if (k !== 'position') nodes(v, out)
  }
  return out
}

function checkPositions(input: string, notice: Notice): void {
  for (const node of nodes(notice)) {
    const { start, end } = node.position
    expect(start.offset).toBeGreaterThanOrEqual(0)
    expect(end.offset).toBeLessThanOrEqual(input.length)
    expect(start.offset).toBeLessThanOrEqual(end.offset)
    if (typeof node.text === 'string' && ['paragraph', 'responsibility', 'target'].includes(String((node as { type?: unknown }).type))) {
      expect(input.slice(start.offset, end.offset)).toBe(node.text)
    }
  }
}

/** Characters that notices are made of, so that random strings hit the grammars. */
const noticeChars = fc.constantFrom(
  ...'一二三四五六七八九十、（）()《》〔〕【】：:；;，,。.．﹒1234567890１２３%％万亿千百个家项以上以下左右牵头单位配合责任负责市局委\n\r\t 　'.split(''),
)
const noticeLike = fc.array(fc.oneof(noticeChars, fc.string({ maxLength: 3 })), { maxLength: 400 }).map((a) => a.join(''))

/** Lines of the seed, shuffled and cut. */
const seedLines = seed.split('\n')
const mutatedSeed = fc
  .array(fc.integer({ min: 0, max: seedLines.length - 1 }), { minLength: 1, maxLength: 40 })
  .map((ix) => ix.map((i) => seedLines[i]).join('\n'))

describe('parse on any text', () => {
  it('never throws and keeps positions inside the input (random unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        checkPositions(input, parse(input, { format: 'text' }))
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws and keeps positions inside the input (notice-like text)', () => {
    fc.assert(
      fc.property(noticeLike, (input) => {
        const notice = parse(input, { format: 'text' })
        checkPositions(input, notice)
        expect(() => NoticeSchema.parse(notice)).not.toThrow()
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws on shuffled lines of a real notice', () => {
    fc.assert(
      fc.property(mutatedSeed, (input) => {
        checkPositions(input, parse(input, { format: 'text' }))
      }),
      { numRuns: Math.max(20, RUNS / 5) },
    )
  })

  it('never throws on random bytes (or throws an InputError)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          parse(bytes)
        } catch (error) {
          expect((error as Error).name).toBe('InputError')
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws on random HTML-ish text', () => {
    const tags = fc.constantFrom('<p>', '</p>', '<br>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '&nbsp;', '&amp;', '<script>x</script>', '<!-- c -->', '<div>', '</div>')
    const html = fc.array(fc.oneof(tags, noticeChars), { maxLength: 200 }).map((a) => '<p>' + a.join(''))
    fc.assert(
      fc.property(html, (input) => {
        const notice = parse(input, { format: 'html' })
        for (const node of nodes(notice)) expect(node.position.end.offset).toBeLessThanOrEqual(input.length)
      }),
      { numRuns: RUNS },
    )
  })
})
