/**
 * Where rule settings come from besides the preset: a config file found upward from each checked file
 * (`gongwen.config.json`, then `.gongwenrc.json`, in each folder from the file's up to the root), and flags.
 *
 * Note: the first config file found wins; there is no cascade, so a project's settings are all in one place.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import type { Severity } from './rule.js'
import { activeRules, RuleOptionsError } from './run.js'
import { ConfigSchema, mergeSettings, SeveritySchema, type Config, type RuleConfig, type SeverityConfig } from './settings.js'
import type { RuleSetting } from './settings.js'

/** The names of config files, looked for in this order in each folder. */
export const CONFIG_NAMES = ['gongwen.config.json', '.gongwenrc.json'] as const

/** What a rule setting may be, for messages. */
const RULE_SETTING_FORMS = '"off", "info", "warning", "error" (or 0, 1, 2), or ["warning", {options}]'

/** The rule that a list of known units turns on. */
export const KNOWN_UNITS_RULE = 'unknown-unit'

/** A config file that cannot be used: the CLI prints its one-line message and exits 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/** A config file read, with the settings it makes. */
export interface LoadedConfig {
  /** Where it was read from. */
  path: string
  /** Its rule settings, its list of known units included. */
  rules: Record<string, RuleSetting>
}

/** The units and aliases of a known-units file. */
export interface KnownUnits {
  units: string[]
  aliases: Record<string, string>
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Find the config file that applies to a folder: the first one in it or in a folder above it.
 * @param start the folder of the checked file
 * @returns the path of the config file, or null when there is none
 */
export function findConfig(start: string): string | null {
  let dir = resolve(start)
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name)
      if (isFile(path)) return path
    }
    const up = dirname(dir)
    if (up === dir) return null
    dir = up
  }
}

/**
 * Read a list of known units: JSON (an array of names, or `{"units": […], "aliases": {…}}`), or text with one name a
 * line, `简称=全称` lines for aliases, and `#` comments.
 * @param path the file
 * @returns the units and aliases
 * @throws ConfigError when the file cannot be read or has no names
 */
export function readKnownUnits(path: string): KnownUnits {
  let text: string
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    throw new ConfigError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  if (/^\s*[[{]/.test(text)) {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(`${path}: invalid JSON (${(error as Error).message})`)
    }
    if (Array.isArray(data) && data.every((x) => typeof x === 'string')) return { units: data, aliases: {} }
    const record = data as Partial<KnownUnits>
    if (record && Array.isArray(record.units) && record.units.every((x) => typeof x === 'string')) {
      return { units: record.units, aliases: { ...(record.aliases ?? {}) } }
    }
    throw new ConfigError(`${path}: expected an array of unit names or {"units": [...], "aliases": {...}}`)
  }
  const units: string[] = []
  const aliases: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) continue
    const [alias, name] = line.split(/\s*(?:=>|=)\s*/)
    if (name !== undefined && alias) {
      aliases[alias] = name
      if (!units.includes(name)) units.push(name)
    } else if (!units.includes(line)) units.push(line)
  }
  if (units.length === 0) throw new ConfigError(`${path}: no unit names in it`)
  return { units, aliases }
}

/**
 * Read and check a config file.
 * @param path the config file
 * @returns its settings; a `knownUnits` file it names is read relative to it
 * @throws ConfigError with a one-line reason
 */
export function loadConfig(path: string): LoadedConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    throw new ConfigError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${path}: invalid JSON (${(error as Error).message})`)
  }
  const parsed = ConfigSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    const isRule = issue?.path[0] === 'rules' && issue.path.length >= 2
    const reason = isRule ? `expected ${RULE_SETTING_FORMS}` : (issue?.message ?? 'invalid')
    throw new ConfigError(`${path}: invalid config${where}: ${reason}`)
  }
  const config: Config = parsed.data
  let rules = mergeSettings(config.rules)
  if (config.knownUnits !== undefined) {
    const file = isAbsolute(config.knownUnits) ? config.knownUnits : join(dirname(path), config.knownUnits)
    const own = rules[KNOWN_UNITS_RULE]
    const known = readKnownUnits(file)
    const severity = own?.severity ?? 'warning'
    rules = { ...rules, [KNOWN_UNITS_RULE]: { severity, options: { units: known.units, aliases: known.aliases, ...own?.options } } }
  }
  try {
    activeRules(rules)
  } catch (error) {
    if (error instanceof RuleOptionsError) throw new ConfigError(`${path}: ${error.message}`)
    throw error
  }
  return { path, rules }
}

/**
 * Read a `--rule` flag: `ID` (on at its default severity, or warning), `ID=SEVERITY`, `ID:SEVERITY`.
 * @param value the flag's value
 * @param defaults the preset severities
 * @returns the rule id and its setting
 * @throws Error with a one-line reason for a value that is not a severity
 */
export function parseRuleFlag(value: string, defaults: Readonly<Record<string, Severity>>): [string, RuleConfig] {
  const m = /^([a-z0-9-]+)(?:[=:](.*))?$/.exec(value.trim())
  if (!m || !m[1]) throw new Error(`--rule takes ID or ID=SEVERITY, not ${value}`)
  const id = m[1]
  if (m[2] === undefined) {
    const preset = defaults[id]
    return [id, preset === undefined || preset === 'off' ? 'warning' : preset]
  }
  const word = /^\d$/.test(m[2]) ? Number(m[2]) : m[2]
  const severity = SeveritySchema.safeParse(word)
  if (!severity.success) throw new Error(`--rule ${id}: the severity must be off, info, warning or error, not ${m[2]}`)
  return [id, severity.data as SeverityConfig]
}

/**
 * Read a `--rule-options` flag: `ID=JSON` with a JSON object.
 * @param value the flag's value
 * @returns the rule id and its options
 * @throws Error with a one-line reason for a value that is not `ID={…}`
 */
export function parseOptionsFlag(value: string): [string, Record<string, unknown>] {
  const at = value.indexOf('=')
  const id = value.slice(0, at).trim()
  if (at <= 0 || !/^[a-z0-9-]+$/.test(id)) throw new Error(`--rule-options takes ID=JSON, not ${value}`)
  let options: unknown
  try {
    options = JSON.parse(value.slice(at + 1))
  } catch (error) {
    throw new Error(`--rule-options ${id}: invalid JSON (${(error as Error).message})`)
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new Error(`--rule-options ${id}: expected a JSON object`)
  return [id, options as Record<string, unknown>]
}

/** Rule settings given on the command line. */
export interface RuleFlags {
  /** `--rule` values, read. */
  rules: ReadonlyArray<[string, RuleConfig]>
  /** `--rule-options` values, read. */
  options: ReadonlyArray<[string, Record<string, unknown>]>
  /** A `--known-units` list. */
  known?: KnownUnits
}

/**
 * Apply flags over the settings of a config file: a known-units list turns `unknown-unit` on with it, `--rule` sets
 * severities, `--rule-options` adds options and keeps the severity (turning an off rule on at its default).
 * @param base the config file's settings (empty without one)
 * @param flags the flags
 * @param preset the default severities
 * @returns the settings to check with
 */
export function applyFlags(base: Readonly<Record<string, RuleSetting>>, flags: RuleFlags, preset: Readonly<Record<string, Severity>>): Record<string, RuleSetting> {
  const on = (id: string, severity: Severity | undefined): Severity => {
    if (severity !== undefined && severity !== 'off') return severity
    const fallback = preset[id]
    return fallback === undefined || fallback === 'off' ? 'warning' : fallback
  }
  const out: Record<string, RuleSetting> = { ...base }
  if (flags.known) {
    const below = out[KNOWN_UNITS_RULE]
    out[KNOWN_UNITS_RULE] = {
      severity: on(KNOWN_UNITS_RULE, below?.severity),
      options: { ...below?.options, units: flags.known.units, aliases: flags.known.aliases },
    }
  }
  const merged = mergeSettings(out, Object.fromEntries(flags.rules))
  for (const [id, options] of flags.options) {
    const below = merged[id]
    merged[id] = { severity: on(id, below?.severity), options: { ...below?.options, ...options } }
  }
  return merged
}
