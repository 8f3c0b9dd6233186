import * as core from '@actions/core'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import {
  describeExecution,
  executionDefinition,
  listExecutionParameters,
  listExecutionSteps,
  listExecutions,
  type ExecutionSummary
} from '../adapters/sagemaker.js'
import { collectChanges, eventRange, resolveCommitInput, resolveHead, type ChangeSources } from './changes.js'
import type { RunContext } from '../action/run-context.js'
import { parseDefinition } from '../core/definition.js'
import { diffDefinitions } from '../core/definition-diff.js'
import type { StepGraph } from '../core/graph.js'
import { resolveParameters } from '../core/parameters.js'
import { planSelection } from '../core/planner.js'
import { parseProvenance } from '../core/provenance.js'
import type {
  ChangeSet,
  DefinitionDiff,
  ExecutionRecord,
  ParameterChange,
  PipelineMapping,
  Plan,
  Reason,
  StepState
} from '../core/types.js'
import { errorMessage, UserError } from '../errors.js'
import { EXECUTION_ARN, type Settings } from '../action/inputs.js'
import { createGit } from '../adapters/git.js'
import { createOctokit } from '../adapters/github.js'
import { findReference, type Candidate } from '../core/reference.js'

/** How far back the history is read when looking for a reference run. */
export const HISTORY_LIMIT = 500

export interface CommitRange {
  head: string
  base?: string
}

export interface PlanningInput {
  settings: Settings
  context: RunContext
  client: SageMakerClient
  pipeline: string
  graph: StepGraph
  /** The current definition document (for pipeline-level differences). */
  definition: unknown
  definitionHash: string
  mapping?: PipelineMapping
  /** Steps to run whatever changed (coverage targets), with their reasons. */
  seeds?: Record<string, Reason[]>
  sources: ChangeSources
  range: CommitRange
  /** History already read by the caller (coverage): not listed or read again. */
  known?: { summaries: ExecutionSummary[]; steps: ReadonlyMap<string, Map<string, StepState>> }
}

export interface Planned {
  plan: Plan
  head: string
  changes: ChangeSet
  reference?: { record: ExecutionRecord; displayName?: string }
  rejected: Array<{ arn: string; reason: string }>
  /** Parameter values to start with (the reference's values plus overrides). */
  parameters: Record<string, string>
  parameterChanges: ParameterChange[]
  /** Executions listed while searching (newest first), reused by cancel-superseded. */
  summaries: ExecutionSummary[]
}

interface CandidateDetail {
  changes: ChangeSet
  parameterChanges: ParameterChange[]
  definitionDiff: DefinitionDiff
}

/** Where changed files come from: the checkout's git, and the GitHub API when there is a token. */
export function changeSources(settings: Settings, context: RunContext): ChangeSources {
  const github = settings.githubToken
    ? {
        octokit: createOctokit(settings.githubToken, context.apiUrl),
        owner: context.owner,
        repo: context.repo
      }
    : undefined
  return { git: createGit(context.workspace), github }
}

/** The head commit the run is for, and the `base` input, as SHAs: resolved once per run. */
export async function commitRange(
  settings: Settings,
  context: RunContext,
  sources: ChangeSources
): Promise<CommitRange> {
  const head = settings.head
    ? await resolveCommitInput('head', settings.head, sources)
    : resolveHead(context.eventName, context.payload, process.env)
  const base = settings.base ? await resolveCommitInput('base', settings.base, sources) : undefined
  core.info(`Head commit: ${head}${base ? ` (base: ${base})` : ''}`)
  return { head, base }
}

export async function buildPlan(input: PlanningInput): Promise<Planned> {
  const { settings, context, client, graph, sources } = input
  const { head, base } = input.range
  const { git, github } = sources

  // Changes are computed once per distinct base commit.
  const diffRange = memoize((key: string) => {
    const [from = '', threeDot] = key.split(' ')
    return collectChanges({ from, to: head, threeDot: threeDot === '...' }, { git, github })
  })
  const changesFrom = (from: string | undefined, threeDot: boolean, note?: string): Promise<ChangeSet> =>
    from
      ? diffRange(`${from} ${threeDot ? '...' : '..'}`)
      : Promise.resolve({ files: [], complete: true, detail: note ?? 'no base commit' })
  const warned = new Set<string>()
  const fallbackChanges = async (why: string): Promise<ChangeSet> => {
    const defaultBranch = (context.payload.repository as { default_branch?: string } | undefined)
      ?.default_branch
    const range = eventRange(context.eventName, context.payload, { base, head }, defaultBranch)
    if (!warned.has(why)) {
      warned.add(why)
      core.warning(`${why}: using the event's own commit range instead (${range.description}).`)
    }
    return changesFrom(range.base, range.threeDot, range.description)
  }
  const changesForCommit = (commit: string | undefined): Promise<ChangeSet> => {
    if (base) return changesFrom(base, false)
    return commit
      ? changesFrom(commit, false)
      : fallbackChanges('A candidate reference run has no recorded commit')
  }

  // Each execution's steps and parameters are read at most once per run.
  const readSteps = memoize((arn: string) => listExecutionSteps(client, arn), input.known?.steps)
  const readParameters = memoize((arn: string) => listExecutionParameters(client, arn))
  // Runs this action started record a hash of the definition they ran: equal hashes are one definition,
  // fetched and diffed once (a run without the hash is fetched on its own).
  const diffs = new Map<string, Promise<DefinitionDiff>>()
  const definitionDiffFor = (candidate: Candidate & { def?: string }): Promise<DefinitionDiff> => {
    if (candidate.def === input.definitionHash) return Promise.resolve({ steps: [], pipeline: [] })
    const key = candidate.def ?? candidate.arn
    let diff = diffs.get(key)
    if (!diff) {
      diff = diffAgainst(candidate)
      diffs.set(key, diff)
    }
    return diff
  }
  const diffAgainst = async (candidate: Candidate): Promise<DefinitionDiff> => {
    const text = await executionDefinition(client, candidate.arn)
    try {
      const referenceDoc: unknown = JSON.parse(text)
      return diffDefinitions(
        parseDefinition(referenceDoc, `the definition of ${candidate.arn}`),
        graph,
        referenceDoc,
        input.definition
      )
    } catch (error) {
      core.warning(
        `Cannot read the definition that ${candidate.arn} ran (${errorMessage(error)}): every step counts as changed.`
      )
      return {
        steps: graph
          .topologicalOrder()
          .map(step => ({ step, change: 'changed' as const, paths: ['(unreadable reference definition)'] })),
        pipeline: []
      }
    }
  }

  const planWith = (
    reference: ExecutionRecord | undefined,
    changes: ChangeSet,
    parameterChanges: ParameterChange[],
    definitionDiff?: DefinitionDiff
  ): Plan =>
    planSelection({
      graph,
      mapping: input.mapping,
      changes,
      parameterChanges,
      definitionDiff,
      selection: settings.steps.length > 0 ? 'affected' : settings.selection,
      explicitSteps: settings.steps,
      seeds: input.seeds,
      downstream: settings.downstream,
      reference
    })

  // A full run asked for: no history needed.
  if (settings.selection === 'all' && settings.steps.length === 0) {
    const plan = planWith(undefined, { files: [], complete: true, detail: 'selection: all' }, [])
    return finish(
      plan,
      head,
      { files: [], complete: true, detail: 'selection: all' },
      undefined,
      [],
      [],
      settings
    )
  }

  const summaries: ExecutionSummary[] = []
  let candidates: Array<Candidate & { def?: string }>
  if (settings.reference.kind === 'arn') {
    candidates = [await explicitReference(client, settings.reference.arn, input.pipeline)]
  } else {
    if (input.known) summaries.push(...input.known.summaries)
    else for await (const s of listExecutions(client, input.pipeline, HISTORY_LIMIT)) summaries.push(s)
    candidates = summaries.map(toCandidate)
    if (settings.selection === 'failed' && settings.steps.length === 0) {
      const newestFailed = candidates.find(c => c.status === 'Failed')
      candidates = newestFailed ? [newestFailed] : []
      if (!newestFailed)
        core.warning(
          `selection: failed, but none of the last ${summaries.length} executions of ${input.pipeline} failed.`
        )
    }
  }
  core.info(
    `Reference candidates: ${candidates.length} of ${summaries.length || candidates.length} listed executions`
  )

  const resumeMode = settings.selection === 'failed' && settings.steps.length === 0
  const overrideReaders = [
    ...new Set(Object.keys(settings.parameters).flatMap(name => graph.readersOf(name)))
  ]
  const result = await findReference<CandidateDetail>(
    candidates,
    graph,
    settings.reference.kind === 'latest' || resumeMode || settings.reference.kind === 'arn'
      ? 'latest'
      : 'auto',
    async candidate => {
      const changes = await changesForCommit(candidate.commit)
      const definitionDiff = await definitionDiffFor(candidate)
      const record: ExecutionRecord = {
        arn: candidate.arn,
        status: candidate.status,
        createdAt: candidate.createdAt,
        commit: candidate.commit,
        // A Failed run's failed steps are planned to run again, so its step list is needed up front.
        steps:
          resumeMode || candidate.status === 'Failed'
            ? await readSteps(candidate.arn)
            : new Map<string, StepState>()
      }
      let plan = planWith(record, changes, [], definitionDiff)
      let parameterChanges: ParameterChange[] = []
      // An override only matters for a candidate when it would select a step not already selected;
      // only then are that run's parameter values read.
      if (!plan.fullRun && overrideReaders.some(step => !plan.selected.includes(step))) {
        parameterChanges = resolveParameters(
          graph,
          await readParameters(candidate.arn),
          settings.parameters
        ).changes
        plan = planWith(record, changes, parameterChanges, definitionDiff)
      }
      return { plan, detail: { changes, parameterChanges, definitionDiff } }
    },
    readSteps
  )
  for (const r of result.rejected) core.info(`Not the reference: ${r.arn}: ${r.reason}`)

  if (settings.reference.kind === 'arn' && !result.chosen) {
    const arn = settings.reference.arn
    const why = result.rejected.find(r => r.arn === arn)?.reason ?? 'it is not eligible'
    throw new UserError(`Input "reference" names ${arn}, which cannot be the reference run: ${why}.`)
  }

  // The best candidate would still run every step: no run is worth reusing. When planning without one
  // (from the changes since that run's commit) also gives a full run, its reason is the one to report:
  // it does not cite a run the execution does not use. (Only then: without the run, its failed steps
  // would not be planned again.)
  if (result.chosen?.plan.fullRun && settings.reference.kind !== 'arn') {
    const { record, plan: full, detail } = result.chosen
    const plan = planWith(undefined, detail.changes, detail.parameterChanges, detail.definitionDiff)
    if (plan.fullRun) {
      const rejected = {
        arn: record.arn,
        reason: `would run every step (${full.fullRunReason ?? 'full run'})`
      }
      return finish(
        plan,
        head,
        detail.changes,
        undefined,
        [rejected, ...result.rejected],
        summaries,
        settings
      )
    }
  }

  if (result.chosen) {
    const chosen = result.chosen
    core.info(`Reference run: ${chosen.record.arn} (commit ${chosen.record.commit ?? 'unknown'})`)
    const parameterValues = chosen.plan.fullRun ? undefined : await readParameters(chosen.record.arn)
    const resolved = resolveParameters(graph, parameterValues, settings.parameters)
    for (const w of resolved.warnings) core.warning(w)
    // The winner's parameters are read anyway: give its steps their parameter reasons too (the
    // selection cannot grow, every reader of an override was already selected).
    let plan = chosen.plan
    if (!plan.fullRun && resolved.changes.length > 0 && chosen.detail.parameterChanges.length === 0) {
      plan = planWith(chosen.record, chosen.detail.changes, resolved.changes, chosen.detail.definitionDiff)
    }
    return finish(
      plan,
      head,
      chosen.detail.changes,
      chosen.plan.fullRun ? undefined : { record: chosen.record, displayName: chosen.candidate.displayName },
      result.rejected,
      summaries,
      settings,
      resolved.values,
      resolved.changes
    )
  }

  // No usable reference: plan against the event's own range; a selection with upstream needs becomes a full run.
  const changes = base ? await changesFrom(base, false) : await fallbackChanges('No eligible reference run')
  const plan = planWith(undefined, changes, [])
  return finish(plan, head, changes, undefined, result.rejected, summaries, settings)
}

function finish(
  plan: Plan,
  head: string,
  changes: ChangeSet,
  reference: Planned['reference'],
  rejected: Planned['rejected'],
  summaries: ExecutionSummary[],
  settings: Settings,
  parameters?: Record<string, string>,
  parameterChanges: ParameterChange[] = []
): Planned {
  for (const w of plan.warnings) core.warning(w)
  if (plan.fullRun) core.info(`Full run: ${plan.fullRunReason ?? ''}`)
  else core.info(`Selected ${plan.selected.length} step(s): ${plan.selected.join(', ') || '(none)'}`)
  return {
    plan,
    head,
    changes,
    reference,
    rejected,
    parameters: parameters ?? { ...settings.parameters },
    parameterChanges,
    summaries
  }
}

function toCandidate(s: ExecutionSummary): Candidate & { def?: string } {
  const provenance = parseProvenance(s.description)
  return {
    arn: s.arn,
    status: s.status,
    createdAt: s.startTime,
    commit: provenance?.sha,
    def: provenance?.def,
    displayName: s.displayName
  }
}

async function explicitReference(
  client: SageMakerClient,
  arn: string,
  pipeline: string
): Promise<Candidate & { def?: string }> {
  const owner = EXECUTION_ARN.exec(arn)?.[2]
  if (owner && owner.toLowerCase() !== pipeline.toLowerCase()) {
    throw new UserError(`Input "reference" is an execution of pipeline "${owner}", not of "${pipeline}".`)
  }
  let details
  try {
    details = await describeExecution(client, arn)
  } catch (error) {
    throw new UserError(`Input "reference" names ${arn}, which cannot be read: ${errorMessage(error)}`, {
      cause: error
    })
  }
  return toCandidate({ ...details })
}

/** One promise per key: concurrent and repeated asks share a single call. */
function memoize<V>(
  fn: (key: string) => Promise<V>,
  known?: ReadonlyMap<string, V>
): (key: string) => Promise<V> {
  const cache = new Map<string, Promise<V>>([...(known ?? [])].map(([k, v]) => [k, Promise.resolve(v)]))
  return key => {
    let value = cache.get(key)
    if (value === undefined) {
      value = fn(key)
      cache.set(key, value)
    }
    return value
  }
}

/** The plan of a run that starts nothing (coverage with nothing to cover): every step not run. */
export function emptyPlanned(graph: StepGraph, summaries: ExecutionSummary[]): Planned {
  return {
    plan: {
      selected: [],
      reasons: {},
      reused: [],
      notRun: graph.topologicalOrder(),
      fullRun: false,
      needsReference: false,
      warnings: []
    },
    head: '',
    changes: { files: [], complete: true },
    rejected: [],
    parameters: {},
    parameterChanges: [],
    summaries
  }
}
