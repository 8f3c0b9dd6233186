import type { StepGraph } from './graph.js'
import { branchExcludedSteps } from './planner.js'
import type { ExecutionRecord, ExecutionStatus, Plan, StepState } from './types.js'

export type Eligibility = { eligible: true } | { eligible: false; reason: string }

/** `auto`: the run that lets the fewest steps run (newer on a tie); `latest`: the newest eligible run. */
export type ReferenceStrategy = 'auto' | 'latest'

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
  /** Every candidate not chosen, newest first, with the reason the report shows. */
  rejected: Array<{ arn: string; reason: string }>
}

/**
 * How many candidates are planned, and how many have their steps read, at most. Failed runs get a
 * share of their own so that a long streak of failures cannot crowd the newest successes out of the
 * comparison, and the check budget exceeds that share so a Succeeded run is always looked at.
 */
export const MAX_CANDIDATES = 20
export const MAX_FAILED_CANDIDATES = 8
export const MAX_ELIGIBILITY_CHECKS = 10

/**
 * Whether a past run can supply the outputs a plan reuses. Reused outputs exist only where the step
 * Succeeded in that run or was itself reused there (reference §1.7); a run that is still going or was
 * stopped is not accepted by the service (§1.3, `Stopped` is [U] so we refuse it). The status rule
 * applies to full runs too: the reference also supplies parameter values and the commit to diff from.
 */
export function checkEligibility(record: ExecutionRecord, graph: StepGraph, plan: Plan): Eligibility {
  const refusal = statusRefusal(record.status)
  if (refusal) return { eligible: false, reason: refusal }
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

/** Why a run in this status cannot be a reference, if it cannot: known from the listing alone. */
function statusRefusal(status: ExecutionStatus): string | undefined {
  if (status === 'Succeeded' || status === 'Failed') return undefined
  const state = status === 'Stopped' ? 'its status is Stopped' : `it is still ${status}`
  return `${state}; a reference run must have Succeeded or Failed`
}

/** How many steps the plan starts: a full run counts every step. */
export function stepsToRun(plan: Plan, graph: StepGraph): number {
  return plan.fullRun ? graph.size : plan.selected.length
}

/**
 * Picks the reference run (SPEC.md "Reference run") among candidates given newest first. Reading a
 * run's step list costs a call per run, so it is read last and lazily: `auto` plans every candidate
 * (plans need no step lists), then reads step lists in order of promise (fewest steps to run, newer
 * first) until one is eligible, so a typical run reads one step list; `latest` plans and reads newest
 * first and stops at the first eligible run. Runs without a recorded commit were started outside the
 * action, so we cannot tell which files they saw: they compete only when no run (in a usable status)
 * has one. The I/O is the caller's (`evaluate`, `readSteps`), which keeps this a function of data.
 */
export async function findReference<T>(
  candidates: Candidate[],
  graph: StepGraph,
  strategy: ReferenceStrategy,
  evaluate: (candidate: Candidate) => Promise<{ plan: Plan; detail: T }>,
  readSteps: (arn: string) => Promise<Map<string, StepState>>
): Promise<ReferenceResult<T>> {
  // Rejections are keyed by position so the report lists them newest first, whatever order they were found in.
  const rejections: Array<{ at: number; arn: string; reason: string }> = []
  const position = new Map(candidates.map((c, i) => [c, i]))
  const reject = (candidate: Candidate, reason: string): void => {
    rejections.push({ at: position.get(candidate) ?? 0, arn: candidate.arn, reason })
  }

  const usable: Candidate[] = []
  for (const c of candidates) {
    const refusal = statusRefusal(c.status)
    if (refusal) reject(c, refusal)
    else usable.push(c)
  }
  let pool = usable
  if (usable.some(hasCommit)) {
    pool = usable.filter(hasCommit)
    for (const c of usable) {
      if (!hasCommit(c)) {
        reject(
          c,
          'no recorded commit (started outside the action); a run with a recorded commit is preferred'
        )
      }
    }
  }
  const failed = new Set(pool.filter(c => c.status === 'Failed').slice(0, MAX_FAILED_CANDIDATES))
  const succeeded = new Set(
    pool
      .filter(c => c.status === 'Succeeded')
      .slice(0, MAX_CANDIDATES - Math.min(failed.size, MAX_FAILED_CANDIDATES))
  )
  for (const c of pool) {
    if (!failed.has(c) && !succeeded.has(c)) {
      reject(
        c,
        `not considered: only the newest ${MAX_CANDIDATES} runs are compared, at most ${MAX_FAILED_CANDIDATES} of them Failed`
      )
    }
  }
  pool = pool.filter(c => failed.has(c) || succeeded.has(c))

  const cost = (e: Evaluated<T>): number => stepsToRun(e.plan, graph)
  const plan = async (candidate: Candidate): Promise<Evaluated<T>> => ({
    candidate,
    ...(await evaluate(candidate))
  })
  let order: Array<Evaluated<T> | Candidate>
  if (strategy === 'auto') {
    const evaluated: Array<Evaluated<T>> = []
    for (const candidate of pool) evaluated.push(await plan(candidate))
    // A stable sort keeps newest first among equals.
    order = evaluated.sort((a, b) => cost(a) - cost(b))
  } else {
    order = pool // `latest` plans lazily: usually only the newest run is looked at
  }

  let chosen: (Evaluated<T> & { record: ExecutionRecord }) | undefined
  let checks = 0
  for (const item of order) {
    const candidate = 'plan' in item ? item.candidate : item
    if (chosen && strategy === 'latest') {
      reject(candidate, 'a newer eligible run was chosen (reference: latest)')
      continue
    }
    if (chosen && 'plan' in item) {
      reject(candidate, comparison(item.plan, cost(item), cost(chosen)))
      continue
    }
    if (checks >= MAX_ELIGIBILITY_CHECKS) {
      reject(candidate, `not checked: ${MAX_ELIGIBILITY_CHECKS} candidates were checked first`)
      continue
    }
    checks++
    const e = 'plan' in item ? item : await plan(item)
    const record: ExecutionRecord = {
      arn: candidate.arn,
      status: candidate.status,
      createdAt: candidate.createdAt,
      commit: candidate.commit,
      steps: await readSteps(candidate.arn)
    }
    const verdict = checkEligibility(record, graph, e.plan)
    if (verdict.eligible) chosen = { ...e, record }
    else reject(candidate, verdict.reason)
  }

  const rejected = rejections.sort((a, b) => a.at - b.at).map(({ arn, reason }) => ({ arn, reason }))
  return chosen ? { chosen, rejected } : { rejected }
}

function hasCommit(candidate: Candidate): boolean {
  return candidate.commit !== undefined && candidate.commit !== ''
}

/** Why an `auto` candidate lost to the chosen one, which costs `best` and is newer when the costs tie. */
function comparison(plan: Plan, n: number, best: number): string {
  const runs = plan.fullRun
    ? `would run all ${n} ${steps(n)} (${plan.fullRunReason ?? 'full run'})`
    : `would run ${n} ${steps(n)}`
  if (n === best) return `${runs}, as many as the chosen run, which is newer`
  return `${runs}; the chosen run needs ${best}`
}

function steps(n: number): string {
  return n === 1 ? 'step' : 'steps'
}
