#!/usr/bin/env node
/**
 * npm run bench: how fast gongwen is, measured, not asserted.
 *   - warm parse() of the seed: median and throughput
 *   - the CLI on the seed as a whole process, next to `node -e ''`, with peak RSS
 * Writes a JSON summary to bench/results/latest.json so that two runs can be compared.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Bench } from 'tinybench'
import { parse } from '../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seedPath = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
const seed = readFileSync(seedPath, 'utf8')
const results = { machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model }, date: new Date().toISOString() }

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

// Warm parse of the seed.
const bench = new Bench({ time: 2000, warmup: true })
bench.add('parse(seed)', () => parse(seed))
await bench.run()
const task = bench.tasks[0]
const parseMs = task.result.latency.p50
results.parse = { file: 'seeds/liaocheng-2023-key-tasks.txt', medianMs: parseMs, mbPerSecond: seed.length * 3 / 1e6 / (parseMs / 1000), samples: task.result.latency.samplesCount }

// Whole processes: GNU time gives the peak RSS when it is there; wall time from repeated runs.
function processTimes(args, runs = 15) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 })
    times.push(performance.now() - t0)
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  }
  return median(times)
}
function peakRss(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const kb = Number(r.stderr.trim().split('\n').pop())
  return Number.isFinite(kb) ? kb / 1024 : null
}
const cli = join(root, 'dist', 'cli.js')
const nodeMs = processTimes(['-e', ''])
const cliMs = processTimes([cli, seedPath])
results.process = { nodeEmptyMs: nodeMs, cliSeedMs: cliMs, ratio: cliMs / nodeMs, cliPeakRssMb: peakRss([cli, seedPath]), nodeEmptyPeakRssMb: peakRss(['-e', '']) }

const fmt = (x, d = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(d))
console.log(`parse(seed)            median ${fmt(parseMs, 3)} ms   (${fmt(results.parse.mbPerSecond, 1)} MB/s of UTF-8, ${results.parse.samples} samples)`)
console.log(`node -e ''             median ${fmt(nodeMs, 1)} ms   peak RSS ${fmt(results.process.nodeEmptyPeakRssMb, 1)} MB`)
console.log(`gongwen seed (process) median ${fmt(cliMs, 1)} ms   peak RSS ${fmt(results.process.cliPeakRssMb, 1)} MB   ${fmt(results.process.ratio)}× node -e ''`)

mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n')
console.log('summary written to bench/results/latest.json')
