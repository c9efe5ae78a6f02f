/**
 * `gongwen parse --explain` run as users run it: every number that is no target, with the reason, and the unread
 * goals and metrics that every parse lists.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NoticeSchema } from '../src/tree/schema.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')

function parse(text: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, '-', ...args], { input: text, encoding: 'utf8', cwd: root })
  expect(r.status, r.stderr).toBe(0)
  return NoticeSchema.parse(JSON.parse(r.stdout))
}

const NOTICE = [
  '某县2024年重点工作方案',
  '某县人民政府',
  '2024年3月1日',
  '一、2023年工作回顾',
  '全县地区生产总值增长5.5%。',
  '二、2024年主要目标',
  '1.新增规模以上工业企业30家，实施投资1000万元以上技术改造项目40个。',
  '2.对年度纳税额达到200万元的企业，给予最高50万元奖励。',
  '3.深入实施“人才新政12条”，举办第三届创业大赛。',
  '4.全县智能算力规模达到800TOPS。',
  '',
].join('\n')

describe('gongwen parse --explain', () => {
  it('gives every number that is no target, with the reason', () => {
    const notice = parse(NOTICE, '--explain')
    const reasons = (notice.skipped ?? []).map((s) => [s.text, s.reason])
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['5.5%', 'review'],
        ['1000万元以上', 'qualifier'],
        ['200万元', 'qualifier'],
        ['50万元', 'case-rule'],
        ['12条', 'name'],
        ['三届', 'ordinal'],
      ]),
    )
    // The goals are targets, and no number is both.
    const targets = notice.chapters.flatMap((c) => c.tasks.flatMap((t) => t.targets)).map((t) => t.value)
    expect(targets).toEqual([30, 40])
    expect(reasons.map(([text]) => text)).not.toContain('30家')
  })

  it('tells a number that numbers a heading', () => {
    const notice = parse('# 开放政府行动方案\n\n## 一、承诺事项\n\n### 2-3 地方创生平台建置\n\n建成平台3个。\n', '--explain', '--input-format', 'markdown')
    expect((notice.skipped ?? []).map((s) => [s.text, s.reason])).toContainEqual(['2-3', 'marker'])
  })

  it('lists nothing skipped without the option, and the unread goal in both', () => {
    const plain = parse(NOTICE)
    expect(plain.skipped).toBeUndefined()
    expect(plain.unread.filter((u) => u.kind === 'goal').map((u) => u.text)).toEqual(['全县智能算力规模达到800TOPS'])
    expect(parse(NOTICE, '--explain').unread).toEqual(plain.unread)
  })
})
