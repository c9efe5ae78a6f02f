// Loaded with `node --import`: records every module the process loads, in order, to the file named by
// GONGWEN_TRACE_MODULES: ES modules as they are resolved (`esm URL`), CommonJS modules with the time their require()
// took, dependencies included (`cjs ID ms`), and native addons (`native PATH ms`).
import { appendFileSync } from 'node:fs'
import Module, { register } from 'node:module'

const out = process.env.GONGWEN_TRACE_MODULES
if (out) {
  register('./trace-hooks.mjs', import.meta.url)
  let depth = 0
  const load = Module._load
  Module._load = function (request, parent, isMain) {
    const t0 = performance.now()
    depth++
    try {
      return load.apply(this, arguments)
    } finally {
      depth--
      const ms = performance.now() - t0
      let id = request
      try {
        id = Module._resolveFilename(request, parent, isMain)
      } catch {}
      appendFileSync(out, `${/\.node$/.test(id) ? 'native' : 'cjs'} ${id} ${ms.toFixed(2)} ${depth}\n`)
    }
  }
}
