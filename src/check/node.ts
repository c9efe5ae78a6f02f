/**
 * `gongwen/check` in Node: the check engine of `index.ts`, with the `check()` of `files.ts` (which refuses the path
 * of a file handed over as a notice's text), `checkFile()`, and the SARIF reporter (Node's crypto and url).
 */
export * from './index.js'
export { check, checkFile, type CheckFileOptions } from './files.js'
export { reportSarif, type Failure } from './reporters/sarif.js'
