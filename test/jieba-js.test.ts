/**
 * jieba-js (src/passes/targets/jieba-js.ts), the browser build's tagger, gives the tags of @node-rs/jieba over the
 * same dictionary: token for token on snippets of every fixture, and on the edges of its cutting rules.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTagger } from '../src/passes/targets/jieba-js.js'

const root = join(import.meta.dirname, '..')
const dictionary = readFileSync(join(root, 'data', 'jieba-dict.txt'))
const { Jieba } = createRequire(import.meta.url)('@node-rs/jieba') as {
  Jieba: { withDict(dict: Uint8Array): { tag(text: string): Array<{ word: string; tag: string }> } }
}
const native = Jieba.withDict(dictionary)
const js = createTagger(dictionary.toString('utf8'))

/** Tokens as `word/tag`, in order. */
const show = (tokens: Array<{ word: string; tag: string }>): string[] => tokens.map((t) => `${t.word}/${t.tag}`)

/** The text inputs of the fixtures (Word files are zip). */
function fixtureTexts(): string[] {
  const texts: string[] = []
  for (const name of readdirSync(join(root, 'fixtures')).sort()) {
    const dir = join(root, 'fixtures', name)
    for (const file of readdirSync(dir)) if (file.startsWith('input.') && !file.endsWith('.docx')) texts.push(readFileSync(join(dir, file), 'utf8'))
  }
  return texts
}

describe('jieba-js', () => {
  it.each([
    ['a metric', '新增高新技术企业100家以上'],
    ['words the trimmed dictionary lacks', '实施仲子庙、刘桥西引河2处中型灌区续建配套'],
    ['decimals, letters and digits', '20.1亿立方米 PM2.5浓度 5G基站 A级景区'],
    ['full-width digits and punctuation', '１００家（牵头单位：市科技局）'],
    ['whitespace and line ends', 'a b\r\nc\n\n\t一\u3000二'],
    ['lone surrogates', '企业\ud83d一\udc00'],
    ['characters outside the BMP', '𠀀𠮷野家'],
    ['nothing', ''],
  ])('%s', (_what, text) => {
    expect(show(js.tag(text))).toEqual(show(native.tag(text)))
  })

  it('tags 20,000 snippets of the fixtures as @node-rs/jieba does', () => {
    const texts = fixtureTexts()
    // A fixed linear congruential sequence: the same snippets every run.
    let seed = 12345
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const differ: string[] = []
    for (let k = 0; k < 20_000; k++) {
      const text = texts[k % texts.length] as string
      const start = Math.floor(next() * text.length)
      const snippet = text.slice(start, start + 1 + Math.floor(next() * 24))
      if (show(js.tag(snippet)).join(' ') !== show(native.tag(snippet)).join(' ')) differ.push(snippet)
    }
    expect(differ).toEqual([])
  })
})
