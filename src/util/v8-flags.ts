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

/**
 * The cap on V8's optimizing tier of a command's short run: Sparkplug (baseline code, compiled at once from the
 * bytecode) at most, no TurboFan.
 * Note: a run of one small notice is over before TurboFan's code pays: the optimizing jobs it starts on a background
 * thread only make the process wait for them at exit (7–10 ms on the seed). Capped, `gongwen SEED` took 0.89× and
 * 0.96× the time of the uncapped run (20 and 30 alternating pairs), and 4× the seed (223 kB) 0.89×; at 16× the two
 * were even, and a 2 MB target-dense notice took 2.1× as long capped: large inputs lift the cap (`liftTierCap`).
 * Note: set before the launcher compiles the bundle: V8 stamps a code cache with its flags, so the cache is made and
 * read under the cap alike.
 */
const CAPPED = '--max-opt=1'
/** Note: the cap turned TurboFan off by a flag implication, which setting the cap back does not undo. */
const UNCAPPED = '--max-opt=999 --turbofan'
const CAP = Symbol.for('gongwen.tier-capped')

const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8')

/** Cap V8's optimizing tier for the rest of a run, unless lifted; the launcher calls this. */
export function capTier(): void {
  v8().setFlagsFromString(CAPPED)
  ;(globalThis as Record<symbol, unknown>)[CAP] = true
}

/**
 * Let V8 optimize again, for work too large for the capped tier (a large input, a batch); nothing when it was not
 * capped. The process then keeps changed flags: it writes no code cache (`flagsChanged`).
 */
export function liftTierCap(): void {
  const global = globalThis as Record<symbol, unknown>
  if (global[CAP] !== true) return
  v8().setFlagsFromString(UNCAPPED)
  global[CAP] = false
  markFlagsChanged()
}
