/**
 * gongwen: Chinese government policy notices (公文) → typed, positioned JSON. The Node entry: that of every runtime
 * (src/browser.ts), and what needs Node: reading files by path, `check()` that tells a path from a notice's text,
 * and the SARIF reporter.
 */
export * from './browser.js'
export { check, checkFile, parseFile, type CheckFileOptions } from './files.js'
export { reportSarif, type Failure } from './check/reporters/sarif.js'
