/**
 * jieba-js (src/passes/targets/jieba-js.ts), the browser build's tagger, gives the tags of @node-rs/jieba over the
 * same dictionary: token for token on snippets of every fixture, and on the edges of its cutting rules.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTagger, sortedLexicon } from '../src/passes/targets/jieba-js.js'
import { bindSync, PACKAGED } from '../src/passes/targets/jieba.js'

const root = join(import.meta.dirname, '..')
const dictionary = readFileSync(join(root, 'data', 'jieba-dict.txt'))
const { Jieba } = createRequire(import.meta.url)('@node-rs/jieba') as {
  Jieba: { withDict(dict: Uint8Array): { tag(text: string): Array<{ word: string; tag: string }> } }
}
const native = Jieba.withDict(dictionary)
const js = createTagger(dictionary.toString('utf8'))
/** The same dictionary looked up where it lies (the Node build's first tags). */
const sorted = createTagger(sortedLexicon(dictionary))

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
    expect(show(sorted.tag(text))).toEqual(show(native.tag(text)))
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
      const expected = show(native.tag(snippet)).join(' ')
      if (show(js.tag(snippet)).join(' ') !== expected || show(sorted.tag(snippet)).join(' ') !== expected) differ.push(snippet)
    }
    expect(differ).toEqual([])
  })

  it('reads the packaged dictionary by binary search: its words in byte order, each once, and its size and total as recorded', () => {
    const words = dictionary
      .toString('latin1')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ')[0] as string)
    const ordered = words.every((word, i) => i === 0 || (words[i - 1] as string) < word)
    expect(ordered).toBe(true)
    let total = 0
    for (const line of dictionary.toString('utf8').split('\n')) if (line) total += Number(line.split(' ')[1])
    expect({ bytes: dictionary.length, total }).toEqual(PACKAGED)
    // Summed by the lexicon when not given: the same.
    expect(sortedLexicon(dictionary).logTotal).toBe(Math.log(total))
  })

  it('node-rs: jieba-js tags first, then the native binding (after 5,000 characters), with the same tags throughout', () => {
    const segmenter = bindSync('node-rs')
    const texts = fixtureTexts()
    const differ: string[] = []
    // More than the characters tagged in JavaScript before the native binding loads.
    for (let k = 0, chars = 0; chars < 12_000; k++) {
      const text = texts[k % texts.length] as string
      const snippet = text.slice((k * 7919) % text.length).slice(0, 40)
      chars += snippet.length
      if (show(segmenter.tag(snippet)).join(' ') !== show(native.tag(snippet)).join(' ')) differ.push(snippet)
    }
    expect(differ).toEqual([])
  })
})
