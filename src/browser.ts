/**
 * gongwen for browsers and other runtimes without Node built-ins (the `browser` export condition): everything of
 * the Node entry but reading files by path and the SARIF reporter. Readers, opencc, mammoth, the xlsx writer and jieba-wasm
 * load on first need; `parseAsync()` reads every kind of input, `parse()` what needs nothing loaded first.
 */
export { checkNotice, parse } from './sync.js'
export { parseAsync, parseDocument, readAndParse, type ParseOptions, type ReadOptions } from './pipeline.js'
export { DEFAULT_SEGMENTER, loadSegmenter, type SegmenterName, type WasmSource } from './passes/targets/segmenter.js'
export { Document } from './document/document.js'
export { readDocumentAsync } from './document/read.js'
export { loadSimplifier } from './document/opencc.js'
export { InputError, type InputErrorCode } from './errors.js'
export { readQuantities, readQuantity, type QuantityReading } from './grammar/quantity.js'
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
