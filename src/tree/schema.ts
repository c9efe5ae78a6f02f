/**
 * The output of gongwen, defined once as zod schemas.
 *
 * The TypeScript types are `z.infer` of these schemas and `gongwen schema` prints the JSON Schema generated from
 * them, so the three never drift apart. Every node is a plain object with a literal `type` and a unist `position`
 * into the original input; the tree survives `JSON.parse(JSON.stringify())`.
 *
 * Note: structural nodes keep their children in named arrays (`chapters`, `sections`, `tasks`, `targets`) instead of
 * one unist `children` array: consumers (and the evaluation contract) read them by name, and a mixed `children`
 * array would make every one of them filter by type. `visit()` in `tree.ts` walks all of them generically.
 */
import * as z from 'zod'
// Named imports of the core (not `z.core`), so that bundles keep only what is used of it.
import { $ZodRegistry, globalRegistry, type $replace, type $ZodType, type GlobalMeta } from 'zod/v4/core'
import { VERSION } from '../version.js'

/** One place in the original input: 1-based line and column (UTF-16 units), 0-based offset. */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
})

/** A span of the original input, as in unist. */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema })

/** The number of an outline item as printed (`一、`, `（一）`, `1.`, `（1）`, `①`, `第3条`), with its value and style. */
export const NumberingSchema = z.object({
  text: z.string().describe('the marker as printed, e.g. "（十二）" or "3．"'),
  value: z.number().int().describe('the number it stands for'),
  style: z
    .enum(['chinese-comma', 'chinese-paren', 'arabic-dot', 'arabic-paren', 'circled', 'article', 'part', 'row', 'heading'])
    .describe('row: a row of a task table; heading: a Markdown heading without a number'),
})

/** A paragraph of text as written, with its position: the leaves that keep every character of the input. */
export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  position: PositionSchema,
})

export const ComparatorSchema = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'between'])
export const TargetKindSchema = z.enum(['level', 'increase', 'growth', 'share', 'points', 'multiple', 'reduction'])

/** A quantitative goal: `新增高新技术企业100家以上` → metric 高新技术企业, value 100, unit 家, comparator gte. */
export const TargetSchema = z.object({
  type: z.literal('target'),
  text: z.string().describe('the phrase the target was read from, as written'),
  metric: z.string().nullable().describe('the noun phrase naming what is counted or measured'),
  action: z.string().nullable().describe('the verb acting on it, e.g. 新增, 增长, 控制在'),
  value: z.number().nullable().describe('the number scaled to the unit, for every comparator but "between"'),
  valueText: z.string().nullable().describe('the same value as an exact decimal string'),
  min: z.number().optional(),
  max: z.number().optional(),
  minText: z.string().optional(),
  maxText: z.string().optional(),
  unit: z.string().nullable().describe('measure word or unit as printed minus its scale; "%" for ％, "百分点" for 个百分点'),
  per: z.string().nullable().describe('what a rate is per, e.g. "每千人口" or "每人每年"'),
  comparator: ComparatorSchema,
  kind: TargetKindSchema,
  aspiration: z.boolean().describe('力争/争取: a goal to strive for'),
  commitment: z.boolean().describe('确保: a goal that must be met'),
  due: z.string().nullable().describe('the year or deadline it is due, as written (到2025年, 年底前)'),
  position: PositionSchema,
})

/** One role inside a responsibility statement, as printed: `牵头单位：A、B` or `A、B配合`. */
export const RoleSchema = z.object({
  role: z.string().describe('the role word as printed: 牵头单位, 配合, 负责, 指导部门 …'),
  kind: z.enum(['lead', 'support']),
  units: z.array(z.string()),
})

/** A statement of who is responsible: `（牵头单位：市科技局；配合单位：市财政局）`. */
export const ResponsibilitySchema = z.object({
  type: z.literal('responsibility'),
  text: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  roles: z.array(RoleSchema),
  deadline: z.string().nullable(),
  position: PositionSchema,
})

/** A numbered item with a body: `1.加强实验室布局提升。…（牵头单位：市科技局）`. Sub-items sit in `tasks`. */
export const TaskSchema = z.object({
  type: z.literal('task'),
  number: NumberingSchema.nullable(),
  title: z.string().describe('the text after the number up to the first 。；：！？ or line end'),
  lead: z.array(z.string()).describe('lead units (牵头, 负责, 指导, 责任单位 alone), as written'),
  support: z.array(z.string()).describe('supporting units (配合, 参与, 协办 …), as written'),
  deadline: z.string().nullable().describe('when the task is due, as written (2023年6月底前)'),
  responsibilities: z.array(ResponsibilitySchema),
  targets: z.array(TargetSchema),
  // Note: the getter's type is spelled out so that declaration files keep the recursion (inferred, it is elided
  // to `Record<string, unknown>` and a strict walk of sub-tasks needs casts).
  get tasks(): z.ZodArray<typeof TaskSchema> {
    return z.array(TaskSchema).describe('numbered sub-items')
  },
  paragraphs: z.array(ParagraphSchema).describe('the text of this task (sub-tasks excluded), line by line'),
  position: PositionSchema,
})

/** A heading that only groups tasks: `（一）一体化政务服务平台建设（3分）`. */
export const SectionSchema = z.object({
  type: z.literal('section'),
  number: NumberingSchema.nullable(),
  title: z.string(),
  get sections(): z.ZodArray<typeof SectionSchema> {
    return z.array(SectionSchema).describe('headings nested in this one')
  },
  tasks: z.array(TaskSchema),
  targets: z.array(TargetSchema),
  paragraphs: z.array(ParagraphSchema),
  position: PositionSchema,
})

/** A top-level heading `一、…` with what stands under it. */
export const ChapterSchema = z.object({
  type: z.literal('chapter'),
  number: NumberingSchema.nullable(),
  title: z.string(),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  targets: z.array(TargetSchema),
  paragraphs: z.array(ParagraphSchema).describe('the heading and unnumbered text of the chapter itself'),
  position: PositionSchema,
})

/** 文号 as printed, and its parts: `聊政办字〔2023〕3号` → 聊政办字, 2023, 3. */
export const DocNumberSchema = z.object({
  type: z.literal('docNumber'),
  text: z.string(),
  code: z.string().describe('the issuer code, e.g. 聊政办字'),
  year: z.number().int(),
  serial: z.number().int(),
  position: PositionSchema,
})

/** A document the notice cites: `《国务院关于…的意见》（国发〔2022〕18号）`. */
export const CitationSchema = z.object({
  type: z.literal('citation'),
  title: z.string(),
  docNumber: z.string().nullable(),
  position: PositionSchema,
})

/** A text field of the header with the place it was read from. */
export const FieldSchema = z.object({ text: z.string(), position: PositionSchema })

/** An attachment (附件) of the notice: its heading, and the unnumbered text before its own outline. */
export const AttachmentSchema = z.object({
  type: z.literal('attachment'),
  title: z.string().nullable(),
  paragraphs: z.array(ParagraphSchema),
  position: PositionSchema,
})

/**
 * What `unread` lists: text that looks like structure but yielded none. `marker`: a line or run that starts with an
 * outline number and starts no chapter, section or task; `responsibility`: a bracket or clause with a role word
 * (牵头, 负责, 配合, 责任单位 …) that gave no unit; `goal`: a goal word next to a number with a unit, and no target and
 * no reason to skip it; `metric`: a target whose metric is empty or a function word.
 */
export const UnreadKindSchema = z.enum(['marker', 'responsibility', 'goal', 'metric'])

/** Text that looks like structure but yielded none, for a reader (and `gongwen check`) to look at. */
export const UnreadSchema = z.object({
  type: z.literal('unread'),
  kind: UnreadKindSchema,
  text: z.string().describe('the text as written'),
  position: PositionSchema,
})

/** A number that was not taken as a target, and why (only with the `explain` option). */
export const SkippedSchema = z.object({
  type: z.literal('skipped'),
  text: z.string().describe('the number as written, with its unit'),
  reason: z.string().describe('why it is no target: qualifier, statistic, case-rule, date, ordinal, name, …'),
  position: PositionSchema,
})

export const NoticeSchema = z.object({
  type: z.literal('notice'),
  title: z.string().nullable().describe('the notice title, lines joined'),
  docNumber: DocNumberSchema.nullable().describe('文号'),
  issuer: z.string().nullable().describe('发文机关: the signature, the metadata table, or the XX in XX关于…'),
  date: z.string().nullable().describe('成文日期 as ISO yyyy-mm-dd'),
  recipients: z.array(z.string()).describe('主送机关, split at ，'),
  publicity: z.string().nullable().describe('e.g. 此件公开发布'),
  plan: FieldSchema.nullable().describe('the own heading of the plan that the notice 印发/转发'),
  citations: z.array(CitationSchema),
  header: z.array(ParagraphSchema).describe('title, 文号, recipients, cover text, signature and date lines'),
  preamble: z.array(ParagraphSchema).describe('unnumbered text before the first chapter or task'),
  chapters: z.array(ChapterSchema),
  tasks: z.array(TaskSchema).describe('tasks that stand under no chapter'),
  attachments: z.array(AttachmentSchema),
  targets: z.array(TargetSchema).describe('targets in the preamble'),
  outside: z.array(ParagraphSchema).describe('text of the input that is not the notice: navigation and footer of a web page'),
  unread: z.array(UnreadSchema).describe('text that looks like structure but yielded none, in input order'),
  skipped: z.array(SkippedSchema).optional().describe('with the explain option: every number not taken as a target, and why'),
  source: z.object({
    format: z.enum(['text', 'html', 'markdown', 'docx', 'pdf', 'ofd']),
    encoding: z.string(),
    positions: z.enum(['input', 'extracted-text']).describe('what positions refer to'),
    pages: z
      .array(z.object({ page: z.number().int().min(1), start: z.number().int().min(0), end: z.number().int().min(0) }))
      .optional()
      .describe('PDF and OFD: the offsets [start, end) of each page in the extracted text that positions refer to'),
  }),
  warnings: z.array(z.string()),
  position: PositionSchema,
})

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
export type Numbering = z.infer<typeof NumberingSchema>
export type Paragraph = z.infer<typeof ParagraphSchema>
export type Comparator = z.infer<typeof ComparatorSchema>
export type TargetKind = z.infer<typeof TargetKindSchema>
export type Target = z.infer<typeof TargetSchema>
export type Role = z.infer<typeof RoleSchema>
export type Responsibility = z.infer<typeof ResponsibilitySchema>
export type Task = z.infer<typeof TaskSchema>
export type Section = z.infer<typeof SectionSchema>
export type Chapter = z.infer<typeof ChapterSchema>
export type DocNumber = z.infer<typeof DocNumberSchema>
export type Citation = z.infer<typeof CitationSchema>
export type Field = z.infer<typeof FieldSchema>
export type Attachment = z.infer<typeof AttachmentSchema>
export type Notice = z.infer<typeof NoticeSchema>
export type UnreadKind = z.infer<typeof UnreadKindSchema>
export type Unread = z.infer<typeof UnreadSchema>
export type Skipped = z.infer<typeof SkippedSchema>

/** The names of the schemas in the JSON Schema's `$defs`, as the TypeScript types are named. */
const DEFINITIONS: ReadonlyArray<readonly [z.ZodType, string]> = [
  [NoticeSchema, 'Notice'],
  [ChapterSchema, 'Chapter'],
  [SectionSchema, 'Section'],
  [TaskSchema, 'Task'],
  [ResponsibilitySchema, 'Responsibility'],
  [RoleSchema, 'Role'],
  [TargetSchema, 'Target'],
  [ComparatorSchema, 'Comparator'],
  [TargetKindSchema, 'TargetKind'],
  [ParagraphSchema, 'Paragraph'],
  [NumberingSchema, 'Numbering'],
  [DocNumberSchema, 'DocNumber'],
  [CitationSchema, 'Citation'],
  [FieldSchema, 'Field'],
  [AttachmentSchema, 'Attachment'],
  [UnreadSchema, 'Unread'],
  [UnreadKindSchema, 'UnreadKind'],
  [SkippedSchema, 'Skipped'],
  [PositionSchema, 'Position'],
  [PointSchema, 'Point'],
]

/** The `$id` of the JSON Schema: a name, not a place to fetch it from (`gongwen schema` prints it). */
export const NOTICE_SCHEMA_ID = `urn:gongwen:schema:notice:${VERSION}`

/**
 * The metadata the JSON Schema is generated with: the descriptions (zod keeps them in its global registry) and, for
 * the named schemas, an id that puts them under that name in `$defs`. The ids stay here rather than in the global
 * registry, which is the application's: ids there would show up in its own JSON Schemas.
 */
class NamedSchemas extends $ZodRegistry<GlobalMeta> {
  constructor(private readonly names: ReadonlyMap<$ZodType, string>) {
    super()
  }
  override get<S extends $ZodType>(schema: S): $replace<GlobalMeta, S> | undefined {
    const meta = globalRegistry.get(schema)
    const id = this.names.get(schema)
    return id === undefined ? meta : ({ ...meta, id } as $replace<GlobalMeta, S>)
  }
}

/**
 * The JSON Schema (draft 2020-12) of a notice, generated from the zod schemas: the notice at `#/$defs/Notice` and
 * every node under its type's name (`Chapter`, `Section`, `Task`, `Target`, `Paragraph`, `Position` …).
 * @returns the schema, with `$id` `NOTICE_SCHEMA_ID`
 */
export function noticeJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(NoticeSchema, { target: 'draft-2020-12', metadata: new NamedSchemas(new Map(DEFINITIONS)) }) as Record<string, unknown>
  const { $schema, $defs, ...notice } = generated
  return {
    $schema,
    $id: NOTICE_SCHEMA_ID,
    title: 'gongwen notice',
    description: 'A Chinese government policy notice (公文) as gongwen parses it: header, chapters, sections, tasks, responsible units and quantitative targets, each with its position in the input.',
    $ref: '#/$defs/Notice',
    $defs: { Notice: notice, ...($defs as Record<string, unknown>) },
  }
}
