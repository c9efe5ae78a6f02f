import fc from 'fast-check'
import { location } from 'vfile-location'
import { describe, expect, it } from 'vitest'
import { locator } from '../src/document/points.js'

/** vfile-location's point for an offset: the reference. */
const reference = (source: string, offset: number) => {
  const p = location(source).toPoint(offset)
  return p ? { line: p.line, column: p.column, offset: p.offset } : undefined
}

describe('points of offsets', () => {
  it('counts \\r\\n, \\r and \\n as one line break each', () => {
    const locate = locator('一\r\n二\r三\n四')
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((o) => [locate(o).line, locate(o).column])).toEqual([
      [1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [3, 1], [3, 2], [4, 1], [4, 2],
    ])
  })

  it('clamps offsets into the text', () => {
    const locate = locator('ab\n')
    expect(locate(-5)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(locate(99)).toEqual({ line: 2, column: 1, offset: 3 })
  })

  it('answers as vfile-location does, in any order of questions', () => {
    const text = fc.array(fc.constantFrom('a', '一', '\n', '\r', '\r\n', ' '), { maxLength: 60 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.array(fc.nat(70), { maxLength: 40 }), (source, offsets) => {
        const locate = locator(source)
        for (const o of offsets) {
          const at = Math.min(o, source.length)
          expect(locate(at)).toEqual(reference(source, at))
        }
      }),
      { numRuns: 500 },
    )
  })
})
