/**
 * Injected trouble for the AWS operations (never for the /_emulator/ control paths): throttling at a
 * rate drawn from a seeded generator so a test sees the same sequence every run, a number of upcoming
 * 500s, and added latency. This is how the action's retry and back-off paths get exercised.
 */
import { internalFailure, throttling, type AwsError } from './protocol.js'
import type { ConcurrentUpsert, RejectSelectiveStarts } from './service-faults.js'

export interface Faults {
  /** Fraction (0..1) of requests answered with ThrottlingException. */
  throttleRate?: number
  /** The next N requests get 500 InternalFailure. */
  serverErrors?: number
  /** Added to every response. */
  latencyMs?: number
  /** Seed of the throttling draws; setting it restarts the sequence. */
  randomSeed?: number
  /** Another job upserts the pipeline mid-run (service-faults.ts); `null` clears it. */
  concurrentUpsert?: ConcurrentUpsert | null
  /** Every StartPipelineExecution with SelectiveExecutionConfig fails (service-faults.ts); `false`/`null` clears it. */
  rejectSelectiveStarts?: RejectSelectiveStarts | null
}

export class FaultInjector {
  private throttleRate = 0
  private serverErrors = 0
  latencyMs = 0
  private random = mulberry32(1)

  set(faults: Faults): void {
    if (faults.throttleRate !== undefined) {
      if (!(faults.throttleRate >= 0 && faults.throttleRate <= 1)) {
        throw new Error(`throttleRate must be between 0 and 1, got ${faults.throttleRate}`)
      }
      this.throttleRate = faults.throttleRate
    }
    if (faults.serverErrors !== undefined) {
      if (!Number.isInteger(faults.serverErrors) || faults.serverErrors < 0) {
        throw new Error(`serverErrors must be a non-negative integer, got ${faults.serverErrors}`)
      }
      this.serverErrors = faults.serverErrors
    }
    if (faults.latencyMs !== undefined) {
      if (!(faults.latencyMs >= 0))
        throw new Error(`latencyMs must be a non-negative number, got ${faults.latencyMs}`)
      this.latencyMs = faults.latencyMs
    }
    if (faults.randomSeed !== undefined) this.random = mulberry32(faults.randomSeed)
  }

  current(): { throttleRate: number; serverErrors: number; latencyMs: number } {
    return { throttleRate: this.throttleRate, serverErrors: this.serverErrors, latencyMs: this.latencyMs }
  }

  /** The fault to answer this request with, if any (500s first, then throttling). */
  draw(): AwsError | undefined {
    if (this.serverErrors > 0) {
      this.serverErrors--
      return internalFailure()
    }
    if (this.throttleRate > 0 && this.random() < this.throttleRate) return throttling()
    return undefined
  }
}

/** A small seeded PRNG (Mulberry32): deterministic, good enough for fault draws. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
