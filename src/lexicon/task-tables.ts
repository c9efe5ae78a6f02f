/**
 * Column headings of task tables (任务清单, 推广清单, 任务分解表). Data only.
 * A table is a task table when one column names the task and another names units.
 */

/** Headings of the number column. */
export const NUMBER_COLUMNS: readonly string[] = ['序号', '编号', '序']

/** Words in the heading of the column that names the task. */
export const TASK_COLUMN_WORDS: readonly string[] = ['任务', '举措', '措施', '事项', '工作', '项目', '名称', '指标']

/** Words in the heading of a column that describes the task further. */
export const CONTENT_COLUMN_WORDS: readonly string[] = ['内容', '要求', '目标', '说明']

/** Words in the heading of the deadline column. */
export const DEADLINE_COLUMN_WORDS: readonly string[] = ['时限', '时间', '期限', '节点', '进度']
