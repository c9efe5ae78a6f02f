#!/usr/bin/env node
// The `gongwen` command: runs the built CLI. A published package carries dist/ (built before packing); a source
// checkout builds it on first use, so that `npm install` then `npx gongwen` works without an install-time build.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const cli = new URL('../dist/cli.js', import.meta.url)
if (!existsSync(cli) && existsSync(new URL('../src/cli/bin.ts', import.meta.url))) {
  process.stderr.write('gongwen: building dist/ (once, in a source checkout) …\n')
  const root = new URL('..', import.meta.url)
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' })
  if (built.status !== 0) {
    process.stderr.write('gongwen: the build failed: run npm run build and see why\n')
    process.exit(3)
  }
}
await import(cli.href)
