/**
 * Review parts: where a notice looks back on past work, its figures are results, not goals. A chapter heading says so
 * (`一、2023年工作回顾`); so does a heading line without a number that opens a part of chapters (work reports print
 * `2023年工作回顾` over `一、…七、` and `2024年主要目标任务和重点工作` over the next `一、…`). Such a part runs to the next
 * heading line that turns to what is to come.
 */
import type { Document, Line } from '../../document/document.js'
import { readMarker } from '../../grammar/markers.js'
import { FORWARD_HEADINGS, FORWARD_OPENERS, PART_FORWARD_HEADINGS, PART_REVIEW_HEADINGS, REVIEW_HEADINGS, REVIEW_OPENERS } from '../../lexicon/goals.js'
import { YEAR_CHARACTER } from '../../lexicon/numerals.js'

/** A year written in digits (`2024年`); shared with the statistics test of goals.ts. */
export const YEAR = new RegExp(`(\\d{4})${YEAR_CHARACTER}`, 'g')
/** Longest heading line of a part, in characters; a sentence is longer or punctuated. */
const MAX_PART_HEADING = 30
/** Punctuation of a sentence: a line that holds any is no heading. */
const SENTENCE_MARKS = /[,.;:!?。]/

/** The years a heading names, unless after 到/至 (`到2025年` is a due date, not the time of the heading). */
function headingYears(heading: string): number[] {
  const years: number[] = []
  for (const m of heading.matchAll(YEAR)) {
    const lead = heading.slice(Math.max(0, (m.index ?? 0) - 1), m.index)
    if (!/[到至]$/.test(lead)) years.push(Number(m[1]))
  }
  return years
}

/**
 * Whether a chapter heading names a review of past work and nothing to come: a review word (`回顾`, `成就`), or a year
 * before the notice's own (`2025年主要工作` in a report of 2026), without a word of what is to come (`目标任务`).
 */
export function isReviewHeading(heading: string, year: number | null): boolean {
  // Note: `“十四五”时期发展成就和“十五五”时期主要目标任务` reviews and plans: its sentences decide.
  if (FORWARD_HEADINGS.test(heading)) return false
  if (REVIEW_HEADINGS.test(heading)) return true
  return year !== null && headingYears(heading).some((y) => y < year)
}

/** A short line read as a heading: its text after any outline marker, and whether it has one. */
interface Heading {
  text: string
  numbered: boolean
}

/** The headings of a document by line index: the short lines without sentence punctuation, found in one pass. */
export type Headings = ReadonlyMap<number, Heading>

/**
 * The lines of a document that read as headings, numbered or not, for the year and the review parts below.
 * @param doc the document
 */
export function headingsOf(doc: Document): Headings {
  const headings = new Map<number, Heading>()
  for (let i = 0; i < doc.lines.length; i++) {
    const heading = headingOf(doc, doc.lines[i]!)
    if (heading) headings.set(i, heading)
  }
  return headings
}

/** A line as a heading: its text after any outline marker, and whether it has one; null for a sentence. */
function headingOf(doc: Document, line: Line): Heading | null {
  if (line.outside || line.end - line.start > MAX_PART_HEADING + 6) return null
  const view = doc.view(line)
  const marker = readMarker(view)
  const text = view.slice(marker ? marker.contentStart : 0).trim()
  if (text.length < 4 || text.length > MAX_PART_HEADING || SENTENCE_MARKS.test(text)) return null
  return { text, numbered: marker !== null }
}

/**
 * The year of a notice that names none in its header: the latest year of a heading that turns to what is to come
 * (`2024年主要目标和重点工作` in a work report printed without a date).
 */
export function plannedYear(headings: Headings): number | null {
  let year: number | null = null
  for (const heading of headings.values()) {
    if (!FORWARD_HEADINGS.test(heading.text)) continue
    for (const y of headingYears(heading.text)) if (year === null || y > year) year = y
  }
  return year
}

/**
 * The starts of the lines that stand in a part opened by a review heading line without a number, up to the next
 * heading line that turns to what is to come (numbered or not).
 * @param doc the document
 * @param headings its heading lines (headingsOf)
 * @param year the notice's year, to tell an earlier year's heading
 * @returns the starts of the lines of review parts (empty for most notices)
 */
export function reviewPartLines(doc: Document, headings: Headings, year: number | null): ReadonlySet<number> {
  const lines = new Set<number>()
  let inReview = false
  // The latest year a review heading names: a heading of a later year turns to what is to come (`2024年主要工作`).
  let reviewed = -1
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!
    const heading = headings.get(i)
    if (heading) {
      const years = headingYears(heading.text)
      let latest = -1
      for (const y of years) if (y > latest) latest = y
      const forward =
        (heading.numbered ? PART_FORWARD_HEADINGS : FORWARD_HEADINGS).test(heading.text) ||
        (year !== null && latest >= year) ||
        (inReview && reviewed >= 0 && latest > reviewed)
      // A review word decides over the year: `2023年工作回顾` reviews even where 2023 is the only year known.
      const reviewWord = !heading.numbered && PART_REVIEW_HEADINGS.test(heading.text) && !FORWARD_HEADINGS.test(heading.text)
      if (reviewWord || (!forward && !heading.numbered && year !== null && latest >= 0 && latest < year)) {
        inReview = true
        reviewed = latest
      } else if (forward) inReview = false
    }
    if (inReview) lines.add(line.start)
  }
  openingReview(doc, headings, year, lines)
  return lines
}

/** A year that opens a sentence as its time (`2023年，`, `2023年是…`, `2023年以来`). */
const YEAR_OPENER = new RegExp(`^(\\d{4})${YEAR_CHARACTER}(?:是|,|以来)`)
/** How far into a line sentence openers are looked for, in characters: a report's first line may greet first. */
const OPENER_REACH = 400

/** The openers of the sentences of a line, up to a reach. */
function* sentenceStarts(view: string): Generator<string> {
  const reach = Math.min(view.length, OPENER_REACH)
  let at = 0
  while (at < reach) {
    const start = at + (view.slice(at, at + 2).match(/^\s*/)?.[0].length ?? 0)
    yield view.slice(start, start + 16)
    const stop = view.indexOf('。', start)
    if (stop < 0 || stop >= reach) return
    at = stop + 1
  }
}

/** How a line turns a work report: to a review of a year (its year, or 0 for a word), to what is to come, or not. */
function turnOf(view: string, year: number | null, reviewed: number): { review: number } | 'forward' | null {
  for (const opener of sentenceStarts(view)) {
    if (FORWARD_OPENERS.some((w) => opener.startsWith(w))) return 'forward'
    const m = YEAR_OPENER.exec(opener)
    if (m) {
      const y = Number(m[1])
      if ((year !== null && y >= year) || (reviewed > 0 && y > reviewed)) return 'forward'
      if (year === null || y < year) return { review: y }
    }
    if (REVIEW_OPENERS.some((w) => opener.startsWith(w))) return { review: 0 }
  }
  return null
}

/**
 * A work report printed without its review heading (`各位代表：…2023年，我们…` up to `2024年是…`, `今年政府工作的总体要求是`,
 * or `二、2024年工作安排`): its opening review, from a review sentence before any numbered item, up to the turn to what
 * is to come. Without such a turn nothing is marked: the opening was the background of a plan.
 */
function openingReview(doc: Document, headings: Headings, year: number | null, lines: Set<number>): void {
  let start = -1
  let reviewed = 0
  const all = doc.lines
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!
    if (line.outside) continue
    const view = doc.view(line)
    if (start < 0) {
      if (readMarker(view)) return
      const turn = turnOf(view, year, 0)
      if (turn === 'forward') return
      if (turn) {
        start = i
        reviewed = turn.review
      }
      continue
    }
    const heading = headings.get(i)
    const forwardHeading = heading !== undefined && (heading.numbered ? PART_FORWARD_HEADINGS : FORWARD_HEADINGS).test(heading.text)
    if (forwardHeading || turnOf(view, year, reviewed) === 'forward') {
      for (let k = start; k < i; k++) lines.add(all[k]!.start)
      return
    }
  }
}
