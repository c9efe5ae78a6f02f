// Loaded with `node --import`: records the URL of every ES module the process resolves, one per line, in the file
// named by GONGWEN_TRACE_IMPORTS, so that tests can tell which packages a command loaded.
import { register } from 'node:module'

register('./trace-hooks.mjs', import.meta.url)
