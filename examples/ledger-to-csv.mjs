#!/usr/bin/env node
// The task ledger (任务台账) of one notice as CSV, through the library: node examples/ledger-to-csv.mjs NOTICE > ledger.csv
// (the CLI does the same with `gongwen NOTICE -f csv`; this shows the API).
import { parseFile, toCsv, ledgerSheets } from 'gongwen'

// A reader that stops early (`| head`) is no error.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
const [file] = process.argv.slice(2)
if (!file) {
  process.stderr.write('usage: node examples/ledger-to-csv.mjs NOTICE\n')
  process.exit(64)
}
const notice = await parseFile(file)
const [tasks] = ledgerSheets(notice)
process.stdout.write(toCsv(tasks))
