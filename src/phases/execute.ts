import * as core from '@actions/core'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import {
  describeExecution,
  listExecutionSteps,
  startExecution,
  stopExecution,
  type ExecutionSummary
} from '../adapters/sagemaker.js'
import type { RunContext } from '../action/run-context.js'
import type { StepGraph } from '../core/graph.js'
import { clientRequestToken, displayName, formatProvenance, parseProvenance } from '../core/provenance.js'
import type { ExecutionStatus, StepState } from '../core/types.js'
import { errorMessage } from '../errors.js'
import type { Settings } from '../action/inputs.js'
import type { Planned } from './plan.js'

export interface Started {
  arn: string
  displayName: string
}

/**
 * Starts the planned execution. The token makes the start idempotent: the same job step started
 * again (a retried request, a re-entered step) gets back the execution it already started.
 */
export async function startPlannedExecution(
  client: SageMakerClient,
  settings: Settings,
  context: RunContext,
  pipeline: string,
  planned: Planned,
  definitionHash: string,
  tokenSuffix?: string
): Promise<Started> {
  const { plan } = planned
  const ref = context.pr !== undefined ? `refs/pull/${context.pr}/head` : context.ref
  const name = displayName({ pr: context.pr, ref, sha: planned.head, runId: context.runId })
  const description = formatProvenance({
    sha: planned.head,
    ref,
    pr: context.pr,
    repo: context.repository,
    run: `${context.runId}/${context.runAttempt}`,
    def: definitionHash
  })
  const token = clientRequestToken(
    context.repository,
    context.runId,
    context.runAttempt,
    tokenSuffix ? `${pipeline}#${tokenSuffix}` : pipeline
  )
  const selective = plan.fullRun
    ? undefined
    : { sourceArn: plan.needsReference ? planned.reference?.record.arn : undefined, steps: plan.selected }
  core.debug(`StartPipelineExecution parameters: ${JSON.stringify(planned.parameters)}`)
  const arn = await startExecution(client, {
    pipeline: settings.pipelineArn ?? pipeline,
    token,
    displayName: name,
    description,
    parameters: planned.parameters,
    selective
  })
  core.info(
    plan.fullRun
      ? `Started a full run: ${arn}`
      : `Started a selective execution of ${plan.selected.length} step(s): ${arn}` +
          (selective?.sourceArn ? ` (reusing ${selective.sourceArn})` : '')
  )
  return { arn, displayName: name }
}

/** Stops this pull request's earlier executions (started by this action) that are still running. */
export async function cancelSuperseded(
  client: SageMakerClient,
  context: RunContext,
  summaries: ExecutionSummary[]
): Promise<string[]> {
  if (context.pr === undefined) {
    core.info('cancel-superseded: not a pull request, nothing to cancel')
    return []
  }
  const stopped: string[] = []
  for (const s of summaries) {
    if (s.status !== 'Executing') continue
    const p = parseProvenance(s.description)
    if (!p || p.pr !== context.pr || p.repo !== context.repository) continue
    if (p.run === `${context.runId}/${context.runAttempt}`) continue
    try {
      await stopExecution(
        client,
        s.arn,
        clientRequestToken(context.repository, context.runId, context.runAttempt, s.arn)
      )
      stopped.push(s.arn)
      core.info(`Stopped superseded execution ${s.arn} (commit ${p.sha.slice(0, 7)})`)
    } catch (error) {
      core.warning(`Could not stop superseded execution ${s.arn}: ${errorMessage(error)}`)
    }
  }
  return stopped
}

export interface Finished {
  status: Exclude<ExecutionStatus, 'Stopping'>
  steps: Map<string, StepState>
  failureReason?: string
}

/** First poll at once, then back off: 2 s, 4 s, … up to 30 s (scaled down by the test knob). */
export async function waitForExecution(
  client: SageMakerClient,
  arn: string,
  timeoutMinutes: number,
  graph: StepGraph
): Promise<Finished> {
  const scale = Number(process.env.SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE ?? '1') || 1
  const deadline = Date.now() + timeoutMinutes * 60_000
  let delay = 2000
  const printed = new Map<string, string>()
  for (;;) {
    const [details, steps] = await Promise.all([
      describeExecution(client, arn),
      listExecutionSteps(client, arn)
    ])
    for (const name of graph.topologicalOrder()) {
      const state = steps.get(name)
      if (!state) continue
      const label = state.reusedFrom ? 'reused' : state.status
      if (printed.get(name) !== label) {
        printed.set(name, label)
        core.info(`  ${name}: ${label}${state.failureReason ? ` (${state.failureReason})` : ''}`)
      }
    }
    if (details.status === 'Succeeded' || details.status === 'Failed' || details.status === 'Stopped') {
      core.info(
        `Execution ended ${details.status}${details.failureReason ? `: ${details.failureReason}` : ''}`
      )
      return { status: details.status, steps, failureReason: details.failureReason }
    }
    if (Date.now() + delay * scale > deadline) {
      core.warning(
        `Gave up waiting after ${timeoutMinutes} minute(s); the execution is still ${details.status}.`
      )
      return { status: 'Executing', steps }
    }
    await new Promise(resolve => setTimeout(resolve, delay * scale))
    delay = Math.min(delay * 2, 30_000)
  }
}
