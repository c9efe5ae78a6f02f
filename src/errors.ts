/**
 * The error gongwen throws for input it cannot read (the CLI prints its message on one line and exits 2). Rule
 * settings that do not fit throw `RuleOptionsError` (from `check`).
 */

/** Why an input cannot be read. */
export type InputErrorCode =
  | 'not-found'
  | 'directory'
  | 'empty'
  | 'binary'
  | 'decode'
  | 'too-large'
  | 'unsupported-format'
  | 'unreadable'
  /** An optional package that this kind of input needs is not installed (mammoth for Word .docx). */
  | 'missing-package'
  /** A PDF that needs a password to be read. */
  | 'encrypted'
  /** A PDF whose pages are images (scanned) with no text to read. */
  | 'no-text-layer'

/** Input that cannot be read: its `code` says why, its message says what to do, in one line. */
export class InputError extends Error {
  override readonly name = 'InputError'
  /**
   * @param code what kind of problem it is, stable for programs to test
   * @param message one line for people: what is wrong and what to do about it
   */
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message)
  }
}
