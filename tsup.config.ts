import { defineConfig } from 'tsup'

// The library ships ESM + CommonJS + declarations; the CLI is one ESM bundle (with chunks loaded on demand) so
// that start-up does not pay for resolving dozens of small modules.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: false,
    splitting: false,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    sourcemap: false,
    splitting: false,
    // Note: import.meta.url (used to load jieba lazily) needs a shim in the CommonJS build.
    shims: true,
    // The unified family (unified, rehype, remark, vfile, micromark …) is ESM only: `require()` of it hands over a
    // namespace where a default export is expected, so the CommonJS build carries it inside. Packages that ship
    // CommonJS stay external.
    noExternal: [/^(?!@node-rs\/jieba$|nodejieba$|exceljs$|mammoth$|opencc-js$|zod$|csv-stringify$|tinyglobby$|unpdf$|saxes$)/],
  },
  {
    // The batch worker is an entry of its own: worker threads load it by path, next to cli.js.
    entry: { cli: 'src/cli/bin.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    splitting: true,
    // zod and vfile are bundled into the chunks that need them: `gongwen check` resolved 105 small modules of theirs
    // at every start (zod's 50 locale files among them); bundled, only what is used is there.
    noExternal: ['zod', 'vfile', 'vfile-message', 'unist-util-stringify-position'],
  },
])
