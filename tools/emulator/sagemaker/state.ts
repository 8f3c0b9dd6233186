/**
 * The emulator's records: pipelines with their versions, executions with what they were started
 * with and the control events that happened to them since (stop, retry, parallelism change). An
 * execution's step list is never stored: it is recomputed from these records and the virtual clock
 * (see simulation.ts), and cached only once the run has ended.
 */
import type { StepGraph } from '../../../src/core/graph.js'
import type { ExecutionStatus, StepStatus } from '../../../src/core/types.js'
import type { VirtualClock } from './clock.js'
import type { TypedParameter } from './expressions.js'
import { digest, type MetadataContext } from './metadata.js'
import { notFound } from './protocol.js'
import type { Scenario, StepOutputs } from './scenario.js'

export interface PipelineVersion {
  id: number
  definition: string
  graph: StepGraph
  createdAt: number
  displayName?: string
  description?: string
  lastExecutionArn?: string
}

export interface Pipeline {
  name: string
  arn: string
  displayName: string
  description?: string
  roleArn: string
  createdAt: number
  lastModifiedAt: number
  lastRunAt?: number
  parallelism?: number
  versions: PipelineVersion[]
  scenario: Scenario
  executions: Execution[]
  createToken?: { token: string; fingerprint: string }
}

export type ExecutionEvent =
  | { kind: 'stop'; at: number }
  | { kind: 'retry'; at: number; scenario: Scenario; parallelism?: number }
  | { kind: 'parallelism'; at: number; value: number }

/** One step of one execution as the simulation sees it. */
export interface StepRun {
  name: string
  status: StepStatus
  start: number
  end?: number
  attempt: number
  failureReason?: string
  outcome?: 'True' | 'False'
  failMessage?: string
  outputs?: StepOutputs
  /**
   * Set on entries copied from a source execution: the ARN shown as
   * `SelectiveExecutionResult.SourcePipelineExecutionArn` (option `reusedSourceArn`), the execution
   * that actually ran the step, and the metadata the source showed.
   */
  reusedFrom?: string
  producer?: string
  metadata?: Record<string, unknown>
}

export interface Snapshot {
  status: ExecutionStatus
  failureReason?: string
  runs: ReadonlyMap<string, StepRun>
  endedAt?: number
  lastModifiedAt: number
  /** A Fail step ended the run: RetryPipelineExecution is refused. */
  endedByFailStep: boolean
}

export interface Execution {
  arn: string
  id: string
  pipeline: Pipeline
  version: PipelineVersion
  meta: MetadataContext
  createdAt: number
  lastModifiedAt: number
  displayName: string
  description?: string
  /** Effective values of every declared parameter (passed, else default), typed and as strings. */
  parameters: ReadonlyMap<string, TypedParameter>
  parameterStrings: Array<{ Name: string; Value: string }>
  /** MaxParallelExecutionSteps in force at the start (the override, else the pipeline's). */
  parallelism?: number
  parallelismOverride?: number
  selective?: { source?: string; selected: string[] }
  /** Steps this execution may run: all of them, or the selected ones. */
  toRun: ReadonlySet<string>
  /** Entries copied from the source execution, complete at the start. */
  reused: ReadonlyMap<string, StepRun>
  scenario: Scenario
  events: ExecutionEvent[]
  /** Seeded runs that must stay Executing: nothing finishes or starts after this time. */
  holdAt?: number
  /** Seeded Condition outcomes that win over evaluation. */
  forcedOutcomes?: Record<string, boolean>
  mlflowExperimentName?: string
  stopTokens: Set<string>
  /** ClientRequestToken → fingerprint of the RetryPipelineExecution request. */
  retryTokens: Map<string, string>
  cached?: Snapshot
}

/**
 * Which ARN a reused entry shows when the step was itself reused in the source ([U] survey §1.6):
 * `reference`, the source execution the run named; `producer`, the execution that ran the step.
 */
export type ReusedSourceArn = 'reference' | 'producer'

export interface EmulatorConfig {
  region: string
  account: string
  requireConnected: boolean
  maxConcurrentExecutions: number
  reusedSourceArn: ReusedSourceArn
}

/** Lookups and id minting shared by the operation handlers. */
export class EmulatorState {
  readonly pipelines = new Map<string, Pipeline>()
  readonly executions = new Map<string, Execution>()
  /** ClientRequestToken → execution ARN and the request it started. */
  readonly startTokens = new Map<string, { arn: string; fingerprint: string }>()
  /** ClientRequestToken of DeletePipeline → the deleted pipeline's ARN. */
  readonly deleteTokens = new Map<string, string>()
  private minted = 0

  constructor(
    readonly config: EmulatorConfig,
    readonly clock: VirtualClock,
    readonly simulate: (execution: Execution, at: number) => Snapshot
  ) {}

  pipelineArn(name: string): string {
    return `arn:aws:sagemaker:${this.config.region}:${this.config.account}:pipeline/${name}`
  }

  executionArn(pipeline: string, id: string): string {
    return `${this.pipelineArn(pipeline)}/execution/${id}`
  }

  /** A fresh 12-character execution id, like the service's (`7pinimwddh3a`). */
  mintExecutionId(pipeline: string): string {
    let id: string
    do id = digest(`${pipeline}#run#${++this.minted}`, 12)
    while (this.executions.has(this.executionArn(pipeline, id)))
    return id
  }

  /** A pipeline named by name or ARN (`PipelineNameOrArn`). */
  pipeline(nameOrArn: string): Pipeline {
    const name = nameOrArn.startsWith('arn:')
      ? nameOrArn.slice(nameOrArn.indexOf(':pipeline/') + ':pipeline/'.length)
      : nameOrArn
    const found = this.pipelines.get(name)
    if (!found) throw notFound(`Pipeline '${this.pipelineArn(name)}' does not exist.`)
    return found
  }

  execution(arn: string): Execution {
    const found = this.executions.get(arn)
    if (!found) throw notFound(`Pipeline execution '${arn}' does not exist.`)
    return found
  }

  /** The execution as of now (or `at`); ended runs are computed once. */
  snapshot(execution: Execution, at = this.clock.now()): Snapshot {
    if (execution.cached) return execution.cached
    const snap = this.simulate(execution, at)
    if (snap.endedAt !== undefined && !execution.events.some(e => e.at > snap.endedAt!))
      execution.cached = snap
    return snap
  }

  addEvent(execution: Execution, event: ExecutionEvent): void {
    execution.events.push(event)
    execution.cached = undefined
  }

  /** Executions counting against the concurrency limit (Executing or Stopping). */
  runningCount(): number {
    let n = 0
    for (const e of this.executions.values()) {
      const status = this.snapshot(e).status
      if (status === 'Executing' || status === 'Stopping') n++
    }
    return n
  }
}
