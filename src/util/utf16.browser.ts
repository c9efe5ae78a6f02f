/**
 * UTF-16 units → a string, every unit kept as it is (lone surrogates included). Browser build: no Buffer, so by
 * `String.fromCharCode` over chunks of the array.
 */

/** Units per call: well below the argument limits of every engine. */
const CHUNK = 1 << 13

/**
 * The string of some UTF-16 units.
 * @param units the units
 * @returns the string, unit for unit
 */
export function unitsToString(units: Uint16Array): string {
  let out = ''
  // bounded: at most CHUNK arguments per call, whatever the length of the text.
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[])
  return out
}
