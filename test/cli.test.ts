/**
 * The built command, run as users run it: output, exit codes, and one-line errors without stack traces.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NoticeSchema } from '../src/tree/schema.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
const seed = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-cli-'))

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('gongwen CLI', () => {
  it('prints the JSON of a notice that validates against the schema', () => {
    const r = run([seed])
    expect(r.code).toBe(0)
    const notice = NoticeSchema.parse(JSON.parse(r.stdout))
    expect(notice.docNumber?.text).toBe('聊政办字〔2023〕3号')
  })

  it('accepts the parse command, --pretty and -o', () => {
    const out = join(tmp, 'out.json')
    const r = run(['parse', seed, '--pretty', '-o', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const text = readFileSync(out, 'utf8')
    expect(text.split('\n')[1]).toMatch(/^ {2}"type": "notice"/)
  })

  it('reads standard input', () => {
    const r = run(['-'], readFileSync(seed))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).chapters).toHaveLength(11)
  })

  it('prints one JSON object per line for several files', () => {
    const r = run([seed, join(root, 'fixtures', 'gov-guobanfa-2018-117_incentive-measures', 'input.html')])
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => JSON.parse(l).issuer)).toEqual(['聊城市人民政府办公室', '国务院办公厅'])
  })

  it('prints the JSON Schema', () => {
    const r = run(['schema'])
    expect(r.code).toBe(0)
    const schema = JSON.parse(r.stdout)
    expect(schema.$schema).toMatch(/2020-12/)
    expect(schema.$id).toMatch(/^urn:gongwen:schema:notice:/)
    expect(schema.$ref).toBe('#/$defs/Notice')
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Notice', 'Chapter', 'Section', 'Task', 'Responsibility', 'Role', 'Target', 'Paragraph', 'Numbering', 'Position', 'Point', 'DocNumber', 'Citation', 'Attachment']),
    )
    expect(schema.$defs.Notice.properties.chapters).toEqual({ type: 'array', items: { $ref: '#/$defs/Chapter' } })
    expect(schema.$defs.Task.properties.tasks).toEqual({ type: 'array', items: { $ref: '#/$defs/Task' }, description: 'numbered sub-items' })
    expect(schema.$defs.Section.properties.sections.items).toEqual({ $ref: '#/$defs/Section' })
    expect(r.stdout).not.toMatch(/__schema/)
  })

  it('shows help and version', () => {
    expect(run(['--help']).stdout).toMatch(/Usage:/)
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })

  it('exits 64 on usage errors', () => {
    expect(run([]).code).toBe(64)
    const r = run(['--no-such-flag', seed])
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/^gongwen: /)
    expect(run([seed, '--input-format', 'rtf']).code).toBe(64)
  })

  it.each([
    ['a missing file', () => join(tmp, 'missing.txt'), /no such file/],
    ['a directory', () => tmp, /is a directory/],
    ['an empty file', () => (writeFileSync(join(tmp, 'empty.txt'), ''), join(tmp, 'empty.txt')), /empty/],
    ['a PDF cut short', () => (writeFileSync(join(tmp, 'x.pdf'), '%PDF-1.7\n%âãÏÓ\n'), join(tmp, 'x.pdf')), /not a readable PDF/],
    ['binary data', () => (writeFileSync(join(tmp, 'x.bin'), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0])), join(tmp, 'x.bin')), /binary/],
    ['bytes that are no text encoding', () => (writeFileSync(join(tmp, 'x.txt'), Buffer.from([0xff, 0xff, 0x80, 0x80, 0xff])), join(tmp, 'x.txt')), /UTF-8/],
  ])('exits 2 with one line for %s', (_what, file, reason) => {
    const r = run([file()])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(reason)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\s+at /)
  })

  it('exits 2 for an input over --max-bytes', () => {
    const r = run([seed, '--max-bytes', '1000'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/limit/)
  })
})

describe('output that cannot be written', () => {
  it('exits 4 with one line for a full standard output', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" "${seed}" > /dev/full`], { encoding: 'utf8' })
    expect(r.status).toBe(4)
    expect(r.stderr).toBe('gongwen: standard output: cannot be written (ENOSPC: no space left on device)\n')
  })

  it('exits 4 with one line for a missing directory or a directory as -o, and writes nothing', () => {
    const missing = run([seed, '-o', join(tmp, 'no', 'such', 'out.json')])
    expect(missing.code).toBe(4)
    expect(missing.stderr).toMatch(/^gongwen: .*out\.json: cannot be written \(ENOENT: no such directory\)\n$/)
    const directory = run([seed, '-o', tmp])
    expect(directory.code).toBe(4)
    expect(directory.stderr.split('\n')).toHaveLength(2)
  })

  it('replaces an output file only when the whole output is written', () => {
    const out = join(tmp, 'atomic.json')
    writeFileSync(out, 'old')
    expect(run([seed, '-o', out]).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).type).toBe('notice')
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('inputs without a notice', () => {
  it('refuses empty input alike in the library and the CLI', async () => {
    const { InputError, parse } = await import('../src/index.js')
    for (const input of ['', new Uint8Array(0)]) {
      expect(() => parse(input)).toThrow(InputError)
      try {
        parse(input)
      } catch (error) {
        expect((error as InstanceType<typeof InputError>).code).toBe('empty')
      }
    }
    const empty = join(tmp, 'empty.txt')
    writeFileSync(empty, '')
    expect(run([empty]).code).toBe(2)
  })

  it('reads a text without numbered items or statements, and says that it found no structure', () => {
    const english = join(tmp, 'english.txt')
    writeFileSync(english, 'This is an English letter.\nIt has no numbered items at all.\n')
    const r = run([english])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).chapters).toEqual([])
    expect(r.stderr).toBe('gongwen: warning: no chapters or tasks found: the text has no numbered items (一、 1. （一）…) and no responsibility statements\n')
  })
})

describe('messages in Chinese', () => {
  it('words errors and findings in Chinese with --lang zh or a Chinese locale, and keeps English otherwise', () => {
    const missing = run(['--lang', 'zh', join(tmp, 'missing.txt')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(`gongwen：${join(tmp, 'missing.txt')}：文件不存在\n`)
    const checked = spawnSync(process.execPath, [cli, 'check', seed], { encoding: 'utf8', cwd: root, env: { ...process.env, LANG: 'zh_CN.UTF-8' } })
    expect(checked.status).toBe(1)
    expect(checked.stdout).toContain('错误     方案标题`…推动绿色低高质量发展…`与通知标题中的`…推动绿色低碳高质量发展…`不一致  plan-title-mismatch')
    expect(checked.stdout.trimEnd().split('\n').at(-1)).toBe('1 个文件中有 1 个存在问题，共 4 处（错误 2 处，警告 2 处）')
    const english = run(['check', seed, '--lang', 'en'])
    expect(english.stdout).toContain('Unexpected plan heading')
    const bad = run(['--lang', 'fr', seed])
    expect(bad.code).toBe(64)
  })
})
