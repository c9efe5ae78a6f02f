#!/usr/bin/env node
/**
 * The playground's budget (issue 13), measured in Debian's Chromium: the JavaScript the page loads first (gzipped;
 * budget 300 kB), what loads later on first use, and parse time of the seed inside the page against Node's (budget
 * 3×). Needs site/dist/ (`npm run site`) and Chromium; without either it says so in one line and exits 0.
 *
 *   node bench/browser.mjs [--json]     (--json: the figures as JSON on standard output, for bench/index.mjs)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { parse, parseAsync } from '../dist/index.js'
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../test/browser/serve.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const site = join(root, 'site', 'dist')
const asJson = process.argv.includes('--json')
/** Milliseconds of warm-up, then of measuring, for each figure (as tinybench does in bench/index.mjs). */
const WARM_MS = 500
const MEASURE_MS = 1000
/** Rounds of Node then page; figures are the medians over rounds. */
const ROUNDS = 5
const kB = (n) => (n / 1024).toFixed(1)
const log = (line) => (asJson ? process.stderr : process.stdout).write(`${line}\n`)

if (!existsSync(CHROMIUM) || !existsSync(join(site, 'index.html'))) {
  log(`browser bench skipped: ${existsSync(CHROMIUM) ? 'site/dist/ is missing (npm run site)' : `no Chromium at ${CHROMIUM}`}`)
  if (asJson) process.stdout.write('null\n')
  process.exit(0)
}

/** gzip -9 size of a file. */
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length

// The first JavaScript: the entry script and the modules index.html preloads.
const html = readFileSync(join(site, 'index.html'), 'utf8')
const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map((m) => m[1])
const initialGzip = initial.reduce((sum, f) => sum + gz(join(site, f)), 0)
const assets = readdirSync(join(site, 'assets'))
/** Chunks loaded on first use, by what they are. */
const lazy = {
  'jieba dictionary (jieba-js)': /^jieba-dict/,
  'opencc (Traditional)': /^t2cn/,
  'other chunks (HTML reader …)': /^chunk-/,
  'Word reader (mammoth)': /^lib-/,
  'xlsx writer': /^xlsx-/,
  'jieba-wasm (opt-in)': /\.wasm$/,
  'the seed (?sample=seed)': /^liaocheng/,
}
const lazySizes = {}
for (const [what, pattern] of Object.entries(lazy)) {
  const files = assets.filter((f) => pattern.test(f) && !initial.includes(`assets/${f}`))
  lazySizes[what] = { files, bytes: files.reduce((s, f) => s + statSync(join(site, 'assets', f)).size, 0), gzip: files.reduce((s, f) => s + gz(join(site, 'assets', f)), 0) }
}

// Parse time of the seed: in the page (warm, after the first parse has loaded what it needs) and in Node.
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
async function nodeTimes(fn) {
  for (const end = performance.now() + WARM_MS; performance.now() < end; ) await fn()
  const times = []
  for (const end = performance.now() + MEASURE_MS; performance.now() < end; ) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return median(times)
}
const { chromium } = await import('playwright-core')
const server = await serve(site)
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
let page
try {
  page = await browser.newPage()
  const loadStart = Date.now()
  await page.goto(server.url, { waitUntil: 'load' })
  const loadMs = Date.now() - loadStart
  // Rounds that alternate Node and the page, so that a change in the machine's load falls on both alike.
  const firstParse = await page.evaluate(async (seed) => {
    const t = performance.now()
    await window.gongwen.parseAsync(seed)
    await window.gongwen.parseAsync(seed, { segmenter: 'none' })
    return performance.now() - t
  }, seed)
  const rounds = []
  for (let round = 0; round < ROUNDS; round++) {
    const nodeParse = await nodeTimes(() => parse(seed))
    const nodeAsync = await nodeTimes(() => parseAsync(seed))
    const nodeNone = await nodeTimes(() => parse(seed, { segmenter: 'none' }))
    const inPage = await page.evaluate(
      async ({ seed, warmMs, measureMs }) => {
        const { parseAsync } = window.gongwen
        const timed = async (options) => {
          for (const end = performance.now() + warmMs; performance.now() < end; ) await parseAsync(seed, options)
          const times = []
          for (const end = performance.now() + measureMs; performance.now() < end; ) {
            const t = performance.now()
            await parseAsync(seed, options)
            times.push(performance.now() - t)
          }
          times.sort((a, b) => a - b)
          return times[times.length >> 1]
        }
        return { jieba: await timed({}), none: await timed({ segmenter: 'none' }) }
      },
      { seed, warmMs: WARM_MS, measureMs: MEASURE_MS },
    )
    rounds.push({ nodeParse, nodeAsync, nodeNone, page: inPage.jieba, pageNone: inPage.none, ratio: inPage.jieba / nodeAsync })
  }
  const mid = (key) => median(rounds.map((r) => r[key]))
  const inPage = { jieba: { first: firstParse, median: mid('page') }, none: { median: mid('pageNone') } }
  const node = { parse: mid('nodeParse'), parseAsync: mid('nodeAsync'), parseNoSegmenter: mid('nodeNone') }
  const result = {
    initialJs: { files: initial, gzipBytes: initialGzip, budgetBytes: 300 * 1024 },
    lazy: lazySizes,
    pageLoadMs: loadMs,
    seed: {
      nodeParseMs: node.parse,
      nodeParseAsyncMs: node.parseAsync,
      nodeNoSegmenterMs: node.parseNoSegmenter,
      pageFirstParseMs: inPage.jieba.first,
      pageParseMs: inPage.jieba.median,
      pageNoSegmenterMs: inPage.none.median,
      ratio: mid('ratio'),
      ratios: rounds.map((r) => r.ratio),
    },
  }
  log(`initial JavaScript (${initial.length} files): ${kB(initialGzip)} kB gzipped (budget 300 kB)`)
  for (const [what, s] of Object.entries(lazySizes)) if (s.files.length) log(`  on first use: ${what.padEnd(28)} ${kB(s.bytes).padStart(7)} kB, ${kB(s.gzip).padStart(7)} kB gzipped`)
  log(`seed in the page: first parse ${inPage.jieba.first.toFixed(1)} ms (loads the jieba dictionary), then ${inPage.jieba.median.toFixed(2)} ms median; segmenter 'none' ${inPage.none.median.toFixed(2)} ms`)
  log(`seed in Node: parse() ${node.parse.toFixed(2)} ms, parseAsync() ${node.parseAsync.toFixed(2)} ms, segmenter 'none' ${node.parseNoSegmenter.toFixed(2)} ms median`)
  log(`page ÷ Node (parseAsync, warm): ${result.seed.ratio.toFixed(2)}× (budget 3×), median of ${ROUNDS} rounds (${result.seed.ratios.map((r) => r.toFixed(2)).join(' ')})`)
  if (asJson) process.stdout.write(`${JSON.stringify(result)}\n`)
} finally {
  await browser.close()
  await server.close()
}
