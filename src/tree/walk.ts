/**
 * Walks of the notice tree shared by its readers (diff, exports, tests).
 */
import type { Notice, Section, Target } from './schema.js'

/**
 * Targets that belong to no task: those of the preamble, of chapters and of sections, in document order.
 * @param notice a parsed notice
 * @returns its targets outside tasks
 */
export function headingTargets(notice: Notice): Target[] {
  const out = [...notice.targets]
  const sections = (list: readonly Section[]): void => {
    for (const s of list) {
      out.push(...s.targets)
      sections(s.sections)
    }
  }
  for (const c of notice.chapters) {
    out.push(...c.targets)
    sections(c.sections)
  }
  return out
}
