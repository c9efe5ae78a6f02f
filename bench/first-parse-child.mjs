#!/usr/bin/env node
/**
 * The first `parse` of the seed in a fresh process against a warm one (issue 15: at most 5×). Prints one JSON object:
 * { firstMs, warmMs, ratio, importMs }. bench/index.mjs starts it several times, each a process of its own.
 *
 *   node bench/first-parse-child.mjs
 *
 * Note: the first parse is timed from the call, after the module has been imported (importMs, apart): what a
 * program that imports gongwen at start waits for when its first notice comes.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { timeWarm } from './hostile.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
const t0 = performance.now()
const { parse } = await import('../dist/index.js')
const importMs = performance.now() - t0
const t1 = performance.now()
parse(seed)
const firstMs = performance.now() - t1
const warm = await timeWarm(() => parse(seed), { budgetMs: 1500, min: 50, max: 2000 })
process.stdout.write(JSON.stringify({ firstMs, warmMs: warm.ms, ratio: firstMs / warm.ms, importMs }) + '\n')
