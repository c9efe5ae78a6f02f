/**
 * Character references of HTML that the readers decode themselves (where no HTML parser reads the text: HTML read
 * flat, HTML embedded in Markdown): numeric ones, and the few named ones that notices use.
 */

/** The named references decoded; others stay as written. */
const NAMED: Readonly<Record<string, string>> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Longest reference read (`&CounterClockwiseContourIntegral;` is 33 characters). */
export const MAX_REFERENCE = 40

/** Highest code point. */
const MAX_CODE_POINT = 0x10ffff

/**
 * The character of a reference, by what stands between `&` and `;`.
 * @param name `nbsp`, `#12345` or `#x3000`
 * @returns the character, or undefined for a reference that is not decoded (unknown, or no code point)
 */
export function characterReference(name: string): string | undefined {
  if (name.charCodeAt(0) !== 0x23 /* # */) return NAMED[name]
  const hex = name[1] === 'x' || name[1] === 'X'
  const digits = name.slice(hex ? 2 : 1)
  if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]{1,6}$/ : /^\d{1,7}$/).test(digits)) return undefined
  const code = parseInt(digits, hex ? 16 : 10)
  return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : undefined
}
