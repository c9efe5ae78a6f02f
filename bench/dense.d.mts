/** The text of a target-dense notice of about `bytes` bytes of UTF-8 (bench/dense.mjs). */
export function denseNotice(bytes: number): string
