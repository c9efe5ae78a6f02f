import { defineConfig, type Options } from 'tsup'
import type { Plugin } from 'esbuild'
// The packages bundled rather than left as imports, and why: scripts/bundled.mjs.
import { BUNDLED } from './scripts/bundled.mjs'

/** Packages that are ES modules only and that the CLI's sources import by their default export. */
const ESM_DEFAULT_IMPORTS = ['rehype-parse', 'remark-parse', 'remark-gfm']

/**
 * In a CommonJS bundle, `import x from 'pkg'` becomes `require('pkg')` taken whole (esbuild's Node interop), and
 * `require()` of an ES module gives its namespace, not its default export: these packages are imported through a
 * module that hands on their default export.
 */
function esmDefaults(packages: string[]): Plugin {
  const filter = new RegExp(`^(?:${packages.map((p) => p.replace(/[-/]/g, '\\$&')).join('|')})$`)
  return {
    name: 'esm-defaults',
    setup(build) {
      build.onResolve({ filter }, (args) =>
        args.namespace === 'esm-default' ? { path: args.path, external: true } : { path: args.path, namespace: 'esm-default' },
      )
      build.onLoad({ filter: /.*/, namespace: 'esm-default' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)}).default`,
        loader: 'js',
      }))
    },
  }
}

/**
 * vfile's Node `#minproc` is `export { default } from 'node:process'`: an ES module import of `node:process` reads
 * every property of `process` to make its named exports, and its getters load stdin, stdout, streams and the report
 * module (about 3 ms of a start-up). vfile only calls `cwd()`: this module gives it the global `process` instead.
 */
function vfileProcess(): Plugin {
  return {
    name: 'vfile-process',
    setup(build) {
      build.onResolve({ filter: /^#minproc$/ }, (args) =>
        /[\\/]vfile[\\/]/.test(args.importer) ? { path: 'minproc', namespace: 'vfile-process' } : undefined,
      )
      build.onLoad({ filter: /.*/, namespace: 'vfile-process' }, () => ({
        contents: 'export const minproc = { cwd: () => globalThis.process.cwd() }',
        loader: 'js',
      }))
    },
  }
}


/** The command's two CommonJS scripts (its launcher and its bundle): one file each, `import.meta.url` from `__filename`. */
const COMMONJS_SCRIPT = {
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  target: 'node20',
  sourcemap: false,
  splitting: false,
  shims: true,
} satisfies Options

// One ESM build for the library and the CLI, split into chunks that both share (and that the CLI loads on demand),
// with the library's declarations. `require()` loads the same build (Node's require of ES modules, 20.19+ and
// 22.12+): no CommonJS copy ships (it was 1.4 MB, with the unified family inside), nor a second copy of the library
// in the CLI's chunks.
export default defineConfig([
  {
    // The batch worker is an entry of its own: worker threads load it by path.
    // `gongwen/check` and `gongwen/schema` are entries of their own, out of the main entry's imports (zod, the rules).
    entry: {
      index: 'src/index.ts',
      check: 'src/check/node.ts',
      schema: 'src/tree/schema.ts',
      'batch-worker': 'src/batch/worker.ts',
      // opencc's converter, under a name that the synchronous parse() can require() (src/document/opencc-sync.ts).
      'opencc-t2cn': 'src/document/opencc-t2cn.ts',
    },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', check: 'src/check/node.ts', schema: 'src/tree/schema.ts' } },
    clean: true,
    target: 'node20',
    sourcemap: false,
    splitting: true,
    // zod is bundled into the chunk that uses it: `gongwen check` resolved over 200 small modules of zod's at every
    // start (its locale files among them; ~70 ms of CPU); bundled, only what is used is there. Its schemas work with
    // an application's own zod (zod checks schemas by their traits, not their class). The package stays a
    // dependency: the declarations name its types. vfile (with its two helpers) and fast-diff are bundled for the same
    // reason: each module is a file the loader finds, reads and links at import (8 of vfile's, and fast-diff as
    // CommonJS through the export lexer): `import('gongwen')` took 1.74× `node -e ''` with them as packages, 1.50×
    // bundled. Unified, which reads Markdown and HTML on first use, keeps its own vfile: it takes any object with
    // vfile's fields.
    noExternal: BUNDLED,
    esbuildPlugins: [vfileProcess()],
  },
  {
    // The command's launcher (dist/cli.cjs, from src/cli/launch.ts), which runs the CLI bundle below with a code cache.
    // CommonJS, as bin/gongwen.cjs is: an ES module entry starts Node's ES module loader (its resolver, its reads
    // through fs/promises), which a run of the command does not otherwise need.
    entry: { cli: 'src/cli/launch.ts' },
    ...COMMONJS_SCRIPT,
  },
  {
    // The CLI as one script (dist/cli-bundle.cjs), for src/cli/launch.ts to compile with a V8 code cache (Node 20 has
    // no compile cache for ES modules). Modules the CLI loads on demand stay lazy inside it (esbuild runs a module's
    // top level when it is first imported); `import()` becomes `require()`, since a script compiled from a cache
    // has no dynamic-import hook, and dependencies stay packages (ES modules among them: require(esm), Node 20.19+).
    entry: { 'cli-bundle': 'src/cli/bin.ts' },
    ...COMMONJS_SCRIPT,
    // Note: the packages of esmDefaults() are not external to tsup (whose plugin comes first), but to esmDefaults().
    noExternal: [...BUNDLED, ...ESM_DEFAULT_IMPORTS],
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false }
    },
    esbuildPlugins: [esmDefaults(ESM_DEFAULT_IMPORTS), vfileProcess()],
  },
  {
    // The browser build (the `browser` export condition): `#…` imports (package.json) resolve to their browser
    // modules, and a Node built-in anywhere on its path fails the build. Readers, opencc, mammoth and the xlsx writer
    // stay lazy chunks; dependencies stay imports, for the application's bundler to resolve with its browser
    // conditions.
    entry: { index: 'src/browser.ts', check: 'src/check/index.ts', schema: 'src/tree/schema.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    dts: true,
    target: 'es2022',
    sourcemap: false,
    splitting: true,
    // opencc-js is bundled (a lazy chunk), not a dependency: its package is 6 MB installed, its t2cn build 0.1 MB.
    noExternal: ['opencc-js'],
    // The trimmed jieba dictionary becomes a lazy chunk of the browser build (src/passes/targets/jieba-dict.ts).
    loader: { '.txt': 'text' },
    // Chinese as it is, not as \u escapes (the dictionary chunk is 0.8 MB instead of 1.3 MB).
    esbuildOptions(options) {
      options.charset = 'utf8'
    },
  },
  {
    // The declarations once more as index.d.cts, for `require()` under TypeScript's node16/nodenext resolution: in a
    // package of "type": "module" a .d.ts declares an ES module, which a CommonJS file may not require.
    entry: { index: 'src/index.ts', check: 'src/check/node.ts', schema: 'src/tree/schema.ts' },
    format: ['cjs'],
    dts: { only: true },
    target: 'node20',
  },
])
