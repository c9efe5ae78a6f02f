/**
 * Maps offsets in an extracted text (`plain`) back to offsets in the original input (`source`).
 *
 * Note: extraction may change lengths (HTML markup and entities vanish, blocks gain a `\n`), so the map is a list of
 * segments: a segment whose plain and source lengths agree maps character by character; any other segment maps every
 * character onto its whole source span (an entity such as `&nbsp;` is one character of plain text).
 */
import { countAtMost } from '../util/bisect.js'

export class OffsetMap {
  private readonly plainStarts: number[] = []
  private readonly sourceStarts: number[] = []
  private readonly sourceEnds: number[] = []
  private plainLength = 0
  /**
   * Whether the source spans follow each other as the plain text does. Not so where an HTML parser moved text (a
   * `<p>` inside an open `<table>` is read before the table, as browsers show it).
   */
  private ordered = true

  /** The identity map of a text of `length` units: what plain-text input uses. */
  static identity(length: number): OffsetMap {
    const map = new OffsetMap()
    map.add(length, 0, length)
    return map
  }

  /**
   * Append the next `length` units of plain text, read from `source[sourceStart, sourceEnd)`.
   * @param length units of plain text
   * @param sourceStart where they start in the source
   * @param sourceEnd where they end in the source
   */
  add(length: number, sourceStart: number, sourceEnd: number): void {
    if (length <= 0) return
    const last = this.sourceStarts.length - 1
    if (last >= 0 && sourceStart < (this.sourceStarts[last] as number)) this.ordered = false
    this.plainStarts.push(this.plainLength)
    this.sourceStarts.push(sourceStart)
    this.sourceEnds.push(sourceEnd)
    this.plainLength += length
  }

  /** Whether the source spans follow each other as the plain text does (then `start` and `end` cover a span). */
  get inOrder(): boolean {
    return this.ordered
  }

  /** Length of the plain text mapped so far. */
  get length(): number {
    return this.plainLength
  }

  private segment(offset: number): number {
    return Math.max(0, countAtMost(this.plainStarts, offset) - 1)
  }

  /**
   * The plain offset read from a source offset: the first plain unit whose source starts there, or the unit whose
   * source span holds it. The inverse of `start` for the starts of nodes.
   * @param offset a source offset
   */
  plainAt(offset: number): number {
    const n = this.plainStarts.length
    if (n === 0) return 0
    // In order, the last segment that starts at or before the offset; else the segment nearest before it.
    const i = this.ordered ? Math.max(0, countAtMost(this.sourceStarts, offset) - 1) : this.nearestBefore(offset)
    const plainStart = this.plainStarts[i] as number
    const sourceStart = this.sourceStarts[i] as number
    const sourceEnd = this.sourceEnds[i] as number
    const plainEnd = i + 1 < n ? (this.plainStarts[i + 1] as number) : this.plainLength
    if (plainEnd - plainStart === sourceEnd - sourceStart) return plainStart + Math.min(Math.max(0, offset - sourceStart), plainEnd - plainStart - 1)
    return offset >= sourceEnd ? plainEnd : plainStart
  }

  /** The segment whose source starts nearest at or before an offset, for a map out of order (a scan). */
  private nearestBefore(offset: number): number {
    let best = 0
    for (let i = 0; i < this.sourceStarts.length; i++) {
      const s = this.sourceStarts[i] as number
      if (s <= offset && s >= (this.sourceStarts[best] as number)) best = i
    }
    return best
  }

  /**
   * The source span that covers a span of plain text: from its first unit's source to its last unit's, or, where
   * the map is out of order, from the least to the greatest source offset of its segments, so that a start never
   * follows its end.
   * @param start plain offset of the first unit
   * @param end plain offset after the last unit
   */
  cover(start: number, end: number): { start: number; end: number } {
    const s = this.start(start)
    const e = end > start ? this.end(end) : s
    if (this.ordered || end <= start) return { start: s, end: Math.max(s, e) }
    let low = Math.min(s, e)
    let high = Math.max(s, e)
    const first = this.segment(Math.max(0, Math.min(start, this.plainLength - 1)))
    for (let i = first; i < this.plainStarts.length && (this.plainStarts[i] as number) < end; i++) {
      const plainStart = this.plainStarts[i] as number
      const plainEnd = i + 1 < this.plainStarts.length ? (this.plainStarts[i + 1] as number) : this.plainLength
      const sourceStart = this.sourceStarts[i] as number
      const sourceEnd = this.sourceEnds[i] as number
      // Of a segment mapped unit for unit, only the part inside the span counts.
      const exact = plainEnd - plainStart === sourceEnd - sourceStart
      low = Math.min(low, exact ? sourceStart + Math.max(start, plainStart) - plainStart : sourceStart)
      high = Math.max(high, exact ? sourceStart + Math.min(end, plainEnd) - plainStart : sourceEnd)
    }
    return { start: low, end: high }
  }

  /** Source offset where the plain character at `offset` starts. */
  start(offset: number): number {
    if (this.plainStarts.length === 0) return 0
    const clamped = Math.max(0, Math.min(offset, this.plainLength - 1))
    const i = this.segment(clamped)
    const plainStart = this.plainStarts[i] as number
    const sourceStart = this.sourceStarts[i] as number
    const sourceEnd = this.sourceEnds[i] as number
    const plainEnd = i + 1 < this.plainStarts.length ? (this.plainStarts[i + 1] as number) : this.plainLength
    if (plainEnd - plainStart === sourceEnd - sourceStart) return sourceStart + (clamped - plainStart)
    return sourceStart
  }

  /** Source offset where the plain character before `offset` ends: the end of a span `[.., offset)`. */
  end(offset: number): number {
    if (this.plainStarts.length === 0 || offset <= 0) return this.plainStarts.length === 0 ? 0 : this.start(0)
    const last = Math.min(offset, this.plainLength) - 1
    const i = this.segment(last)
    const plainStart = this.plainStarts[i] as number
    const sourceStart = this.sourceStarts[i] as number
    const sourceEnd = this.sourceEnds[i] as number
    const plainEnd = i + 1 < this.plainStarts.length ? (this.plainStarts[i + 1] as number) : this.plainLength
    if (plainEnd - plainStart === sourceEnd - sourceStart) return sourceStart + (last - plainStart) + 1
    return sourceEnd
  }
}
