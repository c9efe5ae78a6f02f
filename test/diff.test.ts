import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { similarity } from '../src/diff/similarity.js'
import { textEdits } from '../src/diff/edits.js'
import { longestIncreasing } from '../src/diff/index.js'
import { changeCount, diffNotices, formatDiff, parse } from '../src/index.js'

const root = join(import.meta.dirname, '..')
const seedPath = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
// The seed with three targets edited (50→60 家, 20→15 家, 50→80 项) and task 3 of chapter 一 removed.
const editedPath = join(root, 'fixtures', 'seed-edited', 'input.txt')
const cli = join(root, 'dist', 'cli.cjs')

describe('diff', () => {
  it('reports exactly the three edited targets and the removed task of an edited seed', () => {
    const d = diffNotices(parse(readFileSync(seedPath)), parse(readFileSync(editedPath)))
    expect(d.tasks.removed.map((t) => t.title)).toEqual(['培育创新创业共同体'])
    expect(d.tasks.added).toEqual([])
    expect(d.tasks.reworded).toEqual([])
    expect(d.tasks.moved).toEqual([])
    // The targets' wording is the text's too: the tasks whose targets changed are edited, and only they.
    expect(d.tasks.edited.map((e) => [e.new.title, e.edits.map((x) => [x.old, x.new])])).toEqual([
      ['加强创新平台建设', [['50', '60'], ['20', '15']]],
      ['推进关键核心技术攻关', [['50', '80']]],
    ])
    expect(d.tasks.edited[0]!.edits[0]).toEqual({ before: '建设市级创新平台', old: '50', new: '60', after: '家以上。提升聊城' })
    const change = (c: (typeof d.targets.raised)[number]) => [c.task?.title, c.metric, c.old.value, c.new.value, c.unit]
    expect(d.targets.raised.map(change)).toEqual([
      ['加强创新平台建设', '市级创新平台', 50, 60, '家'],
      ['推进关键核心技术攻关', '科技攻关项目', 50, 80, '项'],
    ])
    expect(d.targets.lowered.map(change)).toEqual([['加强创新平台建设', '省级以上创新平台', 20, 15, '家']])
    expect([d.targets.new, d.targets.dropped, d.targets.changed]).toEqual([[], [], []])
    expect(d.units).toEqual({ changed: [], added: [], removed: [] })
    expect(d.old.tasks - d.new.tasks).toBe(1)
  })

  it('finds nothing between a notice and itself, whatever its format', () => {
    const d = diffNotices(parse(readFileSync(seedPath)), parse(readFileSync(join(root, 'fixtures', 'seed-markdown', 'input.md'))))
    expect([d.tasks, d.targets, d.units]).toEqual([
      { added: [], removed: [], reworded: [], edited: [], moved: [] },
      { raised: [], lowered: [], changed: [], new: [], dropped: [] },
      { changed: [], added: [], removed: [] },
    ])
    expect(formatDiff(d, { old: 'a', new: 'b' })).toContain('没有变化。')
    expect(changeCount(d)).toBe(0)
  })

  it('reports edited text, moved tasks and changed units, and renumbering as no move', () => {
    const before = parse(
      '一、创新驱动\n1.加强平台建设。新增平台20家以上。（牵头单位：市科技局）\n2.推进项目建设。加快项目落地。（牵头单位：市发展改革委）\n3.优化营商环境。深化改革。（牵头单位：市政府办公室）\n4.培育企业。（牵头单位：市工业和信息化局）\n二、民生保障\n5.扩大就业。新增就业1万人。（牵头单位：市人力资源社会保障局）\n',
    )
    const after = parse(
      '一、创新驱动\n1.推进项目建设。加快项目落地。（牵头单位：市发展改革委；配合单位：市财政局）\n2.加强平台建设。新增平台20家以上，完善考核办法。（牵头单位：市科技局）\n3.培育企业。（牵头单位：市工业和信息化局）\n二、民生保障\n4.扩大就业。新增就业1万人。（牵头单位：市人力资源社会保障局）\n5.优化营商环境。深化改革。（牵头单位：市政府办公室）\n',
    )
    const d = diffNotices(before, after)
    expect([d.tasks.added, d.tasks.removed, d.tasks.reworded]).toEqual([[], [], []])
    // One of 加强平台建设 and 推进项目建设 swapped places; 优化营商环境 went to another chapter; 培育企业 and
    // 扩大就业 only took new numbers.
    expect(d.tasks.moved.map((m) => [m.old.number, m.new.number, m.new.title, m.reason])).toEqual([
      ['2.', '1.', '推进项目建设', 'order'],
      ['3.', '5.', '优化营商环境', 'place'],
    ])
    expect(d.tasks.moved[1]!.old.chapter).toBe('一、创新驱动')
    expect(d.tasks.moved[1]!.new.chapter).toBe('二、民生保障')
    expect(d.tasks.edited.map((e) => [e.new.title, e.edits.map((x) => [x.old, x.new])])).toEqual([
      ['推进项目建设', [['', '；配合单位：市财政局']]],
      ['加强平台建设', [['', '，完善考核办法']]],
    ])
    expect(d.units.changed).toEqual([expect.objectContaining({ task: expect.objectContaining({ title: '推进项目建设' }), support: { added: ['市财政局'], removed: [] } })])
    expect(changeCount(d)).toBe(6)
    const text = formatDiff(d, { old: 'a', new: 'b' })
    expect(text).toContain('内容改动（2）\n  ~ 1. 推进项目建设（旧第3行，新第2行）：…位：市发展改革委{+；配合单位：市财政局+}）…\n')
    expect(text).toContain('移动任务（2）\n  → 1. 推进项目建设：【一、创新驱动】2. → 【一、创新驱动】1.（次序改变，旧第3行，新第2行）\n  → 5. 优化营商环境：【一、创新驱动】3. → 【二、民生保障】5.（旧第4行，新第7行）\n')
    expect(text).toContain('单位变化（1）\n  ~ 1. 推进项目建设：+配合 市财政局（新第2行）\n')
  })

  it('cuts an edit to whole numbers, and shows a little text around it', () => {
    expect(textEdits('到2025年达到1.5万人，增长3%', '到2026年达到2.5万人，增长13%')).toEqual([
      { before: '到', old: '2025', new: '2026', after: '年达到' },
      { before: '年达到', old: '1.5', new: '2.5', after: '万人，增长' },
      { before: '万人，增长', old: '3', new: '13', after: '%' },
    ])
    expect(textEdits('同样', '同样')).toEqual([])
    expect(textEdits('a'.repeat(30_000), 'a'.repeat(15_000) + 'b' + 'a'.repeat(15_000))).toEqual([{ before: 'aaaaaaaa', old: '', new: 'b', after: 'aaaaaaaa' }])
  })

  it('keeps the longest run of pairs that kept their order', () => {
    expect([...longestIncreasing([0, 1, 3, 2, 4])].sort()).toHaveLength(4)
    expect(longestIncreasing([])).toEqual(new Set())
    expect([...longestIncreasing([3, 0, 1, 2])].sort()).toEqual([1, 2, 3])
  })

  it('pairs reworded tasks by title, and reports new and dropped targets and changed units', () => {
    const before = parse('一、工作任务\n1.加强创新平台建设。新增创新平台20家以上。（牵头单位：市科技局）\n2.推进项目建设。（牵头单位：市发展改革委）\n')
    const after = parse('一、工作任务\n1.加强创新平台体系建设。新增创新平台20家以上，培育企业10家。（牵头单位：市科技局；配合单位：市财政局）\n2.扩大有效投资。（牵头单位：市发展改革委）\n')
    const d = diffNotices(before, after)
    expect(d.tasks.reworded.map((r) => [r.old.title, r.new.title])).toEqual([['加强创新平台建设', '加强创新平台体系建设']])
    expect(d.tasks.removed.map((t) => t.title)).toEqual(['推进项目建设'])
    expect(d.tasks.added.map((t) => t.title)).toEqual(['扩大有效投资'])
    expect(d.targets.new.map((t) => t.target.text)).toEqual(['培育企业10家'])
    expect(d.units.changed).toEqual([expect.objectContaining({ lead: { added: [], removed: [] }, support: { added: ['市财政局'], removed: [] } })])
    expect(d.units.added).toEqual(['市财政局'])
    expect(d.tasks.edited.map((e) => e.edits.map((x) => x.new))).toEqual([['，培育企业10家', '；配合单位：市财政局']])
  })

  it('measures title similarity on characters, ignoring punctuation', () => {
    expect(similarity('加强创新平台建设', '加强创新平台建设。')).toBe(1)
    expect(similarity('加强创新平台建设', '扩大有效投资')).toBe(0)
    expect(similarity('加强创新平台建设', '加强创新平台体系建设')).toBeGreaterThan(0.7)
  })

  it('is a command with text and JSON output', () => {
    const text = spawnSync(process.execPath, [cli, 'diff', seedPath, editedPath], { encoding: 'utf8' })
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('删除任务（1）')
    expect(text.stdout).toContain('↑ 市级创新平台：50家以上 → 60家以上 【2. 加强创新平台建设】')
    const json = spawnSync(process.execPath, [cli, 'diff', seedPath, editedPath, '--format', 'json'], { encoding: 'utf8' })
    const d = JSON.parse(json.stdout)
    expect([d.tasks.removed.length, d.targets.raised.length, d.targets.lowered.length]).toEqual([1, 2, 1])
    expect(d.old.file).toBe(seedPath)
    const bad = spawnSync(process.execPath, [cli, 'diff', seedPath, join(root, 'no-such.txt')], { encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr.trim().split('\n')).toEqual([`gongwen: ${join(root, 'no-such.txt')}: no such file`])
    expect(spawnSync(process.execPath, [cli, 'diff', seedPath], { encoding: 'utf8' }).status).toBe(64)
  })

  it('exits 1 with --exit-code when the notices differ, 0 when they do not', () => {
    const markdown = join(root, 'fixtures', 'seed-markdown', 'input.md')
    expect(spawnSync(process.execPath, [cli, 'diff', seedPath, editedPath, '--exit-code'], { encoding: 'utf8' }).status).toBe(1)
    expect(spawnSync(process.execPath, [cli, 'diff', seedPath, editedPath, '--exit-code', '-f', 'json'], { encoding: 'utf8' }).status).toBe(1)
    const same = spawnSync(process.execPath, [cli, 'diff', seedPath, markdown, '--exit-code'], { encoding: 'utf8' })
    expect([same.status, same.stdout.trim().split('\n').at(-1)]).toEqual([0, '没有变化。'])
  })
})
