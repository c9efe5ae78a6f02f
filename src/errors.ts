/**
 * The errors gongwen throws: `InputError` for input it cannot read (the CLI prints its message on one line and exits
 * 2), `RuleOptionsError` for check rule settings that do not fit (exit 64). Both live here, outside the check engine,
 * so that a program can test for them without loading it.
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

/** Rule settings of `check` that do not fit: an unknown rule id, or options that do not fit the rule's schema. */
export class RuleOptionsError extends Error {
  override readonly name = 'RuleOptionsError'
}
