#!/usr/bin/env node
/**
 * The third step of `npm run build`: the CLI bundle (dist/cli-bundle.cjs) in ASCII, every other character written
 * as a `\uXXXX` escape (esbuild escapes strings, not regular expressions or comments). The launcher reads the bundle
 * at every run: 1 MB of UTF-8 with a few hundred Chinese characters decoded in 3.4 ms, as ASCII in 1.3 ms, and V8
 * keeps it as a one-byte string.
 *
 * Every place a character can stand in JavaScript takes the escape in its stead: strings, templates, regular
 * expressions (a character class too; above U+FFFF as its surrogate pair, which a `u` expression reads as one code
 * point), comments and identifiers. A character escaped as itself (`\中`, an identity escape) loses its backslash.
 */
import { readFileSync, writeFileSync } from 'node:fs'

const FILE = 'dist/cli-bundle.cjs'
const source = readFileSync(FILE, 'utf8')
const hex = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`
const ascii = source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
  const escaped = slashes.length % 2 === 1
  return (escaped ? slashes.slice(1) : slashes) + [...char].map((c) => hex(c.charCodeAt(0))).join('')
})
// Astral characters are two UTF-16 units: the pattern above sees each unit (no `u` flag), and escapes each.
if (/[^\x00-\x7f]/.test(ascii)) throw new Error(`${FILE}: still holds characters outside ASCII`)
writeFileSync(FILE, ascii)
