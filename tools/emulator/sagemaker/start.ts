/**
 * StartPipelineExecution: idempotency by ClientRequestToken, the pipeline version, parameter values
 * checked against their declared types, the selective-execution rules and the concurrency limit.
 * Seeding goes through `createExecution` too, so a seeded history obeys the same rules as a live one.
 */
import type { StepGraph } from '../../../src/core/graph.js'
import type { ParameterDef } from '../../../src/core/types.js'
import { suggestion } from './suggest.js'
import { formatFloat, type TypedParameter } from './expressions.js'
import { pipelineVersion } from './pipelines.js'
import { conflict, javaList, limitExceeded, validationError } from './protocol.js'
import type { Scenario } from './scenario.js'
import { checkSelection, type SelectionRequest } from './selective.js'
import type { EmulatorState, Execution, Pipeline } from './state.js'

type Body = Record<string, unknown>

export function startPipelineExecution(state: EmulatorState, body: Body): Body {
  const pipeline = state.pipeline(body.PipelineName as string)
  const token = body.ClientRequestToken as string
  const fingerprint = JSON.stringify({ ...body, ClientRequestToken: undefined, PipelineName: pipeline.arn })
  const previous = state.startTokens.get(token)
  if (previous) {
    if (previous.fingerprint !== fingerprint) {
      throw conflict(
        `ClientRequestToken '${token}' was already used for a different StartPipelineExecution request.`
      )
    }
    return { PipelineExecutionArn: previous.arn }
  }
  const execution = createExecution(state, pipeline, body, { checkLimit: true })
  state.startTokens.set(token, { arn: execution.arn, fingerprint })
  return { PipelineExecutionArn: execution.arn }
}

export interface CreateOptions {
  createdAt?: number
  id?: string
  scenario?: Scenario
  checkLimit?: boolean
}

/** Validates a start request and records the new execution (it is then computed from the clock). */
export function createExecution(
  state: EmulatorState,
  pipeline: Pipeline,
  body: Body,
  options: CreateOptions = {}
): Execution {
  const version = pipelineVersion(pipeline, body.PipelineVersionId as number | undefined)
  const graph = version.graph
  const parameters = effectiveParameters(
    graph,
    (body.PipelineParameters as Array<{ Name: string; Value: string }>) ?? []
  )
  const selection = body.SelectiveExecutionConfig
    ? checkSelection(state, pipeline, graph, body.SelectiveExecutionConfig as SelectionRequest)
    : undefined
  if (options.checkLimit) {
    const limit = state.config.maxConcurrentExecutions
    if (state.runningCount() >= limit) {
      throw limitExceeded(
        `You have reached the limit of ${limit} concurrent pipeline executions in this account. Try again when a running execution has ended.`
      )
    }
  }

  const createdAt = options.createdAt ?? state.clock.now()
  const id = options.id ?? state.mintExecutionId(pipeline.name)
  const arn = state.executionArn(pipeline.name, id)
  if (state.executions.has(arn)) throw validationError(`Pipeline execution '${arn}' already exists.`)
  const override = (body.ParallelismConfiguration as { MaxParallelExecutionSteps?: number } | undefined)
    ?.MaxParallelExecutionSteps
  const execution: Execution = {
    arn,
    id,
    pipeline,
    version,
    meta: {
      region: state.config.region,
      account: state.config.account,
      pipelineName: pipeline.name,
      executionId: id,
      sequence: pipeline.executions.length + 1
    },
    createdAt,
    lastModifiedAt: createdAt,
    displayName:
      (body.PipelineExecutionDisplayName as string | undefined) ?? `execution-${Math.round(createdAt)}`,
    parameters: parameters.typed,
    parameterStrings: parameters.strings,
    toRun: new Set(selection ? selection.selected : graph.topologicalOrder()),
    reused: selection?.reused ?? new Map(),
    scenario: options.scenario ?? structuredClone(pipeline.scenario),
    events: [],
    stopTokens: new Set(),
    retryTokens: new Map()
  }
  if (typeof body.PipelineExecutionDescription === 'string')
    execution.description = body.PipelineExecutionDescription
  if (override !== undefined) execution.parallelismOverride = override
  const parallelism = override ?? pipeline.parallelism
  if (parallelism !== undefined) execution.parallelism = parallelism
  if (selection) {
    execution.selective = { selected: selection.selected }
    const source = (body.SelectiveExecutionConfig as SelectionRequest).SourcePipelineExecutionArn
    if (source) execution.selective.source = source
  }
  if (typeof body.MlflowExperimentName === 'string')
    execution.mlflowExperimentName = body.MlflowExperimentName
  pipeline.executions.push(execution)
  state.executions.set(arn, execution)
  pipeline.lastRunAt = Math.max(pipeline.lastRunAt ?? 0, createdAt)
  const latestRun = version.lastExecutionArn ? state.executions.get(version.lastExecutionArn) : undefined
  if (!latestRun || latestRun.createdAt <= createdAt) version.lastExecutionArn = arn
  return execution
}

/**
 * Every declared parameter's value for the run: the one passed, else the default. Undeclared names,
 * values that do not fit the declared Type or EnumValues, and parameters left without any value are
 * refused ([U]: the conservative reading; the service's own checks are undocumented).
 */
export function effectiveParameters(
  graph: StepGraph,
  passed: Array<{ Name: string; Value: string }>
): { typed: Map<string, TypedParameter>; strings: Array<{ Name: string; Value: string }> } {
  const given = new Map<string, string>()
  for (const p of passed) {
    if (!graph.parameters.has(p.Name)) {
      throw validationError(
        `Pipeline parameter '${p.Name}' is not declared in the pipeline definition.${suggestion(p.Name, graph.parameters.keys())}` +
          ` Declared parameters: ${javaList(graph.parameters.keys())}.`
      )
    }
    if (given.has(p.Name)) throw validationError(`Pipeline parameter '${p.Name}' is given more than once.`)
    given.set(p.Name, p.Value)
  }
  const typed = new Map<string, TypedParameter>()
  const strings: Array<{ Name: string; Value: string }> = []
  const missing: string[] = []
  for (const def of graph.parameters.values()) {
    const text = given.get(def.name) ?? defaultText(def)
    if (text === undefined) {
      missing.push(def.name)
      continue
    }
    typed.set(def.name, { type: def.type, value: typedValue(def, text) })
    strings.push({ Name: def.name, Value: text })
  }
  if (missing.length > 0) {
    throw validationError(
      `Pipeline parameters ${javaList(missing)} have no default value and were given no value.`
    )
  }
  return { typed, strings }
}

function defaultText(def: ParameterDef): string | undefined {
  const v = def.defaultValue
  if (v === undefined) return undefined
  if (def.type === 'Float' && typeof v === 'number') return formatFloat(v)
  return String(v)
}

function typedValue(def: ParameterDef, text: string): string | number | boolean {
  const bad = (expected: string): never => {
    throw validationError(
      `Value '${text}' of pipeline parameter '${def.name}' is not ${expected} (declared Type ${def.type}).`
    )
  }
  if (def.enumValues && !def.enumValues.includes(text)) {
    throw validationError(
      `Value '${text}' of pipeline parameter '${def.name}' is not one of its EnumValues ${javaList(def.enumValues)}.`
    )
  }
  switch (def.type) {
    case 'Integer':
      return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : bad('an integer')
    case 'Float':
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : bad('a number')
    case 'Boolean':
      return /^(true|false)$/i.test(text.trim()) ? text.trim().toLowerCase() === 'true' : bad('true or false')
    default:
      return text
  }
}
