/**
 * Config files found upward from a file, known-unit lists, and flags layered over them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFlags, ConfigError, findConfig, loadConfig, parseOptionsFlag, parseRuleFlag, readKnownUnits } from '../src/check/config.js'
import { PRESET } from '../src/check/preset.js'
import { mergeSettings } from '../src/check/settings.js'

const tmp = mkdtempSync(join(tmpdir(), 'gongwen-check-config-'))

function write(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  return path
}

describe('findConfig', () => {
  it('finds the nearest config file upward, gongwen.config.json before .gongwenrc.json', () => {
    const top = join(tmp, 'find')
    const outer = write(join(top, '.gongwenrc.json'), '{}')
    const inner = write(join(top, 'a', 'gongwen.config.json'), '{}')
    write(join(top, 'a', '.gongwenrc.json'), '{}')
    mkdirSync(join(top, 'a', 'b', 'c'), { recursive: true })
    expect(findConfig(join(top, 'a', 'b', 'c'))).toBe(inner)
    expect(findConfig(join(top, 'a'))).toBe(inner)
    mkdirSync(join(top, 'd'), { recursive: true })
    expect(findConfig(join(top, 'd'))).toBe(outer)
  })
})

describe('loadConfig', () => {
  it('reads rule settings and a known-units file next to it', () => {
    const dir = join(tmp, 'load')
    write(join(dir, 'units.txt'), '# 市直部门\n市科技局\n市发改委=市发展改革委\n\n')
    const path = write(join(dir, 'gongwen.config.json'), JSON.stringify({ rules: { numbering: 'warning', 'paired-punctuation': 0 }, knownUnits: 'units.txt' }))
    const config = loadConfig(path)
    expect(config.rules.numbering).toEqual({ severity: 'warning' })
    expect(config.rules['paired-punctuation']).toEqual({ severity: 'off' })
    expect(config.rules['unknown-unit']).toEqual({
      severity: 'warning',
      options: { units: ['市科技局', '市发展改革委'], aliases: { 市发改委: '市发展改革委' } },
    })
  })

  it('says in one line what is wrong with a config file', () => {
    const dir = join(tmp, 'bad')
    const cases: Array<[string, RegExp]> = [
      ['{"rules": ', /invalid JSON/],
      ['{"rules": {"numbering": "loud"}}', /at rules\.numbering: expected "off", "info", "warning", "error"/],
      ['{"rulez": {}}', /invalid config: Unrecognized key/],
      ['{"rules": {"no-such-rule": "error"}}', /unknown rule `no-such-rule`/],
      ['{"rules": {"unknown-unit": ["warning", {"units": 3}]}}', /options of rule `unknown-unit` at units/],
      ['{"knownUnits": "missing.txt"}', /missing\.txt: cannot be read/],
    ]
    cases.forEach(([text, reason], i) => {
      const path = write(join(dir, String(i), 'gongwen.config.json'), text)
      expect(() => loadConfig(path)).toThrow(ConfigError)
      expect(() => loadConfig(path)).toThrow(reason)
      try {
        loadConfig(path)
      } catch (error) {
        expect((error as Error).message).not.toContain('\n')
      }
    })
  })
})

describe('readKnownUnits', () => {
  it('reads text, JSON arrays and JSON objects', () => {
    const dir = join(tmp, 'units')
    expect(readKnownUnits(write(join(dir, 'a.txt'), '\uFEFF市科技局\r\n市工信局 => 市工业和信息化局\n'))).toEqual({
      units: ['市科技局', '市工业和信息化局'],
      aliases: { 市工信局: '市工业和信息化局' },
    })
    expect(readKnownUnits(write(join(dir, 'b.json'), '["市科技局"]'))).toEqual({ units: ['市科技局'], aliases: {} })
    expect(readKnownUnits(write(join(dir, 'c.json'), '{"units": ["市科技局"], "aliases": {"科技局": "市科技局"}}'))).toEqual({
      units: ['市科技局'],
      aliases: { 科技局: '市科技局' },
    })
  })

  it('refuses lists without names', () => {
    expect(() => readKnownUnits(write(join(tmp, 'units', 'empty.txt'), '# nothing\n'))).toThrow(/no unit names/)
    expect(() => readKnownUnits(write(join(tmp, 'units', 'bad.json'), '{"names": []}'))).toThrow(/expected an array/)
  })
})

describe('flags', () => {
  it('reads --rule and --rule-options', () => {
    expect(parseRuleFlag('numbering=off', PRESET)).toEqual(['numbering', 'off'])
    expect(parseRuleFlag('numbering:2', PRESET)).toEqual(['numbering', 2])
    expect(parseRuleFlag('missing-lead-unit', PRESET)).toEqual(['missing-lead-unit', 'warning'])
    expect(() => parseRuleFlag('numbering=loud', PRESET)).toThrow(/must be off, info, warning or error/)
    expect(parseOptionsFlag('unknown-unit={"units":["市科技局"]}')).toEqual(['unknown-unit', { units: ['市科技局'] }])
    expect(() => parseOptionsFlag('unknown-unit=[1]')).toThrow(/JSON object/)
    expect(() => parseOptionsFlag('unknown-unit')).toThrow(/ID=JSON/)
  })

  it('layers flags over a config file, keeping what they do not set', () => {
    const base = mergeSettings({ 'unknown-unit': ['error', { ignore: ['有关单位'] }], numbering: 'warning' })
    const settings = applyFlags(
      base,
      { rules: [['numbering', 'off']], options: [['duplicate-task-title', {}]], known: { units: ['市科技局'], aliases: {} } },
      PRESET,
    )
    expect(settings.numbering).toEqual({ severity: 'off' })
    expect(settings['unknown-unit']).toEqual({ severity: 'error', options: { ignore: ['有关单位'], units: ['市科技局'], aliases: {} } })
    expect(settings['duplicate-task-title']).toEqual({ severity: 'warning', options: {} })
  })
})
