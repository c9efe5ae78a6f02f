/** The package version; the build checks that it matches package.json. */
export const VERSION = '0.2.0'
