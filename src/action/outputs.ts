import * as core from '@actions/core'
import type { Plan } from '../core/types.js'

export type RunStatus = 'Planned' | 'Skipped' | 'Executing' | 'Succeeded' | 'Failed' | 'Stopped'

/** Everything the action reports through step outputs (SPEC.md "Action outputs"). */
export interface Outcome {
  status: RunStatus
  plan?: Plan
  executionArn?: string
  executionDisplayName?: string
  /** Coverage may start one execution per set of forcing parameters. */
  executions?: Array<{ arn: string; targeted: string[] }>
  referenceArn?: string
  changedFiles: string[]
  consoleUrl?: string
  commentUrl?: string
  coverage?: { percent: number; uncovered: string[] }
}

/** The only module that calls `core.setOutput`. Every output is set, empty when it does not apply. */
export function writeOutputs(outcome: Outcome): void {
  const plan = outcome.plan
  core.setOutput('status', outcome.status)
  core.setOutput('execution-arn', outcome.executionArn ?? '')
  core.setOutput('reference-execution-arn', outcome.referenceArn ?? '')
  core.setOutput('selected-steps', JSON.stringify(plan?.selected ?? []))
  core.setOutput('reused-steps', JSON.stringify(plan?.reused ?? []))
  core.setOutput('changed-files', JSON.stringify(outcome.changedFiles))
  core.setOutput('plan', plan ? JSON.stringify(planJson(plan, outcome)) : '')
  core.setOutput('console-url', outcome.consoleUrl ?? '')
  core.setOutput('comment-url', outcome.commentUrl ?? '')
  if (outcome.coverage) {
    core.setOutput('coverage', outcome.coverage.percent.toFixed(1))
    core.setOutput('uncovered-steps', JSON.stringify(outcome.coverage.uncovered))
  }
}

/** The `plan` output: stable, documented keys a later workflow step can read with `fromJSON`. */
export function planJson(
  plan: Plan,
  outcome: Pick<Outcome, 'status' | 'referenceArn' | 'executionArn'>
): unknown {
  return {
    status: outcome.status,
    fullRun: plan.fullRun,
    fullRunReason: plan.fullRunReason ?? null,
    reference: outcome.referenceArn ?? null,
    execution: outcome.executionArn ?? null,
    selected: plan.selected,
    reused: plan.reused,
    notRun: plan.notRun,
    reasons: plan.reasons,
    warnings: plan.warnings
  }
}
