/**
 * The Document: every node of every fixture leads back to its text in `plain` (so that check rules place inside a
 * node exactly), `placeWithin` gives a node's own position for its whole text, reader warnings become messages
 * with rule ids, and character references decode within the range of code points.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocumentAsync } from '../src/document/read.js'
import { characterReference } from '../src/document/entities.js'
import { parseDocument } from '../src/pipeline.js'
import { allParagraphs, allTargets, allTasks } from '../src/tree/walk.js'
import type { Paragraph, Responsibility, Target } from '../src/tree/schema.js'

const root = join(import.meta.dirname, '..', 'fixtures')

describe('nodes lead back to their text', () => {
  for (const name of readdirSync(root).sort()) {
    const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.'))
    if (!input) continue
    it(name, async () => {
      const document = await readDocumentAsync(readFileSync(join(root, name, input)), { name: input })
      const notice = parseDocument(document)
      const nodes: Array<Paragraph | Target | Responsibility> = [
        ...allParagraphs(notice),
        ...allTargets(notice),
        ...allTasks(notice).flatMap((e) => e.task.responsibilities),
      ]
      expect(nodes.length).toBeGreaterThan(0)
      for (const node of nodes) {
        const at = document.plainOffset(node.position.start.offset)
        expect(document.plain.slice(at, at + node.text.length), `${node.type} at ${node.position.start.line}:${node.position.start.column}`).toBe(node.text)
        const whole = document.placeWithin(node, 0, node.text.length)
        expect([whole.start.offset, whole.end.offset]).toEqual([node.position.start.offset, node.position.end.offset])
      }
    })
  }
})

describe('placeWithin', () => {
  it('places characters of a paragraph of HTML by their entities and tags', async () => {
    const html = '<p>1.加强&nbsp;平台<b>建设</b>。（牵头单位：市科技局）</p>'
    const document = await readDocumentAsync(html)
    const notice = parseDocument(document)
    const paragraph = notice.tasks[0]!.paragraphs[0]!
    const at = paragraph.text.indexOf('建设')
    const place = document.placeWithin(paragraph, at, at + 2)
    expect(html.slice(place.start.offset, place.end.offset)).toBe('建设')
    const space = document.placeWithin(paragraph, paragraph.text.indexOf('\u00a0'), paragraph.text.indexOf('\u00a0') + 1)
    expect(html.slice(space.start.offset, space.end.offset)).toBe('&nbsp;')
  })

  it('places a heading joined from two lines, skipping the break between them', async () => {
    const text = '关于印发某市推动绿色\n发展实施方案的通知\n一、总体要求\n'
    const document = await readDocumentAsync(text)
    const heading = { text: '关于印发某市推动绿色发展实施方案的通知', position: document.place(0, 19) }
    const at = heading.text.indexOf('发展')
    const place = document.placeWithin(heading, at, at + 2)
    expect(text.slice(place.start.offset, place.end.offset)).toBe('发展')
    expect(place.start.line).toBe(2)
  })
})

describe('messages', () => {
  it('carry the warnings of reading with rule ids, and notice.warnings is their projection', async () => {
    const line = Buffer.from('一、总体要求\n1.加强平台建设。（牵头单位：市科技局）\n')
    const bytes = Buffer.concat([line, Buffer.from([0xff]), line])
    const document = await readDocumentAsync(bytes, { name: 'damaged.txt' })
    const notice = parseDocument(document)
    expect(document.messages.map((m) => m.ruleId)).toEqual(['damaged-encoding'])
    expect(document.messages[0]?.fatal).toBe(false)
    expect(notice.warnings).toEqual(document.messages.map((m) => m.reason))
  })
})

describe('character references', () => {
  it('decode numeric and the named ones notices use, and nothing outside the code points', () => {
    expect(characterReference('nbsp')).toBe('\u00a0')
    expect(characterReference('#12288')).toBe('\u3000')
    expect(characterReference('#x3000')).toBe('\u3000')
    expect(characterReference('#9999999')).toBeUndefined()
    expect(characterReference('#0')).toBeUndefined()
    expect(characterReference('ldquo')).toBeUndefined()
    expect(characterReference('#')).toBeUndefined()
  })
})

describe('headings run into their first article', () => {
  it('cuts a chapter heading from the article run into its line, and nothing else', async () => {
    const { parse } = await import('../src/sync.js')
    const text = '\u3000第一章\u3000总则\u3000\u3000第一条\u3000为规范管理，制定本办法。\n\u3000\u3000第二条\u3000本办法适用于全州。\n'
    const notice = parse(text, { targets: false })
    expect(notice.chapters.map((c) => [c.number?.text, c.title, c.tasks.map((t) => t.number?.text)])).toEqual([['第一章', '总则', ['第一条', '第二条']]])
    expect(notice.unread).toEqual([])
    // A title longer than a heading's, or a gap before no article, stays one line.
    const prose = parse('第一章\u3000总则\u3000\u3000本办法所称政务数据，是指各部门产生的数据。\n', { targets: false })
    expect(JSON.stringify(prose)).not.toContain('"title":"总则"')
    expect(prose.chapters.length + prose.tasks.length).toBe(1)
  })
})
