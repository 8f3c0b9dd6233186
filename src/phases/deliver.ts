import * as log from '../action/log.js'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { consoleUrl } from '../adapters/sagemaker.js'
import type { Settings } from '../action/inputs.js'
import type { Outcome } from '../action/outputs.js'
import type { RunContext } from '../action/run-context.js'
import { collectArtifacts } from '../core/artifacts.js'
import type { PlanBinding } from '../core/commands.js'
import { parametersDigest } from '../core/provenance.js'
import type { StepState } from '../core/types.js'
import { waitForExecution } from './execute.js'
import type { History } from './history.js'
import type { Pipeline } from './pipeline.js'
import type { Planned } from './plan.js'
import { publishReport } from './publish.js'
import { cancelSuperseded, startPlanned, type Approval } from './start.js'

type CoverageView = Parameters<typeof publishReport>[7]

/** What a plan is delivered with: the run's own settings and sources. */
export interface DeliverOptions {
  client: SageMakerClient
  settings: Settings
  context: RunContext
  pipeline: Pipeline
  history: History
  /** What StartPipelineExecution gets as PipelineParameters. */
  parameters: ReadonlyMap<string, string>
  /** Every parameter value the run will see. */
  values: ReadonlyMap<string, string>
  /** Digest of the plan's inputs, recorded in provenance and in the idempotency token. */
  inputs: string
  isAncestor: (a: string, b: string) => Promise<boolean | undefined>
  suffix?: string
  coverage?: CoverageView
  /** Publish the report (coverage publishes once for several executions). */
  publish?: boolean
  /** The `/sagemaker run` comment that approved the start (recorded in provenance). */
  approval?: Approval
}

/** What a plan was computed from (the sticky comment carries it; `/sagemaker run` checks it). */
export function planBinding(planned: Planned, options: DeliverOptions): PlanBinding {
  return {
    sha: planned.head,
    version: options.pipeline.version,
    reference: planned.plan.fullRun ? undefined : planned.reference?.record.arn,
    selected: [...planned.plan.selected],
    requested: [...options.settings.steps],
    parameters: parametersDigest(options.parameters),
    inputs: options.inputs
  }
}

/** Starts the planned execution (unless plan mode or nothing to run) and publishes the report. */
export async function startAndReport(planned: Planned, options: DeliverOptions): Promise<Outcome> {
  const { settings, context, pipeline } = options
  const binding = planBinding(planned, options)
  const outcome: Outcome = {
    status: planned.plan.selected.length === 0 ? 'Skipped' : 'Planned',
    plan: planned.plan,
    referenceArn: planned.plan.fullRun ? undefined : planned.reference?.record.arn,
    changedFiles: planned.changes.files
  }
  // Nothing to run: every output stands for head where it was made (promotion).
  if (outcome.status === 'Skipped') {
    outcome.artifacts = collectArtifacts(planned.producers, arn => options.history.lookup(arn)?.steps)
  }
  if (outcome.status === 'Planned' && settings.mode !== 'plan') {
    await log.group('Start', async () => {
      if (settings.cancelSuperseded) {
        await cancelSuperseded({ ...options, head: planned.head })
      }
      const started = await startPlanned({
        ...options,
        pipelineArn: settings.pipelineArn,
        head: planned.head,
        plan: planned.plan,
        referenceArn: planned.reference?.record.arn
      })
      if (started.fallback) {
        planned.plan.warnings.push(
          `SageMaker rejected the selective start, so every step runs. Its words: ${started.fallback}`
        )
        outcome.plan = {
          ...planned.plan,
          selected: pipeline.definition.graph.topologicalOrder(),
          reused: [],
          notRun: [],
          needsReference: false,
          fullRun: true,
          fullRunReason: 'SageMaker rejected the selective start'
        }
        outcome.referenceArn = undefined
      }
      outcome.status = 'Executing'
      outcome.executionArn = started.arn
      outcome.executionDisplayName = started.displayName
      outcome.consoleUrl = consoleUrl(settings.region, pipeline.name, started.arn)
    })
  }
  if (options.publish !== false) {
    const report = await log.group('Report', () =>
      publishReport(
        settings,
        context,
        pipeline.name,
        pipeline.definition.graph,
        withPlan(planned, outcome),
        outcome,
        undefined,
        options.coverage,
        binding
      )
    )
    outcome.commentUrl = report.commentUrl
  }
  return outcome
}

/** Why a waited-for execution fails the job: it did not end in time, or ended other than Succeeded. */
export function waitFailure(settings: Settings, outcome: Outcome): string {
  return outcome.status === 'Executing'
    ? `The pipeline execution did not end within wait-timeout-minutes (${settings.waitTimeoutMinutes}): ${outcome.consoleUrl}`
    : `The pipeline execution ended ${outcome.status}: ${outcome.consoleUrl}`
}

/** `mode: wait`: polls the execution to its end and publishes the final report. */
export async function waitAndReport(
  planned: Planned,
  outcome: Outcome,
  options: DeliverOptions
): Promise<{ status: Outcome['status']; steps: ReadonlyMap<string, StepState> }> {
  const { settings, pipeline } = options
  const final = await log.group('Wait', () =>
    waitForExecution(
      options.client,
      outcome.executionArn!,
      settings.waitTimeoutMinutes,
      pipeline.definition.graph
    )
  )
  outcome.status = final.status
  // What this run ran, and (for a selective run) the fresh outputs it reused, where they were made.
  const reused = outcome.plan?.fullRun ? new Map<string, string>() : planned.producers
  outcome.artifacts = collectArtifacts(reused, arn => options.history.lookup(arn)?.steps, {
    arn: outcome.executionArn!,
    steps: final.steps
  })
  await finalReport(planned, outcome, final.steps, options)
  return final
}

export async function finalReport(
  planned: Planned,
  outcome: Outcome,
  steps: ReadonlyMap<string, StepState>,
  options: DeliverOptions
): Promise<void> {
  const { settings, context, pipeline } = options
  const report = await log.group('Final report', () =>
    publishReport(
      settings,
      context,
      pipeline.name,
      pipeline.definition.graph,
      withPlan(planned, outcome),
      outcome,
      steps,
      options.coverage,
      planBinding(planned, options)
    )
  )
  outcome.commentUrl = report.commentUrl ?? outcome.commentUrl
}

/** The plan as it was started (a rejected selective start became a full run). */
function withPlan(planned: Planned, outcome: Outcome): Planned {
  return outcome.plan && outcome.plan !== planned.plan
    ? { ...planned, plan: outcome.plan, reference: undefined }
    : planned
}
