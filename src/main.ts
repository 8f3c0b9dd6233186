import * as log from './action/log.js'
import { EXECUTION_ARN, type Settings } from './action/inputs.js'
import { writeOutputs, type Outcome } from './action/outputs.js'
import type { RunContext } from './action/run-context.js'
import { createGit } from './adapters/git.js'
import { createOctokit } from './adapters/github.js'
import { parseParameterOverrides, runParameters } from './core/parameters.js'
import { planDigest } from './core/provenance.js'
import { errorMessage, UserError } from './errors.js'
import {
  ChangeTracker,
  eventRange,
  collectChanges,
  resolveCommitInput,
  resolveHead,
  verifyHead,
  type ChangeSources
} from './phases/changes.js'
import { runCommand, type Prepared } from './phases/commands.js'
import { runCoverage } from './phases/coverage.js'
import { startAndReport, waitAndReport, waitFailure, type DeliverOptions } from './phases/deliver.js'
import { forkNotice } from './phases/fork.js'
import { History } from './phases/history.js'
import { loadPipeline } from './phases/pipeline.js'
import { planRun, type PlanOptions } from './phases/plan.js'
import { adoptRun } from './phases/start.js'
import { prefetch, type Prefetched } from './prefetch.js'

/**
 * The action, as one page: inputs → pipeline → changes and history → plan → start → report →
 * outputs. Everything a user can get wrong is checked before anything is started.
 */
export async function run(): Promise<void> {
  try {
    const { outcome, failure } = await runAction()
    writeOutputs(outcome)
    if (failure) log.setFailed(failure)
  } catch (error) {
    log.setFailed(errorMessage(error))
  }
}

async function runAction(): Promise<{ outcome: Outcome; failure?: string }> {
  const early = prefetch()
  const { context, client } = early
  if (context.eventName === 'pull_request_target' && !early.settings.allowPullRequestTarget) {
    throw new UserError(
      "This is a pull_request_target event: it runs with the base repository's secrets while its inputs come from the pull request. " +
        'The action refuses it unless allow-pull-request-target is true (see SECURITY.md).'
    )
  }
  if (context.fork && context.eventName === 'pull_request') return { outcome: await forkNotice(context) }
  // `/sagemaker plan|run` comments: permission, then the same preparation with the pull request's head.
  if (context.eventName === 'issue_comment') return runCommand(early, (s, c) => prepare(early, s, c))
  const settings: Settings = {
    ...early.settings,
    parameters: parseParameterOverrides(early.settings.parametersText)
  }
  const { head, history, plan, deliver } = await prepare(early, settings, context)

  if (settings.selection === 'adopt' && settings.reference.kind === 'arn') {
    await log.group('Adopt', () =>
      adoptRun({
        client,
        context,
        arn: settings.reference.kind === 'arn' ? settings.reference.arn : '',
        head,
        history
      })
    )
    return { outcome: { status: 'Skipped', changedFiles: [], referenceArn: settings.reference.arn } }
  }
  if (settings.selection === 'coverage' && settings.steps.length === 0)
    return runCoverage(plan, deliver, settings.parameters)

  const planned = await log.group('Changes, reference run and plan', () => planRun(plan))
  const outcome = await startAndReport(planned, deliver)
  if (settings.mode === 'wait' && outcome.executionArn) {
    const final = await waitAndReport(planned, outcome, deliver)
    if (final.status !== 'Succeeded') return { outcome, failure: waitFailure(settings, outcome) }
  }
  return { outcome }
}

/** Pipeline and mapping, head, changes and history, parameters: what a plan is computed from and delivered with. */
async function prepare(
  early: Prefetched,
  settings: Settings,
  context: RunContext
): Promise<Prepared & { head: string; history: History }> {
  const { client } = early
  const pipeline = await log.group('Pipeline and mapping', () =>
    loadPipeline({ ...settings, client, workspace: context.workspace, read: early.pipeline })
  )
  checkReferenceOwner(settings, pipeline.name)
  const sources = changeSources(settings, context)
  const head = await headCommit(settings, context, sources)
  const changes = new ChangeTracker(sources, head, settings.config, pipeline.mapping, pipeline.name)
  const history = new History({
    client,
    pipeline: pipeline.name,
    head: pipeline.definition,
    changesSince: changes.changesSince,
    mappingSince: changes.mappingSince
  })

  // The run gets the definition's defaults plus the overrides; resuming a failed run continues its values.
  const resume =
    settings.selection === 'failed' && settings.steps.length === 0
      ? await resumedRun(settings, history)
      : undefined
  const params = runParameters(
    pipeline.definition.graph,
    settings.parameters,
    resume ? await history.parameters(resume) : undefined
  )
  history.setHeadParameters(params.values)
  for (const w of params.warnings) log.warning(w)
  // Secret-looking and long override values are masked in the log from here on.
  log.registerSecretParameters(settings.parameters)
  const plan: PlanOptions = {
    head: {
      graph: pipeline.definition.graph,
      definition: pipeline.definition,
      parameters: params.values,
      mapping: pipeline.mapping
    },
    history,
    changes,
    selection: settings.steps.length > 0 ? 'affected' : settings.selection,
    explicitSteps: settings.steps,
    downstream: settings.downstream,
    reference: resume ? { kind: 'arn', arn: resume } : settings.reference,
    preview:
      settings.base && settings.mode === 'plan'
        ? () => previewChanges(settings, context, sources, head)
        : undefined
  }
  const deliver: DeliverOptions = {
    client,
    settings,
    context,
    pipeline,
    history,
    parameters: params.send,
    values: params.values,
    inputs: planDigest({
      pipeline: pipeline.name,
      version: pipeline.version,
      selection: settings.selection,
      steps: settings.steps,
      downstream: settings.downstream,
      reference: settings.reference,
      parameters: [...params.send]
    }),
    isAncestor: (a, b) => sources.git?.isAncestor?.(a, b) ?? Promise.resolve(undefined)
  }
  return { pipeline, head, history, plan, deliver }
}

/** Where changed files come from: the checkout's git, and the GitHub API when there is a token. */
function changeSources(settings: Settings, context: RunContext): ChangeSources {
  const github = settings.githubToken
    ? {
        octokit: createOctokit(settings.githubToken, context.apiUrl),
        owner: context.owner,
        repo: context.repo
      }
    : undefined
  return { git: createGit(context.workspace), github }
}

/** The head commit as a SHA (the `head` input resolved, else the event's), checked to exist. */
async function headCommit(settings: Settings, context: RunContext, sources: ChangeSources): Promise<string> {
  const head = settings.head
    ? await resolveCommitInput('head', settings.head, sources)
    : resolveHead(context.eventName, context.payload, process.env)
  await verifyHead(head, sources)
  log.info(`Head commit: ${head}`)
  return head
}

/** `selection: failed`: the run to resume (the `reference` input, else the newest failed run the action recorded). */
async function resumedRun(settings: Settings, history: History): Promise<string | undefined> {
  if (settings.reference.kind === 'arn') return settings.reference.arn
  const failed = (await history.runs()).find(r => r.status === 'Failed' && r.provenance?.sha)
  if (!failed)
    log.warning(
      'selection: failed, but no recent execution with a recorded commit failed: planning as for selection: affected.'
    )
  return failed?.arn
}

/** `base` in plan mode when no run has a recorded commit: a preview of what the change would select. */
async function previewChanges(settings: Settings, context: RunContext, sources: ChangeSources, head: string) {
  const base = await resolveCommitInput('base', settings.base!, sources)
  const range = eventRange(context.eventName, context.payload, { base, head })
  return collectChanges({ from: base, to: head, threeDot: range.threeDot }, sources)
}

/** A reference (or a run to adopt) must be an execution of this pipeline. */
function checkReferenceOwner(settings: Settings, pipeline: string): void {
  if (settings.reference.kind !== 'arn') return
  const owner = EXECUTION_ARN.exec(settings.reference.arn)?.[2]
  if (owner && owner.toLowerCase() !== pipeline.toLowerCase()) {
    throw new UserError(`Input "reference" is an execution of pipeline "${owner}", not of "${pipeline}".`)
  }
}
