export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * How much the time grows each time the input doubles, from two measurements taken `factor` apart
 * (a ×10 input step that took ×3 the time grows ×1.39 per doubling). Linear work gives 2, constant 1.
 */
export function perDoubling(timeBefore: number, timeAfter: number, factor: number): number {
  return Math.pow(timeAfter / timeBefore, Math.LN2 / Math.log(factor))
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same synthetic pipeline every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
