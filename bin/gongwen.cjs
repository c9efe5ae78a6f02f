#!/usr/bin/env node
// The `gongwen` command: runs the built CLI. A published package carries dist/ (built before packing); a source
// checkout builds it on first use, so that `npm install` then `npx gongwen` works without an install-time build.
// CommonJS, as the launcher it requires: an ES module would start Node's ES module loader, which a run does not need.
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const root = join(__dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
if (!existsSync(cli) && existsSync(join(root, 'src', 'cli', 'bin.ts'))) {
  process.stderr.write('gongwen: building dist/ (once, in a source checkout) …\n')
  const built = require('node:child_process').spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' })
  if (built.status !== 0) {
    process.stderr.write('gongwen: the build failed: run npm run build and see why\n')
    process.exit(3)
  }
}
require(cli)
