/**
 * The targets pass: the goals among the quantities of every node's lines, read after the responsibility pass so
 * that no goal is read inside a statement; the last pass to read a line, it lets the line's statements go.
 */
import type { Target } from '../../tree/schema.js'
import { exact } from '../../tree/exact.js'
import { noteSkipped, noteUnread, type Pass } from '../state.js'
import { targetReader } from './goals.js'
import type { SegmenterName } from './segmenter.js'

/** The rule id of the message that the segmenter could not be loaded. */
export const SEGMENTER_UNAVAILABLE = 'segmenter-unavailable'

/**
 * The targets pass of a parse.
 * @param segmenter the jieba binding that bounds metric phrases
 * @returns the pass
 */
export function targetsPass(segmenter: SegmenterName): Pass {
  return (state) => {
    const { document: doc, statements } = state
    const read = targetReader(doc, (line) => statements.spans(line), { year: state.header.year }, {
      segmenter,
      warn: (message) => doc.warn(message, SEGMENTER_UNAVAILABLE),
      skipped: state.skipped ? (reason, start, end) => noteSkipped(state, reason, start, end) : null,
      unread: (kind, start, end) => noteUnread(state, kind, start, end),
    })
    for (const reading of state.readings) {
      const found: Target[] = read(reading.targets, { chapter: reading.scope })
      for (const line of reading.targets) statements.release(line)
      if (found.length === 0) continue
      const { node } = reading
      node.targets = node.targets.length === 0 ? exact(found) : node.targets.concat(found)
    }
  }
}
