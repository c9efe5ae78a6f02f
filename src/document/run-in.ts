/**
 * Headings run into the first item of their part, as text copied from legal databases prints regulations: the line
 * break after `第一章　总则` became the ideographic indent of the article after it.
 */
import { readMarker } from '../grammar/markers.js'
import { NO_TABLE, trimmedLine, type Line } from './document.js'

/** Longest title of a chapter heading run into the first article of its chapter. */
const MAX_RUN_IN_TITLE = 20
/** Spaces between such a title and the article: at least two (an ideographic indent whose line break was lost). */
const RUN_IN_GAP = /^ {2,}/

/**
 * Cut a chapter heading from the first article run into its line (`第一章　总则　　第一条　为规范…`), as regulations
 * copied from legal databases print them: the line break before the article became the indent of its paragraph.
 * @param lines the lines (a cut line is replaced by its two pieces)
 * @param norm the matching view
 */
export function cutRunInHeadings(lines: Line[], norm: string): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    const cut = line.table === NO_TABLE ? runInArticle(norm.slice(line.start, Math.min(line.end, line.start + 64))) : -1
    const head = cut > 0 ? trimmedLine(norm, line.start, line.start + cut, line.table, line.outside, line.heading) : null
    const rest = cut > 0 ? trimmedLine(norm, line.start + cut, line.end, line.table, line.outside, line.heading) : null
    if (head && rest) out.push(head, rest)
    else out.push(line)
  }
  return out
}

/** Where the article run into a chapter heading line starts, or -1. */
function runInArticle(view: string): number {
  const heading = readMarker(view)
  if (!heading || heading.style !== 'part') return -1
  const gap = view.indexOf('  ', heading.contentStart)
  if (gap <= heading.contentStart || gap - heading.contentStart > MAX_RUN_IN_TITLE) return -1
  const at = gap + (RUN_IN_GAP.exec(view.slice(gap))?.[0].length ?? 0)
  const article = readMarker(view.slice(at))
  return article && article.style === 'article' && !article.glued ? at : -1
}

