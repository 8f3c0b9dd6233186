/**
 * Execution operations other than the start: Describe, List, ListSteps, ListParameters,
 * DescribeDefinition, Stop, Retry and Update. Each reads the execution as of the virtual now.
 */
import { isObject } from '../../../src/core/definition.js'
import { render } from './expressions.js'
import { paginate } from './pagination.js'
import { conflict, epochSeconds, limitExceeded, parseTimestamp, validationError } from './protocol.js'
import { expressionContext } from './simulation.js'
import { stepEntry, stepsNewestFirst } from './steps.js'
import type { EmulatorState, Execution } from './state.js'

type Body = Record<string, unknown>

export function describePipelineExecution(state: EmulatorState, body: Body): Body {
  const execution = state.execution(body.PipelineExecutionArn as string)
  const snap = state.snapshot(execution)
  const out: Body = {
    PipelineArn: execution.pipeline.arn,
    PipelineExecutionArn: execution.arn,
    PipelineExecutionDisplayName: execution.displayName,
    PipelineExecutionStatus: snap.status
  }
  if (execution.description !== undefined) out.PipelineExecutionDescription = execution.description
  const experiment = experimentConfig(execution)
  if (experiment) out.PipelineExperimentConfig = experiment
  if (snap.failureReason !== undefined) out.FailureReason = snap.failureReason
  out.CreationTime = epochSeconds(execution.createdAt)
  out.LastModifiedTime = epochSeconds(Math.max(snap.lastModifiedAt, execution.lastModifiedAt))
  out.CreatedBy = {}
  out.LastModifiedBy = {}
  if (execution.parallelism !== undefined)
    out.ParallelismConfiguration = { MaxParallelExecutionSteps: execution.parallelism }
  if (execution.selective) {
    const config: Body = { SelectedSteps: execution.selective.selected.map(StepName => ({ StepName })) }
    if (execution.selective.source !== undefined)
      config.SourcePipelineExecutionArn = execution.selective.source
    out.SelectiveExecutionConfig = config
  }
  out.PipelineVersionId = execution.version.id
  if (execution.mlflowExperimentName !== undefined)
    out.MLflowConfig = { MlflowExperimentName: execution.mlflowExperimentName }
  return out
}

export function listPipelineExecutions(state: EmulatorState, body: Body): Body {
  const pipeline = state.pipeline(body.PipelineName as string)
  const after = parseTimestamp(body.CreatedAfter)
  const before = parseTimestamp(body.CreatedBefore)
  const byArn = body.SortBy === 'PipelineExecutionArn'
  const descending = body.SortOrder !== 'Ascending'
  const keyOf = (e: Execution): Array<string | number> => (byArn ? [e.arn] : [e.createdAt, e.arn])
  const items = pipeline.executions
    .filter(
      e => (after === undefined || e.createdAt > after) && (before === undefined || e.createdAt < before)
    )
    .sort((a, b) => {
      const c = byArn
        ? a.arn < b.arn
          ? -1
          : a.arn > b.arn
            ? 1
            : 0
        : a.createdAt - b.createdAt || (a.arn < b.arn ? -1 : 1)
      return descending ? -c : c
    })
  const page = paginate(items, keyOf, descending, body, {
    pipeline: pipeline.arn,
    after,
    before,
    byArn,
    descending
  })
  return {
    PipelineExecutionSummaries: page.items.map(e => {
      const snap = state.snapshot(e)
      const summary: Body = {
        PipelineExecutionArn: e.arn,
        StartTime: epochSeconds(e.createdAt),
        PipelineExecutionStatus: snap.status,
        PipelineExecutionDisplayName: e.displayName
      }
      if (e.description !== undefined) summary.PipelineExecutionDescription = e.description
      if (snap.failureReason !== undefined) summary.PipelineExecutionFailureReason = snap.failureReason
      return summary
    }),
    ...(page.nextToken ? { NextToken: page.nextToken } : {})
  }
}

export function listPipelineExecutionSteps(state: EmulatorState, body: Body): Body {
  if (typeof body.PipelineExecutionArn !== 'string') {
    throw validationError(
      "1 validation error detected: Value null at 'pipelineExecutionArn' failed to satisfy constraint: Member must not be null"
    )
  }
  const execution = state.execution(body.PipelineExecutionArn)
  const snap = state.snapshot(execution)
  const rank = new Map(execution.version.graph.topologicalOrder().map((n, i) => [n, i]))
  const descending = body.SortOrder !== 'Ascending'
  const newestFirst = stepsNewestFirst(execution, snap)
  const items = descending ? newestFirst : newestFirst.reverse()
  const page = paginate(items, r => [r.start, rank.get(r.name) ?? 0], descending, body, {
    arn: execution.arn,
    descending
  })
  return {
    PipelineExecutionSteps: page.items.map(r => stepEntry(execution, r)),
    ...(page.nextToken ? { NextToken: page.nextToken } : {})
  }
}

export function listPipelineParametersForExecution(state: EmulatorState, body: Body): Body {
  const execution = state.execution(body.PipelineExecutionArn as string)
  const indexed = execution.parameterStrings.map((p, i) => ({ p, i }))
  const page = paginate(indexed, x => [x.i], false, body, { arn: execution.arn })
  return {
    PipelineParameters: page.items.map(x => ({ ...x.p })),
    ...(page.nextToken ? { NextToken: page.nextToken } : {})
  }
}

export function describePipelineDefinitionForExecution(state: EmulatorState, body: Body): Body {
  const execution = state.execution(body.PipelineExecutionArn as string)
  return {
    PipelineDefinition: execution.version.definition,
    CreationTime: epochSeconds(execution.version.createdAt)
  }
}

export function stopPipelineExecution(state: EmulatorState, body: Body): Body {
  const execution = state.execution(body.PipelineExecutionArn as string)
  const token = body.ClientRequestToken as string
  if (execution.stopTokens.has(token)) return { PipelineExecutionArn: execution.arn }
  const status = state.snapshot(execution).status
  if (status === 'Executing') state.addEvent(execution, { kind: 'stop', at: state.clock.now() })
  else if (status !== 'Stopping') {
    throw validationError(
      `Pipeline execution '${execution.arn}' is in status ${status} and cannot be stopped.`
    )
  }
  execution.stopTokens.add(token)
  return { PipelineExecutionArn: execution.arn }
}

export function retryPipelineExecution(state: EmulatorState, body: Body): Body {
  const execution = state.execution(body.PipelineExecutionArn as string)
  const token = body.ClientRequestToken as string
  const fingerprint = JSON.stringify(body.ParallelismConfiguration ?? null)
  const previous = execution.retryTokens.get(token)
  if (previous !== undefined) {
    if (previous !== fingerprint)
      throw conflict(
        `ClientRequestToken '${token}' was already used for a different RetryPipelineExecution request.`
      )
    return { PipelineExecutionArn: execution.arn }
  }
  const snap = state.snapshot(execution)
  if (snap.status !== 'Failed') {
    throw validationError(
      `Pipeline execution '${execution.arn}' is in status ${snap.status}; only a Failed execution can be retried.`
    )
  }
  if (snap.endedByFailStep) {
    throw validationError(
      `Pipeline execution '${execution.arn}' ended with a Fail step and cannot be retried.`
    )
  }
  const limit = state.config.maxConcurrentExecutions
  if (state.runningCount() >= limit)
    throw limitExceeded(
      `You have reached the limit of ${limit} concurrent pipeline executions in this account.`
    )
  const parallelism = (body.ParallelismConfiguration as { MaxParallelExecutionSteps?: number } | undefined)
    ?.MaxParallelExecutionSteps
  const at = state.clock.now()
  state.addEvent(execution, {
    kind: 'retry',
    at,
    scenario: structuredClone(execution.pipeline.scenario),
    ...(parallelism !== undefined ? { parallelism } : {})
  })
  if (parallelism !== undefined) execution.parallelism = parallelism
  execution.lastModifiedAt = at
  execution.retryTokens.set(token, fingerprint)
  return { PipelineExecutionArn: execution.arn }
}

export function updatePipelineExecution(state: EmulatorState, body: Body): Body {
  const execution = state.execution(body.PipelineExecutionArn as string)
  const now = state.clock.now()
  if (typeof body.PipelineExecutionDescription === 'string')
    execution.description = body.PipelineExecutionDescription
  if (typeof body.PipelineExecutionDisplayName === 'string')
    execution.displayName = body.PipelineExecutionDisplayName
  const parallelism = (body.ParallelismConfiguration as { MaxParallelExecutionSteps?: number } | undefined)
    ?.MaxParallelExecutionSteps
  if (parallelism !== undefined) {
    execution.parallelism = parallelism
    if (state.snapshot(execution).endedAt === undefined)
      state.addEvent(execution, { kind: 'parallelism', at: now, value: parallelism })
  }
  execution.lastModifiedAt = now
  return { PipelineExecutionArn: execution.arn }
}

/** The definition's PipelineExperimentConfig with `Execution.*` resolved; absent when the definition has none. */
function experimentConfig(execution: Execution): Body | undefined {
  let doc: unknown
  try {
    doc = JSON.parse(execution.version.definition)
  } catch {
    return undefined
  }
  const config = isObject(doc) ? doc.PipelineExperimentConfig : undefined
  if (!isObject(config)) return undefined
  const ctx = expressionContext(execution, new Map())
  const out: Body = {}
  for (const key of ['ExperimentName', 'TrialName']) {
    if (config[key] === undefined) continue
    try {
      out[key] = render(config[key], ctx)
    } catch {
      // A value the emulator cannot render is left out rather than invented.
    }
  }
  return out
}
