import type { StepGraph } from './graph.js'
import { branchExcludedSteps } from './planner.js'
import type { ExecutionRecord, Plan } from './types.js'

export type Eligibility = { eligible: true } | { eligible: false; reason: string }

/** A past execution together with the plan it would imply as the reference (its own changes, diffs, parameters). */
export interface ReferenceCandidate {
  record: ExecutionRecord
  plan: Plan
}

export interface ReferenceChoice {
  chosen?: ReferenceCandidate
  /** Every candidate not chosen, newest first, with the reason the report shows. */
  rejected: Array<{ arn: string; reason: string }>
}

/** `auto`: the run that lets the fewest steps run (newer on a tie); `latest`: the newest eligible run. */
export type ReferenceStrategy = 'auto' | 'latest'

/**
 * Whether a past run can supply the outputs a plan reuses. Reused outputs exist only where the step
 * Succeeded in that run or was itself reused there (reference §1.7); a run that is still going or was
 * stopped is not accepted by the service (§1.3, `Stopped` is [U] so we refuse it). The status rule
 * applies to full runs too: the reference also supplies parameter values and the commit to diff from.
 */
export function checkEligibility(record: ExecutionRecord, graph: StepGraph, plan: Plan): Eligibility {
  if (record.status !== 'Succeeded' && record.status !== 'Failed') {
    const state = record.status === 'Stopped' ? 'its status is Stopped' : `it is still ${record.status}`
    return { eligible: false, reason: `${state}; a reference run must have Succeeded or Failed` }
  }
  if (plan.fullRun) return { eligible: true }
  let excluded: Set<string> | undefined
  for (const name of plan.reused) {
    const state = record.steps.get(name)
    if (!state) {
      excluded ??= branchExcludedSteps(graph, record)
      const why = excluded.has(name) ? ' (a Condition in that run took the other branch)' : ''
      return {
        eligible: false,
        reason: `${name} did not run in that execution${why}, so it has no outputs to reuse`
      }
    }
    // A reused entry carries its source's status: only a Succeeded one (run or reused) has outputs.
    if (state.status !== 'Succeeded') {
      const how = state.reusedFrom ? ` (reused from ${state.reusedFrom})` : ''
      return {
        eligible: false,
        reason: `${name} was ${state.status} in that execution${how}, so it has no outputs to reuse`
      }
    }
  }
  return { eligible: true }
}

/** How many steps the plan starts: a full run counts every step. */
export function stepsToRun(plan: Plan, graph: StepGraph): number {
  return plan.fullRun ? graph.size : plan.selected.length
}

/**
 * Picks the reference run among candidates given newest first. Runs without a recorded commit were
 * started outside the action, so we cannot tell which files they saw; they compete only when no
 * eligible run has a commit. Every candidate not chosen is listed with its reason so the report can
 * explain the choice.
 */
export function chooseReference(
  candidates: ReferenceCandidate[],
  graph: StepGraph,
  strategy: ReferenceStrategy = 'auto'
): ReferenceChoice {
  const rejections = new Map<ReferenceCandidate, string>()
  const eligible: ReferenceCandidate[] = []
  for (const candidate of candidates) {
    const verdict = checkEligibility(candidate.record, graph, candidate.plan)
    if (verdict.eligible) eligible.push(candidate)
    else rejections.set(candidate, verdict.reason)
  }

  let pool = eligible
  if (eligible.some(hasCommit)) {
    pool = eligible.filter(hasCommit)
    for (const candidate of eligible) {
      if (!hasCommit(candidate)) {
        rejections.set(
          candidate,
          'no recorded commit (started outside the action); a run with a recorded commit is preferred'
        )
      }
    }
  }

  let chosen: ReferenceCandidate | undefined
  for (const candidate of pool) {
    if (!chosen) chosen = candidate
    else if (strategy === 'auto' && stepsToRun(candidate.plan, graph) < stepsToRun(chosen.plan, graph))
      chosen = candidate
  }
  if (chosen) {
    const best = stepsToRun(chosen.plan, graph)
    for (const candidate of pool) {
      if (candidate === chosen) continue
      rejections.set(candidate, comparison(candidate, best, graph, strategy))
    }
  }

  const rejected = candidates
    .filter(c => rejections.has(c))
    .map(c => ({ arn: c.record.arn, reason: rejections.get(c)! }))
  return chosen ? { chosen, rejected } : { rejected }
}

function hasCommit(candidate: ReferenceCandidate): boolean {
  return candidate.record.commit !== undefined && candidate.record.commit !== ''
}

function comparison(
  candidate: ReferenceCandidate,
  best: number,
  graph: StepGraph,
  strategy: ReferenceStrategy
): string {
  if (strategy === 'latest') return 'a newer eligible run was chosen (reference: latest)'
  const n = stepsToRun(candidate.plan, graph)
  const runs = candidate.plan.fullRun
    ? `would run all ${n} ${steps(n)} (${candidate.plan.fullRunReason ?? 'full run'})`
    : `would run ${n} ${steps(n)}`
  if (n === best) return `${runs}, as many as the chosen run, which is newer`
  return `${runs}; the chosen run needs ${best}`
}

function steps(n: number): string {
  return n === 1 ? 'step' : 'steps'
}
