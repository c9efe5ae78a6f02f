/**
 * Offsets → unist points on the original input: line breaks are `\r\n`, `\r` or `\n`, as vfile-location counts them
 * (test/position.test.ts holds the two to the same answers).
 *
 * Note: written here rather than taken from vfile-location because of the access pattern: a notice asks for points
 * in reading order, hundreds of thousands of them for a large input, and a remembered line answers nearly all of them
 * without a search. vfile-location's binary search per point, and a fresh object per point, were 9% of parsing
 * 100,000 numbered lines.
 */
import type { Point, Position } from '../tree/schema.js'
import { countAtMost } from '../util/bisect.js'

export type Locate = (offset: number) => Point

const LF = 0x0a
const CR = 0x0d

/**
 * Slots of the cache of recent points (a power of two). Note: nodes end where their paragraph ends and start where
 * their task starts, and the points are asked for close together: one point object serves them all.
 */
const POINT_CACHE_SIZE = 64

/** The offset each line starts at, the first line at 0. */
function lineStarts(source: string): number[] {
  const starts = [0]
  if (!source.includes('\r')) {
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
    return starts
  }
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === LF) starts.push(i + 1)
    else if (c === CR) {
      if (i + 1 < source.length && source.charCodeAt(i + 1) === LF) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/**
 * Make a function that turns an offset of `source` into a point (offsets are clamped into the text). Points are
 * shared between nodes: read-only.
 * @param source the original (decoded) input
 */
export function locator(source: string): Locate {
  const starts = lineStarts(source)
  const lines = starts.length
  const recent: (Point | undefined)[] = new Array<Point | undefined>(POINT_CACHE_SIZE).fill(undefined)
  let hint = 0
  const holds = (line: number, offset: number): boolean =>
    (starts[line] as number) <= offset && (line + 1 === lines || offset < (starts[line + 1] as number))
  const lineOf = (offset: number): number => {
    if (holds(hint, offset)) return hint
    if (hint + 1 < lines && holds(hint + 1, offset)) return hint + 1
    // The last line that starts at or before the offset.
    return countAtMost(starts, offset) - 1
  }
  return (offset) => {
    const clamped = offset < 0 ? 0 : offset > source.length ? source.length : offset
    const slot = clamped & (POINT_CACHE_SIZE - 1)
    const hit = recent[slot]
    if (hit !== undefined && hit.offset === clamped) return hit
    hint = lineOf(clamped)
    const point: Point = { line: hint + 1, column: clamped - (starts[hint] as number) + 1, offset: clamped }
    recent[slot] = point
    return point
  }
}

/** A position from two points. */
export const span = (start: Point, end: Point): Position => ({ start, end })
