/**
 * The inputs of a command line → the files to read: files as given, directories searched for notice files, and
 * globs expanded (by tinyglobby, loaded only when a directory or glob is given). Sorted, so runs are repeatable.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../errors.js'

/** Extensions of the files a directory is searched for. */
export const NOTICE_EXTENSIONS: readonly string[] = ['txt', 'text', 'html', 'htm', 'shtml', 'md', 'markdown', 'docx', 'pdf', 'ofd']

/** Directories never searched: installed packages are no notices. */
const IGNORED_DIRECTORY = 'node_modules'

/** Whether a file name has the extension of a notice file. */
const isNoticeName = (name: string): boolean => {
  const dot = name.lastIndexOf('.')
  return dot > 0 && NOTICE_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase())
}

/**
 * The notice files under a directory, sorted, and the entries skipped with the reason: symbolic links that lead
 * nowhere or in a loop, and directories that cannot be read. Each directory is searched once, however many links
 * lead to it.
 * Note: written out rather than globbed, because a glob library drops such entries without a word.
 * @param root the directory
 */
function searchDirectory(root: string): { files: string[]; skipped: InputError[] } {
  const files: string[] = []
  const skipped: InputError[] = []
  const seen = new Set<string>()
  const pending = [root]
  while (pending.length > 0) {
    const dir = pending.pop() as string
    let real: string
    let entries
    try {
      real = realpathSync(dir)
      if (seen.has(real)) continue
      seen.add(real)
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      skipped.push(new InputError('unreadable', `${dir}: skipped, the directory cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`))
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path)
          isDir = target.isDirectory()
          isFile = target.isFile()
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (isNoticeName(entry.name) || code === 'ELOOP') {
            const why = code === 'ELOOP' ? 'a symbolic link that leads in a loop' : 'a symbolic link to nothing'
            skipped.push(new InputError('not-found', `${path}: skipped, ${why}`))
          }
          continue
        }
      }
      if (isDir && entry.name !== IGNORED_DIRECTORY) pending.push(path)
      else if (isFile && isNoticeName(entry.name)) files.push(path)
    }
  }
  return { files: files.sort(), skipped }
}

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
      const found = searchDirectory(arg)
      for (const error of found.skipped) errors.push(error)
      if (found.files.length === 0) errors.push(new InputError('directory', `${arg}: is a directory with no notice files (.${NOTICE_EXTENSIONS.join(', .')})`))
      for (const file of found.files) files.push(file)
    } else if (!exists(arg) && GLOB_CHARS.test(arg)) {
      batch = true
      const { glob } = await import('tinyglobby')
      const found = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort()
      if (found.length === 0) errors.push(new InputError('not-found', `${arg}: no file matches`))
      for (const file of found) files.push(file)
    } else {
      files.push(arg)
    }
  }
  return { files, batch, errors }
}

/** FNV-1a, 32 bits: a hash that every machine computes alike, cheap enough for a million paths. */
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/**
 * Whether an input belongs to a share of a batch: the K-th of N by a hash of its path as given, so that runs of one
 * job array split a corpus alike on every machine, with no coordination.
 * @param path the input's path, as the command line or the directory search gives it
 * @param shard the share: index from 1 to count
 */
export function inShard(path: string, shard: { index: number; count: number }): boolean {
  let hash = FNV_OFFSET
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), FNV_PRIME) >>> 0
  return hash % shard.count === shard.index - 1
}
