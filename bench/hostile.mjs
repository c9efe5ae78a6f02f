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
 *
 * Input cases (`bytes: true`) are files rather than strings: 50 MB of random bytes, which must be refused as binary in
 * at most 1 s and 200 MB whatever their size (read once, cold, as the CLI reads a file), and notices in UTF-16 without
 * a BOM, whose warm reading is set against the same text in UTF-8 (the ratio column). Each runs in a process of its
 * own (this script with --input-child), which reports its time and peak RSS.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

/** Random bytes, the same every run (a linear congruential generator), `length` of them. */
function noise(length) {
  const out = new Uint8Array(length)
  let x = 1
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

/** A text repeated to at least `units` UTF-16 units. */
const repeatTo = (text, units) => text.repeat(Math.max(1, Math.ceil(units / text.length)))

/** A text in UTF-16 without a BOM. */
function utf16(text, littleEndian) {
  const bytes = new Uint8Array(text.length * 2)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian)
  return bytes
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
    // Input read from bytes (issue 14): refused on a sample, or decoded without a BOM.
    'random-50mb': { required: false, bytes: true, refused: true, what: '50 MB of random bytes (refused as binary: ≤ 1 s, ≤ 200 MB)', build: (s) => noise(Math.round(50 * MB * s)) },
    'utf16le-no-bom': {
      required: false,
      bytes: true,
      what: 'the seed in UTF-16 LE without a BOM, against the same text in UTF-8',
      build: () => utf16(seed, true),
      same: () => new TextEncoder().encode(seed),
    },
    'utf16be-no-bom-256kb': {
      required: false,
      bytes: true,
      what: 'the seed repeated to 256 kB in UTF-16 BE without a BOM, against the same text in UTF-8',
      build: (s) => utf16(repeatTo(seed + '\n', (MB / 8) * s), false),
      same: (s) => new TextEncoder().encode(repeatTo(seed + '\n', (MB / 8) * s)),
    },
  }
  return cases
}

/** Goals of the input case that must be refused: within this time and peak RSS, whatever its size. */
const REFUSE_MS = 1000
const REFUSE_RSS_MB = 200

/**
 * The child of an input case: writes the case's bytes to a file, then, in a process of its own, reads it with
 * parseFile as the CLI does and reports the time from the read to the result or refusal, and the peak RSS.
 */
async function inputChild(name, scale) {
  const { parseFile } = await import('../dist/index.js')
  const path = process.env.HOSTILE_INPUT
  const same = process.env.HOSTILE_SAME
  const bytes = Number(process.env.HOSTILE_BYTES)
  let error = null
  let refusal = null
  const read = async (file) => {
    try {
      await parseFile(file)
    } catch (e) {
      if (e?.name === 'InputError') refusal = String(e.message)
      else error = `${e?.name}: ${String(e?.message).split('\n')[0]}`
    }
  }
  let ms
  let ratio
  if (!same) {
    const t0 = performance.now()
    await read(path)
    ms = performance.now() - t0
  } else {
    // Warm, alternating with the same text in UTF-8 (and which goes first), so that both meet the same machine.
    const a = []
    const b = []
    await read(path)
    await read(same)
    const time = async (file, into) => {
      const t0 = performance.now()
      await read(file)
      into.push(performance.now() - t0)
    }
    for (let i = 0; i < 4; i++) {
      if (i % 2 === 0) await time(path, a).then(() => time(same, b))
      else await time(same, b).then(() => time(path, a))
    }
    ms = median(a)
    ratio = ms / median(b)
  }
  const maxRssMB = process.resourceUsage().maxRSS / 1024
  process.stdout.write(JSON.stringify({ bytes, medianMs: ms, runs: same ? 4 : 1, nsPerByte: (ms * 1e6) / bytes, ratioToSame: ratio, maxRssMB, refusal, error }) + '\n')
}

/** Run an input case: its bytes to a temporary file, read by a child process that reports time and peak RSS. */
function runInputCase(name, c, { scale = 1, seedNsPerByte, limitMs = 8000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-hostile-'))
  const path = join(dir, `${name}.bin`)
  const bytes = c.build(scale)
  writeFileSync(path, bytes)
  const env = { ...process.env, HOSTILE_INPUT: path, HOSTILE_BYTES: String(bytes.length) }
  if (c.same) {
    env.HOSTILE_SAME = join(dir, `${name}.utf8.txt`)
    writeFileSync(env.HOSTILE_SAME, c.same(scale))
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--input-child', name, String(scale)], { stdio: ['ignore', 'pipe', 'pipe'], env })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      rmSync(dir, { recursive: true, force: true })
      let r
      try {
        r = JSON.parse(out)
      } catch {
        r = { error: signal === 'SIGKILL' ? `no result within ${limitMs / 1000} s` : `exit ${code} ${signal ?? ''}: ${err.trim().split('\n').pop()}` }
      }
      if (!r.error && c.refused && !/binary/.test(r.refusal ?? '')) r.error = `not refused as binary: ${r.refusal ?? 'parsed'}`
      if (!r.error && !c.refused && r.refusal) r.error = `refused: ${r.refusal}`
      // The ratio of an input decoded is to the same text in UTF-8; of one refused, to the seed's cost per byte.
      if (r.ratioToSame !== undefined) r.ratioToSeed = r.ratioToSame
      else if (seedNsPerByte && r.nsPerByte) {
        r.seedNsPerByte = seedNsPerByte
        r.ratioToSeed = r.nsPerByte / seedNsPerByte
      }
      resolve(r)
    })
  })
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
  const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
  const input = hostileCases(seed)[name]
  if (input?.bytes) return runInputCase(name, input, { scale, seedNsPerByte, limitMs })
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
  const refusedOk = c.refused && !r.error && r.medianMs <= REFUSE_MS && r.maxRssMB <= REFUSE_RSS_MB
  const verdict = r.error ? `FAIL (${r.error})` : c.refused ? (refusedOk ? 'ok' : 'FAIL') : r.ratioToSeed === undefined || r.ratioToSeed <= 2 ? 'ok' : 'FAIL'
  const rss = r.maxRssMB === undefined ? '' : ` peak RSS ${r.maxRssMB.toFixed(0)} MB,`
  return `${name.padEnd(22)} ${f(r.bytes && r.bytes / MB, 2, 5, ' MB')} ${f(r.medianMs, 1, 8, ' ms')} ${f(r.nsPerByte, 0, 6, ' ns/B')} ${f(r.ratioToSeed, 2, 6, '×')} ${rss} ${verdict}${c.required ? '' : ' (extra)'}`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === '--input-child') {
  await inputChild(process.argv[3], Number(process.argv[4] ?? 1))
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
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
