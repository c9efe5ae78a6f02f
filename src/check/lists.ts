/**
 * Where a list begins that is not the continuation of the one before it: after a lead-in or a note label. Read by
 * the rules on numbering and on repeated titles.
 */
import { LIST_LEADS, NOTE_LABELS } from '../lexicon/check.js'

/** Lengths of a line that may be a heading without a number. */
const MIN_HEADING = 4
const MAX_HEADING = 30

/** A clause numbered by decimals: `2.1.3　`, `4.2.2 `. */
const DECIMAL_CLAUSE = /^\d+(?:\.\d+)+[\s\u3000]/

/** Punctuation that a heading without a number does not hold. */
const PUNCTUATION = /[，。；：、,.;:！？!?（）()“”"]/

/**
 * Whether a paragraph opens the list after it, so that items counting from 1 there are a list of their own: a note
 * label (`注：`), a lead-in (`重点抓好以下九个方面工作。`, `一年来，我们主要做了以下工作：`, any text ending in a colon), or
 * a heading without a number (`全面加强政府自身建设`: a short line without punctuation), or a clause numbered by decimals
 * (`2.1.3　成员单位职责`, `4.2.2　国务院批准启动本预案后，…`), whose items the outline does not read as its own.
 * @param text the paragraph before an item numbered 1
 * @returns true when it opens a new list
 */
export function opensList(text: string): boolean {
  const trimmed = text.trim()
  if (NOTE_LABELS.includes(trimmed.replace(/[：:]$/, ''))) return true
  if (/[：:]$/.test(trimmed)) return true
  if (DECIMAL_CLAUSE.test(trimmed)) return true
  if (trimmed.length >= MIN_HEADING && trimmed.length <= MAX_HEADING && !PUNCTUATION.test(trimmed)) return true
  const clause = trimmed.slice(Math.max(trimmed.lastIndexOf('，'), trimmed.lastIndexOf('；')) + 1)
  return /[。.]$/.test(trimmed) && LIST_LEADS.some((lead) => clause.includes(lead))
}

