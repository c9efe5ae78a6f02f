// Loaded with `node --import`: the packages named in GONGWEN_HIDE_PACKAGES (comma-separated) resolve as if they were
// not installed, so that tests can run the CLI as an install without its optional packages does: to `import` (the
// loader's hooks) and to `require()` (the CLI is a CommonJS bundle that requires its dependencies).
import { createRequire, register } from 'node:module'

register('./hide-hooks.mjs', import.meta.url)

const hidden = new Set((process.env.GONGWEN_HIDE_PACKAGES ?? '').split(',').filter(Boolean))
const Module = createRequire(import.meta.url)('node:module')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, parent, ...rest) {
  const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0]
  if (hidden.has(name)) {
    const error = new Error(`Cannot find module '${request}'`)
    error.code = 'MODULE_NOT_FOUND'
    throw error
  }
  return resolveFilename.call(this, request, parent, ...rest)
}
