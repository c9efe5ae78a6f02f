import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decode, SAMPLE_BYTES } from '../src/document/decode.js'
import { normalize } from '../src/document/normalize.js'
import { OffsetMap } from '../src/document/offsets.js'

const text = '聊城市人民政府办公室\n新增高新技术企业100家以上。'
const utf8 = new TextEncoder().encode(text)

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < value.length; i++) view.setUint16(2 + i * 2, value.charCodeAt(i), littleEndian)
  return bytes
}

describe('decode', () => {
  it('reads UTF-8 without and with BOM', () => {
    expect(decode(utf8)).toEqual({ text, encoding: 'utf-8' })
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8-bom' })
  })

  it('reads UTF-16 with BOM, both byte orders', () => {
    expect(decode(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' })
    expect(decode(utf16(text, false))).toEqual({ text, encoding: 'utf-16be' })
  })

  it('detects GB18030/GBK from the bytes', () => {
    // 聊城 in GBK: C1C4 B3C7
    expect(decode(new Uint8Array([0xc1, 0xc4, 0xb3, 0xc7, 0x31]))).toEqual({ text: '聊城1', encoding: 'gb18030' })
  })

  it('tells Big5 from GBK by the bytes: Traditional text in Big5, Simplified text in GBK, each decoded by its own table', () => {
    const data = join(import.meta.dirname, 'data')
    const fixtures = join(import.meta.dirname, '..', 'fixtures')
    const big5 = decode(readFileSync(join(data, 'seed-traditional-tw.big5.txt')))
    expect(big5.encoding).toBe('big5')
    // Note: 堃 is outside Big5 (only HKSCS has it, under a code WHATWG's Big5 reads as private use): the copy has 坤.
    expect(big5.text).toBe(readFileSync(join(fixtures, 'seed-traditional-tw', 'input.txt'), 'utf8').replace('堃', '坤'))
    const gbk = decode(readFileSync(join(fixtures, 'seed-gbk', 'input.txt')))
    expect(gbk.encoding).toBe('gb18030')
    expect(gbk.text).toBe(readFileSync(join(import.meta.dirname, '..', 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8'))
    // 中華民國政府辦公室，關於 in Big5 (A4A4 B5D8 A5C1 B0EA ...): valid GB18030 too, where its comma is a private-use character.
    const short = new Uint8Array([0xa4, 0xa4, 0xb5, 0xd8, 0xa5, 0xc1, 0xb0, 0xea, 0xac, 0x46, 0xa9, 0xb2, 0xbf, 0xec, 0xa4, 0xbd, 0xab, 0xc7, 0xa1, 0x41, 0xc3, 0xf6, 0xa9, 0xf3])
    expect(decode(short)).toEqual({ text: '中華民國政府辦公室，關於', encoding: 'big5' })
  })

  it('reads HTML that declares charset=big5 as Big5, even when its bytes are too few to tell', () => {
    // 中文 in Big5: A4A4 A4E5, which is no GBK text of common characters and too short to read like Big5.
    const page = (meta: string) => new Uint8Array([...new TextEncoder().encode(`<html><head>${meta}</head><body><p>`), 0xa4, 0xa4, 0xa4, 0xe5, ...new TextEncoder().encode('</p></body></html>')])
    expect(decode(page('<meta charset="big5">'))).toMatchObject({ encoding: 'big5', text: expect.stringContaining('<p>中文</p>') })
    expect(decode(page('<meta http-equiv="Content-Type" content="text/html; charset=BIG5">')).encoding).toBe('big5')
    const html = decode(readFileSync(join(import.meta.dirname, 'data', 'zero-waste-traditional-tw.big5.html')))
    expect(html.encoding).toBe('big5')
    expect(html.text).toContain('國務院辦公廳關於印發“無廢城市”建設')
  })

  it('reads UTF-8 cut inside a character, or with a byte lost, as UTF-8 with U+FFFD, never as GB18030', () => {
    const good = new TextEncoder().encode('聊城市人民政府办公室关于印发重点工作任务的通知。'.repeat(5))
    expect(decode(good.subarray(0, good.length - 1)).text.endsWith('\ufffd')).toBe(true)
    expect(decode(good.subarray(1)).text.startsWith('\ufffd')).toBe(true)
    const damaged = decode(new Uint8Array([...good.subarray(0, 40), ...good.subarray(41)]))
    expect(damaged).toMatchObject({ encoding: 'utf-8', warning: expect.stringMatching(/damaged UTF-8/) })
    expect(damaged.text).toContain('\ufffd')
  })

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d], /PDF/],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1], /\.doc/],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d], /PNG/],
    [[0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x41], /binary/],
    [[0xff, 0xff, 0xff, 0x80, 0x80], /not valid UTF-8/],
  ])('refuses %j with a clear reason', (bytes, reason) => {
    expect(() => decode(new Uint8Array(bytes), 'x.txt')).toThrow(reason)
  })
})

/** Bytes of a text in UTF-16 without a BOM. */
function utf16Bare(value: string, littleEndian: boolean): Uint8Array {
  return utf16(value, littleEndian).subarray(2)
}

/** Random bytes, the same every run (a linear congruential generator). */
function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

/**
 * Calls `fn` with TextDecoder watched, and returns the most bytes one decoding read into text. A strict decoding that
 * fails stops at the first byte that is none (within a few bytes of binary data), and is not counted.
 */
function largestDecode(fn: () => unknown): number {
  const Original = globalThis.TextDecoder
  let largest = 0
  globalThis.TextDecoder = class extends Original {
    override decode(input?: Uint8Array, options?: { stream?: boolean }): string {
      const text = super.decode(input, options)
      largest = Math.max(largest, input ? input.byteLength : 0)
      return text
    }
  }
  try {
    fn()
  } catch {
    // the refusal is what the caller looks at
  } finally {
    globalThis.TextDecoder = Original
  }
  return largest
}

const root = join(import.meta.dirname, '..')
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
const seedGbk = readFileSync(join(root, 'fixtures', 'seed-gbk', 'input.txt'))
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts))

describe('decode: binary data refused on a sample', () => {
  it('refuses random bytes as binary without decoding more than a sample of them', () => {
    const bytes = noise(4 * SAMPLE_BYTES + 3)
    expect(() => decode(bytes, 'random.bin')).toThrow('random.bin: looks like binary data, not a text notice')
    expect(largestDecode(() => decode(bytes))).toBeLessThanOrEqual(SAMPLE_BYTES)
  })

  it('refuses bytes that are no text in any encoding without decoding them whole (high bytes, all 0xFF)', () => {
    const high = noise(4 * SAMPLE_BYTES).map((b) => b | 0x80)
    const ff = new Uint8Array(4 * SAMPLE_BYTES).fill(0xff)
    for (const bytes of [high, ff]) {
      expect(() => decode(bytes)).toThrow(/not valid UTF-8, UTF-16, GB18030\/GBK or Big5 text/)
      expect(largestDecode(() => decode(bytes))).toBeLessThanOrEqual(SAMPLE_BYTES)
    }
  })

  it('refuses random bytes after a BOM, and NULs that are valid UTF-8, as binary', () => {
    expect(() => decode(concat(new Uint8Array([0xff, 0xfe]), noise(2 * SAMPLE_BYTES)))).toThrow(/binary/)
    expect(() => decode(concat(new Uint8Array([0xef, 0xbb, 0xbf]), noise(2 * SAMPLE_BYTES)))).toThrow(/binary/)
    expect(() => decode(new Uint8Array(2 * SAMPLE_BYTES))).toThrow(/binary/)
  })

  it('never refuses text larger than the sample: UTF-8, GBK, Big5, UTF-16 with a BOM', () => {
    const big = seed.repeat(3)
    expect(decode(new TextEncoder().encode(big))).toEqual({ text: big, encoding: 'utf-8' })
    expect(decode(concat(seedGbk, seedGbk, seedGbk))).toEqual({ text: big, encoding: 'gb18030' })
    expect(decode(utf16(big, true))).toEqual({ text: big, encoding: 'utf-16le' })
    expect(decode(utf16(big, false))).toEqual({ text: big, encoding: 'utf-16be' })
    const big5 = readFileSync(join(import.meta.dirname, 'data', 'seed-traditional-tw.big5.txt'))
    expect(decode(concat(big5, big5, big5)).encoding).toBe('big5')
  })

  it('reads text whose first part is no Chinese: a long English prologue, a table of digits, before GBK or UTF-8', () => {
    const prologue = 'This notice is published in English and Chinese; the Chinese text prevails.\n'.repeat(Math.ceil((2 * SAMPLE_BYTES) / 76))
    const digits = Array.from({ length: 12_000 }, (_, i) => `${i}\t${(i * 7) % 1000}\t${(i * 13) % 100}.5\n`).join('')
    expect(digits.length).toBeGreaterThan(SAMPLE_BYTES)
    for (const head of [prologue, digits]) {
      const ascii = new TextEncoder().encode(head)
      expect(decode(concat(ascii, seedGbk))).toEqual({ text: head + seed, encoding: 'gb18030' })
      expect(decode(new TextEncoder().encode(head + seed))).toEqual({ text: head + seed, encoding: 'utf-8' })
    }
  })

  it('reads UTF-8 damaged here and there as damaged UTF-8 when it is larger than the sample', () => {
    const good = new TextEncoder().encode(seed.repeat(3))
    const damaged = good.slice()
    for (let at = 1000; at < damaged.length; at += 40_000) damaged[at] = 0xff
    expect(decode(damaged)).toMatchObject({ encoding: 'utf-8', warning: expect.stringMatching(/damaged UTF-8/) })
  })
})

describe('decode: UTF-16 without a BOM', () => {
  const english = 'Notice on the key tasks of 2023.\n1. Build the data platform (lead: the Data Bureau).\n'

  it.each([
    ['Chinese', seed],
    ['a short Chinese', text],
    ['ASCII-heavy', english],
    ['larger than the sample', seed.repeat(3)],
  ])('reads %s text in UTF-16 LE and BE without a BOM', (_what, value) => {
    expect(decode(utf16Bare(value, true))).toEqual({ text: value, encoding: 'utf-16le' })
    expect(decode(utf16Bare(value, false))).toEqual({ text: value, encoding: 'utf-16be' })
  })

  it('keeps UTF-8, GBK and Big5 text what it is', () => {
    expect(decode(new TextEncoder().encode(english)).encoding).toBe('utf-8')
    expect(decode(new TextEncoder().encode(seed)).encoding).toBe('utf-8')
    expect(decode(new TextEncoder().encode('一'.repeat(5000))).encoding).toBe('utf-8')
    expect(decode(seedGbk).encoding).toBe('gb18030')
    expect(decode(readFileSync(join(import.meta.dirname, 'data', 'seed-traditional-tw.big5.txt'))).encoding).toBe('big5')
    // ASCII letters are CJK high bytes too, but their low bytes are never 80 or more.
    expect(decode(new TextEncoder().encode('NoZeroBytesHereAtAll'.repeat(100))).encoding).toBe('utf-8')
  })
})

describe('normalize', () => {
  it('folds full-width forms and spaces, keeping the length', () => {
    const input = '１．加强（牵头单位：市局）１２％　﹒\t'
    const view = normalize(input)
    expect(view).toBe('1.加强(牵头单位:市局)12% . ')
    expect(view.length).toBe(input.length)
  })

  it('turns CRLF and CR into one line end each, keeping the length', () => {
    expect(normalize('a\r\nb\rc')).toBe('a \nb\nc')
  })

  it('returns the same string when there is nothing to fold', () => {
    const s = '聊城市人民政府'
    expect(normalize(s)).toBe(s)
  })
})

describe('OffsetMap', () => {
  it('maps linear and collapsed segments', () => {
    const map = new OffsetMap()
    map.add(3, 10, 13) // "abc" at 10..13
    map.add(1, 20, 26) // "&nbsp;" at 20..26 → one unit
    map.add(2, 30, 32)
    expect([map.start(0), map.start(2), map.start(3), map.start(4), map.start(5)]).toEqual([10, 12, 20, 30, 31])
    expect([map.end(1), map.end(3), map.end(4), map.end(6)]).toEqual([11, 13, 26, 32])
  })
})
