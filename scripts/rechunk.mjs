#!/usr/bin/env node
/**
 * The second step of `npm run build`: rollup joins the chunks of the Node ES module build (dist/*.js) that esbuild
 * splits finer than any import needs.
 *
 * esbuild makes a chunk for every set of entries and lazy imports that share code, and does not know that a lazy
 * import runs after its importer has loaded: `import('gongwen')` loaded 20 files, each found, read, compiled and
 * linked by Node's loader. Rollup knows which modules are already loaded when a lazy import runs, and joins small
 * chunks (`experimentalMinChunkSize`): the same code in 9 files. The browser build (dist/browser) is left to the
 * application's bundler, and the CLI bundle (dist/cli-bundle.cjs) is one file already.
 */
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { rollup } from 'rollup'

const DIST = 'dist'
/** The entries of the build (tsup.config.ts): the files that users and the CLI load by name. */
const ENTRIES = ['index', 'check', 'schema', 'batch-worker', 'opencc-t2cn']
/** Chunks below this many bytes are joined to others where that loads nothing more than before. */
const MIN_CHUNK_SIZE = 20_000

const before = readdirSync(DIST).filter((f) => f.endsWith('.js'))
const out = join(DIST, '.rechunk')
rmSync(out, { recursive: true, force: true })
const bundle = await rollup({
  input: Object.fromEntries(ENTRIES.map((name) => [name, join(DIST, `${name}.js`)])),
  // Packages and Node's modules stay imports.
  external: (id, importer) => importer !== undefined && !id.startsWith('.') && !id.startsWith('/'),
  onwarn(warning) {
    throw new Error(`rollup: ${warning.message}`)
  },
})
await bundle.write({
  dir: out,
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunk-[hash].js',
  experimentalMinChunkSize: MIN_CHUNK_SIZE,
  // An entry imports only what it needs at once, not the imports of the chunks it loads later.
  hoistTransitiveImports: false,
})
await bundle.close()
for (const file of before) rmSync(join(DIST, file))
const after = readdirSync(out)
for (const file of after) renameSync(join(out, file), join(DIST, file))
rmSync(out, { recursive: true })
const size = (files, dir) => files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
console.log(`rechunk: ${before.length} → ${after.length} files, ${size(after, DIST)} bytes`)
