// Loaded with `node --import`: records the URL of every module the process resolves, one per line, in the file
// named by GONGWEN_TRACE_IMPORTS, so that tests can tell which packages a command loaded: ES modules through the
// loader's hooks, and what `require()` resolves (the CLI is a CommonJS bundle that requires its dependencies, ES
// modules among them).
import { appendFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'
import { pathToFileURL } from 'node:url'

register('./trace-hooks.mjs', import.meta.url)

const Module = createRequire(import.meta.url)('node:module')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  const resolved = resolveFilename.call(this, request, ...rest)
  if (process.env.GONGWEN_TRACE_IMPORTS && resolved.startsWith('/')) appendFileSync(process.env.GONGWEN_TRACE_IMPORTS, `${pathToFileURL(resolved).href}\n`)
  return resolved
}
