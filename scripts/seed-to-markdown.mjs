#!/usr/bin/env node
// One-off fixture maker: a plain-text notice → Markdown as scrapers save it. The notice title and the plan title
// become headings, `一、` chapters `##` headings, every line a paragraph of its own, and responsibility labels bold.
import { readFileSync } from 'node:fs'

const lines = readFileSync(process.argv[2], 'utf8').split(/\r?\n/).map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
const out = []
let titles = 0
for (const line of lines) {
  if (!line) continue
  if (titles < 1 && /通知$/.test(line)) {
    out.push(`# ${line}`)
    titles++
  } else if (/^[一二三四五六七八九十]+、/.test(line)) out.push(`## ${line}`)
  else out.push(line.replace(/（(牵头单位|配合单位|责任单位)：/g, '（**$1**：'))
}
process.stdout.write(out.join('\n\n') + '\n')
