/**
 * The inputs of a command line → the files to read: files as given, directories searched for notice files, and
 * globs expanded (by tinyglobby, loaded only when a directory or glob is given). Sorted, so runs are repeatable.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../errors.js'

/** Extensions of the files a directory is searched for. */
export const NOTICE_EXTENSIONS: readonly string[] = ['txt', 'text', 'html', 'htm', 'shtml', 'md', 'markdown', 'docx', 'pdf', 'ofd']

/** Directories never searched: installed packages are no notices. */
const IGNORED_DIRECTORIES = ['**/node_modules/**']

/** Characters that make an argument a glob, when no file has that name. */
const GLOB_CHARS = /[*?[\]{}]/

/** What the command line names. */
export interface Inputs {
  /** Files to read, in order (`-` for standard input). */
  files: string[]
  /** Whether this is a batch: several files, a directory or a glob. */
  batch: boolean
  /** Directories and globs that named no file, with the reason. */
  errors: InputError[]
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

const exists = (path: string): boolean => {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

/**
 * Expand the inputs of a command line.
 * @param args the positional arguments
 * @returns the files, whether it is a batch, and the arguments that named no file
 */
export async function expandInputs(args: readonly string[]): Promise<Inputs> {
  const files: string[] = []
  const errors: InputError[] = []
  let batch = args.length > 1
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg)
    } else if (isDirectory(arg)) {
      batch = true
      const { glob } = await import('tinyglobby')
      const found = (await glob(`**/*.{${NOTICE_EXTENSIONS.join(',')}}`, { cwd: arg, caseSensitiveMatch: false, dot: false, ignore: IGNORED_DIRECTORIES })).sort()
      if (found.length === 0) errors.push(new InputError('directory', `${arg}: is a directory with no notice files (.${NOTICE_EXTENSIONS.join(', .')})`))
      files.push(...found.map((f) => join(arg, f)))
    } else if (!exists(arg) && GLOB_CHARS.test(arg)) {
      batch = true
      const { glob } = await import('tinyglobby')
      const found = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort()
      if (found.length === 0) errors.push(new InputError('not-found', `${arg}: no file matches`))
      files.push(...found)
    } else {
      files.push(arg)
    }
  }
  return { files, batch, errors }
}
