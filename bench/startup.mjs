#!/usr/bin/env node
/**
 * What `gongwen FILE` loads and what each piece costs: the modules the process loads (ES modules as resolved,
 * CommonJS and native addons with the time their require() took), and a CPU profile of the whole run with its
 * samples summed by module (self time: compiling and running that module's code) and by phase.
 *
 *   node bench/startup.mjs [-- gongwen arguments]      default: the seed notice
 *   import { startupProfile } from './startup.mjs'     from bench/index.mjs
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli.cjs')
const seedPath = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')

/** A short name for a script URL: the dist chunk, the npm package, or node's own code. */
function owner(url) {
  if (!url) return null
  const path = url.startsWith('file://') ? fileURLToPath(url) : url
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (pkg) return `npm:${pkg[1]}`
  if (path.startsWith(join(root, 'dist'))) return `dist/${relative(join(root, 'dist'), path)}`
  if (path.startsWith('node:') || !path.startsWith('/')) return 'node (built-in modules)'
  return relative(root, path)
}

/** Sum the self time of a CPU profile by owner of the code, and by function for the heaviest functions. */
function summarize(profile) {
  const selfById = new Map()
  for (let i = 0; i < profile.samples.length; i++) {
    selfById.set(profile.samples[i], (selfById.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0))
  }
  const byOwner = new Map()
  const byFunction = new Map()
  for (const node of profile.nodes) {
    const us = selfById.get(node.id) ?? 0
    if (us === 0) continue
    const { functionName, url, lineNumber } = node.callFrame
    const who = owner(url) ?? functionName // (program), (garbage collector), (idle), (root)
    byOwner.set(who, (byOwner.get(who) ?? 0) + us)
    const fn = `${functionName || '(anonymous)'} ${owner(url) ?? ''}${url ? ':' + (lineNumber + 1) : ''}`.trim()
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us)
  }
  const ms = (m) =>
    [...m]
      .map(([name, us]) => ({ name, ms: us / 1000 }))
      .sort((a, b) => b.ms - a.ms)
  return { byOwner: ms(byOwner), byFunction: ms(byFunction).slice(0, 12), totalMs: (profile.endTime - profile.startTime) / 1000 }
}

/**
 * Trace and profile one run of the CLI.
 * @param {string[]} args arguments of gongwen
 * @returns modules loaded, profile summary
 */
export function startupProfile(args = [seedPath]) {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-startup-'))
  const trace = join(dir, 'modules.txt')
  try {
    // Two runs: the module hooks of the trace run on a thread of their own and would distort the profile.
    const env = { ...process.env, GONGWEN_TRACE_MODULES: trace }
    const traced = spawnSync(process.execPath, ['--import', join(root, 'bench', 'startup', 'trace.mjs'), cli, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 })
    if (traced.status !== 0 && traced.status !== 1) throw new Error(`gongwen ${args.join(' ')} exited ${traced.status}: ${traced.stderr}`)
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100', cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    if (r.status !== 0 && r.status !== 1) throw new Error(`gongwen ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
    const lines = readFileSync(trace, 'utf8').trim().split('\n')
    const modules = []
    const seen = new Set()
    for (const line of lines) {
      const [kind, id, ms, depth] = line.split(' ')
      const name = kind === 'esm' ? (id.startsWith('file:') ? relative(root, fileURLToPath(id)) : id) : relative(root, id) || id
      if (seen.has(kind + name)) continue
      seen.add(kind + name)
      // Only the requires made from ES modules or the CLI count whole; nested ones are inside them.
      modules.push({ kind, name, requireMs: ms === undefined ? undefined : Number(ms), nested: depth !== undefined && Number(depth) > 0 })
    }
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
    const profile = summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')))
    // Our own modules are in dist/, the trace lists them and node's. The jieba binding and dictionary are native.
    return { args: args.map((a) => relative(root, a) || a), modules, profile }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Print a profile. */
export function printStartup(result, log = console.log) {
  const esm = result.modules.filter((m) => m.kind === 'esm')
  const ours = esm.filter((m) => m.name.startsWith('dist/'))
  const deps = esm.filter((m) => m.name.includes('node_modules'))
  const builtins = esm.filter((m) => m.name.startsWith('node:'))
  log(`gongwen ${result.args.join(' ')}: ${esm.length} ES modules (${ours.length} of dist/, ${deps.length} of node_modules, ${builtins.length} built-in), ${result.modules.filter((m) => m.kind !== 'esm').length} CommonJS/native`)
  log(`  dist/: ${ours.map((m) => m.name.slice(5)).join(' ')}`)
  if (deps.length) log(`  node_modules: ${deps.map((m) => m.name.replace(/^node_modules\//, '')).join(' ')}`)
  log(`  built-in: ${builtins.map((m) => m.name).join(' ')}`)
  for (const m of result.modules.filter((x) => x.kind !== 'esm' && !x.nested)) log(`  require ${m.name} ${m.requireMs.toFixed(1)} ms`)
  log(`  CPU profile, ${result.profile.totalMs.toFixed(0)} ms from the start of the main module; self time by module:`)
  for (const o of result.profile.byOwner.filter((x) => x.ms >= 0.5)) log(`    ${o.ms.toFixed(1).padStart(7)} ms  ${o.name}`)
  log('  heaviest functions:')
  for (const f of result.profile.byFunction.slice(0, 8)) log(`    ${f.ms.toFixed(1).padStart(7)} ms  ${f.name}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--')
  printStartup(startupProfile(at >= 0 ? process.argv.slice(at + 1) : undefined))
}
