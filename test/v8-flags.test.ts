/**
 * The cap on V8's optimizing tier (src/util/v8-flags.ts): a capped process runs hot code without TurboFan, and a
 * lifted cap lets TurboFan optimize again. A lift that did not would leave a large notice or a batch 2–4× slower with
 * the same output, which no other test would see.
 * Note: vitest runs each test file in a process of its own (its default pool, forks): the flags set here stay here.
 */
import { setFlagsFromString } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { capTier, flagsChanged, liftTierCap } from '../src/util/v8-flags.js'

setFlagsFromString('--allow-natives-syntax')
/** V8's own account of a function: bit 6 (64) says TurboFan made its code. */
const status = new Function('f', 'return %GetOptimizationStatus(f)') as (f: unknown) => number
const TURBOFANNED = 1 << 6

/** A fresh function run hot, as a long parse runs the parser's; how V8 then holds it. */
function runHot(): number {
  const f = new Function('n', 'let s = 0; for (let i = 0; i < n; i++) s += (i * i) % 7; return s') as (n: number) => number
  for (let k = 0; k < 400; k++) f(10_000)
  return status(f)
}

describe('the tier cap', () => {
  it('lets TurboFan optimize hot code in a process never capped', () => {
    expect(runHot() & TURBOFANNED).toBe(TURBOFANNED)
    expect(flagsChanged()).toBe(false)
  })

  it('keeps hot code from TurboFan while capped, and lets it optimize once lifted', () => {
    capTier()
    expect(runHot() & TURBOFANNED).toBe(0)
    liftTierCap()
    expect(runHot() & TURBOFANNED).toBe(TURBOFANNED)
    // The process now keeps other flags than it started with: its launcher writes no code cache.
    expect(flagsChanged()).toBe(true)
  })
})
