/**
 * The syntax trees of HTML and Markdown (rehype-parse, remark-parse with GFM, over unified), loaded on first use in
 * Node: a notice in plain text, most of them, then loads none of these 300 modules (about 40% of the library's
 * import cost). Node ≥ 20.19 requires ES modules synchronously, so the synchronous `parse()` keeps working.
 * The browser build imports them statically (markup.browser.ts): its bundler splits them into a chunk of their own.
 */
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

type Unified = typeof import('unified').unified
type Plugin = (...args: never[]) => unknown
let unifiedFn: Unified | undefined
const unifiedOf = (): Unified => (unifiedFn ??= (require('unified') as typeof import('unified')).unified)
/** A plugin package's default export, whether require() gives its namespace (an ES module) or the plugin. */
const pluginOf = (name: string): Plugin => {
  const loaded = require(name) as { default?: Plugin } | Plugin
  return (typeof loaded === 'function' ? loaded : loaded.default) as Plugin
}

/** The tree of an HTML document or fragment. */
export function htmlTree(html: string, fragment: boolean): HastRoot {
  return unifiedOf()().use(pluginOf('rehype-parse') as never, { fragment }).parse(html) as HastRoot
}

/** The tree of a Markdown document, with GFM tables. */
export function markdownTree(markdown: string): MdastRoot {
  return unifiedOf()().use(pluginOf('remark-parse') as never).use(pluginOf('remark-gfm') as never).parse(markdown) as MdastRoot
}
