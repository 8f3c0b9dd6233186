import * as core from '@actions/core'
import { consoleUrl } from '../adapters/sagemaker.js'
import {
  createOctokit,
  DEFAULT_TOKEN_LOGIN,
  tokenIdentity,
  type Octokit,
  type TokenIdentity
} from '../adapters/github.js'
import { CommentPermissionError, upsertStickyComment } from '../adapters/sticky-comment.js'
import * as log from '../action/log.js'
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
 * pipeline. A comment that cannot be written (a fork's read-only token, a missing permission) is a
 * warning, not a failure: the summary still carries the report. Only comments the token's own
 * identity wrote are ever edited or deleted (see `upsertStickyComment`).
 */
export async function publishReport(
  settings: Settings,
  context: RunContext,
  pipeline: string,
  graph: StepGraph,
  planned: Planned,
  outcome: Outcome,
  finalSteps?: ReadonlyMap<string, StepState>,
  coverage?: ReportInput['coverage'],
  binding?: ReportInput['binding']
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
    now: Date.now(),
    binding
  }

  const summary = renderSummary(input)
  try {
    core.summary.emptyBuffer()
    await core.summary.addRaw(summary, true).write({ overwrite: true })
  } catch (error) {
    log.warning(`Could not write the job summary: ${log.safe(errorMessage(error))}`)
  }

  if (context.pr === undefined) {
    log.info('Not a pull request: the report is in the job summary only.')
    return {}
  }
  if (!settings.comment) {
    log.info('comment: false, no pull request comment written.')
    return {}
  }
  if (!settings.githubToken) {
    log.warning('No github-token: the report is in the job summary only.')
    return {}
  }
  try {
    const octokit = createOctokit(settings.githubToken, context.apiUrl)
    const identity = await identityOf(octokit, settings.githubToken, context.apiUrl)
    const result = await upsertStickyComment(
      octokit,
      {
        repo: { owner: context.owner, repo: context.repo },
        issue: context.pr,
        marker: commentMarker(pipeline),
        author: identity.login
      },
      renderComment(input)
    )
    log.info(`${result.created ? 'Posted' : 'Updated'} the pull request comment: ${log.safe(result.url)}`)
    for (const url of result.refused)
      log.warning(`Our earlier comment ${log.safe(url)} refused the edit; the report is in another comment.`)
    for (const url of result.removed)
      log.info(`Removed a duplicate sticky comment left by a concurrent run: ${log.safe(url)}`)
    for (const url of result.duplicates)
      log.warning(`A duplicate sticky comment could not be removed: ${log.safe(url)}`)
    return { commentUrl: result.url }
  } catch (error) {
    log.warning(`${commentFailure(context, error)} The report is in the job summary.`)
    return {}
  }
}

/** One identity lookup per token per run: the first report and the final one share it. */
const identities = new Map<string, Promise<TokenIdentity>>()

export function identityOf(octokit: Octokit, token: string, apiUrl: string): Promise<TokenIdentity> {
  const key = `${apiUrl}\n${token}`
  let identity = identities.get(key)
  if (!identity) {
    identity = tokenIdentity(octokit).then(found => {
      log.info(
        found.source === 'assumed'
          ? `Comment author: ${DEFAULT_TOKEN_LOGIN} (assumed: the token did not say who it is).`
          : `Comment author: ${log.safe(found.login)}.`
      )
      return found
    })
    identities.set(key, identity)
  }
  return identity
}

/**
 * Why the comment could not be written, in words that fit the case: only a proven fork (head
 * repository ≠ base repository in the event) is blamed on a fork's read-only token; any other 403 is
 * a missing permission the workflow can grant.
 */
export function commentFailure(context: Pick<RunContext, 'pr' | 'fork'>, error: unknown): string {
  const what = `Could not write the comment on pull request #${context.pr ?? '?'}`
  const why = log.safe(errorMessage(error), 300)
  if (!(error instanceof CommentPermissionError)) return `${what}: ${why}.`
  if (context.fork) {
    return (
      `${what}: the pull request comes from a fork, and a fork's pull_request job gets a read-only token ` +
      `(${why}).`
    )
  }
  if (error.status === 403) {
    return (
      `${what}: the token may not write comments (${why}). Grant it in the workflow: ` +
      '`permissions: { pull-requests: write }` (or `issues: write`).'
    )
  }
  return `${what}: the token cannot see the pull request or the comment (${why}).`
}
