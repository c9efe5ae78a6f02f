#!/usr/bin/env node
/**
 * Writes THIRD-PARTY-NOTICES.md: the licence of every package that the build bundles into dist/ (scripts/bundled.mjs),
 * as its package ships it. Run after changing what is bundled; test/package.test.ts checks that the
 * file names each bundled package at the version installed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLED } from './bundled.mjs'

const root = join(import.meta.dirname, '..')
const parts = ['# Third-party notices', '', 'gongwen bundles these packages into its build (`dist/`). Their licences follow, as each package ships them.', '']
for (const name of BUNDLED) {
  const dir = join(root, 'node_modules', name)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f))
  if (!file) throw new Error(`${name}: no licence file`)
  parts.push(`## ${name} ${manifest.version} (${manifest.license})`, '', '```', readFileSync(join(dir, file), 'utf8').trim(), '```', '')
}
writeFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), parts.join('\n'))
