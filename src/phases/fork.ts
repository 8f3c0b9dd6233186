import * as core from '@actions/core'
import * as log from '../action/log.js'
import type { Outcome } from '../action/outputs.js'
import type { RunContext } from '../action/run-context.js'
import { errorMessage } from '../errors.js'

/**
 * A pull request from a fork runs its own `pull_request` job without the repository's secrets (no AWS
 * credentials) and with a read-only token. Nothing can be planned against SageMaker there, and that is
 * not a failure: the job summary says what happened and how a maintainer runs the plan, and the job
 * stays green. Nothing from the pull request is executed.
 */
export async function forkNotice(context: RunContext): Promise<Outcome> {
  const pr = context.pr !== undefined ? `#${context.pr}` : 'this pull request'
  const text = [
    `## SageMaker selective execution: fork pull request ${pr}`,
    '',
    'This pull request comes from a fork, so its `pull_request` job has no AWS credentials and a read-only token: ' +
      'nothing was planned or started, and this job passes.',
    '',
    'A maintainer can plan and run it from a comment on the pull request (a workflow on `issue_comment` with the ' +
      "repository's credentials, which never checks out or runs the fork's code):",
    '',
    "- `/sagemaker plan`: posts the plan for the pull request's current head.",
    '- `/sagemaker run`: starts exactly the plan that comment shows.',
    ''
  ].join('\n')
  log.notice(
    `Fork pull request ${pr}: no AWS credentials here, nothing planned. A maintainer can comment /sagemaker plan.`
  )
  try {
    await core.summary.addRaw(text, true).write({ overwrite: true })
  } catch (error) {
    log.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
  return { status: 'Skipped', changedFiles: [] }
}
