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
/** A case whose first run takes longer is timed once more only. */
const SLOW_MS = 2000
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
  // The first run warms the code up; then the median of at least 3 runs (a single run of a large case was off by up
  // to 20% either way, with or without a full garbage collection of the run before), of 10 for a fast case within
  // 0.6 s; a case slower than 2 s is timed once more only, to bound the bench.
  const t0 = performance.now()
  parse(text)
  const first = performance.now() - t0
  t = first > SLOW_MS ? await timeWarm(() => parse(text), { min: 1, max: 1, warmup: false }) : await timeWarm(() => parse(text), { budgetMs: 600, min: 3, max: 10, warmup: false })
} catch (e) {
  error = `${e?.name}: ${String(e?.message).split('\n')[0]}`
}
const nsPerByte = (t.ms * 1e6) / bytes
process.stdout.write(
  JSON.stringify({ bytes, lines: text.split('\n').length, medianMs: t.ms, runs: t.runs, nsPerByte, seedNsPerByte, seedHereNsPerByte, ratioToSeed: nsPerByte / seedNsPerByte, error }) + '\n',
)
