import type { StepGraph } from './graph.js'
import { planMinutes } from './cost.js'
import { formatEstimate } from './duration.js'
import type { ExecutionStatus, Plan } from './types.js'

/** `auto`: the run whose plan costs the fewest estimated compute minutes (core/cost.ts); `latest`: the newest eligible run. */
export type ReferenceStrategy = 'auto' | 'latest'

/** A past execution as listed, before anything else about it is read. */
export interface Candidate {
  arn: string
  status: ExecutionStatus
  createdAt: number
  /** The commit its provenance records; absent when it was started outside the action. */
  commit?: string
  displayName?: string
}

export interface Rejection {
  arn: string
  reason: string
}

/**
 * How many eligible runs are ranked (by their own commit's tree diff: local git, or one compare call
 * per distinct commit), and how many of the best-ranked are planned in full (each costs a step list,
 * a parameter list and, when its definition differs from head's, a definition read).
 */
export const MAX_CANDIDATES = 200
export const MAX_EVALUATED = 4
/** How far the search widens when every one of the first MAX_EVALUATED would run every step. */
export const MAX_EVALUATED_WIDE = 12

/**
 * The listed runs that may be references (SPEC "Reference run"): Succeeded or Failed (a Stopped or
 * running one is refused by the service or unverified), and with a recorded commit (a run started
 * outside the action proves nothing about which code it ran). Newest first, at most MAX_CANDIDATES.
 */
export function screenCandidates(listed: readonly Candidate[]): {
  eligible: Candidate[]
  rejected: Rejection[]
} {
  const eligible: Candidate[] = []
  const rejected: Rejection[] = []
  for (const c of listed) {
    const refusal = statusRefusal(c.status)
    if (refusal) rejected.push({ arn: c.arn, reason: refusal })
    else if (!c.commit) {
      rejected.push({
        arn: c.arn,
        reason:
          'no recorded commit (started outside the action), so nothing proves which code it ran; `selection: adopt` can vouch for it'
      })
    } else if (eligible.length >= MAX_CANDIDATES) {
      rejected.push({
        arn: c.arn,
        reason: `not ranked: only the newest ${MAX_CANDIDATES} eligible runs are`
      })
    } else eligible.push(c)
  }
  return { eligible, rejected }
}

/** Why a run in this status cannot be a reference, if it cannot: known from the listing alone. */
export function statusRefusal(status: ExecutionStatus): string | undefined {
  if (status === 'Succeeded' || status === 'Failed') return undefined
  const state = status === 'Stopped' ? 'its status is Stopped' : `it is still ${status}`
  return `${state}; a reference run must have Succeeded or Failed`
}

/** How many steps the plan starts: a full run counts every step. */
export function stepsToRun(plan: Plan, graph: StepGraph): number {
  return plan.fullRun ? graph.size : plan.selected.length
}

export interface Evaluated<T> {
  candidate: Candidate
  plan: Plan
  /** Whatever the caller computed with the plan and wants back for the winner. */
  detail: T
}

export interface Decision<T> {
  chosen?: Evaluated<T>
  rejected: Rejection[]
}

/**
 * The post-choice rules, as a function of data (SPEC "Reference run"): of the evaluated candidates
 * (which must come newest first), `auto` takes the one whose plan costs the fewest estimated compute
 * minutes (`minutes` per step, core/cost.ts; without it every step counts the same), then runs the
 * fewest steps, then one that Succeeded, then the newer; `latest` the newest. A winner whose plan is
 * a full run is no reference at all: the run uses nothing from it, so the report must not cite it.
 * Every other candidate is rejected with why, its estimate beside it.
 */
export function decideReference<T>(
  evaluated: ReadonlyArray<Evaluated<T>>,
  strategy: ReferenceStrategy,
  graph: StepGraph,
  minutes?: ReadonlyMap<string, number>
): Decision<T> {
  const count = (e: Evaluated<T>): number => stepsToRun(e.plan, graph)
  const cost = (e: Evaluated<T>): number => (minutes ? planMinutes(e.plan, graph, minutes) : count(e))
  // On a tie a run that Succeeded beats one that Failed (its outputs are whole, and a reviewer reads
  // what changed rather than what failed), then the newer wins.
  const healthier = (a: Evaluated<T>, b: Evaluated<T>): boolean =>
    a.candidate.status === 'Succeeded' && b.candidate.status !== 'Succeeded'
  const better = (a: Evaluated<T>, b: Evaluated<T>): boolean =>
    cost(a) !== cost(b) ? cost(a) < cost(b) : count(a) !== count(b) ? count(a) < count(b) : healthier(a, b)
  let best: Evaluated<T> | undefined
  for (const e of evaluated) {
    if (!best || (strategy === 'auto' && better(e, best))) best = e
  }
  const rejected: Rejection[] = []
  for (const e of evaluated) {
    if (e === best) continue
    rejected.push({
      arn: e.candidate.arn,
      reason:
        strategy === 'latest'
          ? 'a newer eligible run was chosen (reference: latest)'
          : comparison(e, best!, count, minutes && cost)
    })
  }
  if (best?.plan.fullRun) {
    // Nothing is chosen: every candidate would run every step (or `latest` would).
    return {
      rejected: evaluated.map(e => ({
        arn: e.candidate.arn,
        reason: e.plan.fullRun
          ? `would run every step (${e.plan.fullRunReason ?? 'full run'})`
          : 'not used: reference: latest considers only the newest eligible run, which would run every step'
      }))
    }
  }
  return best ? { chosen: best, rejected } : { rejected }
}

function comparison<T>(
  e: Evaluated<T>,
  chosen: Evaluated<T>,
  count: (e: Evaluated<T>) => number,
  cost: ((e: Evaluated<T>) => number) | undefined
): string {
  const n = count(e)
  const m = chosen === e ? n : count(chosen)
  const estimate = (x: Evaluated<T>): string => (cost ? ` (${formatEstimate(cost(x))})` : '')
  const runs = e.plan.fullRun
    ? `would run all ${n} ${steps(n)}${estimate(e)} (${e.plan.fullRunReason ?? 'full run'})`
    : `would run ${n} ${steps(n)}${estimate(e)}`
  const sameCost = !cost || cost(e) === cost(chosen)
  if (sameCost && n === m) {
    return e.candidate.status !== 'Succeeded' && chosen.candidate.status === 'Succeeded'
      ? `${runs}, as many as the chosen run, which Succeeded`
      : `${runs}, as many as the chosen run, which is newer`
  }
  return `${runs}; the chosen run needs ${m}${cost ? ` ${steps(m)}${estimate(chosen)}` : ''}`
}

function steps(n: number): string {
  return n === 1 ? 'step' : 'steps'
}
