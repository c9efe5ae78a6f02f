#!/usr/bin/env node
// One-off fixture maker: standard input (Simplified) → standard output (Traditional, `tw` or `hk` standard).
import { readFileSync } from 'node:fs'
import * as OpenCC from 'opencc-js/cn2t'

const variant = process.argv[2] ?? 'tw'
process.stdout.write(OpenCC.Converter({ from: 'cn', to: variant })(readFileSync(0, 'utf8')))
