import {
  DescribePipelineCommand,
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  ListPipelineExecutionStepsCommand,
  ListPipelineExecutionsCommand,
  ListPipelineParametersForExecutionCommand,
  ListPipelineVersionsCommand,
  SageMakerClient,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  UpdatePipelineExecutionCommand,
  type PipelineExecutionStep,
  type PipelineExecutionSummary
} from '@aws-sdk/client-sagemaker'
import type { ExecutionStatus, StepState } from '../core/types.js'
import { errorMessage } from '../errors.js'

/**
 * The one place SageMaker clients are built. Retries are the SDK's own (adaptive mode backs off on
 * throttling and 5xx); the endpoint honours AWS_ENDPOINT_URL_SAGEMAKER / AWS_ENDPOINT_URL, which is how
 * VPC-endpoint users and the local emulator are reached.
 */
export function createSageMakerClient(region: string, maxAttempts = 8): SageMakerClient {
  return new SageMakerClient({
    region,
    maxAttempts,
    retryMode: 'adaptive',
    customUserAgent: 'sagemaker-selective-execution'
  })
}

export interface PipelineInfo {
  arn: string
  name: string
  definition: string
}

export interface ExecutionSummary {
  arn: string
  status: ExecutionStatus
  startTime: number
  description?: string
  displayName?: string
}

export interface ExecutionDetails extends ExecutionSummary {
  pipelineArn: string
  failureReason?: string
  selectedSteps?: string[]
  sourceArn?: string
  versionId?: number
}

export interface StartRequest {
  pipeline: string
  token: string
  displayName: string
  description: string
  parameters: Record<string, string>
  /** Absent for a full run. */
  selective?: { sourceArn?: string; steps: string[] }
  /** The pipeline version planned against; the run executes exactly that definition. */
  versionId?: number
}

/**
 * The id of the pipeline's newest version (`ListPipelineVersions`, newest first). The action plans
 * against that version's definition and starts the execution pinned to it, so an upsert between the
 * two can never make the run execute a definition nobody planned. Undefined when the service lists
 * no version (a pipeline created before versions existed).
 */
export async function latestVersion(client: SageMakerClient, pipeline: string): Promise<number | undefined> {
  const out = await withContext(
    `ListPipelineVersions of ${pipeline}`,
    client.send(
      new ListPipelineVersionsCommand({ PipelineName: pipeline, SortOrder: 'Descending', MaxResults: 1 })
    )
  )
  return out.PipelineVersionSummaries?.[0]?.PipelineVersionId
}

export async function describePipeline(
  client: SageMakerClient,
  pipeline: string,
  versionId?: number
): Promise<PipelineInfo> {
  const out = await withContext(
    `DescribePipeline of ${pipeline}${versionId === undefined ? '' : ` version ${versionId}`}`,
    client.send(new DescribePipelineCommand({ PipelineName: pipeline, PipelineVersionId: versionId }))
  )
  if (!out.PipelineDefinition || !out.PipelineArn) {
    throw new Error(`DescribePipeline for "${pipeline}" returned no definition`)
  }
  return { arn: out.PipelineArn, name: out.PipelineName ?? pipeline, definition: out.PipelineDefinition }
}

/**
 * Executions newest first, page by page (100 a page), until `limit` summaries have been read.
 * A generator so a caller that finds what it needs early stops paging.
 */
export async function* listExecutions(
  client: SageMakerClient,
  pipeline: string,
  limit: number
): AsyncGenerator<ExecutionSummary> {
  let token: string | undefined
  let seen = 0
  do {
    const out = await withContext(
      `ListPipelineExecutions of ${pipeline}`,
      client.send(
        new ListPipelineExecutionsCommand({
          PipelineName: pipeline,
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: Math.min(100, limit - seen),
          NextToken: token
        })
      )
    )
    for (const s of out.PipelineExecutionSummaries ?? []) {
      const summary = toSummary(s)
      if (summary) yield summary
      if (++seen >= limit) return
    }
    token = out.NextToken
  } while (token)
}

export async function describeExecution(client: SageMakerClient, arn: string): Promise<ExecutionDetails> {
  const out = await withContext(
    `DescribePipelineExecution of ${arn}`,
    client.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }))
  )
  return {
    arn,
    pipelineArn: out.PipelineArn ?? '',
    status: out.PipelineExecutionStatus ?? 'Executing',
    startTime: out.CreationTime?.getTime() ?? 0,
    description: out.PipelineExecutionDescription,
    displayName: out.PipelineExecutionDisplayName,
    failureReason: out.FailureReason,
    selectedSteps: out.SelectiveExecutionConfig?.SelectedSteps?.map(s => s.StepName ?? '').filter(Boolean),
    sourceArn: out.SelectiveExecutionConfig?.SourcePipelineExecutionArn,
    versionId: out.PipelineVersionId
  }
}

/** Every step entry of an execution (all pages), keyed by step name. */
export async function listExecutionSteps(
  client: SageMakerClient,
  arn: string
): Promise<Map<string, StepState>> {
  const steps = new Map<string, StepState>()
  let token: string | undefined
  do {
    const out = await withContext(
      `ListPipelineExecutionSteps of ${arn}`,
      client.send(
        new ListPipelineExecutionStepsCommand({
          PipelineExecutionArn: arn,
          MaxResults: 100,
          NextToken: token
        })
      )
    )
    for (const s of out.PipelineExecutionSteps ?? []) {
      if (s.StepName && !steps.has(s.StepName)) steps.set(s.StepName, toStepState(s))
    }
    token = out.NextToken
  } while (token)
  return steps
}

export async function listExecutionParameters(
  client: SageMakerClient,
  arn: string
): Promise<Record<string, string>> {
  const values: Record<string, string> = {}
  let token: string | undefined
  do {
    const out = await withContext(
      `ListPipelineParametersForExecution of ${arn}`,
      client.send(
        new ListPipelineParametersForExecutionCommand({
          PipelineExecutionArn: arn,
          MaxResults: 100,
          NextToken: token
        })
      )
    )
    for (const p of out.PipelineParameters ?? []) if (p.Name) values[p.Name] = p.Value ?? ''
    token = out.NextToken
  } while (token)
  return values
}

export async function executionDefinition(client: SageMakerClient, arn: string): Promise<string> {
  const out = await withContext(
    `DescribePipelineDefinitionForExecution of ${arn}`,
    client.send(new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: arn }))
  )
  if (!out.PipelineDefinition) throw new Error(`no definition recorded for ${arn}`)
  return out.PipelineDefinition
}

export async function startExecution(client: SageMakerClient, request: StartRequest): Promise<string> {
  const out = await withContext(
    `StartPipelineExecution of ${request.pipeline}`,
    client.send(
      new StartPipelineExecutionCommand({
        PipelineName: request.pipeline,
        PipelineVersionId: request.versionId,
        ClientRequestToken: request.token,
        PipelineExecutionDisplayName: request.displayName,
        PipelineExecutionDescription: request.description,
        PipelineParameters: Object.entries(request.parameters).map(([Name, Value]) => ({ Name, Value })),
        SelectiveExecutionConfig: request.selective
          ? {
              SourcePipelineExecutionArn: request.selective.sourceArn,
              SelectedSteps: request.selective.steps.map(StepName => ({ StepName }))
            }
          : undefined
      })
    )
  )
  if (!out.PipelineExecutionArn) throw new Error('StartPipelineExecution returned no execution ARN')
  return out.PipelineExecutionArn
}

/** Rewrites an execution's description (`UpdatePipelineExecution`): how `selection: adopt` stamps provenance. */
export async function updateExecutionDescription(
  client: SageMakerClient,
  arn: string,
  description: string
): Promise<void> {
  await withContext(
    `UpdatePipelineExecution of ${arn}`,
    client.send(
      new UpdatePipelineExecutionCommand({
        PipelineExecutionArn: arn,
        PipelineExecutionDescription: description
      })
    )
  )
}

export async function stopExecution(client: SageMakerClient, arn: string, token: string): Promise<void> {
  await withContext(
    `StopPipelineExecution of ${arn}`,
    client.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token }))
  )
}

/** Deep link to an execution in the SageMaker console (Studio's pipelines view). */
export function consoleUrl(region: string, pipeline: string, executionArn: string): string {
  const id = executionArn.split('/').pop() ?? ''
  return (
    `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}` +
    `#/pipelines/${encodeURIComponent(pipeline)}/executions/${encodeURIComponent(id)}`
  )
}

function toSummary(s: PipelineExecutionSummary): ExecutionSummary | undefined {
  if (!s.PipelineExecutionArn) return undefined
  return {
    arn: s.PipelineExecutionArn,
    status: s.PipelineExecutionStatus ?? 'Executing',
    startTime: s.StartTime?.getTime() ?? 0,
    description: s.PipelineExecutionDescription,
    displayName: s.PipelineExecutionDisplayName
  }
}

function toStepState(s: PipelineExecutionStep): StepState {
  const state: StepState = { status: s.StepStatus ?? 'Executing' }
  const source = s.SelectiveExecutionResult?.SourcePipelineExecutionArn
  if (source) state.reusedFrom = source
  const outcome = s.Metadata?.Condition?.Outcome
  if (outcome === 'True' || outcome === 'False') state.outcome = outcome
  if (s.StartTime) state.startTime = s.StartTime.getTime()
  if (s.EndTime) state.endTime = s.EndTime.getTime()
  if (s.FailureReason) state.failureReason = s.FailureReason
  const metadata = metadataArns(s.Metadata)
  if (metadata) state.metadata = metadata
  return state
}

/** The ARNs in a step's Metadata (`{TrainingJob: {Arn}}`, `{RegisterModel: {Arn}}`, …), by key. */
function metadataArns(metadata: PipelineExecutionStep['Metadata']): Record<string, string> | undefined {
  if (!metadata) return undefined
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(metadata)) {
    const arn = (value as { Arn?: unknown } | undefined)?.Arn
    if (typeof arn === 'string' && arn.startsWith('arn:')) out[key] = arn
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/**
 * Names the operation and the pipeline or execution in any error, so "We encountered an internal
 * error" becomes something a user can act on. The error's name (ResourceNotFound, …) is kept.
 */
async function withContext<T>(what: string, call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (error) {
    const wrapped = new Error(`SageMaker ${what} failed: ${errorMessage(error)}`, { cause: error })
    wrapped.name = (error as { name?: string } | undefined)?.name ?? 'Error'
    throw wrapped
  }
}
