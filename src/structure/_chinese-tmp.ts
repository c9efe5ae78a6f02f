// TEMPORARY until src/targets/numerals.ts lands.
const D: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const U: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
export function parseChineseInteger(s: string): number | null {
  if (!s) return null
  let total = 0
  let digit = -1
  for (const ch of s) {
    if (ch in D) digit = D[ch]!
    else if (ch in U) { total += (digit < 0 ? 1 : digit) * U[ch]!; digit = -1 }
    else return null
  }
  return total + (digit < 0 ? 0 : digit)
}
