/**
 * Words around a number that tell it is no quantity: the close of a 文号 (`〔2022〕18号`), a version (`3.0版`).
 * Data only: the grammar is in `grammar/quantities.ts`.
 */

/** Brackets of the year of a 文号, as typed: `〔2022〕`, `[2022]`, `【2022】`. */
export const DOC_NUMBER_OPEN = '〔[【'

/** Their closes, in the same order. */
export const DOC_NUMBER_CLOSE = '〕]】'

/** The word that closes the serial of a 文号: `〔2022〕18号`. */
export const DOC_NUMBER_END = '号'

/** The word after a version number: `3.0版`. */
export const VERSION_WORD = '版'
