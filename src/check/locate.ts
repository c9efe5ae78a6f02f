/**
 * Places inside a located text (a paragraph, a clause, the plan heading) in the original input.
 *
 * Note: a node's text is not always its slice of the input: a heading spans two lines (the break is not in its
 * text), and in HTML the slice holds tags and entities. So the text is aligned with its slice once, character by
 * character, skipping what extraction dropped; a character that cannot be aligned takes the next input position.
 */
import { locator } from '../document/points.js'
import type { Point, Position } from '../tree/schema.js'
import type { Located } from './rule.js'

/** Longest HTML entity we decode while aligning (`&thinsp;`). */
const MAX_ENTITY_LENGTH = 10

/** Entities that stand for a space or a mark that extraction keeps. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', ensp: ' ', emsp: ' ', thinsp: ' ',
}

const isSpace = (ch: string): boolean => /\s/.test(ch)

/** Characters that extraction drops without a trace: zero-width spaces and joiners, soft hyphens, BOMs. */
const isInvisible = (ch: string): boolean => /[\u00ad\u200b-\u200f\u2060\ufeff]/.test(ch)

/** The character an HTML entity at `at` stands for, and its length; null when there is none. */
function entityAt(source: string, at: number): { char: string; length: number } | null {
  const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(source.slice(at, at + MAX_ENTITY_LENGTH))
  if (!m || m[1] === undefined) return null
  const name = m[1]
  let char: string | undefined
  if (name.startsWith('#x') || name.startsWith('#X')) char = String.fromCodePoint(parseInt(name.slice(2), 16))
  else if (name.startsWith('#')) char = String.fromCodePoint(parseInt(name.slice(1), 10))
  else char = NAMED_ENTITIES[name.toLowerCase()]
  return char === undefined ? null : { char, length: m[0].length }
}

/** Input offsets of each character of a text: where it starts and where it ends. */
interface Alignment {
  starts: Int32Array
  ends: Int32Array
}

/**
 * Align a text with its slice of the input.
 * @param source the original input
 * @param node the text and its position
 * @returns input offsets for each character of the text
 */
export function align(source: string, node: Located): Alignment {
  const { text } = node
  const starts = new Int32Array(text.length)
  const ends = new Int32Array(text.length)
  const stop = Math.min(node.position.end.offset, source.length)
  let j = node.position.start.offset
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    let found = false
    while (j < stop && !found) {
      const at = source[j] as string
      if (at === ch) {
        starts[i] = j
        ends[i] = j + 1
        j++
        found = true
      } else if (at === '<' && ch !== '<') {
        const close = source.indexOf('>', j)
        j = close === -1 || close >= stop ? stop : close + 1
      } else if (at === '&') {
        const entity = entityAt(source, j)
        if (entity && (entity.char === ch || (isSpace(entity.char) && isSpace(ch)))) {
          starts[i] = j
          ends[i] = j + entity.length
          j += entity.length
          found = true
        } else j += entity ? entity.length : 1
      } else if ((isSpace(at) && !isSpace(ch)) || isInvisible(at)) {
        j++
      } else {
        // Note: a character that extraction changed (a normalized form) maps onto the input character in its place.
        starts[i] = j
        ends[i] = j + 1
        j++
        found = true
      }
    }
    if (!found) {
      starts[i] = stop
      ends[i] = stop
    }
  }
  return { starts, ends }
}

/** Finds places in the input: one per check run, it aligns each text at most once. */
export interface Placer {
  /**
   * The position of characters `[from, to)` of a located text.
   * @param node the text and its position
   * @param from first character
   * @param to character after the last (equal to `from` for a point)
   * @returns the position in the input
   */
  place: (node: Located, from: number, to: number) => Position
  /**
   * The point of an input offset.
   * @param offset 0-based UTF-16 offset into the input
   * @returns line, column and offset
   */
  point: (offset: number) => Point
}

/**
 * Make a placer for one input.
 * @param source the original (decoded) input
 * @returns functions from text indices and offsets to positions
 */
export function placer(source: string): Placer {
  const point = locator(source)
  const cache = new WeakMap<Located, Alignment>()
  const alignment = (node: Located): Alignment => {
    let found = cache.get(node)
    if (!found) {
      found = align(source, node)
      cache.set(node, found)
    }
    return found
  }
  const place = (node: Located, from: number, to: number): Position => {
    const { starts, ends } = alignment(node)
    if (starts.length === 0) return { start: node.position.start, end: node.position.end }
    const first = Math.max(0, Math.min(from, starts.length - 1))
    const startOffset = from >= starts.length ? (ends[starts.length - 1] as number) : (starts[first] as number)
    const endOffset = to <= from ? startOffset : (ends[Math.min(to, ends.length) - 1] as number)
    return { start: point(startOffset), end: point(endOffset) }
  }
  return { place, point }
}
