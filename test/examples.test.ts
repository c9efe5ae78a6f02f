/**
 * The scripts of examples/ run as the README shows them, against the built package (they import `gongwen` by its
 * name, as a user's project does).
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const seed = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
const run = (script: string, args: string[]) => spawnSync(process.execPath, [join(root, 'examples', script), ...args], { encoding: 'utf8', cwd: root })

describe('examples', () => {
  it('ledger-to-csv.mjs writes the seed ledger, a row per task', () => {
    const r = run('ledger-to-csv.mjs', [seed])
    expect(r.status).toBe(0)
    const rows = parseCsv(r.stdout, { bom: true }) as string[][]
    expect(rows[0]?.slice(0, 4)).toEqual(['序号', '章节', '编号', '任务'])
    expect(rows).toHaveLength(107)
  })

  it('targets-to-jsonl.mjs writes a line per target of every notice in a folder', () => {
    const r = run('targets-to-jsonl.mjs', [join(root, 'seeds')])
    expect(r.status).toBe(0)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.length).toBeGreaterThan(100)
    expect(lines[0]).toMatchObject({ file: seed, unit: expect.any(String) })
  })

  it('say how they are used when called without an argument (exit 64)', () => {
    expect(run('ledger-to-csv.mjs', []).status).toBe(64)
    expect(run('targets-to-jsonl.mjs', []).status).toBe(64)
  })
})
