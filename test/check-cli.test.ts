/**
 * `gongwen check` as users run it (the built dist/cli.cjs): the seed's four defects and exit 1, the evaluation
 * notices without false errors, reporters, config files and flags, and one-line errors with exit 2.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/check/preset.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
const seed = 'seeds/liaocheng-2023-key-tasks.txt'
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-check-cli-'))

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { input: options.input, encoding: 'utf8', cwd: options.cwd ?? root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A folder with a copy of the seed and, if given, a config file above it. */
function project(name: string, config?: Record<string, unknown>, file = 'gongwen.config.json'): string {
  const dir = join(tmp, name)
  mkdirSync(join(dir, 'notices'), { recursive: true })
  cpSync(join(root, seed), join(dir, 'notices', 'seed.txt'))
  if (config) writeFileSync(join(dir, file), JSON.stringify(config))
  return dir
}

/** The evaluation notices and how `check` ends on each: exit code, errors and warnings. */
const EVAL: Array<[string, number, number, number]> = [
  ['baotou-2022-digital-gov-evaluation-measures/input.txt', 1, 1, 0],
  ['gov-guobanfa-2018-117_incentive-measures/input.html', 0, 0, 0],
  ['gov-guobanfa-2018-126_innovation-reforms-table/input.html', 0, 0, 0],
  ['gov-guobanfa-2018-128_zero-waste-city-pilot/input.html', 0, 0, 4],
  ['gov-guofa-2018-39_employment-measures.page/input.html', 0, 0, 0],
  ['jinan-kechuang-jinan-policy-measures-2021/input.txt', 0, 0, 0],
  ['liaocheng-2023-key-tasks/input.txt', 1, 2, 2],
  ['yangzhou-2024-gov-work-report/input.txt', 0, 0, 0],
]

describe('gongwen check', () => {
  it('reports the four defects of the seed and exits 1', () => {
    const r = run([seed])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      `${seed}:12:17 error`,
      `${seed}:54:159-54:184 error`,
      `${seed}:118:119-118:120 warning`,
      `${seed}:121:95-121:96 warning`,
      '',
      '4 problems',
    ])
    expect(lines.at(-1)).toBe('4 problems (2 errors, 2 warnings) in 1 of 1 file')
  })

  it('gives no false errors on the evaluation notices', () => {
    for (const [path, code, errors, warnings] of EVAL) {
      const r = run([join('fixtures', path), '--reporter', 'json'])
      expect(r.code, path).toBe(code)
      const [file] = JSON.parse(r.stdout) as Array<{ errorCount: number; warningCount: number }>
      expect([file?.errorCount, file?.warningCount], path).toEqual([errors, warnings])
    }
  })

  it('fails on warnings with --frail', () => {
    const notice = join('fixtures', 'gov-guobanfa-2018-128_zero-waste-city-pilot', 'input.html')
    expect(run([notice]).code).toBe(0)
    expect(run([notice, '--frail']).code).toBe(1)
  })

  it('reads standard input and several files', () => {
    const r = run(['-', join('fixtures', 'jinan-kechuang-jinan-policy-measures-2021', 'input.txt')], { input: readFileSync(join(root, seed)) })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('<stdin>:54:159-54:184')
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('4 problems (2 errors, 2 warnings) in 1 of 2 files')
  })

  it('prints GitHub Actions workflow commands', () => {
    const r = run([seed, '--reporter', 'github'])
    expect(r.code).toBe(1)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(
      `::error file=${seed},line=12,endLine=12,col=17,endColumn=17,title=gongwen plan-title-mismatch::Unexpected plan heading \`…推动绿色低高质量发展…\`, expected \`…推动绿色低碳高质量发展…\` as in the notice title`,
    )
    expect(lines.slice(0, 4).every((l) => /^::(error|warning) file=[^:]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=gongwen [a-z-]+::Unexpected /.test(l))).toBe(true)
  })

  it('writes SARIF to a file with -o', () => {
    const out = join(tmp, 'report.sarif')
    const r = run([seed, '--reporter', 'sarif', '-o', out])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const log = JSON.parse(readFileSync(out, 'utf8'))
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      'plan-title-mismatch',
      'paired-punctuation',
      'mixed-width-punctuation',
      'mixed-width-punctuation',
    ])
  })

  it('exits 2 with one line and no stack trace for input it cannot read', () => {
    const empty = join(tmp, 'empty.txt')
    writeFileSync(empty, '')
    const none = join(tmp, 'none')
    mkdirSync(none, { recursive: true })
    const binary = join(tmp, 'binary.txt')
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    for (const [args, reason] of [
      [['missing.txt'], 'gongwen: missing.txt: no such file'],
      [[none], `gongwen: ${none}: is a directory with no notice files`],
      [[empty], `gongwen: ${empty}: the file is empty`],
      [[binary], `gongwen: ${binary}: `],
    ] as Array<[string[], string]>) {
      const r = run(args)
      expect(r.code, args[0]).toBe(2)
      expect(r.stdout, args[0]).toBe('')
      expect(r.stderr.split('\n'), args[0]).toHaveLength(2)
      expect(r.stderr.startsWith(reason), r.stderr).toBe(true)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
    const r = run([seed, 'missing.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('gongwen: missing.txt: no such file\n')
    expect(r.stdout).toContain('4 problems')
  })

  it('finds a config file above the notice, and obeys --config and --no-config', () => {
    const dir = project('config', { rules: { 'paired-punctuation': 'off', 'plan-title-mismatch': 'warning' } })
    const quiet = run(['notices/seed.txt'], { cwd: dir })
    expect(quiet.code).toBe(0)
    expect(quiet.stdout.trimEnd().split('\n').at(-1)).toBe('3 problems (0 errors, 3 warnings) in 1 of 1 file')
    expect(run(['notices/seed.txt', '--no-config'], { cwd: dir }).code).toBe(1)
    const rc = project('rc', { rules: { numbering: 'off' } }, '.gongwenrc.json')
    expect(run(['notices/seed.txt', '--config', join(dir, 'gongwen.config.json')], { cwd: rc }).code).toBe(0)
    expect(run(['notices/seed.txt'], { cwd: rc }).code).toBe(1)
  })

  it('exits 2 with one line for a config file it cannot use', () => {
    const dir = project('bad-config')
    writeFileSync(join(dir, 'gongwen.config.json'), '{"rules": {"numbering": "loud"}}')
    const r = run(['notices/seed.txt'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^gongwen: .*gongwen\.config\.json: invalid config at rules\.numbering: expected .*\n$/)
    expect(r.stdout).toBe('')
  })

  it('sets rules and severities with --rule, options with --rule-options and --known-units', () => {
    const r = run([seed, '--rule', 'paired-punctuation=off', '--rule', 'plan-title-mismatch:warning', '--rule', 'mixed-width-punctuation=off'])
    expect(r.code).toBe(0)
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 problem (0 errors, 1 warning) in 1 of 1 file')
    const units = join(tmp, 'units.txt')
    writeFileSync(units, '市科技局\n市水利局\n市卫生健康委\n')
    const known = run([seed, '--known-units', units, '--reporter', 'json'])
    const [file] = JSON.parse(known.stdout) as Array<{ messages: Array<{ ruleId: string; actual: string }> }>
    const unknown = file?.messages.filter((m) => m.ruleId === 'unknown-unit').map((m) => m.actual) ?? []
    expect(unknown).toContain('市工业和信息化局')
    expect(unknown).not.toContain('市科技局')
    const options = run([seed, '--rule-options', 'unknown-unit={"units":["市科技局"]}', '--rule', 'unknown-unit=error', '--reporter', 'json'])
    expect((JSON.parse(options.stdout) as Array<{ errorCount: number }>)[0]?.errorCount).toBeGreaterThan(100)
  })

  it('explains usage errors in one line with a hint, exit 64', () => {
    for (const args of [[], [seed, '--reporter', 'xml'], [seed, '--rule', 'nope=error'], [seed, '--rule', 'numbering=loud'], [seed, '--rule-options', 'unknown-unit={"units":3}']]) {
      const r = run(args)
      expect(r.code, args.join(' ')).toBe(64)
      expect(r.stderr, args.join(' ')).toMatch(/^gongwen: [^\n]+\nRun gongwen --help for usage\.\n$/)
    }
  })

  it('lists the rules and shows its usage in --help', () => {
    const list = run(['--list-rules'])
    expect(list.code).toBe(0)
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(RULES.length)
    expect(list.stdout).toMatch(/^numbering\s+error\s+/)
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' })
    expect(help.stdout).toContain('Usage: gongwen check <file|dir|glob|-> [more] [options]')
    expect(help.stdout).toContain('--reporter R')
  })
})
