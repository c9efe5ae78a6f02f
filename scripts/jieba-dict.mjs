#!/usr/bin/env node
/**
 * Writes data/jieba-dict.txt: the most frequent words of jieba's dictionary (the one @node-rs/jieba ships).
 *
 * Why: gongwen uses jieba only to tag the few words around a target (is this a verb or a noun?). Measured on the
 * evaluation set, the 60,000 most frequent of jieba's 349,046 words give the same metric character F1 (0.910 vs
 * 0.909), and load in 12 ms instead of 59 ms (plus 60 MB less memory), which is most of the CLI's start-up.
 * Rerun after upgrading @node-rs/jieba: node scripts/jieba-dict.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const WORDS = 60_000
const require = createRequire(import.meta.url)
const source = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8')
const entries = source
  .split('\n')
  .filter(Boolean)
  .map((line) => ({ line, freq: Number(line.split(' ')[1]) || 0 }))
  // Stable order for equal frequencies: the dictionary's own order.
  .map((e, i) => ({ ...e, i }))
  .sort((a, b) => b.freq - a.freq || a.i - b.i)
  .slice(0, WORDS)
  .sort((a, b) => a.i - b.i)
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'jieba-dict.txt')
writeFileSync(out, entries.map((e) => e.line).join('\n') + '\n')
console.log(`${out}: ${entries.length} words`)
