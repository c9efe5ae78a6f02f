import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { simplifierSync } from '../src/document/opencc-sync.js'
import { simplifyKeepingLength, traditionalVariant } from '../src/document/traditional.js'
import { parse } from '../src/index.js'

const root = join(import.meta.dirname, '..')
const seed = readFileSync(join(root, 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')
const tw = readFileSync(join(root, 'fixtures', 'seed-traditional-tw', 'input.txt'), 'utf8')
const hk = readFileSync(join(root, 'fixtures', 'seed-traditional-hk', 'input.txt'), 'utf8')

describe('Traditional Chinese input', () => {
  it('is told from Simplified text, and Taiwan from Hong Kong forms, without loading opencc', () => {
    expect(traditionalVariant(seed)).toBeNull()
    expect(traditionalVariant(tw)).toBe('tw')
    expect(traditionalVariant(hk)).toBe('hk')
    // A Simplified notice that quotes one Traditional name stays Simplified.
    expect(traditionalVariant(`${seed}\n《臺灣》`)).toBeNull()
    expect(traditionalVariant('新增高新技術企業100家以上')).toBe('tw')
  })

  it('converts to Simplified keeping the length, character by character where a phrase would change it', () => {
    const simplify = simplifierSync('tw')
    expect(simplifyKeepingLength(tw, simplify)).toBe(seed)
    // A converter whose phrase changes length: the run falls back to single characters.
    const phrase = (text: string) => text.replace('軟體', '软件包').replace('體', '体').replace('軟', '软')
    const out = simplifyKeepingLength('使用軟體。', phrase)
    expect(out).toBe('使用软体。')
    expect(out.length).toBe('使用軟體。'.length)
  })

  it('matches on the Simplified view, keeps output strings as written, and positions in the original', () => {
    const n = parse(tw)
    const task = n.chapters[0]!.tasks[1]!
    expect(task.title).toBe('加強創新平臺建設')
    expect(task.lead).toEqual(['市科技局', '市工業和信息化局', '市發展改革委'])
    expect(task.targets.map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['市級創新平臺', 50, '家'],
      ['省級以上創新平臺', 20, '家'],
    ])
    expect(tw.slice(task.position.start.offset, task.position.start.offset + 10)).toBe('2.加強創新平臺建設')
    expect(tw.slice(task.targets[0]!.position.start.offset, task.targets[0]!.position.end.offset)).toContain('50家以上')
  })

  it('gives Simplified output strings with `simplified`, positions unchanged', () => {
    const plain = parse(tw)
    const simple = parse(tw, { simplified: true })
    const task = simple.chapters[0]!.tasks[1]!
    expect(task.title).toBe('加强创新平台建设')
    expect(task.lead).toEqual(['市科技局', '市工业和信息化局', '市发展改革委'])
    expect(task.position).toEqual(plain.chapters[0]!.tasks[1]!.position)
    expect(simple.title).toBe(parse(seed).title)
  })
})
