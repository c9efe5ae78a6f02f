/**
 * The one error gongwen throws on purpose: input it cannot read. The CLI prints its message on one line and exits 2.
 */
export type InputErrorCode =
  | 'not-found'
  | 'directory'
  | 'empty'
  | 'binary'
  | 'decode'
  | 'too-large'
  | 'unsupported-format'
  | 'unreadable'
  | 'encrypted'
  | 'no-text-layer'

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
