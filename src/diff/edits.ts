/**
 * What changed in the text of a task: the edits between two texts, each with a little of the text around it, through
 * fast-diff (diff-match-patch's diff with its semantic clean-up, 68 kB), so that a reader sees the words that
 * changed rather than characters scattered over a sentence.
 */
import fastDiff from 'fast-diff'

/** One edit: text cut and text put in its place, between unchanged text. */
export interface TextEdit {
  /** Unchanged text just before, up to `CONTEXT` characters, not across a line break. */
  before: string
  /** The text removed (empty for an insertion). */
  old: string
  /** The text put in (empty for a deletion). */
  new: string
  /** Unchanged text just after, as `before`. */
  after: string
}

/** Characters of unchanged text shown on each side of an edit. */
export const CONTEXT = 8
/** Longest text diffed edit by edit; longer ones are cut to one edit between their common start and end. */
export const MAX_DIFFED = 20_000

const DELETE = -1
const INSERT = 1

/** Whitespace is layout, not wording: the same notice as text, HTML or Markdown breaks its lines differently. */
const LAYOUT = /\s+/g

/**
 * The text of a task for comparing: its lines joined, without whitespace.
 * @param text the text as written
 */
export const comparable = (text: string): string => text.replace(LAYOUT, '')

const lastLine = (text: string): string => {
  const tail = text.slice(-CONTEXT)
  return tail.slice(tail.lastIndexOf('\n') + 1)
}
const firstLine = (text: string): string => {
  const head = text.slice(0, CONTEXT)
  const cut = head.indexOf('\n')
  return cut < 0 ? head : head.slice(0, cut)
}

/** Two texts as one edit between their common start and end: for texts too long to diff edit by edit. */
function oneEdit(a: string, b: string): Array<[number, string]> {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  return [
    [0, a.slice(0, start)],
    [DELETE, a.slice(start, a.length - end)],
    [INSERT, b.slice(start, b.length - end)],
    [0, a.slice(a.length - end)],
  ]
}

/** A run of the diff: text both share, or text cut and put in its place. */
type Run = { same: string } | { old: string; new: string }

/** The diff as runs, alternating between shared and changed text. */
function runs(parts: ReadonlyArray<[number, string]>): Run[] {
  const out: Run[] = []
  for (const [op, text] of parts) {
    if (text === '') continue
    const last = out[out.length - 1]
    if (op !== DELETE && op !== INSERT) {
      if (last && 'same' in last) last.same += text
      else out.push({ same: text })
    } else {
      const change = last && 'old' in last ? last : { old: '', new: '' }
      if (change !== last) out.push(change)
      if (op === DELETE) change.old += text
      else change.new += text
    }
  }
  return out
}

/** Digits (and a decimal point between them) that an edit must not split: `50` → `60`, not `5` → `6` before `0`. */
const DIGITS_AT_END = /[0-9０-９.．]+$/
const DIGITS_AT_START = /^[0-9０-９.．]+/
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9０-９]/.test(ch)

/** Widen each change to whole numbers, taking the digits it touches from the shared text around it. */
function wholeNumbers(list: Run[]): void {
  list.forEach((run, i) => {
    if (!('old' in run)) return
    const prev = list[i - 1]
    const next = list[i + 1]
    if (prev && 'same' in prev && (isDigit(run.old[0]) || isDigit(run.new[0]))) {
      const digits = DIGITS_AT_END.exec(prev.same)?.[0] ?? ''
      prev.same = prev.same.slice(0, prev.same.length - digits.length)
      run.old = digits + run.old
      run.new = digits + run.new
    }
    if (next && 'same' in next && (isDigit(run.old.at(-1)) || isDigit(run.new.at(-1)))) {
      const digits = DIGITS_AT_START.exec(next.same)?.[0] ?? ''
      next.same = next.same.slice(digits.length)
      run.old += digits
      run.new += digits
    }
  })
}

/**
 * The edits that turn one text into another.
 * @param a the old text
 * @param b the new text
 * @returns the edits in reading order; none when the texts are equal
 */
export function textEdits(a: string, b: string): TextEdit[] {
  if (a === b) return []
  const list = runs(a.length > MAX_DIFFED || b.length > MAX_DIFFED ? oneEdit(a, b) : fastDiff(a, b, undefined, true))
  wholeNumbers(list)
  const edits: TextEdit[] = []
  list.forEach((run, i) => {
    if (!('old' in run)) return
    const prev = list[i - 1]
    const next = list[i + 1]
    edits.push({
      before: prev && 'same' in prev ? lastLine(prev.same) : '',
      old: run.old,
      new: run.new,
      after: next && 'same' in next ? firstLine(next.same) : '',
    })
  })
  return edits
}
