#!/usr/bin/env node
/**
 * Batch benchmark: the CLI on a directory of 1,000 notices (copies of the eval notices in fixtures/), with one
 * worker, two worker threads and two worker processes, as whole processes: wall time, files per second, CPU time and
 * the peak memory of the process tree. Run again on a quarter of the files to show that memory does not grow with
 * their number. Two workers can only gain on two free cores: a short spin test says how many were free.
 *
 *   node bench/batch.mjs [files]       standalone; writes bench/results/batch.json
 *   import { batchBench } from './batch.mjs'; await batchBench({ files: 1000 })   from another bench script
 */
import { spawn } from 'node:child_process'
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The built command; GONGWEN_CLI names another build (say, one made apart while dist/ is being rebuilt). */
const cli = process.env.GONGWEN_CLI ? resolve(process.env.GONGWEN_CLI) : join(root, 'dist', 'cli.cjs')
/** The fixtures that are copies of the eval notices (the others are variants or made by hand). */
const EVAL_FIXTURES = JSON.parse(readFileSync(join(root, 'test', 'helpers', 'eval-notices.json'), 'utf8'))
/** How often the memory of a run is sampled. */
const RSS_SAMPLE_MS = 20
/** Clock ticks per second of /proc times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100

/** The eval notices: fixtures/NAME/input.{txt,html}. */
function evalNotices() {
  const out = []
  for (const name of EVAL_FIXTURES) {
    const dir = join(root, 'fixtures', name)
    const input = readdirSync(dir).find((f) => f === 'input.txt' || f === 'input.html')
    if (input) out.push(join(dir, input))
  }
  return out
}

/** A directory of `count` copies of the eval notices, in turn. */
function makeBatch(count) {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-batch-'))
  const notices = evalNotices()
  for (let i = 0; i < count; i++) {
    const from = notices[i % notices.length]
    copyFileSync(from, join(dir, `${String(i).padStart(5, '0')}${extname(from)}`))
  }
  return dir
}

/** Pids of a process and of all its descendants, from /proc. */
function processTree(root) {
  const parents = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true))
  }
  return tree
}

/** Resident memory of a process tree now, in MB (threads are in their process; child processes are added). */
function treeRssMb(root) {
  let kb = 0
  for (const pid of processTree(root)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // Gone.
    }
  }
  return kb / 1024
}

/** One run of the CLI on a directory: wall time, CPU time, and the peak memory of the whole process tree. */
async function runOnce(dir, jobs, workers) {
  const args = [cli, dir, '--format', 'jsonl', '--jobs', String(jobs), '--workers', workers, '--no-progress']
  const out = openSync('/dev/null', 'w')
  const t0 = performance.now()
  const child = spawn(process.execPath, args, { stdio: ['ignore', out, 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  let peak = 0
  const sample = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid))), RSS_SAMPLE_MS)
  const code = await new Promise((resolve) => child.on('exit', resolve))
  clearInterval(sample)
  const ms = performance.now() - t0
  closeSync(out)
  if (code !== 0) throw new Error(`gongwen batch exited ${code}: ${stderr}`)
  return { ms, peakRssMb: peak, cpuSeconds: childCpuSeconds() }
}

/** CPU seconds used by the children of this process since the last call (they are waited for one at a time). */
let cpuSoFar = 0
function childCpuSeconds() {
  const total = childrenCpu()
  const spent = total - cpuSoFar
  cpuSoFar = total
  return spent
}

/** User and system CPU of all waited-for children, from /proc/self/stat (cutime, cstime). */
function childrenCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS
}

/** A fixed amount of pure computation, run on `threads` threads at once: how long it takes. */
async function spin(threads) {
  const code = 'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x)'
  const t0 = performance.now()
  await Promise.all(Array.from({ length: threads }, () => new Promise((resolve) => new Worker(code, { eval: true }).once('message', resolve))))
  return performance.now() - t0
}

/** How many cores the machine gives this process now (2 on an idle two-core machine, 1 when another process holds one). */
async function coresAvailable() {
  const one = await spin(1)
  const two = await spin(2)
  return (2 * one) / two
}

/** Best of `runs` runs (the least disturbed by the rest of the machine). */
async function best(dir, jobs, workers, runs) {
  let fastest = null
  for (let i = 0; i < runs; i++) {
    const r = await runOnce(dir, jobs, workers)
    if (!fastest || r.ms < fastest.ms) fastest = r
  }
  return fastest
}

/**
 * Measure batches.
 * @param {{ files?: number, runs?: number, log?: (line: string) => void }} options
 * @returns {Promise<object>} the figures, for bench/results
 */
export async function batchBench({ files = 1000, runs = 3, log = console.log } = {}) {
  if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run npm run build first')
  const big = makeBatch(files)
  const quarterFiles = Math.max(1, Math.round(files / 4))
  const small = makeBatch(quarterFiles)
  const fmt = (x, d = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(d))
  const rate = (r) => (files * 1000) / r.ms
  try {
    childCpuSeconds()
    const coresBefore = await coresAvailable()
    const one = await best(big, 1, 'threads', runs)
    const threads = await best(big, 2, 'threads', runs)
    const processes = await best(big, 2, 'processes', runs)
    const quarterThreads = await best(small, 2, 'threads', 1)
    const quarterProcesses = await best(small, 2, 'processes', 1)
    const coresAfter = await coresAvailable()
    const results = {
      files,
      coresAvailable: { before: coresBefore, after: coresAfter },
      notices: evalNotices().map((f) => f.slice(root.length + 1)),
      oneWorker: { ...one, filesPerSecond: rate(one) },
      twoThreads: { ...threads, filesPerSecond: rate(threads), speedup: one.ms / threads.ms },
      twoProcesses: { ...processes, filesPerSecond: rate(processes), speedup: one.ms / processes.ms },
      quarter: { files: quarterFiles, threadsPeakRssMb: quarterThreads.peakRssMb, processesPeakRssMb: quarterProcesses.peakRssMb },
    }
    const line = (name, r, speedup) =>
      `${name.padEnd(34)} ${fmt(r.ms / 1000, 2)} s  ${fmt(rate(r))} files/s  CPU ${fmt(r.cpuSeconds)} s  peak RSS ${fmt(r.peakRssMb)} MB` +
      (speedup ? `  ${fmt(speedup, 2)}× the speed of 1` : '')
    // Note: two workers can only gain on two free cores; the spin test before and after says how many there were.
    log(`cores free for the batch (pure computation on 2 threads): ${fmt(coresBefore, 2)} before, ${fmt(coresAfter, 2)} after`)
    log(line(`batch ${files} notices, 1 worker`, one))
    log(line(`batch ${files} notices, 2 threads`, threads, results.twoThreads.speedup))
    log(line(`batch ${files} notices, 2 processes`, processes, results.twoProcesses.speedup))
    log(`peak RSS with ${quarterFiles} notices: ${fmt(quarterThreads.peakRssMb)} MB (2 threads), ${fmt(quarterProcesses.peakRssMb)} MB (2 processes): memory does not grow with the number of files`)
    return results
  } finally {
    rmSync(big, { recursive: true, force: true })
    rmSync(small, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = Number(process.argv[2] ?? 1000)
  const results = await batchBench({ files })
  mkdirSync(join(root, 'bench', 'results'), { recursive: true })
  writeFileSync(join(root, 'bench', 'results', 'batch.json'), JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2) + '\n')
  console.log('summary written to bench/results/batch.json')
}
