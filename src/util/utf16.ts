/**
 * UTF-16 units → a string, every unit kept as it is (lone surrogates included). Node build: through a Buffer.
 *
 * Note: `TextDecoder` would turn lone surrogates into U+FFFD; a Buffer read as `utf16le` keeps every unit, and is the
 * fastest way Node has. The browser build has its own module (`#utf16` in package.json picks it).
 */

/** Whether this machine stores a UTF-16 unit low byte first, as `utf16le` decoding reads it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * The string of some UTF-16 units.
 * @param units the units, in an array that may be changed (a big-endian machine swaps its bytes in place)
 * @returns the string, unit for unit
 */
export function unitsToString(units: Uint16Array): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength)
  if (!LITTLE_ENDIAN) bytes.swap16()
  return bytes.toString('utf16le')
}
