/**
 * The syntax trees of HTML and Markdown in the browser build: static imports, which the bundler of a web app splits
 * as it sees fit (markup.ts loads them on first use in Node).
 */
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeParse from 'rehype-parse'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** The tree of an HTML document or fragment. */
export function htmlTree(html: string, fragment: boolean): HastRoot {
  return unified().use(rehypeParse, { fragment }).parse(html) as HastRoot
}

/** The tree of a Markdown document, with GFM tables. */
export function markdownTree(markdown: string): MdastRoot {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdastRoot
}
