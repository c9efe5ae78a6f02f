/**
 * `gongwen check <file|-> …`: find defects in notices and report them for people, programs, GitHub Actions or code
 * scanning. Exit 0 when clean, 1 on errors (`--frail`: also on warnings), 2 when an input or config cannot be read.
 */
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import type { VFile } from 'vfile'
import { expandInputs } from '../batch/inputs.js'
import { InputError } from '../errors.js'
import { reasonInChinese } from '../check/messages-zh.js'
import type { Lang } from './lang.js'
import { applyFlags, ConfigError, findConfig, loadConfig, parseOptionsFlag, parseRuleFlag, readKnownUnits, type LoadedConfig, type RuleFlags } from '../check/config.js'
import { check } from '../check/index.js'
import { PRESET, RULES } from '../check/preset.js'
import { reportGithub } from '../check/reporters/github.js'
import { reportJson } from '../check/reporters/json.js'
import { reportSarif, type Failure } from '../check/reporters/sarif.js'
import { summarize } from '../check/reporters/summary.js'
import { reportText } from '../check/reporters/text.js'
import { activeRules, RuleOptionsError } from '../check/run.js'
import type { ParseOptions } from '../pipeline.js'
import { DEFAULT_MAX_BYTES, emit, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, positiveInteger, readInput, UsageError, type Io } from './io.js'

/** Usage of the command, shown by `gongwen --help`. */
export const HELP = `Usage: gongwen check <file|dir|glob|-> [more] [options]
  Check notices for defects: numbering, brackets and quotes, title vs plan heading, 文号, dates, units, targets.
  Exit 0 when clean, 1 on errors (--frail: also on warnings), 2 when an input or config cannot be read,
  4 when the report cannot be written.
      --reporter R          text (default), json, github (workflow annotations) or sarif (SARIF 2.1.0)
  -o, --output FILE         write the report to FILE instead of standard output
      --frail               exit 1 on warnings too
      --quiet               report errors only (text reporter)
      --rule ID[=SEVERITY]  turn a rule on, off or to a severity: off, info, warning, error (repeatable)
      --rule-options ID=JSON  options of a rule, e.g. 'unknown-unit={"units":["市科技局"]}' (repeatable)
      --known-units FILE    check unit names against FILE (one a line, 简称=全称 for aliases, or JSON)
      --config FILE         use FILE, not the gongwen.config.json / .gongwenrc.json found above each input
      --no-config           use no config file
      --list-rules          list the rules with their severities and exit
      --input-format F      auto (default), text, html, markdown, docx, pdf or ofd: how to read the inputs
      --max-bytes N         refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})`

/** Reporters by name. */
const REPORTERS = {
  text: (files: readonly VFile[], _failures: readonly Failure[], quiet: boolean, lang: Lang) => reportText(files, { quiet, lang }),
  json: (files: readonly VFile[]) => reportJson(files),
  github: (files: readonly VFile[]) => reportGithub(files),
  sarif: (files: readonly VFile[], failures: readonly Failure[]) => reportSarif(files, failures),
} as const

type ReporterName = keyof typeof REPORTERS

/** A finding worded in Chinese, for every reporter. */
function wordInChinese(message: VFile['messages'][number]): void {
  const zh = reasonInChinese(message.reason, message.ruleId)
  message.reason = zh
  message.message = zh
}

/** The path of standard input in reports. */
const STDIN_PATH = '<stdin>'

const FORMATS = ['auto', 'text', 'html', 'markdown', 'docx', 'pdf', 'ofd'] as const

function reporterName(value: unknown): ReporterName {
  if (value === undefined) return 'text'
  if (typeof value === 'string' && Object.hasOwn(REPORTERS, value)) return value as ReporterName
  throw new UsageError(`--reporter must be text, json, github or sarif, not ${String(value)}`)
}

function inputFormat(value: unknown): ParseOptions['format'] {
  if (value === undefined) return 'auto'
  if ((FORMATS as readonly unknown[]).includes(value)) return value as ParseOptions['format']
  throw new UsageError(`--input-format must be ${FORMATS.join(', ')}, not ${String(value)}`)
}

/**
 * The rule flags, read and checked.
 * @param values parsed options
 * @returns the flags
 * @throws UsageError for values that do not fit
 * @throws ConfigError for a known-units file that cannot be read
 */
function ruleFlags(values: { rule?: string[]; 'rule-options'?: string[]; 'known-units'?: string }): RuleFlags {
  let flags: RuleFlags
  try {
    flags = {
      rules: (values.rule ?? []).map((value) => parseRuleFlag(value, PRESET)),
      options: (values['rule-options'] ?? []).map(parseOptionsFlag),
    }
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values['known-units'] !== undefined) flags = { ...flags, known: readKnownUnits(values['known-units']) }
  try {
    activeRules(applyFlags({}, flags, PRESET))
  } catch (error) {
    if (error instanceof RuleOptionsError) throw new UsageError(error.message)
    throw error
  }
  return flags
}

/** The rules and their severities, for --list-rules. */
function listRules(): string {
  const width = RULES.reduce((w, r) => Math.max(w, r.id.length), 0)
  return `${RULES.map((r) => `${r.id.padEnd(width)}  ${(PRESET[r.id] ?? 'off').padEnd(7)}  ${r.description}`).join('\n')}\n`
}

/**
 * Run `gongwen check`.
 * @param argv arguments after the command name
 * @param io output streams
 * @returns the exit code
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      reporter: { type: 'string' },
      output: { type: 'string', short: 'o' },
      frail: { type: 'boolean' },
      quiet: { type: 'boolean' },
      rule: { type: 'string', multiple: true },
      'rule-options': { type: 'string', multiple: true },
      'known-units': { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
      'list-rules': { type: 'boolean' },
      'input-format': { type: 'string' },
      'max-bytes': { type: 'string' },
    },
  })
  if (values['list-rules']) {
    io.stdout(listRules())
    return EXIT_OK
  }
  if (positionals.length === 0) throw new UsageError('no input: give a notice file, a directory, a glob, or - for standard input')
  const reporter = reporterName(values.reporter)
  const format = inputFormat(values['input-format'])
  const limit = positiveInteger('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES)
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config exclude each other')

  let flags: RuleFlags
  let explicit: LoadedConfig | null = null
  try {
    flags = ruleFlags(values)
    if (values.config !== undefined) explicit = loadConfig(values.config)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr(`gongwen: ${error.message}\n`)
    return EXIT_INPUT
  }

  const configs = new Map<string, LoadedConfig | null>()
  const configFor = (file: string): LoadedConfig | null => {
    if (values['no-config']) return null
    if (explicit) return explicit
    const found = findConfig(file === '-' ? process.cwd() : dirname(file))
    if (found === null) return null
    if (!configs.has(found)) configs.set(found, loadConfig(found))
    return configs.get(found) ?? null
  }

  const checked: VFile[] = []
  const failures: Failure[] = []
  const { files, errors: unmatched } = await expandInputs(positionals)
  for (const error of unmatched) {
    io.stderr(`gongwen: ${error.message}\n`)
    failures.push({ path: error.message.slice(0, error.message.indexOf(':')), message: error.message })
  }
  for (const file of files) {
    try {
      const bytes = readInput(file, limit)
      const config = configFor(file)
      const rules = applyFlags(config?.rules ?? {}, flags, PRESET)
      checked.push(await check(bytes, { path: file === '-' ? STDIN_PATH : file, format, rules }))
    } catch (error) {
      if (!(error instanceof InputError) && !(error instanceof ConfigError)) throw error
      io.stderr(`gongwen: ${error.message}\n`)
      failures.push({ path: file === '-' ? STDIN_PATH : file, message: error.message })
    }
  }

  // Note: when no input could be read, the one-line errors above are the whole report for people.
  const nothingChecked = checked.length === 0 && (reporter === 'text' || reporter === 'github')
  if (io.lang === 'zh') for (const file of checked) for (const message of file.messages) wordInChinese(message)
  if (!nothingChecked) emit(REPORTERS[reporter](checked, failures, values.quiet === true, io.lang ?? 'en'), values.output, io)
  if (failures.length) return EXIT_INPUT
  const { errors, warnings } = summarize(checked)
  return errors > 0 || (values.frail && warnings > 0) ? EXIT_FINDINGS : EXIT_OK
}
