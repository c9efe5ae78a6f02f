/**
 * The targets pass: the goals among the quantities of every node's lines, read after the responsibility pass so
 * that no goal is read inside a statement; the last pass to read a line, it lets the line's statements go.
 */
import type { Target } from '../../tree/schema.js'
import { exact } from '../../tree/exact.js'
import { noteSkipped, noteUnread, type Pass, type ParseState, type Reading } from '../state.js'
import { targetReader } from './goals.js'
import type { SegmenterName } from './segmenter.js'

/** The rule id of the message that the segmenter could not be loaded. */
export const SEGMENTER_UNAVAILABLE = 'segmenter-unavailable'

/**
 * The targets reader of a parse: reads the targets of one reading at a time, in the order the notice is read, and lets
 * the reading's lines go.
 * @param state the parse, after the responsibility reader read the statements of the readings given to it
 * @param segmenter the jieba binding that bounds metric phrases
 * @returns reads the targets of a reading into its node
 */
export function targetsReader(state: ParseState, segmenter: SegmenterName): (reading: Reading) => void {
  const { document: doc, statements } = state
  const read = targetReader(doc, (line) => statements.spans(line), { year: state.header.year }, {
    segmenter,
    warn: (message) => doc.warn(message, SEGMENTER_UNAVAILABLE),
    skipped: state.skipped ? (reason, start, end) => noteSkipped(state, reason, start, end) : null,
    unread: (kind, start, end) => noteUnread(state, kind, start, end),
  })
  return (reading) => {
    const found: Target[] = read(reading.targets, { chapter: reading.scope })
    for (const line of reading.targets) statements.release(line)
    if (found.length === 0) return
    const { node } = reading
    node.targets = node.targets.length === 0 ? exact(found) : node.targets.concat(found)
  }
}

/**
 * The targets pass of a parse: every reading, in order.
 * @param segmenter the jieba binding that bounds metric phrases
 * @returns the pass
 */
export function targetsPass(segmenter: SegmenterName): Pass {
  return (state) => {
    const read = targetsReader(state, segmenter)
    for (const reading of state.readings) read(reading)
  }
}
