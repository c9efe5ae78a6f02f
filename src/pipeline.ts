/**
 * The pipeline, one for the library, the CLI, batches and `check`: bytes → Document → passes over one tree
 * (header, outline, responsibility, targets) → the notice.
 */
import type { Document } from './document/document.js'
import { readDocumentAsync, type DocumentOptions } from './document/read.js'
import { headerPass } from './passes/header.js'
import { outline, outlinePass } from './passes/outline.js'
import { responsibilityPass, responsibilityReader } from './passes/responsibility.js'
import type { Pass, ParseState, Reading } from './passes/state.js'
import { StatementTable } from './passes/statements.js'
import { DEFAULT_SEGMENTER, loadSegmenter, segmenterPending, type SegmenterName } from './passes/targets/segmenter.js'
import { targetsPass, targetsReader } from './passes/targets/pass.js'
import type { Chapter, Notice, Position, Unread } from './tree/schema.js'

/** What a notice without numbered items or responsibility statements is told: nothing was read as its structure. */
const NO_STRUCTURE = 'no chapters or tasks found: the text has no numbered items (一、 1. （一）…) and no responsibility statements'

/** Options of parsing. */
export interface ParseOptions extends Omit<DocumentOptions, 'maxBytes'> {
  /** Read quantitative targets (default true). */
  targets?: boolean
  /** List every number not taken as a target, with the reason, in `notice.skipped`. */
  explain?: boolean
  /**
   * The jieba binding that bounds metric phrases: `node-rs` (default in Node), `nodejieba`, `jieba-js` (default in
   * browsers), `jieba-wasm`, or `none` (character rules).
   */
  segmenter?: SegmenterName
}

/** Options of reading files: those of parsing, and the largest input accepted. */
export interface ReadOptions extends ParseOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes?: number
}

/** Input order of positioned nodes. */
const byStart = (a: { position: Position }, b: { position: Position }): number => a.position.start.offset - b.position.start.offset

/** The notice before the passes fill it: every field in the order the JSON gives them. */
function emptyNotice(document: Document): Notice {
  return {
    type: 'notice',
    title: null,
    docNumber: null,
    issuer: null,
    date: null,
    recipients: [],
    publicity: null,
    plan: null,
    citations: [],
    header: [],
    preamble: [],
    chapters: [],
    tasks: [],
    attachments: [],
    targets: [],
    outside: [],
    unread: [],
    position: document.place(0, document.plain.length),
    source: { format: document.format, encoding: document.encoding, positions: document.positions, ...(document.pages ? { pages: [...document.pages] } : {}) },
    warnings: [],
  }
}

/** The state of a parse before the first pass. */
function startState(document: Document, options: ParseOptions): ParseState {
  return {
    document,
    notice: emptyNotice(document),
    statements: new StatementTable(document),
    header: { lines: new Set(), bodyStart: 0, year: null },
    readings: [],
    unread: [],
    skipped: options.explain === true ? [] : null,
  }
}

/** The notice's last fields, once every pass is done: what was left unread, and the messages as warnings. */
function finish(state: ParseState, chapters: number): Notice {
  const { notice, document } = state
  if (chapters === 0 && notice.tasks.length === 0) document.warn(NO_STRUCTURE, 'no-structure')
  notice.unread = state.unread.sort(byStart)
  if (state.skipped) notice.skipped = state.skipped.sort(byStart)
  notice.warnings = document.messages.map((m) => m.reason)
  return notice
}

/**
 * The notice tree of a document: the passes in order over one tree.
 * @param document the input, read
 * @param options targets and segmenter
 * @returns the notice; the document holds the messages of the parse
 */
export function parseDocument(document: Document, options: ParseOptions = {}): Notice {
  const state = startState(document, options)
  const passes: Pass[] = [headerPass, outlinePass, responsibilityPass]
  if (options.targets !== false) passes.push(targetsPass(options.segmenter ?? DEFAULT_SEGMENTER))
  for (const pass of passes) pass(state)
  return finish(state, state.notice.chapters.length)
}

/**
 * Parse a document a top-level chapter at a time: each chapter is handed to `onChapter` as soon as every pass has
 * read it, and the tree keeps none of them, so that memory holds one chapter, not the notice (a 10 MB notice makes
 * a tree of 150–200 MB). With the notice's fields before `chapters` set when the first chapter comes, what
 * `onChapter` and the returned notice give is the tree of `parseDocument`, byte for byte as JSON.
 * Note: the later passes read each node's lines in the order the notice is read, as in `parseDocument`; only their
 * turns interleave (each chapter's responsibility statements, then its targets). Where a pass notes text left
 * unread is kept apart by pass, so that `unread` is listed as `parseDocument` lists it.
 * @param document the input, read
 * @param options targets and segmenter
 * @param onChapter takes each top-level chapter, in order, with the notice as far as it is filled
 * @returns the notice, with `chapters` empty
 */
export function parseDocumentByChapter(document: Document, options: ParseOptions, onChapter: (chapter: Chapter, notice: Notice) => void): Notice {
  const state = startState(document, options)
  headerPass(state)
  const outlined = state.unread
  const responsibilityUnread: Unread[] = []
  const targetsUnread: Unread[] = []
  let responsibility: ((reading: Reading) => void) | null = null
  let targets: ((reading: Reading) => void) | null = null
  const readAll = (readings: readonly Reading[]): void => {
    responsibility ??= responsibilityReader(state)
    state.unread = responsibilityUnread
    for (const reading of readings) responsibility(reading)
    if (options.targets !== false) {
      targets ??= targetsReader(state, options.segmenter ?? DEFAULT_SEGMENTER)
      state.unread = targetsUnread
      for (const reading of readings) targets(reading)
    }
    state.unread = outlined
  }
  let chapters = 0
  outline(state, (chapter, readings) => {
    readAll(state.readings.splice(0, readings))
    chapters++
    onChapter(chapter, state.notice)
  })
  readAll(state.readings.splice(0))
  state.unread = [...outlined, ...responsibilityUnread, ...targetsUnread]
  return finish(state, chapters)
}

/**
 * Read and parse a notice of any kind, and keep the Document it was read into (what `check` rules and a page that
 * shows the text need).
 * Note: a segmenter that loads asynchronously (the WebAssembly jieba of the browser build) is loaded when a parse
 * first asks for it, and the notice read again with it; in Node every binding loads synchronously, on the first target.
 * @param input the notice as bytes or text
 * @param options format, name, targets, segmenter, simplified, maxBytes
 * @returns the Document and its notice
 * @throws InputError when the input cannot be read
 */
export async function readAndParse(input: string | Uint8Array, options: ReadOptions = {}): Promise<{ document: Document; notice: Notice }> {
  let document = await readDocumentAsync(input, options)
  let notice = parseDocument(document, options)
  const name = options.segmenter ?? DEFAULT_SEGMENTER
  if (options.targets !== false && segmenterPending(name)) {
    await loadSegmenter(name)
    document = await readDocumentAsync(input, options)
    notice = parseDocument(document, options)
  }
  return { document, notice }
}

/**
 * Parse a notice of any kind, Word .docx included (which makes this asynchronous).
 * @param input the notice as bytes or text
 * @param options format, name, targets, segmenter, simplified, maxBytes
 * @returns the notice; for .docx, positions refer to the extracted text (`source.positions`)
 * @throws InputError when the input cannot be read
 */
export async function parseAsync(input: string | Uint8Array, options: ReadOptions = {}): Promise<Notice> {
  return (await readAndParse(input, options)).notice
}
