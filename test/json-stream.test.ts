/**
 * JSON written in chunks is JSON.stringify's, byte for byte: for any JSON value, with and without indent, and for
 * the trees of every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { streamObject, writeJson } from '../src/util/json-stream.js'

const written = (value: unknown, indent: number): { text: string; chunks: number } => {
  const chunks: string[] = []
  writeJson(value, (chunk) => chunks.push(chunk), indent)
  return { text: chunks.join(''), chunks: chunks.length }
}

describe('writeJson', () => {
  it('writes what JSON.stringify writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2), (value, indent) => {
        expect(written(value, indent).text).toBe(JSON.stringify(value, null, indent))
      }),
      { numRuns: 500 },
    )
  })

  it('leaves out undefined properties and writes null for undefined in arrays, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: 'x' }
    expect(written(value, 0).text).toBe(JSON.stringify(value))
    expect(written(value, 2).text).toBe(JSON.stringify(value, null, 2))
  })

  it('writes the tree of every fixture as JSON.stringify does, in chunks', () => {
    const root = join(import.meta.dirname, '..', 'fixtures')
    for (const name of ['liaocheng-2023-key-tasks', 'gov-guobanfa-2018-126_innovation-reforms-table', 'seed-markdown']) {
      const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.')) as string
      const notice = parse(readFileSync(join(root, name, input)))
      const flat = written(notice, 0)
      expect(flat.text).toBe(JSON.stringify(notice))
      expect(written(notice, 2).text).toBe(JSON.stringify(notice, null, 2))
      if (flat.text.length > 1 << 17) expect(flat.chunks).toBeGreaterThan(1)
    }
  })
})

describe('streamObject', () => {
  it('writes what JSON.stringify writes, its array handed over an item at a time', () => {
    const objects = fc.record({
      before: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      items: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
      after: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      split: fc.nat(6),
    })
    fc.assert(
      fc.property(objects, fc.constantFrom(0, 1, 2), ({ before, items, after, split }, indent) => {
        const object: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(before)) if (k !== 'list') object[k] = v
        object.list = items
        for (const [k, v] of Object.entries(after)) if (!(k in object)) object[k] = v
        // The first items come one at a time; the rest are in the object at the end.
        const cut = Math.min(split, items.length)
        const chunks: string[] = []
        const stream = streamObject<Record<string, unknown>>(() => ({ ...object, list: [] }), 'list', (c) => chunks.push(c), indent)
        for (const item of items.slice(0, cut)) stream.item(item)
        stream.end({ ...object, list: items.slice(cut) })
        expect(chunks.join('')).toBe(JSON.stringify(object, null, indent))
      }),
      { numRuns: 500 },
    )
  })
})
