import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

// The playground: static files in site/dist/ that work from any static server (relative URLs), built on the
// library's browser build (dist/browser/, made by `npm run build`), as an application that installs gongwen would.
export default defineConfig({
  root: here('.'),
  base: './',
  resolve: {
    alias: [
      { find: /^gongwen$/, replacement: here('../dist/browser/index.js') },
      { find: /^gongwen\/(check|schema)$/, replacement: here('../dist/browser/$1.js') },
    ],
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The JavaScript the page needs first, gzipped, is measured by bench/browser.mjs (budget: 300 kB).
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
})
