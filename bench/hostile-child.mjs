#!/usr/bin/env node
/**
 * One hostile case, measured in a process of its own (bench/index.mjs starts one per case): the seed warm, then the
 * case warm, with the options of the seed measurement. Prints one JSON object.
 *
 *   node bench/hostile-child.mjs NAME [SCALE] [SEED_NS_PER_BYTE]
 *
 * The ratio is taken against SEED_NS_PER_BYTE when given (bench/index.mjs passes its long warm measurement), else
 * against the seed measured here.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '../dist/index.js'
import { hostileCases, timeWarm } from './hostile.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [name, scale = '1', reference] = process.argv.slice(2)
/** How long the parent waits for this case (bench/hostile.mjs: limitFor). */
const LIMIT_MS = Number(process.env.HOSTILE_LIMIT_MS ?? 3000)
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
const c = hostileCases(seed)[name]
if (!c) throw new Error(`no hostile case ${name}`)

// With a reference, the seed only warms the code up; without one, it is measured.
const seedTime = await timeWarm(() => parse(seed), reference ? { budgetMs: 150, min: 10 } : { budgetMs: 700, min: 20 })
const seedHereNsPerByte = (seedTime.ms * 1e6) / Buffer.byteLength(seed)
const seedNsPerByte = reference ? Number(reference) : seedHereNsPerByte
const text = c.build(Number(scale))
const bytes = Buffer.byteLength(text)
let error = null
let t = { ms: NaN, runs: 0 }
try {
  // The first run warms the code up; then the median of 3 to 10 runs within 0.6 s for a fast case, and of 3 runs for
  // a slow one when they fit in half the time the parent gives the case (a single run of a large case was off by up
  // to 20% either way, with or without a full garbage collection of the run before); else one run more.
  const t0 = performance.now()
  parse(text)
  const first = performance.now() - t0
  t = first > 500 && 4 * first > LIMIT_MS / 2 ? await timeWarm(() => parse(text), { min: 1, max: 1, warmup: false }) : await timeWarm(() => parse(text), { budgetMs: 600, min: 3, max: 10, warmup: false })
} catch (e) {
  error = `${e?.name}: ${String(e?.message).split('\n')[0]}`
}
const nsPerByte = (t.ms * 1e6) / bytes
process.stdout.write(
  JSON.stringify({ bytes, lines: text.split('\n').length, medianMs: t.ms, runs: t.runs, nsPerByte, seedNsPerByte, seedHereNsPerByte, ratioToSeed: nsPerByte / seedNsPerByte, error }) + '\n',
)
