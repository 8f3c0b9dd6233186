import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { describeExecution, listExecutionSteps } from '../adapters/sagemaker.js'
import * as log from '../action/log.js'
import type { StepGraph } from '../core/graph.js'
import type { ExecutionStatus, StepState } from '../core/types.js'

/** Failure reasons are the one diagnostic worth a longer line than other echoed values. */
const FAILURE_REASON_MAX = 500

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
        // Step names and failure reasons are outside text: a reason may carry `::error::` lines.
        const why = state.failureReason ? ` (${log.safe(state.failureReason, FAILURE_REASON_MAX)})` : ''
        log.info(`  ${log.safe(name)}: ${label}${why}`)
      }
    }
    if (details.status === 'Succeeded' || details.status === 'Failed' || details.status === 'Stopped') {
      log.info(
        `Execution ended ${log.safe(details.status)}${details.failureReason ? `: ${log.safe(details.failureReason, FAILURE_REASON_MAX)}` : ''}`
      )
      return { status: details.status, steps, failureReason: details.failureReason }
    }
    if (Date.now() + delay * scale > deadline) {
      log.warning(
        `Gave up waiting after ${timeoutMinutes} minute(s); the execution is still ${log.safe(details.status)}.`
      )
      return { status: 'Executing', steps }
    }
    await new Promise(resolve => setTimeout(resolve, delay * scale))
    delay = Math.min(delay * 2, 30_000)
  }
}
