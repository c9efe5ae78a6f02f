#!/usr/bin/env node
/**
 * Regular-expression audit: every regex literal in src/, run on pumped strings (one or two of its own characters
 * repeated, then a character that makes it fail) of growing length, to find backtracking that grows faster than the
 * input. A regex is flagged when 4× the length costs more than 10× the time and over 50 ms (quadratic: 16×;
 * exponential: more).
 *
 *   node bench/regex-audit.mjs [--json FILE]
 *
 * Flags are candidates: whether one matters depends on how long the strings are that the parser hands the regex
 * (a line, a clause, a capped head of the input, or the whole text). bench/hostile.mjs measures the parser as a whole.
 * Each regex runs in a worker that is stopped after a time limit, so an exponential one cannot hang the audit.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Characters a pattern names: its literal characters, the first of each range, and a sample of each escape class. */
function alphabet(source) {
  const chars = new Set()
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const e = source[++i]
      if (e === 'u' && source[i + 1] === '{') {
        const close = source.indexOf('}', i)
        chars.add(String.fromCodePoint(parseInt(source.slice(i + 2, close), 16)))
        i = close
      } else if (e === 'u') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)))
        i += 4
      } else if (e === 'x') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)))
        i += 2
      } else if (e === 'd') chars.add('1')
      else if (e === 's') (chars.add(' '), chars.add('\n'))
      else if (e === 'w' || e === 'S' || e === 'W' || e === 'D') chars.add('a')
      else if (e === 'n') chars.add('\n')
      else if (e === 't') chars.add('\t')
      else if (e === 'r') chars.add('\r')
      else if (e === 'p' && source[i + 1] === '{') i = source.indexOf('}', i)
      else if (e !== undefined && !/[bBkc0-9]/.test(e)) chars.add(e)
    } else if (c === '.') chars.add('a')
    else if (!'^$|?*+()[]{}'.includes(c) && c !== '-') chars.add(c)
  }
  return [...chars]
}

/** Runs of literal characters in a pattern (e.g. 牵头单位), which make good pumps. */
function literalRuns(source) {
  return (source.match(/(?:[^\\^$.|?*+()[\]{}]|\\[^dswDSWbBpPuxk0-9])(?:[^\\^$.|?*+()[\]{}]|\\[^dswDSWbBpPuxk0-9])+/g) ?? [])
    .map((run) => run.replace(/\\(.)/g, '$1'))
    .filter((run) => run.length <= 12)
}

/** Pumps to try on one pattern: each of its characters, pairs of them, and its literal runs. */
function pumps(source) {
  const chars = [...new Set([...alphabet(source), '1', '一', ' ', '\n', '（', '、'])]
  const out = new Set(chars)
  const lit = alphabet(source)
  for (const a of lit) for (const b of lit) if (a !== b && out.size < 400) out.add(a + b)
  for (const run of literalRuns(source)) out.add(run)
  return [...out]
}

/** Run a regex over a string as the parser would: all matches for g/y, one search otherwise. */
function exercise(re, text) {
  re.lastIndex = 0
  if (re.global || re.sticky) {
    let guard = 0
    for (let m = re.exec(text); m !== null && guard < 1e6; m = re.exec(text), guard++) if (m[0] === '') re.lastIndex++
  } else re.exec(text)
}

function time(re, text) {
  const t0 = performance.now()
  exercise(re, text)
  return performance.now() - t0
}

const LENGTHS = [256, 1024, 4096, 16384]
const FAIL = ['\u0000', '!', '']

/** Audit one regex: the worst growth over its pumps, alone and after a real match (`|---|---` then spaces). */
function audit({ source, flags, prefixes }) {
  const re = new RegExp(source, flags)
  let worst = { growth: 0, pump: '', ms: 0, length: 0 }
  for (const prefix of ['', ...prefixes])
  for (const pump of pumps(source)) {
    for (const suffix of FAIL) {
      const times = []
      for (const length of LENGTHS) {
        const text = prefix + pump.repeat(Math.ceil(length / pump.length)).slice(0, length) + suffix
        // Best of three, to lower the noise of short times.
        const t = Math.min(time(re, text), time(re, text), time(re, text))
        times.push(t)
        if (t > 250) break
      }
      const last = times.length - 1
      // Growth between the two largest sizes that ran (4× the length each step).
      const growth = last > 0 ? times[last] / Math.max(times[last - 1], 0.05) : Infinity
      const ms = times[last]
      // Short times are noise; a pump that ran out of time at a smaller size is the worst there is.
      const score = times.length < LENGTHS.length ? Math.max(growth, 1000) : ms > 50 ? growth : 0
      if (score > worst.growth) {
        worst = { growth: score, prefix, pump, suffix, ms, length: LENGTHS[last] }
        parentPort?.postMessage({ partial: true, ...worst })
        // Flagged for sure: no need to try the other pumps.
        if (score > 10 && ms > 20) return worst
      }
    }
  }
  return worst
}

if (!isMainThread) {
  parentPort.postMessage({ ...audit(workerData), partial: false })
} else {
  const files = []
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name))
      else if (e.name.endsWith('.ts')) files.push(join(dir, e.name))
    }
  }
  walk(join(root, 'src'))
  // Regexes built at run time (`new RegExp(words.join('|'))`): caught by wrapping the constructor while the library
  // loads and parses the seed.
  const built = new Map()
  const NativeRegExp = globalThis.RegExp
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, argv, newTarget) {
      const re = Reflect.construct(target, argv, newTarget === globalThis.RegExp ? target : newTarget)
      const stack = new Error().stack?.split('\n')[2]?.trim() ?? ''
      if (/dist\//.test(stack) && !built.has(re.source + '/' + re.flags)) built.set(re.source + '/' + re.flags, { where: `built at ${stack.replace(/^at /, '').replace(root + '/', '')}`, source: re.source, flags: re.flags })
      return re
    },
  })
  const lib = await import('../dist/index.js')
  const seedText = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
  lib.parse(seedText)
  await lib.check(seedText)
  globalThis.RegExp = NativeRegExp
  const ts = (await import('typescript')).default
  const regexes = [...built.values()]
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf)
        const slash = literal.lastIndexOf('/')
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf))
        regexes.push({ where: `${relative(root, file)}:${line + 1}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  // Real matches of each regex in the notices of fixtures/, to start pumped strings with.
  const corpus = [seedText, '| 序号 | 任务 |\n|---|---|\n# 一、总体要求\n**一、总体要求**\n[附件](http://example.com)\n附件1：']
  for (const dir of readdirSync(join(root, 'fixtures'))) {
    for (const f of readdirSync(join(root, 'fixtures', dir))) if (/\.(txt|md|html)$/.test(f)) corpus.push(readFileSync(join(root, 'fixtures', dir, f), 'utf8'))
  }
  const corpusLines = corpus.join('\n').split('\n').filter((l) => l.length < 2000)
  for (const r of regexes) {
    const re = new RegExp(r.source, r.flags.replace(/[gy]/g, ''))
    const found = new Set()
    for (const line of corpusLines) {
      const m = re.exec(line)
      if (m && m[0].length > 0) {
        // The text up to the end of the match, and without its last character (a match cut short).
        const upTo = line.slice(0, m.index + m[0].length)
        found.add(upTo.slice(-40))
        if (m[0].length > 1) found.add(upTo.slice(0, -1).slice(-40))
      }
      if (found.size >= 4) break
    }
    r.prefixes = [...found]
  }
  const LIMIT_MS = 8000
  const flagged = []
  let done = 0
  const runOne = (r) =>
    new Promise((resolve) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: r })
      let best = { growth: 0, pump: '?', ms: 0 }
      const timer = setTimeout(() => {
        worker.terminate()
        resolve({ ...r, ...best, note: `stopped after ${LIMIT_MS} ms` })
      }, LIMIT_MS)
      worker.on('message', (m) => {
        if (m.partial) best = m
        else {
          clearTimeout(timer)
          worker.terminate()
          resolve({ ...r, ...m })
        }
      })
      worker.once('error', (e) => (clearTimeout(timer), resolve({ ...r, growth: 0, error: e.message })))
    })
  // Two at a time (the machine has two cores).
  const queue = [...regexes]
  const results = []
  await Promise.all(
    [0, 1].map(async () => {
      while (queue.length > 0) {
        const r = queue.shift()
        const res = await runOne(r)
        results.push(res)
        done++
        if (res.growth > 10) flagged.push(res)
      }
    }),
  )
  flagged.sort((a, b) => b.ms - a.ms)
  console.log(`${regexes.length} regexes (${regexes.length - built.size} literals in ${files.length} files of src/, ${built.size} built at run time); ${flagged.length} grow faster than linear on pumped input:`)
  for (const f of flagged) {
    const show = (f.prefix ? JSON.stringify(f.prefix) + ' + ' : '') + JSON.stringify(f.pump) + '…' + (f.suffix ? ' + ' + JSON.stringify(f.suffix) : '')
    console.log(`  ${f.where.padEnd(36)} /${f.source}/${f.flags}\n      ${show} ×${f.length}: ${f.ms.toFixed(1)} ms, ×${Number.isFinite(f.growth) ? f.growth.toFixed(1) : '∞'} for 4× length${f.note ? ' (' + f.note + ')' : ''}`)
  }
  const at = process.argv.indexOf('--json')
  if (at >= 0) writeFileSync(process.argv[at + 1], JSON.stringify({ count: regexes.length, flagged }, null, 2) + '\n')
}
