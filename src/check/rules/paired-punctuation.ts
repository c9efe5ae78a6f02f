/**
 * Brackets, quotes and title marks must come in pairs of the same kind and width: `（…）`, `“…”`, `《…》`.
 * A half-width bracket closed by a full-width one (`(牵头单位：…）`), a quote closed by a straight `"`, a mark left
 * open at the end of its paragraph and a closing mark without an opening one are all reported.
 *
 * A mark left open at the end of a line may be closed on one of the next 3 lines, when the lines between hold no mark
 * or only marks that pair among themselves (a title or a quotation that wraps, or that a crawler broke into short
 * lines). A lone closing bracket after a list number (`1）` at the start of a line or after `：` `；` `，`) ends a list
 * marker, and doubled title marks (`》》` `《《`) are arrows of page chrome.
 * A text that closes every quotation with `"` (3 or more, and never `”`) gets one finding for all of them at the
 * first: the closing quote was replaced throughout, and one replacement fixes it.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.推动“专精特新”企业发展。（牵头单位：市工业和信息化局）
 *   2.落实《关于加快发展的意见（2023年）》。(牵头单位:市科技局)
 *   3.推行“企业出题、
 *   院所
 *   答题”模式。
 *   4.落实《华为（济南）软件开
 *   发云创新中心（二期）服务资源
 *   供给办法（V1.0）》。
 *   5.运行条件一般包括：1）道路边界；2）交通基础设施；a）临时性道路变更。
 *   》》点击图片进入专题《《
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.打好节水攻坚战。(牵头单位：市水利局）
 *   2.提升“12345"热线服务。（牵头单位：市政府办公室）
 *   3.落实《行动计划。（牵头单位：市科技局）
 *   4.加强管理）。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:11-1:22: Unexpected half-width `(` closed by full-width `）`, expected `（…）`
 *   2:5-2:12: Unexpected `"` closing `“`, expected `”`
 *   3:5-3:6: Unexpected unclosed `《`, expected a closing `》`
 *   4:7-4:8: Unexpected `）` without an opening `（`, expected no closing mark or an opening one before it
 *
 * @example
 *   {"name": "throughout.txt", "label": "input"}
 *
 *   1.推进“一网通办"。
 *   2.建设“城市大脑"，推广“蒙速办"。
 *
 * @example
 *   {"name": "throughout.txt", "label": "output"}
 *
 *   1:5-1:11: Unexpected `"` closing `“` in all 3 quotations of the text, expected `”`
 */
import { isListNumber } from '../../grammar/markers.js'
import { nextUnit } from '../../util/chars.js'
import { CURLY_CLOSE_QUOTE, CURLY_OPEN_QUOTE, PAIRS, STRAIGHT_QUOTE, type Pair } from '../../lexicon/check.js'
import type { Paragraph, Position } from '../../tree/schema.js'
import type { Located, Rule, RuleContext } from '../rule.js'

/** How many more paragraphs a mark left open may be closed in (a heading or title that wraps). */
const MAX_CONTINUED_PARAGRAPHS = 3

/** Quotes closed by `"` from which, in a text that never closes one with `”`, one finding stands for all. */
const MIN_SYSTEMATIC = 3

/** A Latin letter, before which `’` is an apostrophe (`China’s`). */
const LATIN_LETTER = /[A-Za-z]/

const STRAIGHT: Pair = { open: STRAIGHT_QUOTE, close: STRAIGHT_QUOTE, family: 'double-quote', width: 'half' }
const OPENERS = new Map(PAIRS.map((p) => [p.open, p]))
const CLOSERS = new Map(PAIRS.map((p) => [p.close, p]))
/**
 * Every mark the scans act on, found natively: a loop over every character of the text made a string of each one
 * (outside Latin-1 they are not cached) and ran cold at every `gongwen check`, about 4% of the command.
 */
const MARKS = new RegExp(`[${[...OPENERS.keys(), ...CLOSERS.keys(), STRAIGHT_QUOTE].map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('')}]`, 'g')

/** An opening mark waiting for its closing one. */
interface Open {
  pair: Pair
  node: Located
  index: number
}

/** The position of one character of a located text. */
function at(context: RuleContext, node: Located, index: number) {
  return context.place(node, index, index + 1)
}

/** The position from one mark to another, across paragraphs if need be. */
function between(context: RuleContext, open: Open, node: Located, index: number) {
  return { start: at(context, open.node, open.index).start, end: at(context, node, index).end }
}

/**
 * The width that most brackets of a family have in the notice, full-width when tied.
 * @param paragraphs the notice's paragraphs
 * @returns the preferred width by family
 */
function preferredWidths(paragraphs: readonly Paragraph[]): Map<string, 'full' | 'half'> {
  const counts = new Map<string, number>()
  for (const { text } of paragraphs) {
    for (let i = nextUnit(MARKS, text, 0); i >= 0; i = nextUnit(MARKS, text, i + 1)) {
      const ch = text[i] as string
      const pair = OPENERS.get(ch) ?? CLOSERS.get(ch)
      if (pair) counts.set(`${pair.family}:${pair.width}`, (counts.get(`${pair.family}:${pair.width}`) ?? 0) + 1)
    }
  }
  const out = new Map<string, 'full' | 'half'>()
  for (const family of new Set(PAIRS.map((p) => p.family))) {
    out.set(family, (counts.get(`${family}:half`) ?? 0) > (counts.get(`${family}:full`) ?? 0) ? 'half' : 'full')
  }
  return out
}

/**
 * How the marks of a paragraph pair among themselves: its first closing mark that nothing in it opens, and whether it
 * leaves a mark open.
 * @param text the paragraph text
 * @returns the pair of that closing mark (or null), and whether an opening mark stays open at its end
 */
function balance(text: string): { unopened: Pair | null; open: boolean } {
  let depth = 0
  for (const ch of text) {
    if (OPENERS.has(ch)) depth++
    else if (CLOSERS.has(ch)) {
      if (depth === 0) return { unopened: CLOSERS.get(ch) ?? null, open: false }
      depth--
    }
  }
  return { unopened: null, open: depth > 0 }
}

/**
 * Whether a mark left open is closed by one of the next few paragraphs, the ones before it holding no mark or only
 * marks that pair among themselves: a title or a quotation wrapped over lines (`“双向` / `揭榜` / `挂帅”` as a crawler
 * broke it; `《…华为（济南）软件开` / `发云创新中心、华为（济南）…` / `办法（V1.0）》` as a PDF wrapped it).
 * @param paragraphs the notice's paragraphs
 * @param from the first paragraph after the open mark
 * @param pair the open mark's pair
 * @param limit how many paragraphs to look at
 */
function closesSoon(paragraphs: readonly Paragraph[], from: number, pair: Pair, limit: number): boolean {
  for (let k = from; k < paragraphs.length && k < from + limit; k++) {
    const { unopened, open } = balance((paragraphs[k] as Paragraph).text)
    if (unopened) return unopened.family === pair.family
    if (open) return false
  }
  return false
}

/** Marks that may stand before a list number closed by a lone bracket inside a paragraph (`一般包括：1）…；2）…`). */
const BEFORE_INLINE_NUMBER = '：:；;。，, \t\u3000'

/**
 * The text from the last mark that may stand before an inline list number up to a place.
 * @param text a paragraph
 * @param end the place of a closing bracket
 */
function sinceSeparator(text: string, end: number): string {
  let start = end
  while (start > 0 && !BEFORE_INLINE_NUMBER.includes(text[start - 1] as string)) start--
  return text.slice(start, end)
}

/** Title marks doubled as arrows in page chrome (`》》点击图片进入专题《《`): decoration, never a pair. */
const ARROWS = new Set(['《', '》'])

/** Scans paragraphs with one stack of open marks and reports what does not pair. */
class Scanner {
  readonly stack: Open[] = []
  /** Places of `“…"`: reported one by one, or once when the text never closes a quote with `”`. */
  readonly straightClosers: Position[] = []

  constructor(
    private readonly context: RuleContext,
    private readonly widths: Map<string, 'full' | 'half'>,
  ) {}

  /** Scan one paragraph, continuing the marks left open before it. */
  scan(node: Located): void {
    const { text } = node
    // Only the marks: the other characters of the text are passed over, whatever they are.
    for (let i = nextUnit(MARKS, text, 0); i >= 0; i = nextUnit(MARKS, text, i + 1)) {
      const ch = text[i] as string
      if (ARROWS.has(ch) && (text[i - 1] === ch || text[i + 1] === ch)) continue
      if (ch === STRAIGHT_QUOTE) this.straight(node, i)
      else if (OPENERS.has(ch)) this.stack.push({ pair: OPENERS.get(ch) as Pair, node, index: i })
      else if (CLOSERS.has(ch)) this.close(CLOSERS.get(ch) as Pair, node, i)
    }
  }

  /** Report every mark still open and forget them. */
  flush(): void {
    this.stack.forEach((open) => this.unclosed(open))
    this.stack.length = 0
  }

  private unclosed(open: Open): void {
    const { pair } = open
    this.context.report(`Unexpected unclosed \`${pair.open}\`, expected a closing \`${pair.close}\``, at(this.context, open.node, open.index), {
      actual: pair.open,
      expected: [pair.close],
    })
  }

  private straight(node: Located, i: number): void {
    const top = this.stack.at(-1)
    if (top?.pair === STRAIGHT) {
      this.stack.pop()
    } else if (top?.pair.open === CURLY_OPEN_QUOTE) {
      this.stack.pop()
      this.straightClosers.push(between(this.context, top, node, i))
    } else {
      this.stack.push({ pair: STRAIGHT, node, index: i })
    }
  }

  private close(pair: Pair, node: Located, i: number): void {
    const { context } = this
    const top = this.stack.at(-1)
    if (top?.pair === pair) {
      this.stack.pop()
      return
    }
    if (top && top.pair.family === pair.family) {
      this.stack.pop()
      const width = this.widths.get(pair.family) ?? 'full'
      const right = PAIRS.find((p) => p.family === pair.family && p.width === width) ?? pair
      const name = (p: Pair): string => (p.width === 'full' ? 'full-width' : 'half-width')
      context.report(
        `Unexpected ${name(top.pair)} \`${top.pair.open}\` closed by ${name(pair)} \`${pair.close}\`, expected \`${right.open}…${right.close}\``,
        between(context, top, node, i),
        { actual: `${top.pair.open}…${pair.close}`, expected: [`${right.open}…${right.close}`] },
      )
      return
    }
    const deeper = this.stack.findLastIndex((open) => open.pair === pair)
    if (deeper >= 0) {
      const above = this.stack.splice(deeper + 1)
      this.stack.pop()
      above.forEach((open) => this.unclosed(open))
      return
    }
    if (top) {
      this.stack.pop()
      context.report(`Unexpected \`${pair.close}\` closing \`${top.pair.open}\`, expected \`${top.pair.close}\``, between(context, top, node, i), {
        actual: pair.close,
        expected: [top.pair.close],
      })
      return
    }
    if (pair.close === '’' && LATIN_LETTER.test(node.text[i - 1] ?? '')) return
    // A list marker closed by a lone bracket at the start of a paragraph or after a colon or semicolon: `1)`, `a)`,
    // `一)`, `一般包括：1）…；2）…`.
    if (isListNumber(node.text.slice(0, i)) || (i > 0 && isListNumber(sinceSeparator(node.text, i)))) return
    context.report(
      `Unexpected \`${pair.close}\` without an opening \`${pair.open}\`, expected no closing mark or an opening one before it`,
      at(context, node, i),
      { actual: pair.close },
    )
  }
}

/**
 * Report quotes closed by a straight `"`: each one, or once for a text that closes every quote so (a substitution
 * made throughout, fixed at once).
 * @param context the rule context
 * @param places the places of `“…"`
 */
function reportStraightClosers(context: RuleContext, places: readonly Position[]): void {
  const close = CURLY_CLOSE_QUOTE
  const details = { actual: STRAIGHT_QUOTE, expected: [close] }
  const first = places[0]
  const curlyClosed = context.paragraphs.some((p) => p.text.includes(close))
  if (first && places.length >= MIN_SYSTEMATIC && !curlyClosed) {
    context.report(
      `Unexpected \`${STRAIGHT_QUOTE}\` closing \`${CURLY_OPEN_QUOTE}\` in all ${places.length} quotations of the text, expected \`${close}\``,
      first,
      { ...details, note: 'No quotation of the text is closed with a curly quote: the closing quote was replaced throughout.' },
    )
    return
  }
  for (const place of places) {
    context.report(`Unexpected \`${STRAIGHT_QUOTE}\` closing \`${CURLY_OPEN_QUOTE}\`, expected \`${close}\``, place, details)
  }
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'paired-punctuation',
  description: 'Brackets, quotes and title marks come in pairs of the same kind and width.',
  check(context) {
    const widths = preferredWidths(context.paragraphs)
    const paragraphs = context.paragraphs
    const scanner = new Scanner(context, widths)
    let continued = 0
    for (let i = 0; i < paragraphs.length; i++) {
      scanner.scan(paragraphs[i] as Paragraph)
      const top = scanner.stack.at(-1)
      if (top && continued < MAX_CONTINUED_PARAGRAPHS && closesSoon(paragraphs, i + 1, top.pair, MAX_CONTINUED_PARAGRAPHS - continued)) {
        continued++
        continue
      }
      scanner.flush()
      continued = 0
    }
    reportStraightClosers(context, scanner.straightClosers)
  },
}
