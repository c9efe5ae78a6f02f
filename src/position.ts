/**
 * Offsets → unist points, through vfile-location, on the original input.
 */
import { location } from 'vfile-location'
import type { Point, Position } from './schema.js'

export type Locate = (offset: number) => Point

/**
 * Make a function that turns an offset of `source` into a point.
 * @param source the original (decoded) input
 */
export function locator(source: string): Locate {
  const place = location(source)
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, source.length))
    const point = place.toPoint(clamped)
    // vfile-location's point is a fresh object: hand it on rather than copy it (a notice has thousands of nodes).
    if (point && point.offset === clamped) return point as Point
    if (point) return { line: point.line, column: point.column, offset: clamped }
    // vfile-location gives no point for the very end of a text that ends in a line break.
    const before = place.toPoint(Math.max(0, clamped - 1))
    return before ? { line: before.line, column: before.column + 1, offset: clamped } : { line: 1, column: 1, offset: clamped }
  }
}

/** A position from two points. */
export const span = (start: Point, end: Point): Position => ({ start, end })
