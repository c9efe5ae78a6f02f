/**
 * The entry of the `gongwen` command (dist/cli.cjs, which bin/gongwen.cjs requires): runs the CLI, bundled as one script (dist/cli-bundle.cjs, built
 * from src/cli/bin.ts), with a V8 code cache kept on disk, so that a run after the first skips compiling the
 * functions it calls.
 *
 * Why: Node 20 has no compile cache for ES modules (`module.enableCompileCache()` came in 22.1), and compiling the
 * parser's functions was a fifth of the CLI's own cost on the seed: with the cache, `gongwen SEED` ran 1018M
 * instructions instead of 1120M (node -e '' 499M), callgrind, whole process.
 *
 * The bundle runs as Node runs a CommonJS module (one wrapper function, `require` of its own), inside this process;
 * its `import()`s are `require()`s (of ES modules too: Node ≥ 20.19), because V8 drops the dynamic-import hook of a
 * script compiled from a cache.
 *
 * The cache: one file per command (`parse`, `check`, `diff`, `schema`, `help`) and install in the user's cache directory
 * (`$XDG_CACHE_HOME/gongwen`, else `~/.cache/gongwen`; `GONGWEN_CACHE_DIR` to choose; `NODE_DISABLE_COMPILE_CACHE` or
 * `GONGWEN_NO_CACHE` to go without), written once after a run that had none, keyed by the bundle's size and time and
 * Node's version (V8 itself checks the source's length and its own flags, and refuses a cache that does not fit).
 * A cache that cannot be read or written is no error: the CLI runs as it would without.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import { VERSION } from '../version.js'
import { capTier, flagsChanged } from '../util/v8-flags.js'

const BUNDLE = fileURLToPath(new URL('./cli-bundle.cjs', import.meta.url))
/** Commands whose runs compile different functions: each has its cache. */
const COMMANDS = new Set(['check', 'diff', 'schema'])
/** Commands that read notices: their runs are capped at V8's baseline tier until an input is large (util/v8-flags.ts). */
const CAPPED_COMMANDS = new Set(['parse', 'check'])
/** Runs that compile next to nothing: a cache of their own, not one that the next parse would take for its own. */
const SHORT = new Set(['-v', '--version', '-h', '--help'])

/** The directory of the cache, or null when there is to be none. */
function cacheDirectory(): string | null {
  const env = process.env
  if (env.NODE_DISABLE_COMPILE_CACHE || env.GONGWEN_NO_CACHE) return null
  if (env.GONGWEN_CACHE_DIR) return env.GONGWEN_CACHE_DIR
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : null)
  // Note: a directory of the user's own; in a shared temporary directory another user could plant code.
  return base ? join(base, 'gongwen') : join(tmpdir(), `gongwen-${process.getuid?.() ?? 'user'}`)
}

/** What a run does, as far as its cache and V8's flags go: `parse` but for the commands and short runs above. */
function commandOf(argv: readonly string[]): string {
  const command = argv.find((a) => !a.startsWith('-'))
  return argv.some((a) => SHORT.has(a)) ? 'help' : command && COMMANDS.has(command) ? command : 'parse'
}

/** The cache file of this command, and what a cache in it must have been made from. */
function cacheOf(argv: readonly string[], source: string): { file: string; key: string } | null {
  const dir = cacheDirectory()
  if (!dir) return null
  const name = commandOf(argv)
  const stat = statSync(BUNDLE)
  const key = `gongwen-code-cache 1 ${source.length} ${stat.size} ${stat.mtimeMs} ${process.version} ${process.arch}\n`
  // Installs in different places (two projects, npx) each keep theirs rather than take turns overwriting one.
  let hash = 5381
  for (let i = 0; i < BUNDLE.length; i++) hash = (Math.imul(hash, 33) + BUNDLE.charCodeAt(i)) >>> 0
  return { file: join(dir, `${name}-${hash.toString(36)}.bin`), key }
}

/** The cached data in `file`, if it was made from `key`. */
function readCache(file: string, key: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file)
    if (bytes.length > key.length && bytes.toString('latin1', 0, key.length) === key) return bytes.subarray(key.length)
  } catch {
    // No cache yet, or none to be had.
  }
  return undefined
}

/** Write the cache whole or not at all (another run may be reading or writing it). */
function writeCache(file: string, key: string, data: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
    const temporary = `${file}.${process.pid}.tmp`
    const fd = openSync(temporary, 'w', 0o600)
    try {
      writeSync(fd, key, null, 'latin1')
      writeSync(fd, data)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, file)
  } catch {
    // A read-only home, a full disk: the next run compiles, as this one did.
  }
}

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // What src/cli/main.ts prints, without reading the bundle.
  process.stdout.write(`${VERSION}\n`)
} else launch()

function launch(): void {
  const source = readFileSync(BUNDLE, 'utf8')
  let cache: { file: string; key: string } | null = null
  try {
    cache = cacheOf(argv, source)
  } catch {
    cache = null
  }
  if (CAPPED_COMMANDS.has(commandOf(argv))) capTier()
  const cachedData = cache ? readCache(cache.file, cache.key) : undefined
  // Note: the wrapper on the bundle's first line, so that its line numbers stay those of the file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData })
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void
  const module = { exports: {} }
  if (cache && (!cachedData || script.cachedDataRejected)) {
    const { file, key } = cache
    // At exit, so that the functions this run compiled are in it.
    process.once('exit', () => {
      // A batch tunes V8's compiler, and a cache made under those flags would be refused by the next run.
      if (!flagsChanged()) writeCache(file, key, script.createCachedData())
    })
  }
  run(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE))
}
