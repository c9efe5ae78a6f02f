/**
 * Plain text → lines. The text is its own source, so positions map one to one.
 */
import { CHROME_BUTTONS, CHROME_LABELS, CHROME_TOGGLE_OPENERS } from '../lexicon/header.js'
import { isAsciiLetter, isDigit } from '../util/chars.js'
import { NO_TABLE, trimmedLine, type Line, type SourceText } from './document.js'
import { normalize } from './normalize.js'
import { OffsetMap } from './offsets.js'
import { cutRunInHeadings } from './run-in.js'

/**
 * Cut a matching view into trimmed, non-empty lines.
 * @param norm the matching view (line ends already `\n`)
 * @param from where to start
 * @param to where to stop
 */
export function splitLines(norm: string, from = 0, to = norm.length): Line[] {
  const lines: Line[] = []
  let start = from
  while (start <= to) {
    let end = norm.indexOf('\n', start)
    if (end < 0 || end > to) end = to
    const line = trimmedLine(norm, start, end)
    if (line) lines.push(line)
    start = end + 1
  }
  return lines
}

/** Lines above the first paragraph of text, and at the end, where a page's byline and footer stand. */
const CHROME_TAIL_LINES = 12
/** A paragraph this long is the notice's text: the byline of a page stands above it. */
const TEXT_PARAGRAPH = 60
/** Most lines a run of font-size toggles (`【字体：` `大` `中` `小` `】`) spans. */
const MAX_TOGGLE_LINES = 8
/** Longest value of a byline label (`来源：河南日报`): a longer one is a sentence of the notice. */
const MAX_LABEL_VALUE = 30
/** A byline label and its value: `来源：河南日报`, `时间：2026-02-03`. */
const LABEL_LINE = new RegExp(`^(?:(?:${CHROME_LABELS.join('|')})[:：]|【(?:${CHROME_LABELS.join('|')})】)([^。;；]*)$`)
/** A link to a file, as a page lists its attachments: `方案.pdf`, `布局图.pdf (pdf)`. */
const FILE_LINK = /\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et)(?:\(\w+\))?$/i
/** The label over a page's list of attachment files. */
const ATTACHMENTS_LABEL = /^(?:附件|相关附件|【相关附件】|原文下载|【原文下载】)[:：]?$/
/** A web address, the value of `原文链接：`. */
const URL = /^https?:\/\//
/** A publishing time to the minute: `2026年02月10日 07时41分`, `2026-02-03 10:20:00`. */
const DATE_TIME_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}(?:时|:)\d{1,2}(?:分|:\d{1,2})?$/

/**
 * Mark the page chrome a crawler copied with a notice as `outside`: toolbar buttons and font-size toggles (`下载`,
 * `【字体：大 中 小】`) wherever they stand on lines of their own, and, above the first paragraph of text or in the
 * last lines, the byline (`来源：…`, `时间：…`, `责任编辑：…`) and a publishing time to the minute. They are no part
 * of the notice: its title is not `下载打印全屏收藏`, its date not the time the page went up.
 * @param lines the trimmed lines (changed in place)
 * @param norm the matching view
 */
export function markChrome(lines: readonly Line[], norm: string): void {
  let top = true
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.outside || line.table !== NO_TABLE) continue
    const compact = norm.slice(line.start, line.end).replace(/\s+/g, '')
    if (CHROME_BUTTONS.has(compact) || FILE_LINK.test(compact)) {
      line.outside = true
      continue
    }
    if (CHROME_TOGGLE_OPENERS.some((w) => compact.startsWith(w))) {
      // The run ends at its `】`, on this line or one of the next few.
      let j = i
      while (j < lines.length && j - i < MAX_TOGGLE_LINES && !/[】\]]/.test(norm.slice(lines[j]!.start, lines[j]!.end))) j++
      if (j === lines.length || j - i >= MAX_TOGGLE_LINES) j = i
      for (let k = i; k <= j; k++) lines[k]!.outside = true
      i = j
      continue
    }
    if (top || i >= lines.length - CHROME_TAIL_LINES) {
      const label = LABEL_LINE.exec(compact)
      const value = label?.[1] ?? ''
      if ((label && (value.length <= MAX_LABEL_VALUE || URL.test(value))) || DATE_TIME_LINE.test(norm.slice(line.start, line.end).trim())) {
        line.outside = true
        // A label whose value the page put on the next line (`来源:` `四川日报`).
        const next = lines[i + 1]
        if (label && value === '' && next && next.end - next.start <= MAX_LABEL_VALUE && !/[,，。;；:：\d]/.test(norm.slice(next.start, next.end))) {
          next.outside = true
          i++
        }
        continue
      }
      // The list of a page's attachments: `附件:` over links to files.
      const next = lines[i + 1]
      if (ATTACHMENTS_LABEL.test(compact) && next && FILE_LINK.test(norm.slice(next.start, next.end).replace(/\s+/g, ''))) {
        line.outside = true
        continue
      }
    }
    if (compact.length > TEXT_PARAGRAPH) top = false
  }
}

/** Shortest line searched for numbered items run into it (a task table flattened into one line of text). */
const RUN_ON_LINE = 200
/** Fewest items of one numbering run into a line before the line is cut at them. */
const MIN_RUN_ON_ITEMS = 3
/** Fewest characters between two items run into a line: `一、二、三类` numbers no items. */
const MIN_RUN_ON_ITEM = 6
/** Longest number of an item run into a line. */
const MAX_RUN_ON_DIGITS = 2
export const CHINESE_ITEM_NUMERALS = '一二三四五六七八九十'

/** An item number run into a line: where it starts, its style (`1.` or `一、`) and value. */
interface RunOnMarker {
  at: number
  /** `1.`, `一、` or `（一）`. */
  style: 0 | 1 | 2
  value: number
}

/** The value of a Chinese item number of one or two characters (`三`, `十二`), or 0. */
function chineseItem(text: string): number {
  const d = (c: string): number => CHINESE_ITEM_NUMERALS.indexOf(c) + 1
  if (text.length === 1) return d(text)
  if (text.length === 2 && text[0] === '十') return 10 + d(text[1] as string)
  if (text.length === 2 && text[1] === '十') return d(text[0] as string) * 10
  return 0
}

/** Whether a code is one of `CHINESE_ITEM_NUMERALS` (a test row holds the two to each other). */
export function isItemNumeral(code: number): boolean {
  switch (code) {
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
      return true
    default:
      return false
  }
}
const PERIOD = 0x2e
const PERCENT = 0x25
const DUN = 0x3001
const OPEN = 0x28
const CLOSE = 0x29
const ORDINAL = 0x7b2c // 第
const SPACE = 0x20
/** What a digit that starts an item number may not follow: it would be inside a number, a word or `第2.`. */
const inNumber = (code: number): boolean => isDigit(code) || isAsciiLetter(code) || code === PERIOD || code === PERCENT || code === ORDINAL

/**
 * Item numbers (`1.` `12、` `三、` `（二）`) of a line, its own first, not part of a number (`3.5`, `第2.`).
 * Note: read by character codes: a long line of Chinese made a string of every character it looked at (those
 * outside Latin-1 are not cached), 0.16 ms of a warm parse of the seed.
 */
function runOnMarkers(norm: string, start: number, end: number): RunOnMarker[] {
  const out: RunOnMarker[] = []
  // The line's own number counts too: the items run into it go on from it (`（一）…（二）…（三）…`).
  for (let i = start; i < end - 1; i++) {
    const c = norm.charCodeAt(i)
    const before = i > start ? norm.charCodeAt(i - 1) : SPACE
    if (isDigit(c)) {
      if (inNumber(before)) continue
      let j = i
      while (j < end && isDigit(norm.charCodeAt(j))) j++
      const close = norm.charCodeAt(j)
      if (j - i <= MAX_RUN_ON_DIGITS && (close === PERIOD || close === DUN) && !isDigit(norm.charCodeAt(j + 1))) out.push({ at: i, style: 0, value: Number(norm.slice(i, j)) })
      i = j
    } else if (c === OPEN && isItemNumeral(norm.charCodeAt(i + 1))) {
      let j = i + 1
      while (j < end && j - i <= 2 && isItemNumeral(norm.charCodeAt(j))) j++
      const value = chineseItem(norm.slice(i + 1, j))
      if (value > 0 && norm.charCodeAt(j) === CLOSE) out.push({ at: i, style: 2, value })
    } else if (isItemNumeral(c) && !isItemNumeral(before)) {
      let j = i
      while (j < end && j - i < 2 && isItemNumeral(norm.charCodeAt(j))) j++
      const value = chineseItem(norm.slice(i, j))
      if (value > 0 && norm.charCodeAt(j) === DUN) out.push({ at: i, style: 1, value })
    }
  }
  return out
}

/** The items of one style that count 1, 2, 3 … (a number printed twice counts once), far enough apart. */
function runOnChain(markers: readonly RunOnMarker[], style: RunOnMarker['style']): number[] {
  const chain: number[] = []
  let last = 0
  let lastAt = -Infinity
  for (const m of markers) {
    if (m.style !== style || m.at - lastAt < MIN_RUN_ON_ITEM) continue
    if (m.value === last + 1 || (m.value === last && last > 0)) {
      chain.push(m.at)
      last = m.value
      lastAt = m.at
    }
  }
  return chain.length >= MIN_RUN_ON_ITEMS ? chain : []
}

/**
 * Cut a line at the numbered items run into it, as a task table flattened into text prints them (`…一、加强公开1.增强
 * 透明度。 区直各单位2.加大…`): each item then starts a line of its own, as it would in the notice. Only long lines,
 * and only numbers that count 1, 2, 3 … from 1, at least three of a style.
 * @param lines the lines (a cut line is replaced by its pieces)
 * @param norm the matching view
 */
export function cutRunOnItems(lines: Line[], norm: string): Line[] {
  if (!lines.some((l) => l.end - l.start >= RUN_ON_LINE)) return lines
  const out: Line[] = []
  for (const line of lines) {
    if (line.end - line.start < RUN_ON_LINE || line.table !== NO_TABLE) {
      out.push(line)
      continue
    }
    const markers = runOnMarkers(norm, line.start, line.end)
    const cuts = [...runOnChain(markers, 0), ...runOnChain(markers, 1), ...runOnChain(markers, 2)].sort((a, b) => a - b)
    if (cuts.length === 0) {
      out.push(line)
      continue
    }
    let from = line.start
    for (const at of [...cuts, line.end]) {
      const piece = trimmedLine(norm, from, at, line.table, line.outside, line.heading)
      if (piece) out.push(piece)
      from = at
    }
  }
  return out
}

/**
 * Read a plain-text notice.
 * @param text the decoded text
 * @param encoding what it was decoded from
 */
export function readText(text: string, encoding: string): SourceText {
  const norm = normalize(text)
  const lines = cutRunInHeadings(cutRunOnItems(splitLines(norm), norm), norm)
  markChrome(lines, norm)
  return {
    format: 'text',
    encoding,
    positions: 'input',
    source: text,
    plain: text,
    norm,
    map: OffsetMap.identity(text.length),
    lines,
    tables: [],
    warnings: [],
  }
}
