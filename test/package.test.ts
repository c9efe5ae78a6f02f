/**
 * The built package as users load it: ESM import and CommonJS require both parse text, HTML and Markdown, its type
 * declarations let a strict TypeScript program walk every task and section without a cast, and its tarball holds
 * the build (no install-time build) without a CommonJS copy of it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const script = (load: string) => `
${load}
const out = [
  g.parse('一、总体\\n1.加强。新增企业10家。（市局负责）').chapters[0].tasks[0].lead[0],
  g.parse('<p>一、总体</p><p>1.加强。新增企业10家。（市局负责）</p>').chapters[0].tasks[0].targets[0].value,
  g.parse('# 一、总体\\n\\n1.加强。（市局负责）\\n').chapters[0].title,
  [typeof g.InputError, typeof g.RuleOptionsError],
]
console.log(JSON.stringify(out))`

/** A program of a user: every task at every depth, with no cast and no `any`, in both module systems. */
const WALK = `
import { InputError, parse, type Chapter, type Notice, type Section, type Task } from 'gongwen'
import { checkNotice } from 'gongwen/check'
import { NoticeSchema } from 'gongwen/schema'

const titles: string[] = []
const task = (t: Task): void => {
  titles.push(t.title, ...t.lead, ...t.targets.map((x) => x.metric ?? ''))
  for (const sub of t.tasks) task(sub)
}
const section = (s: Section): void => {
  for (const inner of s.sections) section(inner)
  for (const t of s.tasks) task(t)
}
const notice: Notice = parse('一、总体\\n1.加强。（市局负责）')
for (const chapter of notice.chapters satisfies Chapter[]) {
  for (const s of chapter.sections) section(s)
  for (const t of chapter.tasks) for (const s of t.tasks) for (const u of s.tasks) titles.push(u.title, u.number?.text ?? '')
}
notice.tasks.forEach(task)
const line: number = notice.chapters[0]?.tasks[0]?.tasks[0]?.position.start.line ?? 0
const code: string = new InputError('empty', 'no text').code
const again: Notice = NoticeSchema.parse(JSON.parse(JSON.stringify(notice)))
const rules: Array<string | null | undefined> = checkNotice(again, '一、总体').messages.map((m) => m.ruleId)
export { code, line, rules, titles }
`

describe('the built package', () => {
  it.each([
    // By the package's own name, through its exports: require() loads the ES module build (Node 20.19+, 22.12+).
    ['CommonJS', ['-e', script("const g = require('gongwen')")]],
    ['ESM', ['--input-type=module', '-e', script("const g = await import('gongwen')")]],
  ])('%s parses text, HTML and Markdown, and exports its errors', (_kind, args) => {
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual(['市局', 10, '总体', ['function', 'function']])
  })

  it.each([
    ['CommonJS', ['-e', "const s = require('gongwen/schema'); const c = require('gongwen/check'); main()"]],
    ['ESM', ['--input-type=module', '-e', "const s = await import('gongwen/schema'); const c = await import('gongwen/check'); main()"]],
  ])('%s loads the zod schemas from gongwen/schema and the check engine from gongwen/check', (_kind, [flag, ...rest]) => {
    const main = `function main() {
      const g = require('gongwen')
      const text = '一、总体\\n1.加强。（市局负责）'
      const notice = g.parse(text)
      const findings = c.checkNotice(notice, text).messages.map((m) => m.ruleId)
      console.log(JSON.stringify([s.NoticeSchema.safeParse(notice).success, s.noticeJsonSchema().$id === s.NOTICE_SCHEMA_ID, c.RULES.length > 10, typeof c.reportText, findings, typeof g.NoticeSchema, typeof g.checkNotice]))
    }`
    const program = flag === '-e' ? `${main}\n${rest[0]}` : `import { createRequire } from 'node:module'\nconst require = createRequire(process.cwd() + '/')\n${main}\n${rest[1]}`
    const args = flag === '-e' ? ['-e', program] : [flag as string, '-e', program]
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual([true, true, true, 'function', [], 'undefined', 'undefined'])
  })

  it('imports no zod, check rule or Node stream module with the main entry, and loads the check engine on the first check', () => {
    const program = `
      const before = new Set(process.moduleLoadList)
      const g = await import('gongwen')
      const builtins = process.moduleLoadList.filter((m) => !before.has(m) && /stream|crypto/.test(m))
      // zod's registry is a global made when zod loads.
      const zodAtImport = typeof globalThis.__zod_globalRegistry
      const file = await g.check('一、总体\\n1.加强。（市局负责）')
      console.log(JSON.stringify([builtins, zodAtImport, typeof globalThis.__zod_globalRegistry, Array.isArray(file.messages)]))`
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual([[], 'undefined', 'object', true])
  })

  it('has declarations that a strict program walks through without casts, from ESM and from CommonJS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-types-'))
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(root, join(dir, 'node_modules', 'gongwen'), 'dir')
    writeFileSync(join(dir, 'package.json'), '{"private": true, "type": "module"}')
    writeFileSync(join(dir, 'walk.ts'), WALK)
    writeFileSync(join(dir, 'walk.cts'), WALK)
    const options = { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noImplicitAny: true, module: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['walk.ts', 'walk.cts'] }))
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  }, 60_000)

  it('packs the build (made before packing, not on install), without a CommonJS copy, sources or maps', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(Object.keys(manifest.scripts).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([])
    expect(manifest.scripts.prepack).toBe('npm run build')
    const dry = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })
    const files = (JSON.parse(dry.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path)
    expect(files).toEqual(expect.arrayContaining(['bin/gongwen.cjs', 'dist/cli.cjs', 'dist/cli-bundle.cjs', 'dist/batch-worker.js', 'dist/index.js', 'dist/index.d.ts', 'dist/index.d.cts', 'data/jieba-dict.txt']))
    // The only CommonJS files are the command's: its bin, its launcher and the CLI's bundle, which the launcher
    // compiles with a code cache (src/cli/launch.ts).
    const command = ['bin/gongwen.cjs', 'dist/cli.cjs', 'dist/cli-bundle.cjs']
    expect(files.filter((f) => (f.endsWith('.cjs') && !command.includes(f)) || f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/'))).toEqual([])
  }, 60_000)

  it('names every package it bundles, at the version installed, with its licence, in THIRD-PARTY-NOTICES.md', async () => {
    const { BUNDLED } = await import('../scripts/bundled.mjs')
    const notices = readFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8')
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[]; dependencies: Record<string, string> }
    expect(manifest.files).toContain('THIRD-PARTY-NOTICES.md')
    for (const name of BUNDLED) {
      const { version, license } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string }
      expect(notices, `${name} (npm run notices)`).toContain(`## ${name} ${version} (${license})`)
    }
    // Bundled and no longer installed: opencc-js and fast-diff (zod and vfile stay dependencies for their types).
    expect(Object.keys(manifest.dependencies)).not.toContain('opencc-js')
    expect(Object.keys(manifest.dependencies)).not.toContain('fast-diff')
  })

  it('runs the command through its bin, which finds the build', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string
    expect(execFileSync(process.execPath, [join(root, 'bin', 'gongwen.cjs'), '--version'], { encoding: 'utf8' }).trim()).toBe(version)
  })
})
