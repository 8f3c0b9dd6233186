import type { StepGraph } from './core/graph.js'
import { checkEligibility } from './core/reference.js'
import type { ExecutionRecord, ExecutionStatus, Plan, StepState } from './core/types.js'

/** A past execution as listed, before its steps are read. */
export interface Candidate {
  arn: string
  status: ExecutionStatus
  createdAt: number
  commit?: string
  displayName?: string
}

export interface Evaluated<T> {
  candidate: Candidate
  plan: Plan
  /** Whatever the caller computed along with the plan (changes, parameters) and wants back for the winner. */
  detail: T
}

export interface ReferenceResult<T> {
  chosen?: Evaluated<T> & { record: ExecutionRecord }
  rejected: Array<{ arn: string; reason: string }>
}

/** How many candidates are planned, and how many have their steps read, at most. */
export const MAX_CANDIDATES = 20
export const MAX_ELIGIBILITY_CHECKS = 10

/**
 * Picks the reference run (SPEC.md "Reference run"). Candidates come newest first. `auto` plans every
 * candidate (cheap: plans need no step lists), then reads step lists only in order of promise (fewest
 * steps to run, newer first) until one is eligible, so a typical run reads one step list. `latest` takes
 * the newest eligible run. Runs without a recorded commit compete only when no run has one.
 */
export async function findReference<T>(
  candidates: Candidate[],
  graph: StepGraph,
  strategy: 'auto' | 'latest',
  evaluate: (candidate: Candidate) => Promise<{ plan: Plan; detail: T }>,
  readSteps: (arn: string) => Promise<Map<string, StepState>>
): Promise<ReferenceResult<T>> {
  const rejected: Array<{ arn: string; reason: string }> = []
  const usable: Candidate[] = []
  for (const c of candidates) {
    if (c.status !== 'Succeeded' && c.status !== 'Failed') {
      rejected.push({ arn: c.arn, reason: `status ${c.status} (a reference must be Succeeded or Failed)` })
    } else usable.push(c)
  }
  const withCommit = usable.filter(c => c.commit)
  let pool = usable
  if (withCommit.length > 0) {
    pool = withCommit
    for (const c of usable) {
      if (!c.commit) {
        rejected.push({
          arn: c.arn,
          reason: 'no recorded commit (started outside the action); a run with a recorded commit is preferred'
        })
      }
    }
  }
  for (const c of pool.slice(MAX_CANDIDATES)) {
    rejected.push({
      arn: c.arn,
      reason: `not considered: only the newest ${MAX_CANDIDATES} candidates are compared`
    })
  }
  pool = pool.slice(0, MAX_CANDIDATES)

  const cost = (e: Evaluated<T>): number => (e.plan.fullRun ? graph.size : e.plan.selected.length)
  const plan = async (candidate: Candidate): Promise<Evaluated<T>> => ({
    candidate,
    ...(await evaluate(candidate))
  })
  let order: Array<Evaluated<T> | Candidate>
  if (strategy === 'auto') {
    const evaluated: Array<Evaluated<T>> = []
    for (const candidate of pool) evaluated.push(await plan(candidate))
    order = evaluated
      .map((e, i) => ({ e, i }))
      .sort((a, b) => cost(a.e) - cost(b.e) || a.i - b.i)
      .map(x => x.e)
  } else {
    order = pool // `latest` plans lazily: usually only the newest run is looked at
  }

  let chosen: (Evaluated<T> & { record: ExecutionRecord }) | undefined
  let checks = 0
  for (const item of order) {
    if (chosen && strategy === 'latest') {
      rejected.push({
        arn: (item as Candidate).arn,
        reason: 'an eligible newer run exists (reference: latest)'
      })
      continue
    }
    const e = 'plan' in item ? item : await plan(item)
    if (chosen) {
      rejected.push({
        arn: e.candidate.arn,
        reason: `would run ${cost(e)} step(s); the chosen run needs ${cost(chosen)}`
      })
      continue
    }
    if (checks >= MAX_ELIGIBILITY_CHECKS) {
      rejected.push({
        arn: e.candidate.arn,
        reason: `not checked: ${MAX_ELIGIBILITY_CHECKS} candidates were checked first`
      })
      continue
    }
    checks++
    const record: ExecutionRecord = {
      arn: e.candidate.arn,
      status: e.candidate.status,
      createdAt: e.candidate.createdAt,
      commit: e.candidate.commit,
      steps: await readSteps(e.candidate.arn)
    }
    const verdict = checkEligibility(record, graph, e.plan)
    if (verdict.eligible) chosen = { ...e, record }
    else rejected.push({ arn: e.candidate.arn, reason: verdict.reason })
  }
  return { chosen, rejected }
}
