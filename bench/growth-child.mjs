#!/usr/bin/env node
/**
 * How parse time grows with the input: the seed concatenated 1×, 8× and 64×, measured in a process of its own
 * (bench/index.mjs starts it), warm. Prints one JSON object: { "1x": { bytes, medianMs, runs }, … }.
 *
 *   node bench/growth-child.mjs [--quick]
 *
 * Note: in its own process, like the hostile cases, so that the heap holds only what a parse of Simplified text
 * needs. In the bench's main process, after every reader, converter and dictionary had been loaded for the
 * fixtures, 64× ran at 213–215 ms where a fresh process took 191–199 ms, while 1× stayed at 2.9 ms.
 *
 * Note: the three sizes are timed in rounds (32 parses of 1×, 4 of 8×, 1 of 64×, again and again), not one size after
 * the other, so that a change in the machine's speed (this VM's figures move 5–10% within seconds) falls on all three.
 * Timed one after the other, four runs in a row gave 65.5–73.7× for 64×; in rounds, 68.6–70.1×.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '../dist/index.js'
import { median, timeWarm } from './hostile.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const quick = process.argv.includes('--quick')
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
const SIZES = [1, 8, 64]
/** Parses of each size per round: about the same time for each. */
const PER_ROUND = [32, 4, 1]
/** Rounds run until both are reached: the time spent, and runs of the largest size. */
const BUDGET_MS = quick ? 1500 : 4000
const MIN_LARGEST = quick ? 5 : 9

// Warm the parser up on the seed first, as long as the main process does before it measures.
await timeWarm(() => parse(seed), { budgetMs: quick ? 1000 : 3000, min: 20, max: 2000 })
const texts = SIZES.map((times) => Array.from({ length: times }, () => seed).join('\n'))
for (const text of texts) parse(text)
const samples = SIZES.map(() => [])
const started = performance.now()
while (performance.now() - started < BUDGET_MS || samples[SIZES.length - 1].length < MIN_LARGEST) {
  texts.forEach((text, k) => {
    for (let r = 0; r < PER_ROUND[k]; r++) {
      const t0 = performance.now()
      parse(text)
      samples[k].push(performance.now() - t0)
    }
  })
}
const growth = {}
SIZES.forEach((times, k) => {
  growth[`${times}x`] = { bytes: Buffer.byteLength(texts[k]), medianMs: median(samples[k]), runs: samples[k].length }
})
process.stdout.write(JSON.stringify(growth) + '\n')
