#!/usr/bin/env node
// Every quantitative target of every notice in a folder, one JSON line each, with its file, task and place:
// node examples/targets-to-jsonl.mjs FOLDER > targets.jsonl
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, ledgerTasks, parseFile } from 'gongwen'

// A reader that stops early (`| head`) is no error.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
const [folder] = process.argv.slice(2)
if (!folder) {
  process.stderr.write('usage: node examples/targets-to-jsonl.mjs FOLDER\n')
  process.exit(64)
}
for (const name of readdirSync(folder, { recursive: true }).map(String).sort()) {
  if (!/\.(txt|html?|md|docx|pdf|ofd)$/i.test(name)) continue
  const file = join(folder, name)
  let notice
  try {
    notice = await parseFile(file)
  } catch (error) {
    // A file that is no readable notice is told, and the rest go on.
    if (!(error instanceof InputError)) throw error
    process.stderr.write(`skipped ${error.message}\n`)
    continue
  }
  for (const { task, number } of ledgerTasks(notice)) {
    for (const t of task.targets) {
      const { metric, value, min, max, unit, comparator, due } = t
      process.stdout.write(JSON.stringify({ file, task: `${number} ${task.title}`, lead: task.lead, metric, value, min, max, unit, comparator, due, line: t.position.start.line }) + '\n')
    }
  }
}
