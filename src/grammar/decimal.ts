/**
 * Exact arithmetic on decimal strings, so that 16.4亿 is 1640000000 and not 1639999999.9998. A decimal string is an
 * optional `-`, digits, and optionally `.` and more digits. Functions never throw: what is not a decimal comes back
 * unchanged (or null where a result is a choice).
 */

import { isDigit } from '../util/chars.js'

/** Significant digits kept when a division does not terminate (1/3 → 0.333333333333). */
export const DIVISION_SIGNIFICANT_DIGITS = 12

/** Largest power of ten a scale may apply: far beyond any real quantity, and keeps strings small. */
const MAX_POWER = 1000

const DIGIT_0 = 0x30
const MINUS = 0x2d
const DOT = 0x2e

/** An exact decimal: `digits` × 10^(−`exponent`). */
interface Scaled {
  n: bigint
  exponent: number
}

/**
 * Whether a string is a decimal: `-?digits(.digits)?`.
 * @param text the candidate
 */
export function isDecimal(text: string): boolean {
  let i = text.charCodeAt(0) === MINUS ? 1 : 0
  const start = i
  while (i < text.length && isDigit(text.charCodeAt(i))) i++
  if (i === start) return false
  if (i === text.length) return true
  if (text.charCodeAt(i) !== DOT) return false
  const fraction = ++i
  while (i < text.length && isDigit(text.charCodeAt(i))) i++
  return i > fraction && i === text.length
}

/**
 * Write a decimal in its shortest form: no leading zeros, no trailing fractional zeros, no trailing `.`, no `-0`.
 * @param text a decimal string (returned unchanged when it is not one)
 */
export function normalizeDecimal(text: string): string {
  if (!isDecimal(text)) return text
  const negative = text.charCodeAt(0) === MINUS
  const body = negative ? text.slice(1) : text
  const dot = body.indexOf('.')
  return assemble(negative, dot < 0 ? body : body.slice(0, dot), dot < 0 ? '' : body.slice(dot + 1))
}

function assemble(negative: boolean, integer: string, fraction: string): string {
  let s = 0
  while (s < integer.length - 1 && integer.charCodeAt(s) === DIGIT_0) s++
  let e = fraction.length
  while (e > 0 && fraction.charCodeAt(e - 1) === DIGIT_0) e--
  const int = integer.length === 0 ? '0' : integer.slice(s)
  const out = e > 0 ? `${int}.${fraction.slice(0, e)}` : int
  return negative && out !== '0' ? `-${out}` : out
}

/**
 * Multiply a decimal by 10^power, exactly.
 * @param text a decimal string (returned unchanged when it is not one)
 * @param power an integer; 4 for 万, 8 for 亿, negative to divide
 */
export function scaleDecimal(text: string, power: number): string {
  if (!isDecimal(text)) return text
  if (!Number.isInteger(power) || Math.abs(power) > MAX_POWER) return normalizeDecimal(text)
  const negative = text.charCodeAt(0) === MINUS
  const body = negative ? text.slice(1) : text
  const dot = body.indexOf('.')
  const integer = dot < 0 ? body : body.slice(0, dot)
  const fraction = dot < 0 ? '' : body.slice(dot + 1)
  let digits = integer + fraction
  let point = integer.length + power
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits
    point = 1
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  return assemble(negative, digits.slice(0, point), digits.slice(point))
}

/**
 * The number closest to a decimal string (NaN when it is not one).
 * @param text a decimal string
 */
export function decimalToNumber(text: string): number {
  return isDecimal(text) ? Number(text) : Number.NaN
}

function toScaled(text: string): Scaled | null {
  if (!isDecimal(text)) return null
  const dot = text.indexOf('.')
  if (dot < 0) return { n: BigInt(text), exponent: 0 }
  return { n: BigInt(text.slice(0, dot) + text.slice(dot + 1)), exponent: text.length - dot - 1 }
}

function fromScaled(value: Scaled): string {
  const negative = value.n < 0n
  const digits = (negative ? -value.n : value.n).toString()
  if (value.exponent <= 0) return assemble(negative, digits + '0'.repeat(-value.exponent), '')
  const padded = digits.length <= value.exponent ? '0'.repeat(value.exponent - digits.length + 1) + digits : digits
  const point = padded.length - value.exponent
  return assemble(negative, padded.slice(0, point), padded.slice(point))
}

/**
 * The quotient a/b: exact when it terminates within `significant` digits, else rounded (half up) to them.
 * Null when either is not a decimal or b is zero.
 * @param a the dividend (the numerator of 五分之一)
 * @param b the divisor
 * @param significant significant digits to keep
 */
export function divideDecimal(a: string, b: string, significant = DIVISION_SIGNIFICANT_DIGITS): string | null {
  const x = toScaled(a)
  const y = toScaled(b)
  if (!x || !y || y.n === 0n) return null
  if (x.n === 0n) return '0'
  const keep = Math.max(1, Math.min(Math.floor(significant), MAX_POWER))
  const negative = x.n < 0n !== y.n < 0n
  // a/b = (X·10^q) / (Y·10^p) for a = X·10^−p, b = Y·10^−q.
  let num = (x.n < 0n ? -x.n : x.n) * 10n ** BigInt(y.exponent)
  const den = (y.n < 0n ? -y.n : y.n) * 10n ** BigInt(x.exponent)
  // Shift the numerator so that the integer quotient has at least keep + 1 digits, then round the last ones away.
  const shift = Math.max(0, keep + 1 - (num.toString().length - den.toString().length))
  num *= 10n ** BigInt(shift)
  let q = num / den
  const extra = q.toString().length - keep
  if (extra > 0) {
    const unit = 10n ** BigInt(extra)
    const rest = q % unit
    q /= unit
    if (rest * 2n >= unit) q += 1n
  }
  return fromScaled({ n: negative ? -q : q, exponent: shift - Math.max(0, extra) })
}

/**
 * Compare two decimals exactly: −1, 0 or 1 (NaN when either is not a decimal). Linear in their length.
 * @param a a decimal string
 * @param b a decimal string
 */
export function compareDecimal(a: string, b: string): number {
  if (!isDecimal(a) || !isDecimal(b)) return Number.NaN
  const x = normalizeDecimal(a)
  const y = normalizeDecimal(b)
  const xNegative = x.charCodeAt(0) === MINUS
  const yNegative = y.charCodeAt(0) === MINUS
  if (xNegative !== yNegative) return xNegative ? -1 : 1
  const magnitude = compareMagnitude(xNegative ? x.slice(1) : x, yNegative ? y.slice(1) : y)
  return xNegative ? -magnitude : magnitude
}

/** Compare two normalized non-negative decimals: longer integer part first, then digit by digit. */
function compareMagnitude(x: string, y: string): number {
  const xd = x.indexOf('.')
  const yd = y.indexOf('.')
  const xi = xd < 0 ? x.length : xd
  const yi = yd < 0 ? y.length : yd
  if (xi !== yi) return xi < yi ? -1 : 1
  const n = Math.max(x.length, y.length)
  for (let k = 0; k < n; k++) {
    // Past the end a number has only zeros; the '.' sits at the same place in both.
    const xc = k < x.length ? x.charCodeAt(k) : DIGIT_0
    const yc = k < y.length ? y.charCodeAt(k) : DIGIT_0
    const xv = xc === DOT ? DIGIT_0 : xc
    const yv = yc === DOT ? DIGIT_0 : yc
    if (xv !== yv) return xv < yv ? -1 : 1
  }
  return 0
}
