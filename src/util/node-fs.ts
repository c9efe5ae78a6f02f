/**
 * Node's `fs` for the modules that the library's entry imports. An ES module import of `node:fs` builds a facade of
 * its exports by reading every property of `fs`, and its getters (`ReadStream`, `promises` …) load the stream modules:
 * about 2% of `import('gongwen')`. `process.getBuiltinModule` (Node ≥ 20.16) hands over the module itself.
 */
export const fs = process.getBuiltinModule('node:fs')
