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
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '../dist/index.js'
import { timeWarm } from './hostile.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const quick = process.argv.includes('--quick')
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')

// Warm the parser up on the seed first, as long as the main process does before it measures.
await timeWarm(() => parse(seed), { budgetMs: quick ? 1000 : 3000, min: 20, max: 2000 })
const growth = {}
for (const times of [1, 8, 64]) {
  const text = Array.from({ length: times }, () => seed).join('\n')
  const t = await timeWarm(() => parse(text), { budgetMs: quick ? 500 : 1000, min: 3 })
  growth[`${times}x`] = { bytes: Buffer.byteLength(text), medianMs: t.ms, runs: t.runs }
}
process.stdout.write(JSON.stringify(growth) + '\n')
