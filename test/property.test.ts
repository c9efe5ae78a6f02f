/**
 * Properties that hold for any input: `parse` never throws (but an InputError for bytes it cannot read), every
 * position lies inside the input and agrees with its line and column, slicing the input at a node's position gives
 * that node's text, every non-whitespace character of a plain-text input lies in exactly one paragraph, and the JSON
 * validates against both the zod schema and the published JSON Schema.
 *
 * Inputs: random strings, notice-like strings, whole notices written by a grammar of notices (test/helpers/
 * notice-grammar.ts: headers, every numbering style, responsibility statements, targets, task tables, as text, HTML
 * and Markdown), and real and grammar-written notices mutated the ways files get damaged (shuffled, deleted and
 * duplicated lines, deleted and swapped brackets, full/half-width swaps, control characters, other line ends, cuts
 * in the middle of a character); and the 34 evaluation notices of fixtures/ (text, HTML, Markdown) mutated in line
 * ranges, with markers, brackets, responsibility words and quantities put in, widths toggled, then wrapped in HTML
 * or Markdown or cut at a byte (test/helpers/eval-fuzz.ts).
 *
 * `FUZZ_RUNS` sets the runs per property (default 300; the evaluation-notice property runs 30 by default and
 * `FUZZ_RUNS` when it is set); `FUZZ_RUNS=100000 npx vitest run test/property.test.ts` is the long mode,
 * `FUZZ_SEED=n` replays a run.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, parse, type Notice, type Point, type Position } from '../src/index.js'
import { noticeJsonSchema, NoticeSchema } from '../src/tree/schema.js'
import { cutBytes, EVAL_MUTATIONS, evalNotices, otherWidth, wrapHtml, wrapMarkdown, type Format } from './helpers/eval-fuzz.js'
import { noticeHtml, noticeMarkdown, noticeText } from './helpers/notice-grammar.js'
import { decode } from '../src/document/decode.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
/** Options of every property: the runs, a replayable seed, and no time limit per property in the long mode. */
const runs = (share = 1) => ({ numRuns: Math.max(20, Math.round(RUNS * share)), ...(SEED === undefined ? {} : { seed: SEED }) })
/** A hang guard per test, scaled with the runs (the default runs take a few seconds): never a time limit. */
const TIMEOUT = Math.max(600_000, RUNS * 100)

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const seed = read('seeds/liaocheng-2023-key-tasks.txt')
/** Real plain-text notices of different shapes: key tasks, an evaluation table, a work report, policy measures. */
const notices = [
  seed,
  read('fixtures/baotou-2022-digital-gov-evaluation-measures/input.txt'),
  read('fixtures/yangzhou-2024-gov-work-report/input.txt'),
  read('fixtures/jinan-kechuang-jinan-policy-measures-2021/input.txt'),
  read('fixtures/handmade-forms/input.txt'),
]

const validateJson = new Ajv2020({ strict: true, allErrors: true }).compile(noticeJsonSchema())

type Positioned = { type?: unknown; text?: unknown; position: Position }

/** Every object of the tree that has a position. */
function nodes(value: unknown, out: Positioned[] = []): Positioned[] {
  if (Array.isArray(value)) for (const v of value) nodes(v, out)
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (o.position && typeof o.position === 'object') out.push(o as Positioned)
    for (const [k, v] of Object.entries(o)) if (k !== 'position') nodes(v, out)
  }
  return out
}

/** Line starts of a text, with the line ends of unist (`\r\n`, `\n`, `\r`). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1)
  }
  return starts
}

/** Whether a point's line and column are those of its offset. */
function pointAgrees(starts: number[], point: Point): boolean {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= point.offset) lo = mid
    else hi = mid - 1
  }
  return point.line === lo + 1 && point.column === point.offset - starts[lo]! + 1
}

/** Positions inside the input, start ≤ end, line/column agreeing with offsets; texts equal to their slice. */
function checkPositions(input: string, notice: Notice): void {
  const starts = lineStarts(input)
  for (const node of nodes(notice)) {
    const { start, end } = node.position
    expect(start.offset).toBeGreaterThanOrEqual(0)
    expect(end.offset).toBeLessThanOrEqual(input.length)
    expect(start.offset).toBeLessThanOrEqual(end.offset)
    if (!pointAgrees(starts, start) || !pointAgrees(starts, end)) {
      expect.fail(`${String(node.type)} at ${JSON.stringify(node.position)}: line/column do not match the offsets`)
    }
    if (typeof node.text === 'string' && ['paragraph', 'responsibility', 'target'].includes(String(node.type))) {
      expect(input.slice(start.offset, end.offset)).toBe(node.text)
    }
  }
}

/** What may stay outside every paragraph: white space, and the zero-width space that the parser reads as one. */
const BLANK = /[\s\u200b]/

/** Every non-blank character of a plain-text input lies in exactly one paragraph. */
function checkCoverage(input: string, notice: Notice): void {
  const count = new Uint8Array(input.length)
  for (const node of nodes(notice)) {
    if (node.type !== 'paragraph') continue
    for (let i = node.position.start.offset; i < node.position.end.offset; i++) count[i]!++
  }
  for (let i = 0; i < input.length; i++) {
    if (count[i] === 1 || (count[i] === 0 && BLANK.test(input[i]!))) continue
    const where = JSON.stringify(input.slice(Math.max(0, i - 10), i + 10))
    expect.fail(`character ${i} ${JSON.stringify(input[i])} lies in ${count[i]} paragraphs (near ${where})`)
  }
}

/** The JSON of a notice validates against the zod schema and against the published JSON Schema. */
function checkSchema(notice: Notice): void {
  const json: unknown = JSON.parse(JSON.stringify(notice))
  expect(() => NoticeSchema.parse(json)).not.toThrow()
  if (!validateJson(json)) expect.fail(`JSON Schema: ${JSON.stringify(validateJson.errors?.slice(0, 3))}`)
}

/**
 * Parse; an empty input is refused with the InputError that the CLI's exit 2 stands for, and has no tree to check.
 */
function parseOrEmpty(input: string | Uint8Array, options: Parameters<typeof parse>[1] = {}): Notice | null {
  if (input.length > 0) return parse(input, options)
  expect(() => parse(input, options)).toThrow(InputError)
  return null
}

/** Everything that holds for a plain-text input. */
function checkText(input: string): void {
  const notice = parseOrEmpty(input, { format: 'text' })
  if (!notice) return
  checkPositions(input, notice)
  checkCoverage(input, notice)
  checkSchema(notice)
}

/** Characters that notices are made of, so that random strings hit the grammars. */
const noticeChars = fc.constantFrom(
  ...'一二三四五六七八九十、（）()《》〔〕【】：:；;，,。.．﹒1234567890１２３%％万亿千百个家项以上以下左右牵头单位配合责任负责市局委\n\r\t 　'.split(''),
)
const noticeLike = fc.array(fc.oneof(noticeChars, fc.string({ maxLength: 3 })), { maxLength: 400 }).map((a) => a.join(''))

/** A run of consecutive lines of a real notice. */
const excerpt = fc
  .tuple(fc.nat({ max: notices.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 40 }))
  .map(([n, at, count]) => {
    const lines = notices[n]!.split('\n')
    const start = at % lines.length
    return lines.slice(start, start + count).join('\n')
  })

// Damage done to real notices. Each mutation takes the text and two random numbers.
const BRACKETS = '（）()【】[]《》〔〕〈〉「」『』“”‘’"\''
const OPENING = '（(【[《〔〈「『“‘'
const CLOSING = '）)】]》〕〉」』”’'
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u200b', '\u200e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udc00']
const LINE_ENDS = ['\r\n', '\r', '\n\n', '\u2028', ' \n', '\u3000\n']

const indexOfNth = (text: string, test: (c: string) => boolean, n: number): number => {
  const at: number[] = []
  for (let i = 0; i < text.length; i++) if (test(text[i]!)) at.push(i)
  return at.length === 0 ? -1 : at[n % at.length]!
}
const MUTATIONS: Record<string, (text: string, a: number, b: number) => string> = {
  shuffleLines: (text, a) => {
    const lines = text.split('\n')
    for (let i = lines.length - 1; i > 0; i--) {
      const j = (a * (i + 7)) % (i + 1)
      ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
    }
    return lines.join('\n')
  },
  deleteLine: (text, a) => {
    const lines = text.split('\n')
    lines.splice(a % lines.length, 1)
    return lines.join('\n')
  },
  duplicateLine: (text, a) => {
    const lines = text.split('\n')
    const i = a % lines.length
    lines.splice(i, 0, lines[i]!)
    return lines.join('\n')
  },
  deleteBracket: (text, a) => {
    const i = indexOfNth(text, (c) => BRACKETS.includes(c), a)
    return i < 0 ? text : text.slice(0, i) + text.slice(i + 1)
  },
  swapBracket: (text, a, b) => {
    const i = indexOfNth(text, (c) => BRACKETS.includes(c), a)
    if (i < 0) return text
    const c = text[i]!
    const other = OPENING.includes(c) ? CLOSING[b % CLOSING.length]! : OPENING[b % OPENING.length]!
    return text.slice(0, i) + other + text.slice(i + 1)
  },
  insertBracket: (text, a, b) => {
    const i = a % (text.length + 1)
    return text.slice(0, i) + BRACKETS[b % BRACKETS.length] + text.slice(i)
  },
  swapWidth: (text, a) => {
    const i = indexOfNth(text, (c) => otherWidth(c) !== c, a)
    return i < 0 ? text : text.slice(0, i) + otherWidth(text[i]!) + text.slice(i + 1)
  },
  swapAllWidths: (text) => [...text].map(otherWidth).join(''),
  insertControl: (text, a, b) => {
    const i = a % (text.length + 1)
    return text.slice(0, i) + CONTROLS[b % CONTROLS.length] + text.slice(i)
  },
  changeLineEnd: (text, a, b) => {
    const i = indexOfNth(text, (c) => c === '\n', a)
    return i < 0 ? text : text.slice(0, i) + LINE_ENDS[b % LINE_ENDS.length] + text.slice(i + 1)
  },
  cut: (text, a) => text.slice(0, a % (text.length + 1)),
  // Half of a surrogate pair, as a cut inside an emoji or a rare character leaves it.
  cutSurrogate: (text, a) => {
    const i = a % (text.length + 1)
    return text.slice(0, i) + '𠀀'.slice(a % 2, a % 2 + 1) + text.slice(i)
  },
  joinLines: (text, a) => {
    const i = indexOfNth(text, (c) => c === '\n', a)
    return i < 0 ? text : text.slice(0, i) + text.slice(i + 1)
  },
  indent: (text, a, b) => text.split('\n').map((l, i) => ((i + a) % 3 === 0 ? ['\u3000\u3000', '\t', '  ', ' '][b % 4] + l : l)).join('\n'),
}

const mutation = fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), fc.nat())
/** A real notice excerpt, damaged one to eight times. */
const damaged = fc.tuple(excerpt, fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([text, ms]) => ms.reduce((t, [m, a, b]) => MUTATIONS[m]!(t, a, b), text))

describe('parse on any text', () => {
  it('never throws and keeps every property (random unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        checkText(input)
      }),
      runs(),
    )
  }, TIMEOUT)

  it('never throws and keeps every property (notice-like text)', () => {
    fc.assert(
      fc.property(noticeLike, (input) => {
        checkText(input)
      }),
      runs(),
    )
  }, TIMEOUT)

  it('never throws and keeps every property on notices written by a grammar of notices', () => {
    fc.assert(
      fc.property(noticeText, (input) => {
        checkText(input)
      }),
      runs(0.3),
    )
  }, TIMEOUT)

  it('never throws and keeps every property on grammar-written notices, damaged', () => {
    const damagedGrammar = fc
      .tuple(noticeText, fc.array(mutation, { minLength: 1, maxLength: 6 }))
      .map(([text, ms]) => ms.reduce((t, [m, x, y]) => MUTATIONS[m]!(t, x, y), text))
    fc.assert(
      fc.property(damagedGrammar, (input) => {
        checkText(input)
      }),
      runs(0.3),
    )
  }, TIMEOUT)

  it('never throws and keeps every property on damaged real notices', () => {
    fc.assert(
      fc.property(damaged, (input) => {
        checkText(input)
      }),
      runs(),
    )
  }, TIMEOUT)

  it('keeps every property on whole real notices, shuffled and damaged', () => {
    const whole = fc.tuple(fc.nat({ max: notices.length - 1 }), fc.array(mutation, { maxLength: 4 }), fc.nat())
    fc.assert(
      fc.property(whole, ([n, ms, a]) => {
        const text = MUTATIONS.shuffleLines!(notices[n]!, a, 0)
        checkText(ms.reduce((t, [m, x, y]) => MUTATIONS[m]!(t, x, y), text))
      }),
      runs(0.1),
    )
  }, TIMEOUT)

  it('reads positions into the input for auto-detected formats too (damaged notices)', () => {
    fc.assert(
      fc.property(damaged, (input) => {
        const notice = parseOrEmpty(input)
        if (!notice) return
        // Auto-detection may read a damaged notice as Markdown or HTML: positions still point into the input.
        for (const node of nodes(notice)) {
          expect(node.position.start.offset).toBeLessThanOrEqual(node.position.end.offset)
          expect(node.position.end.offset).toBeLessThanOrEqual(input.length)
        }
        checkSchema(notice)
      }),
      runs(0.5),
    )
  }, TIMEOUT)
})

describe('parse on any bytes', () => {
  it('never throws on random bytes (or throws an InputError)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          checkSchema(parse(bytes))
        } catch (error) {
          expect((error as Error).name).toBe('InputError')
        }
      }),
      runs(),
    )
  }, TIMEOUT)

  it('reads a UTF-8 notice cut inside a character as UTF-8 or refuses it, never as GB18030', () => {
    const cut = fc.tuple(excerpt, fc.nat(), fc.boolean()).map(([text, at, middle]) => {
      const bytes = Buffer.from(text, 'utf8')
      const i = at % (bytes.length + 1)
      // Cut the end off, or drop one byte from the middle (a damaged download).
      return middle ? Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]) : bytes.subarray(0, i)
    })
    fc.assert(
      fc.property(cut, (bytes) => {
        let notice: Notice
        try {
          notice = parse(bytes, { format: 'text' })
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          return
        }
        expect(notice.source.encoding).not.toBe('gb18030')
        checkSchema(notice)
      }),
      runs(),
    )
  }, TIMEOUT)
})

describe('parse on markup', () => {
  it('never throws on random HTML-ish text', () => {
    const tags = fc.constantFrom('<p>', '</p>', '<br>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '&nbsp;', '&amp;', '<script>x</script>', '<!-- c -->', '<div>', '</div>')
    const html = fc.array(fc.oneof(tags, noticeChars), { maxLength: 200 }).map((a) => '<p>' + a.join(''))
    fc.assert(
      fc.property(html, (input) => {
        const notice = parseOrEmpty(input, { format: 'html' })
        if (!notice) return
        for (const node of nodes(notice)) {
          expect(node.position.start.offset).toBeLessThanOrEqual(node.position.end.offset)
          expect(node.position.end.offset).toBeLessThanOrEqual(input.length)
        }
        checkSchema(notice)
      }),
      runs(),
    )
  }, TIMEOUT)

  it('never throws on notices written by a grammar as HTML (paragraphs, task tables, whole pages) and Markdown', () => {
    fc.assert(
      fc.property(fc.oneof(noticeHtml.map((text) => ({ format: 'html' as const, text })), noticeMarkdown.map((text) => ({ format: 'markdown' as const, text }))), ({ format, text }) => {
        const notice = parseOrEmpty(text, { format })
        if (!notice) return
        for (const node of nodes(notice)) {
          expect(node.position.start.offset).toBeLessThanOrEqual(node.position.end.offset)
          expect(node.position.end.offset).toBeLessThanOrEqual(text.length)
        }
        checkSchema(notice)
      }),
      runs(0.3),
    )
  }, TIMEOUT)

  it('never throws on damaged Markdown and HTML notices', () => {
    const sources = [read('fixtures/seed-markdown/input.md'), read('fixtures/gov-guobanfa-2018-117_incentive-measures/input.html')]
    const markup = fc
      .tuple(fc.nat({ max: sources.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 60 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
      .map(([n, at, count, ms]) => {
        const lines = sources[n]!.split('\n')
        const start = at % lines.length
        const text = lines.slice(start, start + count).join('\n')
        return { format: n === 0 ? ('markdown' as const) : ('html' as const), text: ms.reduce((t, [m, a, b]) => MUTATIONS[m]!(t, a, b), text) }
      })
    fc.assert(
      fc.property(markup, ({ format, text }) => {
        const notice = parseOrEmpty(text, { format })
        if (!notice) return
        for (const node of nodes(notice)) {
          expect(node.position.start.offset).toBeLessThanOrEqual(node.position.end.offset)
          expect(node.position.end.offset).toBeLessThanOrEqual(text.length)
        }
        checkSchema(notice)
      }),
      runs(0.5),
    )
  }, TIMEOUT)
})

describe('parse on the evaluation notices, mutated (issue 14)', () => {
  const evals = evalNotices(join(root, 'fixtures'), JSON.parse(read('test/helpers/eval-notices.json')) as string[])
  const ALL = { ...MUTATIONS, ...EVAL_MUTATIONS }
  const edit = fc.tuple(fc.constantFrom(...Object.keys(ALL)), fc.nat(), fc.nat())
  /** A whole notice (one time in five) or a window of 1 to 120 of its lines. */
  const source = fc.tuple(fc.nat({ max: evals.length - 1 }), fc.nat({ max: 4 }), fc.nat(), fc.integer({ min: 1, max: 120 })).map(([n, whole, at, count]) => {
    const { format, text } = evals[n]!
    if (whole === 0) return { format, text }
    const lines = text.split('\n')
    const start = at % lines.length
    return { format, text: lines.slice(start, start + count).join('\n') }
  })
  /** How the edited notice is stored: as it is, wrapped in HTML or Markdown, or as UTF-8 cut at a byte. */
  const STORAGE = ['as-is', 'html', 'markdown', 'bytes'] as const
  const fuzzed = fc
    .tuple(source, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom(...STORAGE), fc.nat(), fc.nat())
    .map(([{ format, text }, edits, storage, a, b]): { format: Format; input: string | Uint8Array } => {
      const edited = edits.reduce((t, [m, x, y]) => ALL[m]!(t, x, y), text)
      if (storage === 'html') return { format: 'html', input: wrapHtml(edited, a) }
      if (storage === 'markdown') return { format: 'markdown', input: wrapMarkdown(edited, a) }
      if (storage === 'bytes') return { format, input: cutBytes(edited, a, b) }
      return { format, input: edited }
    })
  const evalRuns = { ...runs(), numRuns: process.env.FUZZ_RUNS === undefined ? 30 : RUNS }

  it('never throws but an InputError, validates, and keeps every position inside the input', () => {
    fc.assert(
      fc.property(fuzzed, ({ format, input }) => {
        if (typeof input === 'string' && format === 'text') return checkText(input)
        let notice: Notice | null
        try {
          notice = typeof input === 'string' ? parseOrEmpty(input, { format }) : parse(input, { format })
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          return
        }
        if (!notice) return
        // Positions refer to the decoded text of bytes; plain text of it keeps every property of text.
        const text = typeof input === 'string' ? input : decode(input).text
        if (format === 'text') return checkText(text)
        for (const node of nodes(notice)) {
          expect(node.position.start.offset).toBeGreaterThanOrEqual(0)
          expect(node.position.start.offset).toBeLessThanOrEqual(node.position.end.offset)
          expect(node.position.end.offset).toBeLessThanOrEqual(text.length)
        }
        checkSchema(notice)
      }),
      evalRuns,
    )
  }, TIMEOUT)
})
