/**
 * The output formats and their file extensions: constants only, so that the command line can check `--format`
 * without loading any exporter.
 */

/** The output formats. */
export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'xlsx', 'md'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** File extensions of the output formats (for `--out-dir`). */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { json: '.json', jsonl: '.jsonl', csv: '.csv', xlsx: '.xlsx', md: '.md' }
