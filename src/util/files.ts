/**
 * Writing output files: atomically (a temporary file beside the target, then a rename), with one-line errors that
 * name the path and the system's reason.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Output that cannot be written: printed on one line that names the path and the reason, exit 4. */
export class OutputError extends Error {
  override readonly name = 'OutputError'
  /**
   * @param path the file (or `standard output`)
   * @param code the system's error code (`ENOSPC`, `ENOENT`, `EISDIR`, `EACCES` …)
   */
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${path}: cannot be written (${code}${REASONS[code] ? `: ${REASONS[code]}` : ''})`)
  }
}

/** What the usual system error codes of writing mean, for people. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EEXIST: 'exists already',
  EIO: 'input/output error',
}

/**
 * The OutputError of a failed write.
 * @param path the file written
 * @param error what the system threw
 */
export function outputError(path: string, error: unknown): OutputError {
  return new OutputError(path, (error as NodeJS.ErrnoException).code ?? 'EIO')
}

/** A temporary file beside `path`, so that the rename that replaces `path` stays on one file system. */
const temporaryPath = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`)

/**
 * A file written atomically: into a temporary file beside it, which then replaces it. A run that fails leaves the old
 * file, or none, never a truncated one.
 */
export interface AtomicFile {
  write(data: string | Uint8Array): void
  /** Make the file appear under its name. */
  commit(): void
  /** Remove what was written (after a failure). */
  abort(): void
}

/**
 * Open a file to be written atomically.
 * @param path where it goes
 * @throws OutputError when it cannot be written
 */
export function atomicFile(path: string): AtomicFile {
  const temporary = temporaryPath(path)
  let fd: number
  try {
    fd = openSync(temporary, 'wx')
  } catch (error) {
    throw outputError(path, error)
  }
  let open = true
  const close = (): void => {
    if (open) closeSync(fd)
    open = false
  }
  const abort = (): void => {
    try {
      close()
    } catch {
      // Closing a file that could not be written may fail too: it is removed all the same.
    }
    try {
      unlinkSync(temporary)
    } catch {
      // Nothing was left behind.
    }
  }
  return {
    write(data) {
      try {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at)
      } catch (error) {
        abort()
        throw outputError(path, error)
      }
    },
    commit() {
      try {
        fsyncSync(fd)
        close()
        renameSync(temporary, path)
      } catch (error) {
        abort()
        throw outputError(path, error)
      }
    },
    abort,
  }
}

/**
 * Write a whole file atomically.
 * @param path where it goes
 * @param data what it holds
 * @throws OutputError when it cannot be written
 */
export function writeOutput(path: string, data: string | Uint8Array): void {
  const file = atomicFile(path)
  file.write(data)
  file.commit()
}
