#!/usr/bin/env node
/**
 * Hostile inputs: text made to hit the worst case of the parser's scans (runs of one bracket, digit or separator,
 * deep nesting, one huge line, a huge notice, a huge outline). Each is timed warm through `parse()` with the options
 * of the seed measurement, in a process of its own, and its cost per UTF-8 byte is set against the seed's: the goal
 * is ≤ 2× that.
 *
 *   node bench/hostile.mjs [--only NAME,NAME] [--scale 0.25]     standalone (after npm run build)
 *   import { hostileCases, runHostileCase } from './hostile.mjs'   from bench/index.mjs
 *
 * Running at `--scale 0.25` and at 1 shows how time grows: ~4× is linear, ~16× quadratic.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const MB = 1 << 20

/** A string of about `bytes` UTF-8 bytes made of repeats of `unit` (cut at a whole unit). */
export function fill(unit, bytes) {
  const size = Buffer.byteLength(unit)
  return unit.repeat(Math.max(1, Math.floor(bytes / size)))
}


/** Numbered lines as notices write them, with a responsibility statement each. */
function numberedLines(count) {
  const lines = []
  for (let i = 1; i <= count; i++) lines.push(`${i}.加强第${i}项工作。（牵头单位：市局）`)
  return lines.join('\n')
}

/**
 * The hostile cases, each a function of the size scale (1 = the size the issue asks for) so that they are built
 * only when run.
 * @param seed the text of the seed notice
 * @returns name → { build(scale) → string, required: whether the issue lists it, what: one line of description }
 */
export function hostileCases(seed) {
  const oneLine = seed.replace(/\s+/g, '')
  /** @type {Record<string, { what: string, required: boolean, build: (scale: number) => string }>} */
  const cases = {
    // The cases of issue 6.
    'paren-1mb': { required: true, what: '1 MB of （', build: (s) => fill('（', MB * s) },
    'digits-1mb': { required: true, what: '1 MB of ASCII digits', build: (s) => fill('1234567890', MB * s) },
    'dun-1mb': { required: true, what: '1 MB of 、', build: (s) => fill('、', MB * s) },
    'nested-1mb': {
      required: true,
      what: '1 MB of nested brackets （（…））, half opening, half closing',
      build: (s) => fill('（', (MB * s) / 2) + fill('）', (MB * s) / 2),
    },
    'nested-mixed-1mb': {
      required: true,
      what: '1 MB of nested brackets of every kind （【《〔…〕》】）',
      build: (s) => fill('（【《〔(「『', (MB * s) / 2) + fill('』」)〕》】）', (MB * s) / 2),
    },
    'one-line-1mb': { required: true, what: 'the seed without line ends, repeated to one 1 MB line', build: (s) => fill(oneLine, MB * s) },
    'notice-10mb': { required: true, what: 'the seed repeated to 10 MB', build: (s) => fill(seed + '\n', 10 * MB * s) },
    'numbered-100k': { required: true, what: '100,000 numbered task lines', build: (s) => numberedLines(Math.round(100_000 * s)) },
    // More worst cases, each aimed at one scan (the ones found superlinear are named in docs/speed.md).
    'quotes-1mb': { required: false, what: '1 MB of “ (unclosed quotes)', build: (s) => fill('“', MB * s) },
    'book-title-1mb': { required: false, what: '1 MB of 《 (unclosed titles)', build: (s) => fill('《', MB * s) },
    'markers-1mb': { required: false, what: '1 MB of 1、 on one line', build: (s) => fill('1、', MB * s) },
    'percent-1mb': { required: false, what: '1 MB of 1% on one line', build: (s) => fill('1%', MB * s) },
    'doc-numbers-1mb': { required: false, what: '1 MB of 〔2023〕 on one line', build: (s) => fill('〔2023〕', MB * s) },
    'targets-1mb': { required: false, what: '1 MB of targets in one clause, joined by 、', build: (s) => fill('新增高新技术企业100家以上、', MB * s) },
    'separators-1mb': { required: false, what: 'a verb, 1 MB of 、, then a target', build: (s) => '1.新增' + fill('、', MB * s) + '企业100家。' },
    'framing-1mb': { required: false, what: '1 MB of the framing word 并, then a target', build: (s) => '1.' + fill('并', MB * s) + '新增企业100家。' },
    'table-rule-1mb': { required: false, what: 'a Markdown table rule |---|--- then 1 MB of spaces (plain text)', build: (s) => '|---|---' + fill(' ', MB * s) + 'x' },
    'attachment-1mb': { required: false, what: 'a line 附件, 1 MB of spaces, x', build: (s) => '一、总体要求\n附件' + fill(' ', MB * s) + 'x' },
    'blank-lines-1mb': { required: false, what: '1 MB of empty lines', build: (s) => fill('\n', MB * s) },
    'short-lines-1mb': { required: false, what: '1 MB of one-character lines', build: (s) => fill('一\n', MB * s) },
    'chapters-100k': {
      required: false,
      what: '100,000 chapter headings 一、…',
      build: (s) => Array.from({ length: Math.round(100_000 * s) }, () => '一、深入实施创新驱动发展战略').join('\n'),
    },
    'deep-outline-100k': {
      required: false,
      what: '100,000 lines cycling through every numbering style',
      build: (s) =>
        Array.from({ length: Math.round(100_000 * s) }, (_, i) => ['一、总体要求', '（一）基本原则', '1.加强建设', '（1）推进工作', '①完善制度'][i % 5]).join('\n'),
    },
    'html-tags-1mb': { required: false, what: '1 MB of <p> (HTML)', build: (s) => fill('<p>', MB * s) },
    'html-nested-1mb': { required: false, what: '1 MB of nested <div> (HTML)', build: (s) => fill('<div>', MB * s) },
    'markdown-quotes-1mb': { required: false, what: '# heading, then 1 MB of > (Markdown)', build: (s) => '# 一、总体要求\n' + fill('>', MB * s) },
    'markdown-emphasis-1mb': { required: false, what: '# heading, then 1 MB of ** (Markdown)', build: (s) => '# 一、总体要求\n' + fill('**', MB * s) },
  }
  return cases
}

/** Median of a list. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/**
 * Time a function warm: one warm-up call (unless `warmup` is false), then repeated calls until `budgetMs` is spent
 * (at least `min`, at most `max` calls).
 * @returns median milliseconds and the number of timed calls
 */
export async function timeWarm(fn, { budgetMs = 1500, min = 3, max = 200, warmup = true } = {}) {
  if (warmup) await fn()
  const times = []
  const started = performance.now()
  while (times.length < min || (times.length < max && performance.now() - started < budgetMs)) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  return { ms: median(times), runs: times.length }
}

/**
 * Measure one hostile case in a process of its own (bench/hostile-child.mjs), so that a case that hangs or crashes
 * takes only itself down.
 * @param {string} name the case
 * @param {{ scale?: number, seedNsPerByte?: number, limitMs?: number }} options size scale, the seed's cost per byte
 *   to compare with (else the child measures it), and how long to wait
 * @returns {Promise<object>} bytes, medianMs, nsPerByte, ratioToSeed, or error
 */
export function runHostileCase(name, { scale = 1, seedNsPerByte, limitMs = 8000 } = {}) {
  return new Promise((resolve) => {
    const argv = ['--max-old-space-size=2048', join(root, 'bench', 'hostile-child.mjs'), name, String(scale)]
    if (seedNsPerByte) argv.push(String(seedNsPerByte))
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOSTILE_LIMIT_MS: String(limitMs) } })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      try {
        resolve(JSON.parse(out))
      } catch {
        resolve({ error: signal === 'SIGKILL' ? `no result within ${limitMs / 1000} s` : `exit ${code} ${signal ?? ''}: ${err.trim().split('\n').pop()}` })
      }
    })
  })
}

/** How long a case may take (3 s for 1 MB is 40× the seed's cost per byte): more for the large ones. */
// Note: 4 s for a 1 MB case: the slowest (1 MB of `<p>`, 1.2 s a run) is warmed up and timed once, and at 3 s it ran
// out of time on a busy minute.
export const limitFor = (name, scale = 1) => Math.round((name.includes('10mb') || name.includes('100k') ? 20_000 : 4_000) * Math.max(1, scale))

/** One line of a result. */
export function formatHostile(name, c, r) {
  const f = (x, d, w, unit) => (x === undefined || x === null || Number.isNaN(x) ? ' '.repeat(w + unit.length) : x.toFixed(d).padStart(w) + unit)
  const verdict = r.error ? `FAIL (${r.error})` : r.ratioToSeed <= 2 ? 'ok' : 'FAIL'
  return `${name.padEnd(22)} ${f(r.bytes && r.bytes / MB, 2, 5, ' MB')} ${f(r.medianMs, 1, 8, ' ms')} ${f(r.nsPerByte, 0, 6, ' ns/B')} ${f(r.ratioToSeed, 2, 6, '×')}  ${verdict}${c.required ? '' : ' (extra)'}`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const onlyAt = args.indexOf('--only')
  const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : undefined
  const scaleAt = args.indexOf('--scale')
  const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1
  const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
  console.log(`hostile cases at ${scale}× their size; cost per byte against the seed measured in each process`)
  for (const [name, c] of Object.entries(hostileCases(seed))) {
    if (only && !only.includes(name)) continue
    const r = await runHostileCase(name, { scale, limitMs: limitFor(name, scale) })
    console.log(formatHostile(name, c, r))
  }
}
