/**
 * The browser build (dist/browser/, the `browser` export condition; `npm test` builds it first): no Node built-in
 * on any of its modules, and every fixture read through it gives its expected.json, with the browser's own
 * segmenter (jieba-js, loaded on first need). The Playwright suite (.ci/run) runs the same fixtures in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type * as Gongwen from '../src/browser.js'

const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist', 'browser')
const modules = readdirSync(dist).filter((f) => f.endsWith('.js'))
const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof Gongwen

/** Every module a file imports by name (static and dynamic imports). */
function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1] as string)
}

describe('the browser build', () => {
  it('imports no Node built-in and uses no Node global', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
    for (const file of modules) {
      const code = readFileSync(join(dist, file), 'utf8')
      expect(importsOf(code).filter((m) => m.startsWith('node:') || builtins.has(m)), file).toEqual([])
      expect(code, file).not.toMatch(/\bBuffer\.|\bprocess\.|\brequire\(|import\.meta\./)
    }
  })

  it('is what the `browser` condition of the package export points to', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, unknown>> }
    expect(Object.keys(pkg.exports['.'] ?? {})[0]).toBe('browser')
    expect(pkg.exports['.']?.browser).toEqual({ types: './dist/browser/index.d.ts', default: './dist/browser/index.js' })
  })

  it('parses synchronously before its segmenter is loaded, with a warning, and parseAsync() loads it', async () => {
    expect(lib.DEFAULT_SEGMENTER).toBe('jieba-js')
    const text = '一、总体要求\n1.加强创新平台建设。新增高新技术企业100家以上。（牵头单位：市科技局）'
    const before = lib.parse(text)
    expect(before.warnings.join('\n')).toMatch(/jieba-js segmenter is not loaded yet/)
    const after = await lib.parseAsync(text)
    expect(after.warnings).toEqual([])
    expect(after.chapters[0]?.tasks[0]?.targets[0]).toMatchObject({ metric: '高新技术企业', value: 100, unit: '家', comparator: 'gte' })
    expect(lib.parse(text)).toEqual(after)
  })

  it('reads Traditional text synchronously once opencc is loaded, and says how before', async () => {
    const text = readFileSync(join(root, 'fixtures', 'seed-traditional-tw', 'input.txt'))
    expect(() => lib.parse(text)).toThrow(/Traditional Chinese input needs opencc/)
    await lib.loadSimplifier('tw')
    expect(lib.parse(text).chapters).toHaveLength(11)
  })

  it('refuses the native bindings with a reason', () => {
    const notice = lib.parse('新增高新技术企业100家以上。', { segmenter: 'node-rs' })
    expect(notice.warnings.join('\n')).toMatch(/native Node addon/)
  })
})

describe('fixtures through the browser build', () => {
  for (const name of readdirSync(join(root, 'fixtures')).sort()) {
    const dir = join(root, 'fixtures', name)
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))
    if (!input) continue
    it(name, async () => {
      const notice = await lib.parseAsync(readFileSync(join(dir, input)), { name: input })
      expect(JSON.parse(JSON.stringify(notice))).toEqual(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')))
    })
  }
})
