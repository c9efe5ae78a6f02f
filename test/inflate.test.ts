/**
 * The two ways the zip-bomb guard counts an entry's inflated size (`#inflate`: zlib in Node, fflate in browsers)
 * agree: the size when it fits, one over the cap when it does not, an error for damaged data.
 */
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inflatedSize as fflate } from '../src/document/inflate.browser.js'
import { inflatedSize as zlib } from '../src/document/inflate.js'

const xml = Buffer.from('<w:p><w:r><w:t>一、深入实施创新驱动发展战略</w:t></w:r></w:p>'.repeat(20_000))
const data = deflateRawSync(xml)

describe.each([
  ['zlib', zlib],
  ['fflate', fflate],
])('inflatedSize (%s)', (_name, inflatedSize) => {
  it('counts an entry that fits', () => {
    expect(inflatedSize(data, xml.length)).toBe(xml.length)
    expect(inflatedSize(deflateRawSync(Buffer.alloc(0)), 10)).toBe(0)
  })

  it('stops one over the cap', () => {
    expect(inflatedSize(data, xml.length - 1)).toBe(xml.length)
    expect(inflatedSize(data, 1000)).toBe(1001)
  })

  it('throws for data that does not inflate', () => {
    expect(() => inflatedSize(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1000)).toThrow()
    expect(() => inflatedSize(data.subarray(0, data.length >> 1), xml.length)).toThrow()
  })
})
