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
    this.plainStarts.push(this.plainLength)
    this.sourceStarts.push(sourceStart)
    this.sourceEnds.push(sourceEnd)
    this.plainLength += length
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
    // Segments are added in reading order, so their source starts ascend: the last one that starts at or before.
    const i = Math.max(0, countAtMost(this.sourceStarts, offset) - 1)
    const plainStart = this.plainStarts[i] as number
    const sourceStart = this.sourceStarts[i] as number
    const sourceEnd = this.sourceEnds[i] as number
    const plainEnd = i + 1 < n ? (this.plainStarts[i + 1] as number) : this.plainLength
    if (plainEnd - plainStart === sourceEnd - sourceStart) return plainStart + Math.min(Math.max(0, offset - sourceStart), plainEnd - plainStart - 1)
    return offset >= sourceEnd ? plainEnd : plainStart
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
