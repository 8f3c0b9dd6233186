/**
 * Pipeline operations: CreatePipeline, UpdatePipeline (a changed definition makes a new version),
 * DescribePipeline, DeletePipeline, ListPipelines, ListPipelineVersions, UpdatePipelineVersion.
 * Definitions are read with the planning core's own parser, so the emulator and the action always
 * agree on the DAG; a definition it cannot read is refused the way the service refuses one.
 */
import { parseDefinition } from '../../../src/core/definition.js'
import type { StepGraph } from '../../../src/core/graph.js'
import { errorMessage } from '../../../src/errors.js'
import { compareKeys, paginate } from './pagination.js'
import {
  conflict,
  epochSeconds,
  limitExceeded,
  notFound,
  parseTimestamp,
  validationError
} from './protocol.js'
import type { EmulatorState, Pipeline, PipelineVersion } from './state.js'

type Body = Record<string, unknown>

/** Pipelines per account (reference §1.9). */
const MAX_PIPELINES = 500

export function createPipeline(state: EmulatorState, body: Body): Body {
  const name = body.PipelineName as string
  const token = body.ClientRequestToken as string
  const fingerprint = JSON.stringify({ ...body, ClientRequestToken: undefined })
  const existing = state.pipelines.get(name)
  if (existing?.createToken?.token === token) {
    if (existing.createToken.fingerprint !== fingerprint) {
      throw conflict(
        `ClientRequestToken '${token}' was already used with different parameters to create pipeline '${name}'.`
      )
    }
    return { PipelineArn: existing.arn }
  }
  if (existing) {
    throw validationError(
      `Pipeline names must be unique within an AWS account and region. Pipeline with name (${name}) already exists.`
    )
  }
  const definition = definitionText(body, true)!
  const graph = readDefinition(definition)
  if (state.pipelines.size >= MAX_PIPELINES)
    throw limitExceeded(`You have reached the limit of ${MAX_PIPELINES} pipelines.`)
  const now = state.clock.now()
  const pipeline: Pipeline = {
    name,
    arn: state.pipelineArn(name),
    displayName: (body.PipelineDisplayName as string | undefined) ?? name,
    roleArn: body.RoleArn as string,
    createdAt: now,
    lastModifiedAt: now,
    versions: [{ id: 1, definition, graph, createdAt: now }],
    scenario: {},
    executions: [],
    createToken: { token, fingerprint }
  }
  if (typeof body.PipelineDescription === 'string') pipeline.description = body.PipelineDescription
  const parallelism = maxParallel(body.ParallelismConfiguration)
  if (parallelism !== undefined) pipeline.parallelism = parallelism
  state.pipelines.set(name, pipeline)
  return { PipelineArn: pipeline.arn }
}

export function updatePipeline(state: EmulatorState, body: Body): Body {
  const pipeline = state.pipeline(body.PipelineName as string)
  const text = definitionText(body, false)
  const graph = text === undefined ? undefined : readDefinition(text)
  if (typeof body.PipelineDisplayName === 'string') pipeline.displayName = body.PipelineDisplayName
  if (typeof body.PipelineDescription === 'string') pipeline.description = body.PipelineDescription
  if (typeof body.RoleArn === 'string') pipeline.roleArn = body.RoleArn
  const parallelism = maxParallel(body.ParallelismConfiguration)
  if (parallelism !== undefined) pipeline.parallelism = parallelism
  pipeline.lastModifiedAt = state.clock.now()
  const version =
    text !== undefined && graph ? addVersion(state, pipeline, text, graph) : latestVersion(pipeline)
  return { PipelineArn: pipeline.arn, PipelineVersionId: version.id }
}

/**
 * A new version (the next id) with this definition, unless it is already the latest version's
 * definition, character for character: then the latest version, and no new one (survey §2.2: an
 * update that does not change the definition creates no version).
 */
export function addVersion(
  state: EmulatorState,
  pipeline: Pipeline,
  definition: string,
  graph: StepGraph = readDefinition(definition)
): PipelineVersion {
  const latest = latestVersion(pipeline)
  if (latest.definition === definition) return latest
  const version: PipelineVersion = { id: latest.id + 1, definition, graph, createdAt: state.clock.now() }
  pipeline.versions.push(version)
  return version
}

export function latestVersion(pipeline: Pipeline): PipelineVersion {
  return pipeline.versions[pipeline.versions.length - 1]!
}

export function describePipeline(state: EmulatorState, body: Body): Body {
  const pipeline = state.pipeline(body.PipelineName as string)
  const version = pipelineVersion(pipeline, body.PipelineVersionId as number | undefined)
  const out: Body = {
    PipelineArn: pipeline.arn,
    PipelineName: pipeline.name,
    PipelineDisplayName: pipeline.displayName,
    PipelineDefinition: version.definition,
    RoleArn: pipeline.roleArn,
    PipelineStatus: 'Active',
    CreationTime: epochSeconds(pipeline.createdAt),
    LastModifiedTime: epochSeconds(pipeline.lastModifiedAt),
    CreatedBy: {},
    LastModifiedBy: {}
  }
  if (pipeline.description !== undefined) out.PipelineDescription = pipeline.description
  if (pipeline.lastRunAt !== undefined) out.LastRunTime = epochSeconds(pipeline.lastRunAt)
  if (pipeline.parallelism !== undefined)
    out.ParallelismConfiguration = { MaxParallelExecutionSteps: pipeline.parallelism }
  if (version.displayName !== undefined) out.PipelineVersionDisplayName = version.displayName
  if (version.description !== undefined) out.PipelineVersionDescription = version.description
  return out
}

export function deletePipeline(state: EmulatorState, body: Body): Body {
  const name = body.PipelineName as string
  const tokens = state.deleteTokens
  const done = tokens.get(body.ClientRequestToken as string)
  if (done !== undefined && !state.pipelines.has(name)) return { PipelineArn: done }
  const pipeline = state.pipeline(name)
  for (const execution of pipeline.executions) state.executions.delete(execution.arn)
  state.pipelines.delete(name)
  tokens.set(body.ClientRequestToken as string, pipeline.arn)
  return { PipelineArn: pipeline.arn }
}

export function listPipelines(state: EmulatorState, body: Body): Body {
  const prefix = (body.PipelineNamePrefix as string | undefined) ?? ''
  const after = parseTimestamp(body.CreatedAfter)
  const before = parseTimestamp(body.CreatedBefore)
  const byName = body.SortBy === 'Name'
  const descending = body.SortOrder !== 'Ascending'
  const keyOf = (p: Pipeline): Array<string | number> => (byName ? [p.name] : [p.createdAt, p.name])
  const sign = descending ? -1 : 1
  const items = [...state.pipelines.values()]
    .filter(p => p.name.startsWith(prefix))
    .filter(
      p => (after === undefined || p.createdAt > after) && (before === undefined || p.createdAt < before)
    )
    .sort((a, b) => sign * compareKeys(keyOf(a), keyOf(b)))
  const query = { prefix, after, before, byName, descending }
  const page = paginate(items, keyOf, descending, body, query)
  return {
    PipelineSummaries: page.items.map(p => {
      const summary: Body = {
        PipelineArn: p.arn,
        PipelineName: p.name,
        PipelineDisplayName: p.displayName,
        RoleArn: p.roleArn,
        CreationTime: epochSeconds(p.createdAt),
        LastModifiedTime: epochSeconds(p.lastModifiedAt)
      }
      if (p.description !== undefined) summary.PipelineDescription = p.description
      if (p.lastRunAt !== undefined) summary.LastExecutionTime = epochSeconds(p.lastRunAt)
      return summary
    }),
    ...(page.nextToken ? { NextToken: page.nextToken } : {})
  }
}

export function listPipelineVersions(state: EmulatorState, body: Body): Body {
  const pipeline = state.pipeline(body.PipelineName as string)
  const after = parseTimestamp(body.CreatedAfter)
  const before = parseTimestamp(body.CreatedBefore)
  const descending = body.SortOrder !== 'Ascending'
  const items = pipeline.versions
    .filter(
      v => (after === undefined || v.createdAt > after) && (before === undefined || v.createdAt < before)
    )
    .sort((a, b) => (descending ? b.id - a.id : a.id - b.id))
  const page = paginate(items, v => [v.id], descending, body, {
    pipeline: pipeline.arn,
    after,
    before,
    descending
  })
  return {
    PipelineVersionSummaries: page.items.map(v => {
      const summary: Body = {
        PipelineArn: pipeline.arn,
        PipelineVersionId: v.id,
        CreationTime: epochSeconds(v.createdAt)
      }
      if (v.description !== undefined) summary.PipelineVersionDescription = v.description
      if (v.displayName !== undefined) summary.PipelineVersionDisplayName = v.displayName
      if (v.lastExecutionArn !== undefined) summary.LastExecutionPipelineExecutionArn = v.lastExecutionArn
      return summary
    }),
    ...(page.nextToken ? { NextToken: page.nextToken } : {})
  }
}

export function updatePipelineVersion(state: EmulatorState, body: Body): Body {
  const pipeline = state.pipeline(body.PipelineArn as string)
  const version = pipelineVersion(pipeline, body.PipelineVersionId as number)
  if (typeof body.PipelineVersionDisplayName === 'string')
    version.displayName = body.PipelineVersionDisplayName
  if (typeof body.PipelineVersionDescription === 'string')
    version.description = body.PipelineVersionDescription
  return { PipelineArn: pipeline.arn, PipelineVersionId: version.id }
}

/** The version asked for, or the latest. */
export function pipelineVersion(pipeline: Pipeline, id: number | undefined): PipelineVersion {
  if (id === undefined) return latestVersion(pipeline)
  const version = pipeline.versions.find(v => v.id === id)
  if (!version) throw notFound(`Pipeline version ${id} of pipeline '${pipeline.arn}' does not exist.`)
  return version
}

function definitionText(body: Body, required: boolean): string | undefined {
  if (body.PipelineDefinitionS3Location !== undefined) {
    throw validationError(
      'The emulator cannot read PipelineDefinitionS3Location; send the definition in PipelineDefinition.'
    )
  }
  if (typeof body.PipelineDefinition === 'string') return body.PipelineDefinition
  if (required)
    throw validationError('Either PipelineDefinition or PipelineDefinitionS3Location must be specified.')
  return undefined
}

/** Parses with the planning core's parser, then applies the service's documented rules on top. */
export function readDefinition(text: string): StepGraph {
  let graph: StepGraph
  try {
    graph = parseDefinition(text, 'PipelineDefinition', { dataEdges: false })
  } catch (error) {
    throw validationError(`Unable to parse pipeline definition. ${errorMessage(error)}`)
  }
  for (const edge of graph.edges()) {
    const from = graph.step(edge.from)
    if (edge.kinds.includes('depends-on') && (from.type === 'Fail' || from.type === 'Condition')) {
      throw validationError(
        `Invalid pipeline definition: ${edge.to} can not depends on ${edge.from}; a ${from.type} step cannot be named in DependsOn.`
      )
    }
    if (edge.kinds.includes('property') && from.type === 'Fail') {
      throw validationError(
        `Invalid pipeline definition: ${edge.to} references Fail step ${edge.from}; a Fail step has no properties.`
      )
    }
  }
  return graph
}

function maxParallel(config: unknown): number | undefined {
  const value = (config as { MaxParallelExecutionSteps?: unknown } | undefined)?.MaxParallelExecutionSteps
  return typeof value === 'number' ? value : undefined
}
