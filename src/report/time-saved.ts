import { ranMillis } from '../core/duration.js'
import type { ExecutionRecord, Plan } from '../core/types.js'

export interface TimeSaved {
  /** Sum of the known durations, in seconds. */
  seconds: number
  /** How the number was obtained, for the reader to judge it ("3 of 4 step durations known …"). */
  basis: string
  /** Steps whose duration counted, and steps that will not run in all. */
  known: number
  skipped: number
}

/**
 * What a reviewer gains from the selective run, in the only unit that means something to them: the
 * compute time of the steps that will not run (reused or not needed), as the reference run measured
 * it. A step whose duration is unknown (it never ran there, it was itself reused, or it has no end
 * time) counts for nothing, and `basis` says how many were known, so the figure never overstates.
 * Undefined when nothing is skipped or no duration is known.
 */
export function estimateTimeSaved(plan: Plan, reference: ExecutionRecord | undefined): TimeSaved | undefined {
  if (!reference) return undefined
  const skipped = [...new Set([...plan.reused, ...plan.notRun])]
  if (skipped.length === 0) return undefined
  let ms = 0
  let known = 0
  for (const name of skipped) {
    const ran = ranMillis(reference.steps.get(name))
    if (ran === undefined) continue
    ms += ran
    known++
  }
  if (known === 0) return undefined
  const basis =
    known === skipped.length
      ? `compute time of the ${plural(known)} that will not run, as measured in the reference run`
      : `compute time of ${known} of the ${plural(skipped.length)} that will not run, as measured in the reference run (the other durations are unknown)`
  return { seconds: ms / 1000, basis, known, skipped: skipped.length }
}

function plural(n: number): string {
  return n === 1 ? '1 step' : `${n} steps`
}

/** "just now", "5 min ago", "3 h ago", "4 d ago", from two epoch-ms instants (the caller owns the clock). */
export function formatAge(then: number, now: number): string {
  const seconds = (now - then) / 1000
  if (!Number.isFinite(seconds) || seconds < 60) return 'just now'
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h ago`
  return `${Math.floor(hours / 24)} d ago`
}
