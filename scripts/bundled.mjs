/**
 * The packages that the build bundles into dist/ rather than leaving as imports: tsup.config.ts bundles them,
 * scripts/third-party.mjs writes their licences into THIRD-PARTY-NOTICES.md, and test/package.test.ts checks both.
 * zod, vfile (with its two helpers) and fast-diff: each module of a package is a file that Node's loader finds,
 * reads and links at import. opencc-js: its package holds every direction of conversion (6 MB installed), of which
 * gongwen reads the Traditional → Simplified part (0.1 MB).
 */
export const BUNDLED = ['zod', 'vfile', 'vfile-message', 'unist-util-stringify-position', 'fast-diff', 'opencc-js']
