#!/usr/bin/env node
/**
 * The corpus as a daily tool: the built library over every document of `../shared/corpus/docs/` (real notices
 * without gold), one line per document and a total: tasks, tasks with lead units, targets, `unread` by kind, and the
 * parse time (the fastest of a few), also per KB as a multiple of the seed's. Worst first: crashes, then documents over the time limit,
 * then the most `unread` per KB. It writes nothing: the report goes to standard output.
 *
 *   npm run build && npm run corpus              the table (worst first) and the total
 *   npm run corpus -- --json                     one JSON object: every document and the total
 *   node scripts/corpus.mjs --dist /other/dist   the same over another build (before/after a change)
 *   node scripts/corpus.mjs --corpus DIR --rounds 20 --top 20   parses per document (fastest counts), lines shown
 *
 * Without the corpus (it lives beside the repository, in ../shared/corpus) it says so in one line and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SEED = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
const UNREAD_KINDS = ['marker', 'responsibility', 'goal', 'metric']
/** A document slower per KB than this multiple of the seed's is flagged (the issue's limit). */
const SLOW_RATIO = 10
/** Parses of the seed before timing: the segmenter loads on first need, the JIT warms up. */
const WARMUP = 40
/**
 * Parses of each document, the fastest of which is its time: the seed's time is taken after it has been parsed again
 * and again, and a document parsed once or twice would be compared cold (its reader, Markdown or HTML, not yet
 * optimised) with a warm seed.
 */
const ROUNDS = 10

/** The command line: `--json`, `--dist DIR`, `--corpus DIR`, `--rounds N`, `--top N`. */
function options(argv) {
  const out = { json: false, dist: join(root, 'dist'), corpus: resolve(root, '..', 'shared', 'corpus'), rounds: ROUNDS, top: Infinity }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--json') out.json = true
    else if (a === '--dist') out.dist = resolve(argv[++i] ?? '')
    else if (a === '--corpus') out.corpus = resolve(argv[++i] ?? '')
    else if (a === '--rounds') out.rounds = Math.max(1, Number(argv[++i]) || 1)
    else if (a === '--top') out.top = Math.max(0, Number(argv[++i]) || 0)
    else throw new Error(`corpus: unknown option ${a}`)
  }
  return out
}

/** Every task of the tree, at every depth (a stack: no spread, no recursion). */
function tasksOf(notice) {
  const tasks = []
  const holders = [notice]
  while (holders.length > 0) {
    const h = holders.pop()
    for (const c of h.chapters ?? []) holders.push(c)
    for (const s of h.sections ?? []) holders.push(s)
    for (const t of h.tasks ?? []) {
      tasks.push(t)
      holders.push(t)
    }
  }
  return tasks
}

/** Every target of the tree: the preamble's, the chapters', the sections' and the tasks'. */
function targetCount(notice) {
  let n = 0
  const holders = [notice]
  while (holders.length > 0) {
    const h = holders.pop()
    n += h.targets.length
    for (const c of h.chapters ?? []) holders.push(c)
    for (const s of h.sections ?? []) holders.push(s)
    for (const t of h.tasks ?? []) holders.push(t)
  }
  return n
}

/**
 * The fastest of `rounds` parses, in ms, and the last notice.
 * Note: the fastest, not the median: on a shared machine the other runs measure its load, not the parser.
 */
function timed(parse, bytes, rounds) {
  let ms = Number.POSITIVE_INFINITY
  let notice = null
  for (let r = 0; r < rounds; r++) {
    const t = performance.now()
    notice = parse(bytes)
    ms = Math.min(ms, performance.now() - t)
  }
  return { ms, notice }
}

/** One document's figures, or its crash. */
function measure(parse, file, bytes, rounds) {
  const kb = bytes.length / 1024
  try {
    const { ms, notice } = timed(parse, bytes, rounds)
    const tasks = tasksOf(notice)
    const unread = Object.fromEntries(UNREAD_KINDS.map((k) => [k, 0]))
    for (const u of notice.unread) unread[u.kind] = (unread[u.kind] ?? 0) + 1
    return {
      file,
      kb: round(kb),
      crash: null,
      chapters: notice.chapters.length,
      tasks: tasks.length,
      led: tasks.filter((t) => t.lead.length > 0).length,
      targets: targetCount(notice),
      unread,
      unreadTotal: notice.unread.length,
      ms: round(ms),
      msPerKb: ms / kb,
      ratio: 0,
    }
  } catch (error) {
    return { file, kb: round(kb), crash: String(error?.stack ?? error).split('\n').slice(0, 3).join(' | ') }
  }
}

const round = (x) => Math.round(x * 100) / 100

/** Worst first: crashes, then slow documents, then the most unread per KB. */
function worstFirst(a, b) {
  if (a.crash || b.crash) return (b.crash ? 1 : 0) - (a.crash ? 1 : 0)
  const slow = (r) => (r.ratio > SLOW_RATIO ? 1 : 0)
  if (slow(a) !== slow(b)) return slow(b) - slow(a)
  return b.unreadTotal / b.kb - a.unreadTotal / a.kb || b.ratio - a.ratio
}

function total(rows) {
  const ok = rows.filter((r) => !r.crash)
  const sum = (f) => ok.reduce((n, r) => n + f(r), 0)
  return {
    documents: rows.length,
    crashes: rows.length - ok.length,
    tasks: sum((r) => r.tasks),
    led: sum((r) => r.led),
    targets: sum((r) => r.targets),
    unread: Object.fromEntries(UNREAD_KINDS.map((k) => [k, sum((r) => r.unread[k])])),
    unreadTotal: sum((r) => r.unreadTotal),
    ms: round(sum((r) => r.ms)),
    worstRatio: round(ok.reduce((m, r) => Math.max(m, r.ratio), 0)),
    slow: ok.filter((r) => r.ratio > SLOW_RATIO).map((r) => r.file),
  }
}

const pad = (v, n) => String(v).padStart(n)
const unreadCells = (u) => UNREAD_KINDS.map((k) => pad(u[k], 4)).join(' ')

function line(r) {
  if (r.crash) return `CRASH ${r.file}  ${r.crash}`
  const flag = r.ratio > SLOW_RATIO ? 'SLOW ' : '     '
  return `${flag}${r.file.padEnd(28)} ${pad(r.kb, 7)} ${pad(r.tasks, 5)} ${pad(r.led, 5)} ${pad(r.targets, 5)}  ${unreadCells(r.unread)}  ${pad(r.ms, 8)} ${pad(r.ratio, 6)}`
}

async function main() {
  const opts = options(process.argv.slice(2))
  const docs = join(opts.corpus, 'docs')
  if (!existsSync(docs)) {
    console.log(`corpus: skipped, no corpus at ${docs}`)
    return
  }
  const { parse } = await import(pathToFileURL(join(opts.dist, 'index.js')).href)
  const seed = readFileSync(SEED)
  for (let i = 0; i < WARMUP; i++) parse(seed)
  const seedBefore = timed(parse, seed, Math.max(opts.rounds, ROUNDS)).ms
  const rows = []
  for (const file of readdirSync(docs).sort()) rows.push(measure(parse, file, readFileSync(join(docs, file)), opts.rounds))
  // The seed again after the corpus, and the faster of the two: a burst of load on a shared machine during one of
  // them would make every ratio look better than it is.
  const seedMs = Math.min(seedBefore, timed(parse, seed, Math.max(opts.rounds, ROUNDS)).ms)
  const seedMsPerKb = seedMs / (seed.length / 1024)
  for (const r of rows) {
    if (r.crash) continue
    r.ratio = round(r.msPerKb / seedMsPerKb)
    delete r.msPerKb
  }
  rows.sort(worstFirst)
  const sum = total(rows)
  if (opts.json) {
    console.log(JSON.stringify({ dist: opts.dist, seed: { ms: round(seedMs), msPerKb: round(seedMsPerKb) }, total: sum, documents: rows }, null, 2))
    return
  }
  console.log(`seed ${round(seedMs)} ms, ${round(seedMsPerKb)} ms/KB; ratio = a document's ms/KB over the seed's (limit ${SLOW_RATIO})`)
  console.log(`     ${'document'.padEnd(28)} ${pad('KB', 7)} ${pad('tasks', 5)} ${pad('led', 5)} ${pad('targ', 5)}  ${UNREAD_KINDS.map((k) => pad(k.slice(0, 4), 4)).join(' ')}  ${pad('ms', 8)} ${pad('ratio', 6)}`)
  for (const r of rows.slice(0, opts.top)) console.log(line(r))
  const u = sum.unread
  console.log(
    `TOTAL ${sum.documents} documents, ${sum.crashes} crashes | tasks ${sum.tasks} (led ${sum.led}) | targets ${sum.targets} | ` +
      `unread ${sum.unreadTotal} (${UNREAD_KINDS.map((k) => `${k} ${u[k]}`).join(', ')}) | ${sum.ms} ms | worst ratio ${sum.worstRatio}` +
      (sum.slow.length > 0 ? ` | SLOW: ${sum.slow.join(' ')}` : ''),
  )
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
