import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, normalizeByTable } from '../src/document/normalize.js'

describe('the matching view', () => {
  it('folds full-width forms, spaces and line ends, keeping the length', () => {
    expect(normalize('１．（牵头单位：市局）\u3000a\r\nb\rc')).toBe('1.(牵头单位:市局) a \nb\nc')
  })

  it('is the same by table as by replace, on any text', () => {
    const unit = fc.constantFrom('a', '一', '，', '（', '）', '：', '％', '\r', '\n', '\r\n', '\u3000', '\ufe52', '\ud800', '\udc00', '😀')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), (parts) => {
        const text = parts.join('')
        // Short texts take the replace path.
        expect(normalizeByTable(text)).toBe(normalize(text))
      }),
      { numRuns: 500 },
    )
  })

  it('takes the table for a long text, with the same view', () => {
    const unit = '一、总体要求\r\n（一）加强领导，１００家：\r'
    const text = unit.repeat(3000)
    expect(text.length).toBeGreaterThan(1 << 15)
    expect(normalize(unit)).toBe('一、总体要求 \n(一)加强领导,100家:\n')
    expect(normalize(text)).toBe(normalize(unit).repeat(3000))
  })
})
