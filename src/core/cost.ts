import { ranMillis } from './duration.js'
import type { StepGraph } from './graph.js'
import type { Plan, StepState } from './types.js'

/**
 * Assumed compute minutes of a step that no run read so far has timed, by step type. Rough orders of
 * magnitude (a tuning job runs many training jobs; a Condition or a Fail step costs nothing); they only
 * rank candidate runs and connectors when history says nothing, and the report marks them as defaults.
 */
export const DEFAULT_MINUTES: Readonly<Record<string, number>> = {
  Tuning: 120,
  Training: 30,
  AutoML: 60,
  Transform: 15,
  Processing: 10,
  EMR: 20,
  QualityCheck: 10,
  ClarifyCheck: 10,
  Model: 1,
  CreateModel: 1,
  RegisterModel: 1,
  Lambda: 1,
  Callback: 5,
  Condition: 0,
  Fail: 0
}
/** Any other step type. */
export const FALLBACK_MINUTES = 5
/** How many of the newest runs that timed a step its estimate is the median of. */
export const TIMED_RUNS = 5

export interface StepMinutes {
  /** Step → estimated minutes. */
  minutes: ReadonlyMap<string, number>
  /** Steps whose estimate is measured (median of recorded durations); the others use a type default. */
  measured: ReadonlySet<string>
}

/**
 * Each step's estimated compute minutes: the median duration over the newest TIMED_RUNS step lists
 * that ran it (not reused, with a start and an end), else the default for its type. `runs` are step
 * lists newest first (what the plan already read: no extra API call).
 */
export function estimateStepMinutes(
  graph: StepGraph,
  runs: ReadonlyArray<ReadonlyMap<string, StepState>>
): StepMinutes {
  const minutes = new Map<string, number>()
  const measured = new Set<string>()
  for (const name of graph.topologicalOrder()) {
    const durations: number[] = []
    for (const steps of runs) {
      const ran = ranMillis(steps.get(name))
      if (ran === undefined) continue
      durations.push(ran / 60_000)
      if (durations.length === TIMED_RUNS) break
    }
    if (durations.length > 0) {
      minutes.set(name, median(durations))
      measured.add(name)
    } else minutes.set(name, DEFAULT_MINUTES[graph.step(name).type] ?? FALLBACK_MINUTES)
  }
  return { minutes, measured }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Estimated compute minutes a plan starts (a full run: every step). */
export function planMinutes(plan: Plan, graph: StepGraph, minutes: ReadonlyMap<string, number>): number {
  const steps = plan.fullRun ? graph.topologicalOrder() : plan.selected
  return steps.reduce((sum, n) => sum + (minutes.get(n) ?? FALLBACK_MINUTES), 0)
}
