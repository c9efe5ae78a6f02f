/**
 * The command's launcher (src/cli/launch.ts): the CLI bundle run with a V8 code cache on disk. A cache changes no
 * output, is written once per command, and a cache that is damaged, stale or cannot be written is no error.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { denseNotice } from '../bench/dense.mjs'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
const seed = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')

/** The command of a cache file's name (`parse-<install>.bin`). */
const command = (name: string): string => name.split('-')[0] as string

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', GONGWEN_NO_CACHE: '', ...env }, maxBuffer: 1 << 26 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the launcher', () => {
  const without = run([seed], { GONGWEN_NO_CACHE: '1' })

  it('writes a cache per command on the first run, and gives the same output with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'))
    const first = run([seed], { GONGWEN_CACHE_DIR: dir })
    expect(first).toEqual(without)
    expect(readdirSync(dir).map(command)).toEqual(['parse'])
    const parseCache = join(dir, readdirSync(dir)[0] as string)
    const written = statSync(parseCache).mtimeMs
    const second = run([seed], { GONGWEN_CACHE_DIR: dir })
    expect(second).toEqual(without)
    // Taken, not written again: the run was capped at V8's baseline tier (util/v8-flags.ts) before the bundle was
    // compiled, as the first was, and V8 refuses a cache made under other flags.
    expect(statSync(parseCache).mtimeMs).toBe(written)
    const check = run(['check', seed], { GONGWEN_CACHE_DIR: dir })
    expect(check.code).toBe(1)
    expect(run(['check', seed], { GONGWEN_CACHE_DIR: dir })).toEqual(check)
    expect(run(['--help'], { GONGWEN_CACHE_DIR: dir }).code).toBe(0)
    // The version alone is printed without the bundle, so without a cache.
    expect(run(['--version'], { GONGWEN_CACHE_DIR: dir }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    expect(readdirSync(dir).map(command).sort()).toEqual(['check', 'help', 'parse'])
  })

  it('writes no cache from a large notice, whose run lets V8 optimize, and leaves the cache of the usual run alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'))
    const large = join(dir, 'large.txt')
    writeFileSync(large, denseNotice(300_000))
    const cacheDir = join(dir, 'cache')
    expect(run([large, '-o', join(dir, 'large.json')], { GONGWEN_CACHE_DIR: cacheDir }).code).toBe(0)
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([])
    expect(run([seed], { GONGWEN_CACHE_DIR: cacheDir })).toEqual(without)
    const [file] = readdirSync(cacheDir)
    const written = statSync(join(cacheDir, file as string)).mtimeMs
    // V8 refuses a cache made under other flags, and the launcher writes it again: here it must not.
    expect(run([large, '-o', join(dir, 'large.json')], { GONGWEN_CACHE_DIR: cacheDir }).code).toBe(0)
    expect(run([seed], { GONGWEN_CACHE_DIR: cacheDir })).toEqual(without)
    expect(statSync(join(cacheDir, file as string)).mtimeMs).toBe(written)
  })

  it('writes no cache from a batch, which tunes V8 for itself, and leaves the cache of the usual run alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'))
    const notices = join(dir, 'notices')
    mkdirSync(notices)
    writeFileSync(join(notices, 'a.txt'), readFileSync(seed))
    writeFileSync(join(notices, 'b.txt'), readFileSync(seed))
    const cacheDir = join(dir, 'cache')
    expect(run([notices, '--format', 'jsonl'], { GONGWEN_CACHE_DIR: cacheDir }).code).toBe(0)
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([])
    expect(run([seed], { GONGWEN_CACHE_DIR: cacheDir })).toEqual(without)
    const [file] = readdirSync(cacheDir)
    const written = statSync(join(cacheDir, file as string)).mtimeMs
    expect(run([notices, '--format', 'jsonl'], { GONGWEN_CACHE_DIR: cacheDir }).code).toBe(0)
    expect(statSync(join(cacheDir, file as string)).mtimeMs).toBe(written)
  })

  it('reads a bundle in ASCII (scripts/ascii-bundle.mjs), whose Chinese gives the output it gave as UTF-8', () => {
    const bundle = readFileSync(join(root, 'dist', 'cli-bundle.cjs'), 'latin1')
    expect(bundle.match(/[^\x00-\x7f]/g) ?? []).toEqual([])
    // A word of the lexicon (as an escape in the bundle), a character class of a pattern, and a full-width digit.
    const r = spawnSync(process.execPath, [cli, '-'], { input: '关于印发重点工作任务的通知\n一、总体要求\n１.新增高新技术企业１００家以上（市科技局牵头）。\n', encoding: 'utf8', env: { ...process.env, GONGWEN_NO_CACHE: '1' } })
    expect(r.status, r.stderr).toBe(0)
    const task = JSON.parse(r.stdout).chapters[0].tasks[0]
    expect([task.lead, task.targets[0].value, task.targets[0].unit]).toEqual([['市科技局'], 100, '家'])
  })

  it('writes none when told not to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'))
    expect(run([seed], { GONGWEN_CACHE_DIR: dir, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(without)
    expect(readdirSync(dir)).toEqual([])
  })

  it('runs as without a cache when the cache is damaged, and replaces it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'))
    run([seed], { GONGWEN_CACHE_DIR: dir })
    const file = join(dir, readdirSync(dir)[0] as string)
    const bytes = readFileSync(file)
    const key = bytes.subarray(0, bytes.indexOf(0x0a) + 1)
    writeFileSync(file, Buffer.concat([key, Buffer.alloc(4096, 0x5a)]))
    expect(run([seed], { GONGWEN_CACHE_DIR: dir })).toEqual(without)
    // V8 refused it; the run wrote a new one.
    expect(readFileSync(file).subarray(key.length)).not.toEqual(Buffer.alloc(4096, 0x5a))
  })

  it('ignores a cache made from another build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'))
    run([seed], { GONGWEN_CACHE_DIR: dir })
    const file = join(dir, readdirSync(dir)[0] as string)
    writeFileSync(file, Buffer.concat([Buffer.from('gongwen-code-cache 1 0 0 0 v0 x\n'), readFileSync(file)]))
    expect(run([seed], { GONGWEN_CACHE_DIR: dir })).toEqual(without)
  })

  it('runs as without a cache when none can be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cache-'))
    const blocked = join(dir, 'a-file')
    writeFileSync(blocked, '')
    expect(run([seed], { GONGWEN_CACHE_DIR: join(blocked, 'cache') })).toEqual(without)
    expect(existsSync(join(blocked, 'cache'))).toBe(false)
  })
})
