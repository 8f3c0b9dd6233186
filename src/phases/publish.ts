import * as core from '@actions/core'
import { consoleUrl } from '../adapters/sagemaker.js'
import { createOctokit } from '../adapters/github.js'
import { CommentPermissionError, upsertStickyComment } from '../adapters/sticky-comment.js'
import { runUrl, type RunContext } from '../action/run-context.js'
import type { StepGraph } from '../core/graph.js'
import type { StepState } from '../core/types.js'
import { errorMessage } from '../errors.js'
import type { Settings } from '../action/inputs.js'
import type { Outcome } from '../action/outputs.js'
import type { Planned } from './plan.js'
import { commentMarker, renderComment, renderSummary, type ReportInput } from '../report/report.js'

/**
 * Writes the report to the job summary and, on pull requests, to the one sticky comment of this
 * pipeline. A comment that cannot be written (a fork's read-only token) is a warning, not a failure:
 * the summary still carries the report.
 */
export async function publishReport(
  settings: Settings,
  context: RunContext,
  pipeline: string,
  graph: StepGraph,
  planned: Planned,
  outcome: Outcome,
  finalSteps?: ReadonlyMap<string, StepState>,
  coverage?: ReportInput['coverage']
): Promise<{ commentUrl?: string }> {
  const input: ReportInput = {
    pipeline,
    graph,
    plan: planned.plan,
    mode: settings.mode,
    status: outcome.status,
    head: { sha: planned.head, ref: context.headRef, pr: context.pr },
    changes: planned.changes,
    reference: planned.reference
      ? {
          record: planned.reference.record,
          displayName: planned.reference.displayName,
          consoleUrl: consoleUrl(settings.region, pipeline, planned.reference.record.arn)
        }
      : undefined,
    rejected: planned.rejected,
    execution: outcome.executionArn
      ? {
          arn: outcome.executionArn,
          displayName: outcome.executionDisplayName ?? outcome.executionArn.split('/').pop() ?? '',
          consoleUrl: outcome.consoleUrl ?? consoleUrl(settings.region, pipeline, outcome.executionArn)
        }
      : undefined,
    finalSteps,
    coverage,
    warnings: planned.plan.warnings,
    runUrl: runUrl(context),
    now: Date.now()
  }

  const summary = renderSummary(input)
  try {
    core.summary.emptyBuffer()
    await core.summary.addRaw(summary, true).write({ overwrite: true })
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }

  if (context.pr === undefined) {
    core.info('Not a pull request: the report is in the job summary only.')
    return {}
  }
  if (!settings.comment) {
    core.info('comment: false, no pull request comment written.')
    return {}
  }
  if (!settings.githubToken) {
    core.warning('No github-token: the report is in the job summary only.')
    return {}
  }
  try {
    const octokit = createOctokit(settings.githubToken, context.apiUrl)
    const result = await upsertStickyComment(
      octokit,
      { owner: context.owner, repo: context.repo },
      context.pr,
      commentMarker(pipeline),
      renderComment(input)
    )
    core.info(`${result.created ? 'Posted' : 'Updated'} the pull request comment: ${result.url}`)
    for (const url of result.removed)
      core.info(`Removed a duplicate sticky comment left by a concurrent run: ${url}`)
    for (const url of result.duplicates)
      core.warning(`A duplicate sticky comment could not be removed: ${url}`)
    return { commentUrl: result.url }
  } catch (error) {
    if (error instanceof CommentPermissionError) {
      core.warning(
        `Cannot comment on pull request #${context.pr} (${errorMessage(error)}); fork pull requests get a read-only ` +
          'token. The report is in the job summary.'
      )
      return {}
    }
    core.warning(
      `Could not write the pull request comment: ${errorMessage(error)}. The report is in the job summary.`
    )
    return {}
  }
}
