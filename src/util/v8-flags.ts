/**
 * Whether this process set V8 flags at run time. V8 stamps a code cache with its flags and refuses one made under other
 * flags; the command's launcher (cli/launch.ts) writes no cache from a process that changed them, so that the cache
 * of the usual run is not replaced by one the next run refuses.
 */

/** Where the mark is kept: on the global object, shared by the launcher and the bundle it runs. */
const MARK = Symbol.for('gongwen.v8-flags-changed')

/** Note that this process set V8 flags and keeps them to its end. */
export function markFlagsChanged(): void {
  ;(globalThis as Record<symbol, unknown>)[MARK] = true
}

/** Whether this process set V8 flags that it keeps. */
export function flagsChanged(): boolean {
  return (globalThis as Record<symbol, unknown>)[MARK] === true
}
