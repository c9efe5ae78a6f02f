/**
 * No call in the source takes an array spread into its arguments (`push(...rows)`, `Math.max(...widths)`,
 * `fn.apply(null, list)`): an argument list of about 120,000 overflows the stack, and the lists of a notice (its
 * lines, tasks, targets, findings) grow with its input. `util/arrays.ts` appends in a loop instead. A call whose
 * arguments have a fixed bound (chunks of a constant size) says so in a `// bounded:` comment on the line above.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = join(import.meta.dirname, '..', 'src')

function files(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...files(path))
    else if (name.endsWith('.ts')) out.push(path)
  }
  return out
}

/** Calls that take a spread or an argument array, outside comments. */
const SPREAD_CALL = /\.(?:push|unshift|splice|concat)\(\s*\.\.\.|\bMath\.(?:max|min)\(\s*(?:[^()]*,\s*)?\.\.\.|\.apply\(|\bString\.from(?:CharCode|CodePoint)\(\s*\.\.\./

describe('no spread into calls', () => {
  it('finds none in src/', () => {
    const found: string[] = []
    for (const file of files(src)) {
      const lines = readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '')
        if (/^\s*\*/.test(code)) return
        // A call whose argument count has a fixed bound says so on the line above: `// bounded: …`.
        if (/^\s*\/\/ bounded:/.test(lines[i - 1] ?? '')) return
        if (SPREAD_CALL.test(code)) found.push(`${file.slice(src.length + 1)}:${i + 1}: ${line.trim()}`)
      })
    }
    expect(found).toEqual([])
  })

  it('recognises the calls it forbids', () => {
    for (const bad of ['out.push(...rows)', 'Math.max(0, ...widths)', 'Math.min(...xs)', 'f.apply(null, list)', 'String.fromCharCode(...units)']) {
      expect(SPREAD_CALL.test(bad), bad).toBe(true)
    }
    for (const good of ['const all = [...a, ...b]', 'append(out, rows)', 'f({ ...options })']) expect(SPREAD_CALL.test(good), good).toBe(false)
  })
})
