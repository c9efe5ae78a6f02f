/**
 * The SARIF 2.1.0 report, for code scanning: the rules as metadata of the tool, one result per finding, and
 * fingerprints that stay the same when lines are added elsewhere in the file.
 *
 * Note: columns count UTF-16 code units (`columnKind`), as gongwen positions do, and end columns point after the
 * last character, as SARIF regions do; a finding at a point (a missing character) is an empty region there.
 */
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as Sarif from 'sarif'
import type { VFile } from 'vfile'
import { VERSION } from '../../version.js'
import { defaultLevel, PRESET, RULES } from '../preset.js'
import { DOCS_URL, ruleUrl, type ActiveSeverity } from '../rule.js'
import { severity, spanOf } from './place.js'

/**
 * Node's crypto, taken when a SARIF report is made: imported, it loaded with every `gongwen check` (2 ms of a run that
 * writes text).
 */
const createHash: typeof import('node:crypto').createHash = (algorithm, options) => process.getBuiltinModule('node:crypto').createHash(algorithm, options)

/** The schema that SARIF logs name. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The key of gongwen's fingerprints: bump the version when the way they are computed changes. */
export const FINGERPRINT_KEY = 'gongwen/v2'

/** The base that relative file paths are resolved against: the checked-out repository. */
const SOURCE_ROOT = '%SRCROOT%'

/** SARIF levels of severities. */
const LEVELS: Readonly<Record<ActiveSeverity, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note' }

/** An input that could not be checked, reported as a notification of the run. */
export interface Failure {
  path: string
  message: string
}

/**
 * `plan-title-mismatch` → `PlanTitleMismatch`: the name SARIF viewers show for a rule.
 * @param id a rule id
 * @returns its name in Pascal case
 */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())
}

/**
 * The artifact location of a checked file.
 * @param path the path as given on the command line
 * @returns a URI (relative paths against the source root)
 */
function artifactLocation(path: string): Sarif.ArtifactLocation {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href }
  return { uri: encodeURI(path.replaceAll('\\', '/')), uriBaseId: SOURCE_ROOT }
}

/**
 * Fingerprints of a file's findings: a hash of the rule, the file, the reason (without line numbers) and a digest of
 * the text of the lines it is on, with a count for findings that hash alike.
 * Note: each range of lines is digested once, however many findings stand on it: digesting a long line for every
 * finding on it made 40,000 findings take 16 s.
 * @param file a checked file
 * @returns one fingerprint per message, in order
 */
export function fingerprints(file: VFile): string[] {
  const lines = String(file.value ?? '').split(/\r?\n|\r/)
  const seen = new Map<string, number>()
  const digests = new Map<string, string>()
  const digestOf = (line: number, endLine: number): string => {
    const key = `${line}:${endLine}`
    let digest = digests.get(key)
    if (digest === undefined) {
      const content = lines.slice(line - 1, endLine).join('\n').trim()
      digest = createHash('sha256').update(content).digest('hex')
      digests.set(key, digest)
    }
    return digest
  }
  return file.messages.map((message) => {
    const span = spanOf(message.place)
    const reason = message.reason.replace(/\d+:\d+/g, '#')
    const hash = createHash('sha256').update([message.ruleId, file.path, reason, digestOf(span.line, span.endLine)].join('\u0000')).digest('hex')
    const count = (seen.get(hash) ?? 0) + 1
    seen.set(hash, count)
    return `${hash}:${count}`
  })
}

/**
 * The SARIF log of checked files.
 * @param files the checked files
 * @param failures inputs that could not be read
 * @returns the log as an object
 */
export function toSarif(files: readonly VFile[], failures: readonly Failure[] = []): Sarif.Log {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]))
  const rules: Sarif.ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: LEVELS[defaultLevel(rule.id)], enabled: PRESET[rule.id] !== 'off' },
  }))
  const artifacts: Sarif.Artifact[] = []
  const results: Sarif.Result[] = []
  for (const file of files) {
    const path = file.path || '<stdin>'
    const index = artifacts.length
    artifacts.push({ location: artifactLocation(path) })
    const prints = fingerprints(file)
    file.messages.forEach((message, i) => {
      const span = spanOf(message.place)
      const id = message.ruleId ?? 'gongwen'
      const fingerprint = prints[i] as string
      const result: Sarif.Result = {
        ruleId: id,
        level: LEVELS[severity(message)],
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { ...artifactLocation(path), index },
              region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
            },
          },
        ],
        fingerprints: { [FINGERPRINT_KEY]: fingerprint },
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      }
      const at = ruleIndex.get(id)
      if (at !== undefined) result.ruleIndex = at
      results.push(result)
    })
  }
  const invocation: Sarif.Invocation = { executionSuccessful: failures.length === 0 }
  if (failures.length) {
    invocation.toolExecutionNotifications = failures.map((failure) => ({
      level: 'error',
      message: { text: failure.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(failure.path) } }],
    }))
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gongwen', version: VERSION, semanticVersion: VERSION, informationUri: DOCS_URL.replace(/#.*$/, ''), rules } },
        invocations: [invocation],
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  }
}

/**
 * Report checked files as a SARIF 2.1.0 log.
 * @param files the checked files
 * @param failures inputs that could not be read
 * @returns the JSON text, ending in a line break
 */
export function reportSarif(files: readonly VFile[], failures: readonly Failure[] = []): string {
  return `${JSON.stringify(toSarif(files, failures), null, 2)}\n`
}
