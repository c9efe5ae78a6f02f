#!/usr/bin/env node
/**
 * A target-dense notice of a given size, for the memory goal of issue 15 (peak RSS of `gongwen FILE` at most 15× the
 * size of FILE): a title, then chapters of numbered tasks, each with three quantitative targets and distinct numbers.
 *
 *   node bench/dense.mjs [MB] [FILE]    writes FILE (default: a file in the OS temp dir) and prints its path
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The text of a target-dense notice of about `bytes` bytes of UTF-8.
 * @param {number} bytes
 * @returns {string}
 */
export function denseNotice(bytes) {
  const parts = ['关于印发2024年重点工作任务的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n']
  let size = Buffer.byteLength(parts[0])
  for (let chapter = 1, n = 1; size < bytes; chapter++) {
    const head = `第${chapter}章 重点任务\n`
    parts.push(head)
    size += Buffer.byteLength(head)
    for (let task = 1; task <= 200 && size < bytes; task++, n++) {
      const line =
        `${task}.新增高新技术企业${100 + (n % 900)}家以上，专利授权量增长${(n % 40) + 1}%以上，` +
        `用水总量控制在${(n % 50) + 1}.${n % 10}亿立方米以内。（牵头单位：市科技局）\n`
      parts.push(line)
      size += Buffer.byteLength(line)
    }
  }
  return parts.join('')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mb = Number(process.argv[2] ?? 10)
  const file = process.argv[3] ?? join(tmpdir(), `gongwen-dense-${mb}mb.txt`)
  writeFileSync(file, denseNotice(mb * (1 << 20)))
  console.log(file)
}
