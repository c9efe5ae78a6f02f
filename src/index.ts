/**
 * gongwen: Chinese government policy notices (公文) → typed, positioned JSON. The Node entry: that of every runtime
 * (src/browser.ts), and reading files by path and the SARIF reporter, which need Node.
 */
export * from './browser.js'
export { parseFile } from './parse-file.js'
export { reportSarif, type Failure } from './check/reporters/sarif.js'
