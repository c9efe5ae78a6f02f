/**
 * Counts of findings over checked files: what summary lines and exit codes are made of.
 */
import type { VFile } from 'vfile'
import { severity } from './place.js'

/** How many findings of each severity, in how many files. */
export interface Summary {
  errors: number
  warnings: number
  infos: number
  files: number
  filesWithProblems: number
}

/**
 * Count the findings of checked files.
 * @param files the checked files
 * @param errorsOnly count errors only (a quiet report)
 * @returns the counts
 */
export function summarize(files: readonly VFile[], errorsOnly = false): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0, files: files.length, filesWithProblems: 0 }
  for (const file of files) {
    let any = false
    for (const message of file.messages) {
      const level = severity(message)
      if (errorsOnly && level !== 'error') continue
      any = true
      if (level === 'error') summary.errors++
      else if (level === 'warning') summary.warnings++
      else summary.infos++
    }
    if (any) summary.filesWithProblems++
  }
  return summary
}
