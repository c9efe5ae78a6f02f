import { defineConfig } from 'tsup'

// `#csv-stringify` (package.json `imports`) names a dependency, as every build imports it: resolved where gongwen is
// installed, to csv-stringify's browser build under the `browser` condition. The other `#…` imports are our own
// modules, bundled.
const external = ['#csv-stringify']

// The library ships ESM + CommonJS + declarations; the CLI is one ESM bundle (with chunks loaded on demand) so
// that start-up does not pay for resolving dozens of small modules.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    external,
    target: 'node20',
    sourcemap: false,
    splitting: false,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    external,
    target: 'node20',
    sourcemap: false,
    splitting: false,
    // Note: import.meta.url (used to load jieba lazily) needs a shim in the CommonJS build.
    shims: true,
    // The unified family (unified, rehype, remark, vfile, micromark …) is ESM only: `require()` of it hands over a
    // namespace where a default export is expected, so the CommonJS build carries it inside. Packages that ship
    // CommonJS stay external.
    noExternal: [/^(?!@node-rs\/jieba$|nodejieba$|jieba-wasm$|exceljs$|mammoth$|opencc-js$|fflate$|zod$|csv-stringify$|tinyglobby$)/],
  },
  {
    // The browser build (the `browser` export condition): `#…` imports resolve to their browser modules, and a Node
    // built-in anywhere on its path fails the build. Readers, opencc, mammoth and exceljs stay lazy chunks;
    // dependencies stay imports, for the application's bundler to resolve with its browser conditions.
    entry: { index: 'src/browser.ts' },
    outDir: 'dist/browser',
    external,
    format: ['esm'],
    platform: 'browser',
    dts: true,
    target: 'es2022',
    sourcemap: false,
    splitting: true,
    // The trimmed jieba dictionary becomes a lazy chunk of the browser build (src/passes/targets/jieba-dict.ts).
    loader: { '.txt': 'text' },
    // Chinese as it is, not as \u escapes (the dictionary chunk is 0.8 MB instead of 1.3 MB).
    esbuildOptions(options) {
      options.charset = 'utf8'
    },
  },
  {
    // The batch worker is an entry of its own: worker threads load it by path, next to cli.js.
    entry: { cli: 'src/cli/bin.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external,
    splitting: true,
    // zod and vfile are bundled into the chunks that need them: `gongwen check` resolved 105 small modules of theirs
    // at every start (zod's 50 locale files among them); bundled, only what is used is there.
    noExternal: ['zod', 'vfile', 'vfile-message', 'unist-util-stringify-position'],
  },
])
