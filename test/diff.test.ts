import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { similarity } from '../src/diff/similarity.js'
import { diffNotices, formatDiff, parse } from '../src/index.js'

const root = join(import.meta.dirname, '..')
const seedPath = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
// The seed with three targets edited (50→60 家, 20→15 家, 50→80 项) and task 3 of chapter 一 removed.
const editedPath = join(root, 'fixtures', 'seed-edited', 'input.txt')
const cli = join(root, 'dist', 'cli.js')

describe('diff', () => {
  it('reports exactly the three edited targets and the removed task of an edited seed', () => {
    const d = diffNotices(parse(readFileSync(seedPath)), parse(readFileSync(editedPath)))
    expect(d.tasks.removed.map((t) => t.title)).toEqual(['培育创新创业共同体'])
    expect(d.tasks.added).toEqual([])
    expect(d.tasks.reworded).toEqual([])
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
      { added: [], removed: [], reworded: [] },
      { raised: [], lowered: [], changed: [], new: [], dropped: [] },
      { changed: [], added: [], removed: [] },
    ])
    expect(formatDiff(d, { old: 'a', new: 'b' })).toContain('没有变化。')
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
})
