/**
 * In-process stand-ins for the plan phase's outside world: a real `SageMakerClient` whose requests
 * are answered by a middleware from hand-written runs (every call recorded, so tests can count reads),
 * and a local git double for a real `ChangeTracker`.
 */
import {
  SageMakerClient,
  type PipelineExecutionStep,
  type StartPipelineExecutionCommandInput,
  type ServiceInputTypes,
  type ServiceOutputTypes
} from '@aws-sdk/client-sagemaker'
import type { LocalGit } from '../../../src/phases/changes.js'
import { formatProvenance, type Provenance } from '../../../src/core/provenance.js'
import type { ExecutionStatus, StepState, StepStatus } from '../../../src/core/types.js'

export const arn = (id: string): string =>
  `arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/${id}`

/** A past execution as the service would answer for it. */
export interface FakeRun {
  arn: string
  status: ExecutionStatus
  /** Epoch milliseconds; the listing is newest first. */
  startTime: number
  /** Written into the description as the action does; absent: a run started outside the action. */
  provenance?: Provenance
  displayName?: string
  /** Step entries (a string is a status). */
  steps?: Record<string, StepStatus | StepState>
  parameters?: Record<string, string>
  /** What DescribePipelineDefinitionForExecution returns (JSON text). */
  definition?: string
  /** False: older than the listing reaches, only describable. */
  listed?: boolean
}

export interface Call {
  command: string
  arn?: string
  /** StartPipelineExecution only: whether it asked for a selective execution. */
  selective?: boolean
}

export class FakeSageMaker {
  readonly calls: Call[] = []
  /** Every StartPipelineExecution request that got an execution, in order. */
  readonly started: StartPipelineExecutionCommandInput[] = []
  readonly client: SageMakerClient
  private readonly runs: Map<string, FakeRun>

  /** @param fail makes a call fail (as the service would throw) */
  constructor(
    runs: FakeRun[],
    private readonly fail: (call: Call) => Error | undefined = () => undefined
  ) {
    this.runs = new Map(runs.map(r => [r.arn, r]))
    this.client = new SageMakerClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1
    })
    this.client.middlewareStack.add(
      (_next, context) => async args => {
        const output = this.answer(context.commandName ?? '?', args.input)
        return { output, response: {} }
      },
      { step: 'initialize', name: 'fakeSageMaker', priority: 'high' }
    )
  }

  /** How many calls of a command were made (for one execution, when given). */
  count(command: string, executionArn?: string): number {
    return this.calls.filter(
      c => c.command === command && (executionArn === undefined || c.arn === executionArn)
    ).length
  }

  /** The executions a command was called for, in call order. */
  arnsOf(command: string): string[] {
    return this.calls.filter(c => c.command === command).map(c => c.arn ?? '')
  }

  private answer(command: string, input: ServiceInputTypes): ServiceOutputTypes {
    const executionArn =
      'PipelineExecutionArn' in input && typeof input.PipelineExecutionArn === 'string'
        ? input.PipelineExecutionArn
        : undefined
    const name = command.replace(/Command$/, '')
    const call: Call = executionArn === undefined ? { command: name } : { command: name, arn: executionArn }
    if (name === 'StartPipelineExecution')
      call.selective = 'SelectiveExecutionConfig' in input && !!input.SelectiveExecutionConfig
    this.calls.push(call)
    const error = this.fail(call)
    if (error) throw error
    if (name === 'ListPipelineExecutions') return this.list(input)
    if (name === 'StartPipelineExecution') {
      this.started.push(input as StartPipelineExecutionCommandInput)
      return { $metadata: {}, PipelineExecutionArn: arn(`started-${this.started.length}`) }
    }
    const run = executionArn === undefined ? undefined : this.runs.get(executionArn)
    if (!run) {
      const e = new Error(`Execution ${executionArn ?? '?'} does not exist`)
      e.name = 'ResourceNotFound'
      throw e
    }
    switch (name) {
      case 'DescribePipelineExecution':
        return {
          $metadata: {},
          PipelineArn: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p',
          PipelineExecutionArn: run.arn,
          PipelineExecutionStatus: run.status,
          CreationTime: new Date(run.startTime),
          PipelineExecutionDescription: description(run),
          PipelineExecutionDisplayName: run.displayName
        }
      case 'ListPipelineExecutionSteps':
        return { $metadata: {}, PipelineExecutionSteps: stepEntries(run) }
      case 'ListPipelineParametersForExecution':
        return {
          $metadata: {},
          PipelineParameters: Object.entries(run.parameters ?? {}).map(([Name, Value]) => ({ Name, Value }))
        }
      case 'DescribePipelineDefinitionForExecution':
        if (run.definition === undefined) throw new Error(`no definition for ${run.arn}`)
        return { $metadata: {}, PipelineDefinition: run.definition, CreationTime: new Date(run.startTime) }
      default:
        throw new Error(`the fake does not answer ${command}`)
    }
  }

  /** Newest first, 100 a page, with NextToken as the offset. */
  private list(input: ServiceInputTypes): ServiceOutputTypes {
    const page = input as { MaxResults?: number; NextToken?: string }
    const listed = [...this.runs.values()]
      .filter(r => r.listed !== false)
      .sort((a, b) => b.startTime - a.startTime)
    const from = Number(page.NextToken ?? '0')
    const size = Math.min(page.MaxResults ?? 100, 100)
    const slice = listed.slice(from, from + size)
    return {
      $metadata: {},
      PipelineExecutionSummaries: slice.map(r => ({
        PipelineExecutionArn: r.arn,
        PipelineExecutionStatus: r.status,
        StartTime: new Date(r.startTime),
        PipelineExecutionDescription: description(r),
        PipelineExecutionDisplayName: r.displayName
      })),
      NextToken: from + size < listed.length ? String(from + size) : undefined
    }
  }
}

function description(run: FakeRun): string | undefined {
  return run.provenance ? formatProvenance(run.provenance) : undefined
}

function stepEntries(run: FakeRun): PipelineExecutionStep[] {
  return Object.entries(run.steps ?? {}).map(([StepName, s]) => {
    const state: StepState = typeof s === 'string' ? { status: s } : s
    const entry: PipelineExecutionStep = { StepName, StepStatus: state.status }
    if (state.reusedFrom) entry.SelectiveExecutionResult = { SourcePipelineExecutionArn: state.reusedFrom }
    if (state.outcome) entry.Metadata = { Condition: { Outcome: state.outcome } }
    if (state.failureReason) entry.FailureReason = state.failureReason
    if (state.startTime !== undefined) entry.StartTime = new Date(state.startTime)
    if (state.endTime !== undefined) entry.EndTime = new Date(state.endTime)
    return entry
  })
}

/** Every step Succeeded in that run (Conditions with the outcome given, True otherwise). */
export function allSucceeded(
  names: Iterable<string>,
  outcomes: Record<string, 'True' | 'False'> = {}
): Record<string, StepState> {
  return Object.fromEntries(
    [...names].map(n => [
      n,
      outcomes[n] ? { status: 'Succeeded', outcome: outcomes[n] } : { status: 'Succeeded' }
    ])
  )
}

/**
 * A clone that holds head and the commits in `diffs` (each → the files that differ from head); every
 * `git diff` is recorded. `files` holds the mapping file's text at a commit, for `fileAt`.
 */
export function fakeGit(
  head: string,
  diffs: Record<string, string[]>,
  files: Record<string, string> = {}
): LocalGit & { diffs: string[] } {
  const known = (ref: string): boolean => ref === head || Object.prototype.hasOwnProperty.call(diffs, ref)
  const calls: string[] = []
  return {
    diffs: calls,
    resolveCommit: async ref => (known(ref) ? ref : undefined),
    fetchCommit: async () => undefined,
    mergeBase: async () => undefined,
    diffNames: async (from, to) => {
      calls.push(from)
      if (to !== head) throw new Error(`the fake diffs against head only, not ${to}`)
      return [...(diffs[from] ?? [])]
    },
    fileAt: async commit => files[commit]
  }
}

/** A 40-hex commit id from a short label (readable in tests, valid for provenance). */
export function sha(label: string): string {
  const hex = Buffer.from(label).toString('hex')
  return (hex + '0'.repeat(40)).slice(0, 40)
}
