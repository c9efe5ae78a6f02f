/** Default largest input, in bytes (and most a .docx may expand to): far above any real notice, low enough to refuse a wrong file quickly. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024
