/**
 * The built package as users load it: ESM import and CommonJS require both parse text, HTML and Markdown.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const script = (load: string) => `
${load}
const out = [
  g.parse('一、总体\\n1.加强。新增企业10家。（市局负责）').chapters[0].tasks[0].lead[0],
  g.parse('<p>一、总体</p><p>1.加强。新增企业10家。（市局负责）</p>').chapters[0].tasks[0].targets[0].value,
  g.parse('# 一、总体\\n\\n1.加强。（市局负责）\\n').chapters[0].title,
]
console.log(JSON.stringify(out))`

describe('the built package', () => {
  it.each([
    ['CommonJS', ['-e', script("const g = require('./dist/index.cjs')")]],
    ['ESM', ['--input-type=module', '-e', script("const g = await import('./dist/index.js')")]],
  ])('%s parses text, HTML and Markdown', (_kind, args) => {
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual(['市局', 10, '总体'])
  })
})
