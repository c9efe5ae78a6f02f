/**
 * gongwen: Chinese government policy notices (公文) → typed, positioned JSON. The Node entry: that of every runtime
 * (src/browser.ts), and what needs Node: reading files by path, and `check()` that tells a path from a notice's text.
 * The check engine is `gongwen/check` (src/check/node.ts), the zod schemas `gongwen/schema` (src/tree/schema.ts).
 */
export * from './browser.js'
export { check, checkFile, parseFile, type CheckFileOptions } from './files.js'
