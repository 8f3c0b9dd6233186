import * as log from '../action/log.js'
import { judgeReference, type HeadState, type Judgement } from '../core/freshness.js'
import { estimateStepMinutes } from '../core/cost.js'
import { planSelection } from '../core/planner.js'
import {
  decideReference,
  MAX_EVALUATED,
  MAX_EVALUATED_WIDE,
  screenCandidates,
  stepsToRun,
  type Candidate,
  type Decision,
  type Evaluated,
  type Rejection
} from '../core/reference.js'
import type { ChangeSet, ExecutionRecord, Plan, PlanRequest, Reason } from '../core/types.js'
import type { ChangeTracker } from './changes.js'
import type { History, ListedRun } from './history.js'
import { errorMessage, UserError } from '../errors.js'
import { shortRun } from '../core/reason-text.js'

/** How a plan phase is asked: what to select and how to pick the reference. */
export interface PlanOptions {
  head: HeadState
  history: History
  changes: ChangeTracker
  selection: PlanRequest['selection']
  explicitSteps: string[]
  downstream: boolean
  /** `auto`, `latest`, or one execution (an explicit ARN, the run `selection: failed` resumes). */
  reference: { kind: 'auto' } | { kind: 'latest' } | { kind: 'arn'; arn: string }
  /** Steps to run whatever changed (coverage targets), with their reasons. */
  seeds?: Record<string, Reason[]>
  /** Changed files to preview with when no run has a recorded commit (`base`, plan mode only). */
  preview?: () => Promise<ChangeSet>
}

export interface Planned {
  plan: Plan
  /** The commit planned for. */
  head: string
  /** Files changed since the reference run's commit (or the preview range). */
  changes: ChangeSet
  /** The reference run, with its step list (the report estimates time saved from it). */
  reference?: { record: ExecutionRecord; displayName?: string }
  /** Who produced each reused output (the reference, or an older run it carried the output over from). */
  producers: ReadonlyMap<string, string>
  rejected: Rejection[]
}

/**
 * Plans the run: screens the listed runs, judges each candidate reference's outputs for freshness
 * against head (core/freshness.ts, reading what it needs through History), plans the selection with
 * each, and lets `decideReference` pick. Candidates are judged in the order their commit's tree diff
 * suggests (fewest directly affected steps, then newest), at most MAX_EVALUATED of them.
 */
export async function planRun(options: PlanOptions): Promise<Planned> {
  const planned = await planWithHistory(options)
  for (const w of planned.plan.warnings) log.warning(w)
  if (planned.plan.fullRun) log.info(`Full run: ${planned.plan.fullRunReason ?? ''}`)
  else
    log.info(
      `Selected ${planned.plan.selected.length} step(s): ${planned.plan.selected.join(', ') || '(none)'}`
    )
  return planned
}

async function planWithHistory(options: PlanOptions): Promise<Planned> {
  const { head, history } = options
  const sha = options.changes.head
  const plan = (
    reference?: ExecutionRecord,
    freshness?: Judgement,
    changes?: ChangeSet,
    stepMinutes?: ReadonlyMap<string, number>
  ): Plan =>
    planSelection({
      stepMinutes,
      graph: head.graph,
      mapping: head.mapping,
      changes: changes ?? { files: [], complete: true },
      selection: options.selection,
      explicitSteps: options.explicitSteps,
      seeds: options.seeds,
      downstream: options.downstream,
      reference,
      freshness
    })
  if (options.selection === 'all' && options.explicitSteps.length === 0) {
    return {
      plan: plan(),
      head: sha,
      changes: { files: [], complete: true, detail: 'selection: all' },
      producers: new Map(),
      rejected: []
    }
  }

  const listed =
    options.reference.kind === 'arn'
      ? [await explicitRun(history, options.reference.arn)]
      : await history.runs()
  const screened = screenCandidates(listed.map(toCandidate))
  let candidates = screened.eligible
  if (options.reference.kind === 'latest') {
    for (const c of candidates.slice(1)) {
      screened.rejected.push({
        arn: c.arn,
        reason: 'not used: reference: latest considers only the newest eligible run'
      })
    }
    candidates = candidates.slice(0, 1)
  }
  if (options.reference.kind === 'arn' && candidates.length === 0) {
    throw new UserError(
      `Input "reference" names ${options.reference.arn}, which cannot be the reference run: ${screened.rejected[0]?.reason ?? 'it is not eligible'}.`
    )
  }
  const ranked = await rank(candidates, options)
  const judged: Array<{ candidate: Candidate; judgement: Judgement }> = []
  const rejected = [...screened.rejected]
  let evaluated: Array<Evaluated<{ judgement: Judgement }>> = []
  let decision: Decision<{ judgement: Judgement }> = { rejected: [] }
  // The best-ranked MAX_EVALUATED first; when each of them would run every step, the search widens
  // to MAX_EVALUATED_WIDE before settling for a full run, and says how far it looked.
  for (const bound of [MAX_EVALUATED, MAX_EVALUATED_WIDE]) {
    for (const candidate of ranked.slice(judged.length, bound)) {
      judged.push({ candidate, judgement: await judge(candidate.arn, head, history) })
    }
    // Compute minutes per step from the step lists just read (median of the newest that ran it).
    const minutes = estimateStepMinutes(head.graph, await history.readSteps())
    evaluated = judged
      .map(({ candidate, judgement }) => ({
        candidate,
        plan: plan(recordOf(candidate), judgement, undefined, minutes.minutes),
        detail: { judgement }
      }))
      .sort((a, b) => b.candidate.createdAt - a.candidate.createdAt)
    decision = decideReference(
      evaluated,
      options.reference.kind === 'auto' ? 'auto' : 'latest',
      head.graph,
      minutes.minutes
    )
    if (decision.chosen || judged.length === ranked.length) break
  }
  for (const candidate of ranked.slice(judged.length)) {
    rejected.push({
      arn: candidate.arn,
      reason: `not planned in full: its commit's changes made ${judged.length} other runs look better`
    })
  }
  if (ranked.length > 0)
    log.info(
      `Judged ${judged.length} of ${ranked.length} eligible run(s) (at most ${MAX_EVALUATED}, widened to ${MAX_EVALUATED_WIDE} when none saves a step)`
    )
  rejected.push(...decision.rejected)
  for (const r of rejected) log.info(`Not the reference: ${r.arn}: ${r.reason}`)

  const chosen = decision.chosen
  if (chosen) {
    const { candidate, plan: chosenPlan, detail } = chosen
    log.info(`Reference run: ${candidate.arn} (commit ${candidate.commit ?? 'unknown'})`)
    const record: ExecutionRecord = {
      arn: candidate.arn,
      status: candidate.status,
      createdAt: candidate.createdAt,
      commit: candidate.commit,
      steps: new Map(await history.steps(candidate.arn))
    }
    return {
      plan: chosenPlan,
      head: sha,
      changes: await options.changes.changesSince(candidate.commit!),
      reference: { record, displayName: candidate.displayName },
      producers: detail.judgement.producers,
      rejected
    }
  }
  // Every candidate would run every step: the best one's plan says why, step by step (it is no
  // reference: nothing is reused from it).
  const best = [...evaluated].sort(
    (a, b) => stepsToRun(a.plan, head.graph) - stepsToRun(b.plan, head.graph)
  )[0]
  if (best) {
    const why = best.plan.fullRunReason ?? 'every step is affected'
    return {
      plan: {
        ...best.plan,
        fullRunReason: `no eligible reference run saves a step (the best, ${shortRun(best.candidate.arn)}: ${why})`
      },
      head: sha,
      changes: await options.changes.changesSince(best.candidate.commit!),
      producers: new Map(),
      rejected
    }
  }
  // No run to reuse from: a full run. With `base` in plan mode and no recorded run at all, a preview
  // shows what the change would select once there is one.
  const preview = options.preview && !listed.some(r => r.provenance) ? await options.preview() : undefined
  const full = plan(undefined, undefined, preview ?? { files: [], complete: true })
  if (!preview && !full.fullRun) {
    return {
      plan: noReference(head, plan),
      head: sha,
      changes: { files: [], complete: true, detail: 'no reference run' },
      producers: new Map(),
      rejected
    }
  }
  return {
    plan: full,
    head: sha,
    changes: preview ?? { files: [], complete: true },
    producers: new Map(),
    rejected
  }
}

/** Without a reference every output is missing: every step runs, with the reason spelled out. */
function noReference(head: HeadState, plan: (r?: ExecutionRecord, j?: Judgement) => Plan): Plan {
  const stale = new Map<string, Reason[]>(
    head.graph.topologicalOrder().map(s => [s, [{ kind: 'failed-in-reference', status: 'NotRun' }]])
  )
  const p = plan(undefined, {
    stale,
    branchExcluded: new Set(),
    producers: new Map(),
    codeMoved: new Set(),
    needs: []
  })
  return {
    ...p,
    fullRun: true,
    fullRunReason:
      'no eligible reference run (none that Succeeded or Failed with a recorded commit), so every step runs',
    reused: [],
    notRun: [],
    needsReference: false
  }
}

/** Distinct commits whose tree diff ranks the candidates. */
export const MAX_RANKED_COMMITS = 40

/** Judges a candidate, reading what the judge asks for until it asks for nothing more. */
export async function judge(reference: string, head: HeadState, history: History): Promise<Judgement> {
  for (;;) {
    const judgement = judgeReference(reference, head, history.lookup)
    if (judgement.needs.length === 0) return judgement
    await history.load(judgement.needs)
  }
}

/**
 * Orders candidates by how many steps their own commit's tree diff selects directly (a cheap local
 * `git diff`), then newest first. Only an ordering: the judgement that follows is what decides.
 */
async function rank(candidates: Candidate[], options: PlanOptions): Promise<Candidate[]> {
  if (candidates.length <= 1) return candidates
  const mapping = options.head.mapping
  // Each distinct commit costs one tree diff (free with a local clone, one API call without): at most
  // MAX_RANKED_COMMITS are diffed; runs at other commits rank last, newest first.
  const commits = [...new Set(candidates.map(c => c.commit!))].slice(0, MAX_RANKED_COMMITS)
  const scored = await Promise.all(
    candidates.map(async (c, i) => {
      if (!commits.includes(c.commit!)) return { c, i, score: Number.MAX_SAFE_INTEGER }
      const changes = await options.changes.changesSince(c.commit!)
      if (!changes.complete) return { c, i, score: Number.MAX_SAFE_INTEGER }
      const steps = new Set<string>()
      if (mapping) {
        for (const file of changes.files) {
          const m = mapping.match(file)
          if (m.ignored) continue
          if (m.allSteps !== undefined)
            return { c, i, score: options.head.graph.size + (c.status === 'Failed' ? 1 : 0) }
          for (const s of m.steps) steps.add(s.step)
        }
      }
      const closure = options.head.graph.closure([...steps]).length
      return { c, i, score: closure + (c.status === 'Failed' ? 1 : 0) }
    })
  )
  return scored.sort((a, b) => a.score - b.score || a.i - b.i).map(s => s.c)
}

async function explicitRun(history: History, arn: string): Promise<ListedRun> {
  let facts
  try {
    facts = await history.describe(arn)
  } catch (error) {
    throw new UserError(`Input "reference" names ${arn}, which cannot be read: ${errorMessage(error)}`, {
      cause: error
    })
  }
  return {
    arn,
    status: facts.status ?? 'Executing',
    startTime: 0,
    provenance: history.provenanceOf(arn)
  }
}

function recordOf(candidate: Candidate): ExecutionRecord {
  return {
    arn: candidate.arn,
    status: candidate.status,
    createdAt: candidate.createdAt,
    commit: candidate.commit,
    steps: new Map()
  }
}

function toCandidate(r: ListedRun): Candidate {
  return {
    arn: r.arn,
    status: r.status,
    createdAt: r.startTime,
    commit: r.provenance?.sha,
    displayName: r.displayName
  }
}
