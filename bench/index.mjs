#!/usr/bin/env node
/**
 * npm run bench: how fast gongwen is, measured, not asserted (about two minutes).
 *
 *   1. warm parse() of the seed (with and without targets), parseAsync() of the seed as a PDF, and of every notice in
 *      fixtures/: median, MB/s
 *   2. growth: the seed concatenated 1×, 8× and 64×, in a process of its own (bench/growth-child.mjs)
 *   3. check() on the seed, warm
 *   4. whole processes: `node -e ''`, `gongwen --version`, `gongwen SEED` (with and without targets), the seed as a
 *      PDF (`gongwen SEED.pdf`), `gongwen check SEED`: median wall time and peak RSS
 *   5. start-up: which modules `gongwen SEED` loads and what each costs (bench/startup.mjs)
 *   6. hostile input (bench/hostile.mjs): cost per byte against the seed's, each case in a process of its own
 *   7. batches: 1,000 notices with 1 and 2 workers (bench/batch.mjs)
 *   8. the playground in Chromium (bench/browser.mjs; skipped in one line without Chromium or site/dist/): initial
 *      JavaScript gzipped, and the seed's parse time in the page against Node's
 *   9. cold start and memory (issue 15): the first parse() in a fresh process against a warm one
 *      (bench/first-parse-child.mjs), and the peak RSS of `gongwen` on a 10 MB target-dense notice (bench/dense.mjs)
 *  10. the goals of issues 6, 13 and 15, pass or fail
 *
 * Writes bench/results/latest.json (the previous one becomes previous.json) and prints the change from the previous
 * run. Options: --quick (fewer samples, no batch), --no-batch, --no-hostile, --audit (also run bench/regex-audit.mjs),
 * --compare FILE (compare with FILE instead of previous.json).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Bench } from 'tinybench'
import { check, parse, parseAsync } from '../dist/index.js'
import { formatHostile, hostileCases, limitFor, median, runHostileCase } from './hostile.mjs'
import { printStartup, startupProfile } from './startup.mjs'
import { denseNotice } from './dense.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const seedPath = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
const seed = readFileSync(seedPath, 'utf8')
const seedBytes = Buffer.byteLength(seed)
// The seed as LibreOffice prints it (scripts/make-pdfs.sh): what PDF input costs next to the same notice as text.
const seedPdfPath = join(root, 'fixtures', 'pdf', 'liaocheng-2023-key-tasks.pdf')
const seedPdf = readFileSync(seedPdfPath)
const cli = join(root, 'bin', 'gongwen.cjs')
const MB = 1 << 20
const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d))
const started = performance.now()
const section = (title) => console.log(`\n## ${title}   [at ${((performance.now() - started) / 1000).toFixed(0)} s]`)

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) },
}
results.machine.loadBefore = loadavg()[0]
console.log(`gongwen bench, ${results.date}: Node ${process.version}, ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, load ${fmt(results.machine.loadBefore, 1)}`)
if (results.machine.loadBefore > results.machine.cpus / 2) console.log(`note: the machine is busy (load ${fmt(results.machine.loadBefore, 1)} on ${results.machine.cpus} cores): figures will be slow and noisy`)

/** Warm median of a function with tinybench. */
async function warm(name, fn, time = quick ? 500 : 1500) {
  const bench = new Bench({ time, warmup: true, warmupTime: Math.min(500, time / 2) })
  bench.add(name, fn)
  await bench.run()
  const r = bench.tasks[0].result
  if (r.error) throw r.error
  return { medianMs: r.latency.p50, p99Ms: r.latency.p99, samples: r.latency.samplesCount }
}

// 1. Warm parse ---------------------------------------------------------------------------------------------------
section('parse(), warm')
const seedParse = await warm('parse(seed)', () => parse(seed))
const seedNoTargets = await warm('parse(seed, targets: false)', () => parse(seed, { targets: false }))
const seedNoSegmenter = await warm("parse(seed, segmenter: 'none')", () => parse(seed, { segmenter: 'none' }))
const mbps = (bytes, ms) => bytes / MB / (ms / 1000)
results.parse = {
  seed: { file: relative(root, seedPath), bytes: seedBytes, ...seedParse, mbPerSecond: mbps(seedBytes, seedParse.medianMs), nsPerByte: (seedParse.medianMs * 1e6) / seedBytes },
  seedNoTargets: { ...seedNoTargets, mbPerSecond: mbps(seedBytes, seedNoTargets.medianMs) },
  seedNoSegmenter: { ...seedNoSegmenter, mbPerSecond: mbps(seedBytes, seedNoSegmenter.medianMs) },
}
console.log(`parse(seed)                     ${fmt(seedParse.medianMs, 3)} ms median (p99 ${fmt(seedParse.p99Ms, 2)}), ${fmt(results.parse.seed.mbPerSecond, 1)} MB/s, ${fmt(results.parse.seed.nsPerByte, 0)} ns/byte, ${seedParse.samples} samples`)
console.log(`parse(seed, targets: false)     ${fmt(seedNoTargets.medianMs, 3)} ms median, ${fmt(results.parse.seedNoTargets.mbPerSecond, 1)} MB/s`)
console.log(`parse(seed, segmenter: 'none')  ${fmt(seedNoSegmenter.medianMs, 3)} ms median, ${fmt(results.parse.seedNoSegmenter.mbPerSecond, 1)} MB/s`)
const seedPdfParse = await warm('parseAsync(seed.pdf)', () => parseAsync(seedPdf), quick ? 1000 : 3000)
results.parse.seedPdf = { file: relative(root, seedPdfPath), bytes: seedPdf.length, ...seedPdfParse, ratioToText: seedPdfParse.medianMs / seedParse.medianMs }
console.log(`parseAsync(seed as PDF)         ${fmt(seedPdfParse.medianMs, 1)} ms median (p99 ${fmt(seedPdfParse.p99Ms, 1)}), ${fmt(results.parse.seedPdf.ratioToText, 0)}× the text; ${(seedPdf.length / 1024).toFixed(0)} kB, 10 pages, ${seedPdfParse.samples} samples`)

// Every notice of fixtures/, read from bytes as the CLI reads them (decoding included); Word files need parseAsync.
results.parse.fixtures = {}
const fixtureDirs = readdirSync(join(root, 'fixtures')).sort()
for (const dir of fixtureDirs) {
  const input = existsSync(join(root, 'fixtures', dir)) && readdirSync(join(root, 'fixtures', dir)).find((f) => f.startsWith('input.'))
  if (!input) continue
  const bytes = readFileSync(join(root, 'fixtures', dir, input))
  const fn = input.endsWith('.docx') ? () => parseAsync(bytes) : () => parse(bytes)
  try {
    const t = await warm(dir, fn, quick ? 100 : 150)
    results.parse.fixtures[`${dir}/${input}`] = { bytes: bytes.length, medianMs: t.medianMs, mbPerSecond: mbps(bytes.length, t.medianMs) }
    console.log(`  ${`${dir}/${input}`.padEnd(72)} ${(bytes.length / 1024).toFixed(0).padStart(4)} kB ${fmt(t.medianMs, 2).padStart(7)} ms ${fmt(mbps(bytes.length, t.medianMs), 1).padStart(6)} MB/s`)
  } catch (error) {
    results.parse.fixtures[`${dir}/${input}`] = { bytes: bytes.length, error: String(error?.message ?? error).split('\n')[0] }
    console.log(`  ${dir}/${input}: ${error?.message}`)
  }
}

// 2. Growth -------------------------------------------------------------------------------------------------------
section('growth: the seed concatenated (in a process of its own, bench/growth-child.mjs)')
{
  const child = spawnSync(process.execPath, [join(root, 'bench', 'growth-child.mjs'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`bench/growth-child.mjs failed: ${child.stderr}`)
  results.growth = JSON.parse(child.stdout)
}
const g1 = results.growth['1x'].medianMs
for (const [k, v] of Object.entries(results.growth)) {
  console.log(`seed ${k.padStart(3)}  ${(v.bytes / MB).toFixed(2).padStart(5)} MB ${fmt(v.medianMs, 1).padStart(8)} ms  ${fmt(v.medianMs / g1, 1).padStart(5)}× the time of 1×  (${v.runs} runs)`)
}

// 3. check -------------------------------------------------------------------------------------------------------
section('check(), warm')
const checkSeed = await warm('check(seed)', () => check(seed, { path: 'seed.txt' }))
results.check = { seed: checkSeed }
console.log(`check(seed)                     ${fmt(checkSeed.medianMs, 3)} ms median (parse and rules)`)

// 4. Whole processes ---------------------------------------------------------------------------------------------
section('whole processes (wall time median, peak RSS)')
const TIME = '/usr/bin/time'
function peakRssMb(argv, { discard = false, runs = 3 } = {}) {
  if (!existsSync(TIME)) return null
  const samples = []
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(TIME, ['-f', 'peak-rss-kb %M', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', discard ? 'ignore' : 'pipe', 'pipe'] })
    const kb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1])
    if (Number.isFinite(kb)) samples.push(kb / 1024)
  }
  return samples.length ? median(samples) : null
}
const commands = {
  "node -e ''": ['-e', ''],
  'gongwen --version': [cli, '--version'],
  'gongwen SEED': [cli, seedPath],
  'gongwen SEED --no-targets': [cli, seedPath, '--no-targets'],
  'gongwen SEED.pdf': [cli, seedPdfPath],
  'gongwen check SEED': [cli, 'check', seedPath],
}
// Interleaved, so that a slow moment of the machine hits every command alike.
const runs = quick ? 5 : 11
const wall = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
for (let i = 0; i < runs; i++) {
  for (const [name, argv] of Object.entries(commands)) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 })
    wall[name].push(performance.now() - t0)
    if (r.status !== 0 && !(name.includes('check') && r.status === 1)) throw new Error(`${name} exited ${r.status}: ${r.stderr}`)
  }
}
results.process = {}
const nodeMs = median(wall["node -e ''"])
for (const [name, argv] of Object.entries(commands)) {
  const ms = median(wall[name])
  results.process[name] = { medianMs: ms, ratioToNode: ms / nodeMs, peakRssMb: peakRssMb(argv), runs }
  console.log(`${name.padEnd(28)} ${fmt(ms, 1).padStart(7)} ms  ${fmt(ms / nodeMs, 2).padStart(5)}× node -e ''   peak RSS ${fmt(results.process[name].peakRssMb, 1)} MB`)
}

// 5. Start-up ----------------------------------------------------------------------------------------------------
section('start-up: what `gongwen SEED` loads')
const startup = startupProfile([seedPath])
printStartup(startup)
results.startup = {
  modules: startup.modules,
  cpuProfileMs: startup.profile.totalMs,
  selfMsByModule: Object.fromEntries(startup.profile.byOwner.map((o) => [o.name, o.ms])),
  heaviestFunctions: startup.profile.byFunction,
}

// 6. Hostile input -----------------------------------------------------------------------------------------------
if (!args.includes('--no-hostile')) {
  section('hostile input: cost per byte against the seed (≤ 2× is the goal), each case in a process of its own')
  results.hostile = {}
  for (const [name, c] of Object.entries(hostileCases(seed))) {
    if (quick && !c.required) continue
    const r = await runHostileCase(name, { seedNsPerByte: results.parse.seed.nsPerByte, limitMs: limitFor(name) })
    results.hostile[name] = { what: c.what, required: c.required, ...r, pass: !r.error && r.ratioToSeed <= 2 }
    console.log(formatHostile(name, c, r))
  }
}

// 7. Batches ----------------------------------------------------------------------------------------------------
if (!quick && !args.includes('--no-batch')) {
  section('batches (bench/batch.mjs)')
  try {
    const { batchBench } = await import('./batch.mjs')
    results.batch = await batchBench({ files: 1000, runs: 1 })
  } catch (error) {
    results.batch = { error: String(error?.message ?? error).split('\n')[0] }
    console.log(`batch bench failed: ${results.batch.error}`)
  }
}

if (args.includes('--audit')) {
  section('regular expressions (bench/regex-audit.mjs)')
  const r = spawnSync(process.execPath, [join(root, 'bench', 'regex-audit.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  process.stdout.write(r.stdout)
}

// 8. The playground in a browser ---------------------------------------------------------------------------------
section('the playground in Chromium (bench/browser.mjs)')
{
  const r = spawnSync(process.execPath, [join(root, 'bench', 'browser.mjs'), '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    results.browser = JSON.parse(r.stdout.trim().split('\n').pop() ?? 'null')
  } catch {
    results.browser = { error: `bench/browser.mjs exited ${r.status}` }
  }
}

// 9. Cold start and memory (issue 15) ------------------------------------------------------------------------------
section('cold start and memory: the first parse() in a fresh process, a 10 MB target-dense notice')
{
  const firsts = []
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const r = spawnSync(process.execPath, [join(root, 'bench', 'first-parse-child.mjs')], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`bench/first-parse-child.mjs failed: ${r.stderr}`)
    firsts.push(JSON.parse(r.stdout))
  }
  results.firstParse = {
    firstMs: median(firsts.map((f) => f.firstMs)),
    warmMs: median(firsts.map((f) => f.warmMs)),
    ratio: median(firsts.map((f) => f.ratio)),
    importMs: median(firsts.map((f) => f.importMs)),
    processes: firsts.length,
  }
  const f = results.firstParse
  console.log(`first parse(seed) in a fresh process ${fmt(f.firstMs, 1)} ms, warm ${fmt(f.warmMs, 2)} ms: ${fmt(f.ratio, 1)}× (median of ${f.processes} processes; import ${fmt(f.importMs, 0)} ms before it)`)
  const densePath = join(tmpdir(), `gongwen-bench-dense-${process.pid}.txt`)
  const dense = denseNotice(10 * MB)
  writeFileSync(densePath, dense)
  try {
    const bytes = Buffer.byteLength(dense)
    const rss = peakRssMb([cli, densePath], { discard: true, runs: quick ? 1 : 3 })
    results.dense = { bytes, peakRssMb: rss, ratioToSize: rss === null ? null : (rss * MB) / bytes }
    console.log(`gongwen on a ${fmt(bytes / MB, 1)} MB target-dense notice: peak RSS ${fmt(rss, 0)} MB, ${fmt(results.dense.ratioToSize, 1)}× its size`)
  } finally {
    rmSync(densePath, { force: true })
  }
}

// 10. Goals ------------------------------------------------------------------------------------------------------
section('goals of issues 6, 13 and 15')
const p = results.process
const hostile = Object.entries(results.hostile ?? {}).filter(([, h]) => h.required)
const worstHostile = hostile.reduce((w, [n, h]) => (!w || h.error || (h.ratioToSeed ?? Infinity) > (w[1].ratioToSeed ?? Infinity) ? (w?.[1].error ? w : [n, h]) : w), null)
const goals = [
  ['seed parse() with targets, warm median ≤ 5 ms', seedParse.medianMs <= 5, `${fmt(seedParse.medianMs, 2)} ms`],
  ["CLI on the seed ≤ 2.5× node -e ''", p['gongwen SEED'].ratioToNode <= 2.5, `${fmt(p['gongwen SEED'].ratioToNode, 2)}× (${fmt(p['gongwen SEED'].medianMs, 0)} vs ${fmt(nodeMs, 0)} ms)`],
  ['CLI on the seed peak RSS ≤ 120 MB', p['gongwen SEED'].peakRssMb !== null && p['gongwen SEED'].peakRssMb <= 120, `${fmt(p['gongwen SEED'].peakRssMb, 1)} MB`],
  ['64× the seed ≤ 70× the time of 1×', results.growth['64x'].medianMs / g1 <= 70, `${fmt(results.growth['64x'].medianMs / g1, 1)}×`],
]
if (hostile.length) {
  const failing = hostile.filter(([, h]) => !h.pass).map(([n]) => n)
  goals.push(['every hostile case ≤ 2× the per-byte cost of the seed', failing.length === 0, failing.length ? `failing: ${failing.join(', ')}` : `worst ${worstHostile[0]} ${fmt(worstHostile[1].ratioToSeed, 2)}×`])
}
if (results.browser && !results.browser.error) {
  const b = results.browser
  goals.push(['playground initial JavaScript ≤ 300 kB gzipped', b.initialJs.gzipBytes <= b.initialJs.budgetBytes, `${fmt(b.initialJs.gzipBytes / 1024, 1)} kB`])
  goals.push(['seed parse in the page ≤ 3× Node', b.seed.ratio <= 3, `${fmt(b.seed.ratio, 2)}× (${fmt(b.seed.pageParseMs, 2)} vs ${fmt(b.seed.nodeParseAsyncMs, 2)} ms)`])
}
// Issue 15: cold start, memory per byte, workers that pay off.
goals.push(["issue 15: CLI on the seed ≤ 2.0× node -e ''", p['gongwen SEED'].ratioToNode <= 2.0, `${fmt(p['gongwen SEED'].ratioToNode, 2)}×`])
goals.push(["issue 15: gongwen check SEED ≤ 2.3× node -e ''", p['gongwen check SEED'].ratioToNode <= 2.3, `${fmt(p['gongwen check SEED'].ratioToNode, 2)}× (${fmt(p['gongwen check SEED'].medianMs, 0)} vs ${fmt(nodeMs, 0)} ms)`])
goals.push(['issue 15: first parse() in a fresh process ≤ 5× a warm one', results.firstParse.ratio <= 5, `${fmt(results.firstParse.ratio, 1)}× (${fmt(results.firstParse.firstMs, 1)} vs ${fmt(results.firstParse.warmMs, 2)} ms)`])
goals.push(['issue 15: peak RSS on a 10 MB target-dense notice ≤ 15× its size', results.dense.ratioToSize !== null && results.dense.ratioToSize <= 15, `${fmt(results.dense.ratioToSize, 1)}× (${fmt(results.dense.peakRssMb, 0)} MB)`])
if (results.batch && !results.batch.error) {
  const b = results.batch
  goals.push(['issue 15: 2 workers ≥ 1.5× one worker on 1,000 notices', b.twoThreads.speedup >= 1.5, `${fmt(b.twoThreads.speedup, 2)}× (2 processes ${fmt(b.twoProcesses.speedup, 2)}×; cores free ${fmt(b.coresAvailable.before, 2)}/${fmt(b.coresAvailable.after, 2)})`])
}
results.goals = goals.map(([goal, pass, value]) => ({ goal, pass, value }))
for (const [goal, pass, value] of goals) console.log(`${pass ? 'PASS' : 'FAIL'}  ${goal}: ${value}`)

// Summary file, and the change from the last run -------------------------------------------------------------------
const dir = join(root, 'bench', 'results')
mkdirSync(dir, { recursive: true })
const latest = join(dir, 'latest.json')
const compareAt = args.indexOf('--compare')
const against = compareAt >= 0 ? args[compareAt + 1] : join(dir, 'previous.json')
if (existsSync(latest) && compareAt < 0) copyFileSync(latest, against)
results.seconds = (performance.now() - started) / 1000
results.machine.loadAfter = loadavg()[0]
writeFileSync(latest, JSON.stringify(results, null, 2) + '\n')
if (existsSync(against)) {
  const before = JSON.parse(readFileSync(against, 'utf8'))
  const rows = [
    ['parse(seed) ms', before.parse?.seed?.medianMs, results.parse.seed.medianMs],
    ['parse(seed, no targets) ms', before.parse?.seedNoTargets?.medianMs, results.parse.seedNoTargets.medianMs],
    ['check(seed) ms', before.check?.seed?.medianMs, results.check.seed.medianMs],
    ['seed 64× ms', before.growth?.['64x']?.medianMs, results.growth['64x'].medianMs],
    ['gongwen SEED ms', before.process?.['gongwen SEED']?.medianMs, p['gongwen SEED'].medianMs],
    ["node -e '' ms", before.process?.["node -e ''"]?.medianMs, nodeMs],
    ['gongwen check SEED ms', before.process?.['gongwen check SEED']?.medianMs, p['gongwen check SEED'].medianMs],
    ['first parse / warm', before.firstParse?.ratio, results.firstParse.ratio],
    ['10 MB dense peak RSS MB', before.dense?.peakRssMb, results.dense.peakRssMb],
    ['gongwen SEED peak RSS MB', before.process?.['gongwen SEED']?.peakRssMb, p['gongwen SEED'].peakRssMb],
  ]
  section(`change since ${relative(root, against)} (${before.date ?? '?'})`)
  for (const [name, a, b] of rows) {
    if (typeof a !== 'number' || typeof b !== 'number') continue
    console.log(`${name.padEnd(28)} ${fmt(a, 2).padStart(9)} → ${fmt(b, 2).padStart(9)}  ${b >= a ? '+' : ''}${fmt(((b - a) / a) * 100, 0)}%`)
  }
}
console.log(`\nsummary written to ${relative(root, latest)} (${fmt(results.seconds, 0)} s)`)
