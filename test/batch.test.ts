/**
 * Batches: directories and globs, results streamed in input order as JSON lines or CSV, or written under an output
 * directory; a bad file is reported on one line and skipped, and sets exit code 2; a summary ends the run; the
 * progress bar only on a terminal.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { progressBar } from '../src/batch/progress.js'
import { main } from '../src/cli/main.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-batch-'))
const dir = join(tmp, 'notices')
mkdirSync(join(dir, 'sub'), { recursive: true })
copyFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), join(dir, '01.txt'))
copyFileSync(join(root, 'fixtures', 'gov-guobanfa-2018-117_incentive-measures', 'input.html'), join(dir, '02.html'))
copyFileSync(join(root, 'fixtures', 'seed-markdown', 'input.md'), join(dir, '03.md'))
copyFileSync(join(root, 'fixtures', 'seed-docx', 'input.docx'), join(dir, '04.docx'))
writeFileSync(join(dir, '05.txt'), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0]))
copyFileSync(join(root, 'fixtures', 'jinan-kechuang-jinan-policy-measures-2021', 'input.txt'), join(dir, 'sub', '06.txt'))
writeFileSync(join(dir, 'notes.json'), '{}')
const good = ['01.txt', '02.html', '03.md', '04.docx', 'sub/06.txt'].map((f) => join(dir, f))

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: tmp, maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('batches', () => {
  it('streams a directory as JSON lines in input order, skipping and reporting a bad file, exit 2', () => {
    const r = run([dir, '-f', 'jsonl', '-j', '2'])
    expect(r.code).toBe(2)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.file)).toEqual(good)
    expect(lines.map((l) => l.source.format)).toEqual(['text', 'html', 'markdown', 'docx', 'text'])
    const errors = r.stderr.trim().split('\n')
    expect(errors).toHaveLength(2)
    expect(errors[0]).toBe(`gongwen: ${join(dir, '05.txt')}: looks like binary data, not a text notice`)
    expect(errors[1]).toMatch(/^gongwen: 6 files in [\d.]+ s \([\d.]+\/s, 2 threads\): 5 parsed, 1 failed$/)
    // No progress bar in a pipe.
    expect(r.stderr).not.toMatch(/[\r\x1b]/)
  })

  it('uses one worker for a small batch unless asked for more: a worker costs as much as parsing 1,000 notices', () => {
    const r = run([dir, '-f', 'jsonl'])
    expect(r.stderr).toMatch(/\(\d[\d.]*\/s, 1 thread\): 5 parsed, 1 failed$/m)
  })

  it('gives the same output with one worker as with two threads or two processes', () => {
    const one = run([dir, '-j', '1'])
    expect(one.stdout).toBe(run([dir, '-j', '2']).stdout)
    const processes = run([dir, '-j', '2', '--workers', 'processes'])
    expect(processes.stdout).toBe(one.stdout)
    expect(processes.stderr).toMatch(/2 processes\): 5 parsed, 1 failed/)
  })

  it('expands globs, and exits 0 when every file parses', () => {
    const r = run(['notices/**/0[1-4].*', '-f', 'jsonl'])
    expect(r.code).toBe(0)
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['notices/01.txt', 'notices/02.html', 'notices/03.md', 'notices/04.docx'])
    expect(r.stderr).toMatch(/4 files .*: 4 parsed, 0 failed/)
  })

  it('writes one file per input under --out-dir, mirroring their paths', () => {
    const out = join(tmp, 'out')
    const r = run(['notices', '-O', out, '-f', 'md'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    for (const f of ['01.md', '02.md', '03.md', '04.md', 'sub/06.md']) expect(existsSync(join(out, 'notices', f)), f).toBe(true)
    expect(existsSync(join(out, 'notices', '05.md'))).toBe(false)
    expect(readFileSync(join(out, 'notices', '01.md'), 'utf8')).toMatch(/^# 聊城市人民政府办公室/)
    expect(r.stderr).toMatch(/written under /)
  })

  it('streams one CSV ledger with a file column and one header', () => {
    const r = run([dir, '-f', 'csv'])
    const rows = parseCsv(r.stdout, { bom: true }) as string[][]
    expect(rows[0]!.slice(0, 3)).toEqual(['文件', '序号', '章节'])
    expect(rows.filter((row) => row[0] === '文件')).toHaveLength(1)
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(good))
  })

  it('collects one .xlsx workbook for a batch', async () => {
    const out = join(tmp, 'all.xlsx')
    expect(run([dir, '-f', 'xlsx', '-o', out]).code).toBe(2)
    const { default: readXlsxFile } = await import('read-excel-file/node')
    const tasks = (await readXlsxFile(out)).find((sheet) => sheet.sheet === '任务台账')!.data
    expect(tasks[0]![0]).toBe('文件')
    expect(new Set(tasks.slice(1).map((row) => row[0]))).toEqual(new Set(good))
  })

  it('exits 2 for a directory without notices and a glob that matches nothing', () => {
    const empty = join(tmp, 'empty')
    mkdirSync(empty, { recursive: true })
    const r = run([empty])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toMatch(/is a directory with no notice files/)
    expect(run(['nothing/*.txt']).stderr).toMatch(/nothing\/\*\.txt: no file matches/)
  })

  it('splits a batch into disjoint shares with --shard K/N, which together give what one run gives', () => {
    const lines = (r: { stdout: string }) => r.stdout.trim().split('\n').filter(Boolean).sort()
    const whole = lines(run([dir, '-f', 'jsonl', '--no-progress']))
    const shares = [1, 2, 3].map((k) => lines(run([dir, '-f', 'jsonl', '--no-progress', '--shard', `${k}/3`])))
    expect(shares.flat().sort()).toEqual(whole)
    const files = shares.map((share) => share.map((line) => JSON.parse(line).file as string))
    expect(new Set(files.flat()).size).toBe(files.flat().length)
    expect(run([dir, '--shard', '4/3']).code).toBe(64)
    expect(run([dir, '--shard', '0/3']).code).toBe(64)
  })

  it('names every entry of a directory it skips, and reads each directory once', () => {
    const dir = join(tmp, 'links')
    mkdirSync(dir, { recursive: true })
    copyFileSync(good[0]!, join(dir, 'a.txt'))
    symlinkSync('nowhere.txt', join(dir, 'broken.txt'))
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'))
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'))
    symlinkSync('.', join(dir, 'self'))
    const r = run([dir, '-f', 'jsonl'])
    expect(r.code).toBe(2)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(`${join(dir, 'broken.txt')}: skipped, a symbolic link to nothing`)
    expect(r.stderr).toContain(`${join(dir, 'loop-a.txt')}: skipped, a symbolic link that leads in a loop`)
    expect(r.stderr).toContain(`${join(dir, 'loop-b.txt')}: skipped, a symbolic link that leads in a loop`)
  })

  it('exits 4 and leaves no file half written when --out-dir cannot be written', () => {
    const blocker = join(tmp, 'blocker')
    writeFileSync(blocker, 'a file where a directory should be')
    const r = run([good[0]!, good[1]!, '-O', join(blocker, 'out'), '-j', '1'])
    expect(r.code).toBe(4)
    expect(r.stderr).toMatch(/cannot be written \(ENOTDIR|cannot be written \(EEXIST/)
  })
})

describe('progress bar', () => {
  const ci = process.env.CI
  afterEach(() => {
    if (ci === undefined) delete process.env.CI
    else process.env.CI = ci
    vi.restoreAllMocks()
  })

  it('is drawn on a terminal, and cleared before messages and at the end', async () => {
    delete process.env.CI
    let err = ''
    const io = { stdout: () => {}, stderr: (t: string) => void (err += t), isTTY: true }
    expect(await main([good[0]!, good[4]!, '-j', '1'], io)).toBe(0)
    expect(err).toMatch(/\r\x1b\[K\[#+\] 2\/2 [\d.]+ files\/s/)
    expect(err).toMatch(/\r\x1b\[Kgongwen: 2 files/)
  })

  it('is not drawn in CI, nor with --no-progress', async () => {
    process.env.CI = 'true'
    let err = ''
    const io = { stdout: () => {}, stderr: (t: string) => void (err += t), isTTY: true }
    await main([good[0]!, good[4]!], io)
    delete process.env.CI
    await main([good[0]!, good[4]!, '--no-progress'], io)
    expect(err).not.toMatch(/[\r\x1b]/)
  })

  it('counts failures and draws at most every 100 ms', () => {
    let out = ''
    const bar = progressBar(3, (t) => void (out += t), true)
    bar.tick(false)
    bar.tick(true)
    bar.tick(false)
    bar.done()
    expect(out.match(/files\/s/g)?.length).toBe(2)
    expect(out).toMatch(/3\/3 \(1 failed\)/)
  })
})
