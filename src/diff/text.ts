/**
 * A notice diff as readable text: one line per change, grouped, with the line numbers of both notices.
 */
import { changeCount, type NoticeDiff, type TargetChange, type TargetOnly, type TargetRef, type TaskEdit, type TaskMove, type TaskRef } from './index.js'

/** Comparator words as notices write them after a value. */
const COMPARATOR_WORDS: Readonly<Record<TargetRef['comparator'], string>> = {
  eq: '',
  gt: '以上（不含）',
  gte: '以上',
  lt: '以下（不含）',
  lte: '以内',
  approx: '左右',
  between: '',
}

const task = (t: TaskRef): string => `${t.number ? `${t.number} ` : ''}${t.title}`
const where = (t: TaskRef | null): string => (t ? `【${task(t)}】` : '【通知正文】')

function amount(t: TargetRef): string {
  if (t.comparator === 'between') return `${t.min ?? '?'}–${t.max ?? '?'}${t.unit ?? ''}`
  return `${t.value ?? '?'}${t.unit ?? ''}${COMPARATOR_WORDS[t.comparator]}`
}

const change = (sign: string) => (c: TargetChange): string =>
  `  ${sign} ${c.metric ?? c.new.text}：${amount(c.old)} → ${amount(c.new)} ${where(c.task)}（旧第${c.old.line}行，新第${c.new.line}行）`
const only = (sign: string, side: string) => (o: TargetOnly): string =>
  `  ${sign} ${o.target.text} ${where(o.task)}（${side}第${o.target.line}行）`

/** Where a task stands and its number, for a move: `【一、创新驱动】3.`. */
const place = (t: TaskRef): string => `${t.chapter ? `【${t.chapter}】` : ''}${t.number || '（无编号）'}`

const moved = (m: TaskMove): string =>
  `  → ${task(m.new)}：${place(m.old)} → ${place(m.new)}（${m.reason === 'order' ? '次序改变，' : ''}旧第${m.old.line}行，新第${m.new.line}行）`

/** Edits as git's word diff shows them: `…上文[-删去-]{+加入+}下文…`. */
const edited = (e: TaskEdit): string => {
  const edits = e.edits.map((x) => `${x.before ? `…${x.before}` : ''}${x.old ? `[-${x.old}-]` : ''}${x.new ? `{+${x.new}+}` : ''}${x.after ? `${x.after}…` : ''}`)
  return `  ~ ${task(e.new)}（旧第${e.old.line}行，新第${e.new.line}行）：${edits.join(' ')}`
}

/**
 * The diff as text for people.
 * @param diff what `diffNotices` found
 * @param names how to call the two inputs (their file names)
 * @returns lines of text, ending in a newline
 */
export function formatDiff(diff: NoticeDiff, names: { old: string; new: string }): string {
  const out: string[] = [`--- ${names.old}（任务 ${diff.old.tasks} 项，指标 ${diff.old.targets} 个）`, `+++ ${names.new}（任务 ${diff.new.tasks} 项，指标 ${diff.new.targets} 个）`]
  const section = (title: string, lines: string[]): void => {
    if (lines.length) out.push('', `${title}（${lines.length}）`, ...lines)
  }
  section('新增任务', diff.tasks.added.map((t) => `  + ${task(t)}（新第${t.line}行）`))
  section('删除任务', diff.tasks.removed.map((t) => `  - ${task(t)}（旧第${t.line}行）`))
  section('改写任务', diff.tasks.reworded.map((r) => `  ~ ${task(r.old)} → ${task(r.new)}（相似度 ${r.similarity}，旧第${r.old.line}行，新第${r.new.line}行）`))
  section('内容改动', diff.tasks.edited.map(edited))
  section('移动任务', diff.tasks.moved.map(moved))
  section('指标提高', diff.targets.raised.map(change('↑')))
  section('指标降低', diff.targets.lowered.map(change('↓')))
  section('指标改变', diff.targets.changed.map(change('~')))
  section('新增指标', diff.targets.new.map(only('+', '新')))
  section('删除指标', diff.targets.dropped.map(only('-', '旧')))
  const units = diff.units.changed.map((u) => {
    const parts = [
      ...u.lead.added.map((x) => `+牵头 ${x}`),
      ...u.lead.removed.map((x) => `-牵头 ${x}`),
      ...u.support.added.map((x) => `+配合 ${x}`),
      ...u.support.removed.map((x) => `-配合 ${x}`),
    ]
    return `  ~ ${task(u.task)}：${parts.join('，')}（新第${u.task.line}行）`
  })
  section('单位变化', units)
  section('新出现的单位', diff.units.added.map((x) => `  + ${x}`))
  section('不再出现的单位', diff.units.removed.map((x) => `  - ${x}`))
  if (changeCount(diff) === 0) out.push('', '没有变化。')
  return out.join('\n') + '\n'
}
