/**
 * The pipeline, one for the library, the CLI, batches and `check`: bytes → Document → passes over one tree
 * (header, outline, responsibility, targets) → the notice.
 */
import type { Document } from './document/document.js'
import { readInput } from './document/file.js'
import { readDocumentAsync, type DocumentOptions } from './document/read.js'
import { headerPass } from './passes/header.js'
import { outlinePass } from './passes/outline.js'
import { responsibilityPass } from './passes/responsibility.js'
import type { Pass, ParseState } from './passes/state.js'
import { StatementTable } from './passes/statements.js'
import type { SegmenterName } from './passes/targets/segmenter.js'
import { targetsPass } from './passes/targets/pass.js'
import type { Notice } from './tree/schema.js'

/** What a notice without numbered items or responsibility statements is told: nothing was read as its structure. */
const NO_STRUCTURE = 'no chapters or tasks found: the text has no numbered items (一、 1. （一）…) and no responsibility statements'

/** Options of parsing. */
export interface ParseOptions extends Omit<DocumentOptions, 'maxBytes'> {
  /** Read quantitative targets (default true). */
  targets?: boolean
  /** The jieba binding that bounds metric phrases: `node-rs` (default), `nodejieba`, or `none` (character rules). */
  segmenter?: SegmenterName
}

/** Options of reading files: those of parsing, and the largest input accepted. */
export interface ReadOptions extends ParseOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes?: number
}

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
    position: document.place(0, document.plain.length),
    source: { format: document.format, encoding: document.encoding, positions: document.positions },
    warnings: [],
  }
}

/**
 * The notice tree of a document: the passes in order over one tree.
 * @param document the input, read
 * @param options targets and segmenter
 * @returns the notice; the document holds the messages of the parse
 */
export function parseDocument(document: Document, options: ParseOptions = {}): Notice {
  const state: ParseState = {
    document,
    notice: emptyNotice(document),
    statements: new StatementTable(document),
    header: { lines: new Set(), bodyStart: 0, year: null },
    readings: [],
  }
  const passes: Pass[] = [headerPass, outlinePass, responsibilityPass]
  if (options.targets !== false) passes.push(targetsPass(options.segmenter ?? 'node-rs'))
  for (const pass of passes) pass(state)
  const { notice } = state
  if (notice.chapters.length === 0 && notice.tasks.length === 0) document.warn(NO_STRUCTURE, 'no-structure')
  notice.warnings = document.messages.map((m) => m.reason)
  return state.notice
}

/**
 * Parse a notice of any kind, Word .docx included (which makes this asynchronous).
 * @param input the notice as bytes or text
 * @param options format, name, targets, segmenter, simplified, maxBytes
 * @returns the notice; for .docx, positions refer to the extracted text (`source.positions`)
 * @throws InputError when the input cannot be read
 */
export async function parseAsync(input: string | Uint8Array, options: ReadOptions = {}): Promise<Notice> {
  return parseDocument(await readDocumentAsync(input, options), options)
}

/**
 * Read and parse a notice file (or standard input for `-`).
 * @param path the file
 * @param options those of `parseAsync`, and `maxBytes`
 * @returns the notice
 * @throws InputError when the file cannot be read
 */
export async function parseFile(path: string, options: ReadOptions = {}): Promise<Notice> {
  const bytes = options.maxBytes === undefined ? readInput(path) : readInput(path, options.maxBytes)
  return parseAsync(bytes, { name: path, ...options })
}
