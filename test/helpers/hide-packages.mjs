// Loaded with `node --import`: the packages named in GONGWEN_HIDE_PACKAGES (comma-separated) resolve as if they were
// not installed, so that tests can run the CLI as an install without its optional packages does.
import { register } from 'node:module'

register('./hide-hooks.mjs', import.meta.url)
