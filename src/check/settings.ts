/**
 * Rule settings as people write them (in a config file, in the API, on the command line) and as the engine runs
 * them: `"off"`, `"warning"`, `["warning", {"units": […]}]` → `{severity, options}`.
 */
import * as z from 'zod'
import type { Severity } from './rule.js'

/** How a rule is set up: off, or on at a severity with options. */
export interface RuleSetting {
  severity: Severity
  options?: Record<string, unknown>
}

/** Rule settings by rule id; rules not named keep their preset setting. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>

/** Severity words, and the numbers ESLint users write (0 off, 1 warning, 2 error). */
export const SeveritySchema = z.union([z.enum(['off', 'info', 'warning', 'error']), z.literal(0), z.literal(1), z.literal(2)])

/** One rule's setting: a severity, or a severity and options. */
export const RuleConfigSchema = z.union([
  SeveritySchema,
  z.tuple([SeveritySchema]),
  z.tuple([SeveritySchema, z.record(z.string(), z.unknown())]),
])

/** Rule settings by rule id. */
export const RulesConfigSchema = z.record(z.string(), RuleConfigSchema)

/** The content of `gongwen.config.json` / `.gongwenrc.json`. */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    rules: RulesConfigSchema.optional(),
    knownUnits: z.string().optional().describe('a file of known unit names, relative to the config file'),
  })
  .strict()

/** A severity as written: a word or 0, 1, 2. */
export type SeverityConfig = z.infer<typeof SeveritySchema>
/** One rule's setting as written. */
export type RuleConfig = z.infer<typeof RuleConfigSchema>
/** Rule settings by rule id, as written. */
export type RulesConfig = z.infer<typeof RulesConfigSchema>
/** A config file. */
export type Config = z.infer<typeof ConfigSchema>

const NUMBERED: readonly Severity[] = ['off', 'warning', 'error']

/**
 * A severity as a word.
 * @param value a word or 0, 1, 2
 * @returns the word
 */
export function severityWord(value: SeverityConfig): Severity {
  return typeof value === 'number' ? (NUMBERED[value] as Severity) : value
}

/**
 * One rule setting in the engine's form.
 * @param config the setting as written
 * @returns severity and options
 */
export function toSetting(config: RuleConfig): RuleSetting {
  if (!Array.isArray(config)) return { severity: severityWord(config) }
  const [severity, options] = config
  return options === undefined ? { severity: severityWord(severity) } : { severity: severityWord(severity), options }
}

/**
 * Layer rule settings: later layers win; a layer that sets only a severity keeps the options of the layers below.
 * @param layers settings from lowest (config file) to highest (flags)
 * @returns the merged settings
 */
export function mergeSettings(...layers: ReadonlyArray<RulesConfig | RuleSettings | undefined>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {}
  for (const layer of layers) {
    if (!layer) continue
    for (const [id, value] of Object.entries(layer)) {
      const setting = isSetting(value) ? value : toSetting(value)
      const below = out[id]
      out[id] = setting.options === undefined && below?.options !== undefined ? { ...setting, options: below.options } : setting
    }
  }
  return out
}

function isSetting(value: RuleConfig | RuleSetting): value is RuleSetting {
  return typeof value === 'object' && !Array.isArray(value) && 'severity' in value
}
