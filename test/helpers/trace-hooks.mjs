// Module resolution hooks (see trace-imports.mjs).
import { appendFileSync } from 'node:fs'

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  if (process.env.GONGWEN_TRACE_IMPORTS) appendFileSync(process.env.GONGWEN_TRACE_IMPORTS, `${resolved.url}\n`)
  return resolved
}
