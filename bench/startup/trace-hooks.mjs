// Module resolution hooks of trace.mjs: one line per ES module resolved.
import { appendFileSync } from 'node:fs'

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  if (process.env.GONGWEN_TRACE_MODULES) appendFileSync(process.env.GONGWEN_TRACE_MODULES, `esm ${resolved.url}\n`)
  return resolved
}
