/**
 * gongwen: Chinese government policy notices (公文) → typed, positioned JSON.
 */
export { checkNotice, parse } from './sync.js'
export { parseAsync, parseFile, parseDocument, type ParseOptions, type ReadOptions } from './pipeline.js'
export { Document } from './document/document.js'
export { readDocumentAsync } from './document/read.js'
export { InputError, type InputErrorCode } from './errors.js'
export * from './tree/schema.js'
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
export * from './check/index.js'
