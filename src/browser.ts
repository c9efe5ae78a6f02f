/**
 * gongwen for browsers and other runtimes without Node built-ins (the `browser` export condition): everything of
 * the Node entry but reading files by path. Readers, opencc, mammoth, the xlsx writer, jieba-wasm and the check
 * engine load on first need; `parseAsync()` reads every kind of input, `parse()` what needs nothing loaded first.
 *
 * Note: what is not needed to parse stays out of this entry's imports, so that importing gongwen costs little: the
 * zod schemas are `gongwen/schema` (the types of the tree are here), and the check engine is `gongwen/check`
 * (`check()` is here, and loads it on its first call).
 */
export { parse } from './sync.js'
export { parseAsync, parseDocument, parseDocumentByChapter, readAndParse, type ParseOptions, type ReadOptions } from './pipeline.js'
export { DEFAULT_SEGMENTER, loadSegmenter, type SegmenterName, type WasmSource } from './passes/targets/segmenter.js'
export { Document } from './document/document.js'
export { readDocumentAsync } from './document/read.js'
export { loadSimplifier } from './document/opencc.js'
export { InputError, RuleOptionsError, type InputErrorCode } from './errors.js'
export { readQuantities, readQuantity, type QuantityReading } from './grammar/quantity.js'
export type {
  Attachment,
  Chapter,
  Citation,
  Comparator,
  DocNumber,
  Field,
  Notice,
  Numbering,
  Paragraph,
  Point,
  Position,
  Responsibility,
  Role,
  Section,
  Skipped,
  Target,
  TargetKind,
  Task,
  Unread,
  UnreadKind,
} from './tree/schema.js'
export * from './export/index.js'
export {
  changeCount,
  diffNotices,
  type NoticeDiff,
  type TargetChange,
  type TargetOnly,
  type TargetRef,
  type TaskEdit,
  type TaskMove,
  type TaskRef,
  type TextEdit,
  type UnitChange,
} from './diff/index.js'
export { formatDiff } from './diff/text.js'
export { check } from './check/lazy.js'
export type { CheckNoticeOptions, CheckOptions, Config, Rule, RuleConfig, RuleContext, RulesConfig, Severity } from './check/index.js'
