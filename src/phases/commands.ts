import * as log from '../action/log.js'
import type { Settings } from '../action/inputs.js'
import type { Outcome } from '../action/outputs.js'
import type { RunContext } from '../action/run-context.js'
import {
  collaboratorPermission,
  createOctokit,
  postComment,
  readComment,
  pullRequest,
  reactToComment,
  type Octokit,
  type Reaction,
  type RepoRef
} from '../adapters/github.js'
import { readStickyComment } from '../adapters/sticky-comment.js'
import {
  bindingDigest,
  commandWithdrawn,
  judgeApproval,
  runningApproval,
  effectivePermission,
  parseBinding,
  permits,
  readCommandEvent,
  type CommandEvent
} from '../core/commands.js'
import { parseParameterOverrides } from '../core/parameters.js'
import { didYouMean, errorMessage, UserError } from '../errors.js'
import type { Prefetched } from '../prefetch.js'
import {
  alreadyRunningReply,
  closedReply,
  invalidReply,
  permissionReply,
  staleReply,
  withdrawnReply,
  unknownStepsReply
} from '../report/commands.js'
import { commentMarker } from '../report/report.js'
import { planBinding, startAndReport, waitAndReport, waitFailure, type DeliverOptions } from './deliver.js'
import type { Pipeline } from './pipeline.js'
import { planRun, type PlanOptions } from './plan.js'
import { identityOf } from './publish.js'

/** What the action's own flow prepares before planning (main.ts `prepare`): the command path plans with it. */
export interface Prepared {
  pipeline: Pipeline
  plan: PlanOptions
  deliver: DeliverOptions
}

export type Prepare = (settings: Settings, context: RunContext) => Promise<Prepared>

const SKIPPED: Outcome = { status: 'Skipped', changedFiles: [] }

/**
 * `issue_comment` events (SPEC "Comment commands, fork pull requests, promotion"). A comment that
 * is no `/sagemaker` command ends here, quietly, without a single API call. A command gets 👀, then
 * the commenter's permission is checked (a refusal is a reply and 👎, never a start); the plan is
 * computed for the pull request's current head (read from the API: the event has none), with the
 * steps `/sagemaker run A,B` names. `/sagemaker plan` posts it in the sticky comment.
 * `/sagemaker run` starts it only when it is exactly the plan the sticky comment shows (same hidden
 * binding: head, version, reference, steps, parameters, inputs), recording the approver in
 * provenance (🚀); otherwise it posts the fresh plan, replies naming what moved, and reacts 👎.
 *
 * Nothing from the pull request is executed: the plan reads git objects and the GitHub API only,
 * and nothing here upserts a definition.
 */
export async function runCommand(
  early: Prefetched,
  prepare: Prepare
): Promise<{ outcome: Outcome; failure?: string }> {
  const { context } = early
  const event = readCommandEvent(context.payload)
  if (!event) {
    log.info('This comment is not a /sagemaker command on a pull request: nothing to do.')
    return { outcome: SKIPPED }
  }
  const settings = early.settings
  if (!settings.githubToken) {
    throw new UserError('/sagemaker commands need the github-token input (to read permissions and answer).')
  }
  const octokit = createOctokit(settings.githubToken, context.apiUrl)
  const talk = new Conversation(octokit, { owner: context.owner, repo: context.repo }, event)
  if (settings.commandPermission === 'read')
    log.warning(
      'command-permission is read: on a public repository every GitHub user has read permission, so anyone can start executions with a comment.'
    )
  const { command, comment } = event
  const verb = command.verb === 'invalid' ? command.tried : command.verb
  log.info(`/sagemaker ${verb} from ${log.safe(comment.author, 60)} on pull request #${event.pr}.`)
  await talk.react('eyes')

  const { permission, roleName } = await collaboratorPermission(octokit, talk.repo, comment.author)
  const held = effectivePermission(permission, roleName)
  if (!permits(held, settings.commandPermission)) {
    log.notice(
      `/sagemaker ${verb} refused: ${log.safe(comment.author, 60)} has ${held === 'none' ? 'no' : held} permission; ` +
        `command-permission asks for ${settings.commandPermission}. Nothing started.`
    )
    await talk.refuse(permissionReply(comment.author, verb, held, settings.commandPermission))
    return { outcome: SKIPPED }
  }
  if (command.verb === 'invalid') {
    log.notice(`/sagemaker ${verb} refused: the command cannot be run as written (${command.problem}).`)
    await talk.refuse(invalidReply(comment.author, command))
    return { outcome: SKIPPED }
  }
  const steps = command.verb === 'run' && command.steps.length > 0 ? command.steps : settings.steps
  if ((settings.selection === 'coverage' || settings.selection === 'adopt') && steps.length === 0) {
    throw new UserError(
      `Input "selection" is "${settings.selection}", which /sagemaker commands do not run: use affected, all or failed in the command workflow.`
    )
  }

  const pull = await pullRequest(octokit, talk.repo, event.pr)
  if (pull.state !== 'open') {
    log.notice(`/sagemaker ${verb} refused: pull request #${event.pr} is ${log.safe(pull.state, 20)}.`)
    await talk.refuse(closedReply(comment.author, verb, event.pr))
    return { outcome: SKIPPED }
  }
  log.info(`Pull request #${event.pr} head: ${pull.headSha}`)
  const runSettings: Settings = {
    ...settings,
    parameters: parseParameterOverrides(settings.parametersText),
    head: pull.headSha,
    steps,
    // `plan` never starts; `run` starts (and waits when the workflow says so).
    mode: command.verb === 'plan' ? 'plan' : settings.mode === 'wait' ? 'wait' : 'start'
  }
  const prepared = await prepare(runSettings, { ...context, headRef: pull.headRef })
  const { pipeline } = prepared
  if (command.verb === 'run') {
    const graph = pipeline.definition.graph
    const unknown = command.steps.filter(s => !graph.has(s))
    if (unknown.length > 0) {
      log.notice(`/sagemaker run refused: it names ${unknown.length} step(s) the pipeline does not have.`)
      await talk.refuse(
        unknownStepsReply(
          comment.author,
          pipeline.name,
          unknown,
          didYouMean(unknown[0]!, graph.topologicalOrder())
        )
      )
      return { outcome: SKIPPED }
    }
  }

  const planned = await log.group('Changes, reference run and plan', () => planRun(prepared.plan))
  if (command.verb === 'plan') return { outcome: await startAndReport(planned, prepared.deliver) }

  // `/sagemaker run`: only the plan the sticky comment shows, computed for this very head.
  const identity = await identityOf(octokit, settings.githubToken, context.apiUrl)
  const sticky = await readStickyComment(octokit, {
    repo: talk.repo,
    issue: event.pr,
    marker: commentMarker(pipeline.name),
    author: identity.login
  })
  const fresh = planBinding(planned, prepared.deliver)
  const moved = judgeApproval(parseBinding(sticky?.body), fresh, {
    postedAt: sticky?.updatedAt,
    commandAt: comment.createdAt
  })
  if (moved.length > 0) {
    log.notice(
      `/sagemaker run refused: the posted plan is stale (${moved.map(m => m.what).join(', ')}). The fresh plan is posted for approval; nothing started.`
    )
    const outcome = await startAndReport(planned, {
      ...prepared.deliver,
      settings: { ...runSettings, mode: 'plan' }
    })
    await talk.refuse(staleReply(comment.author, moved, outcome.commentUrl ?? sticky?.url))
    return { outcome }
  }

  // One execution per approved plan: a second `/sagemaker run` of it while it runs starts nothing.
  const digest = bindingDigest(fresh)
  const running = runningApproval(await prepared.deliver.history.runs(), digest)
  if (running) {
    log.notice(`/sagemaker run: this plan is already running as ${running.arn}; nothing else started.`)
    await talk.reply(alreadyRunningReply(comment.author, running.arn))
    return { outcome: { ...SKIPPED, executionArn: running.arn } }
  }
  // The approval must still stand when the job reaches it: a comment deleted or edited while the job
  // waited (a queue, an environment review) starts nothing.
  const withdrawn = commandWithdrawn(command, await readComment(octokit, talk.repo, comment.id))
  if (withdrawn) {
    log.notice(
      `/sagemaker run refused: the command comment was ${withdrawn} before the job reached it. Nothing started.`
    )
    await talk.refuse(withdrawnReply(comment.author, withdrawn))
    return { outcome: SKIPPED }
  }
  log.info(`Approved by ${log.safe(comment.author, 60)}: ${log.safe(comment.url)}`)
  const deliver: DeliverOptions = {
    ...prepared.deliver,
    approval: { login: comment.author, url: comment.url, binding: digest }
  }
  const outcome = await startAndReport(planned, deliver)
  if (outcome.executionArn) await talk.react('rocket')
  if (runSettings.mode === 'wait' && outcome.executionArn) {
    const final = await waitAndReport(planned, outcome, deliver)
    if (final.status !== 'Succeeded') return { outcome, failure: waitFailure(runSettings, outcome) }
  }
  return { outcome }
}

/** Reactions and replies on the command comment. A failure to react or reply is a warning: the decision stands. */
class Conversation {
  constructor(
    private readonly octokit: Octokit,
    readonly repo: RepoRef,
    private readonly event: CommandEvent
  ) {}

  async react(content: Reaction): Promise<void> {
    try {
      await reactToComment(this.octokit, this.repo, this.event.comment.id, content)
    } catch (error) {
      log.warning(`Could not react ${content} to the command comment: ${log.safe(errorMessage(error), 300)}`)
    }
  }

  async reply(body: string): Promise<void> {
    try {
      const url = await postComment(this.octokit, this.repo, this.event.pr, body)
      log.info(`Replied: ${log.safe(url)}`)
    } catch (error) {
      log.warning(`Could not reply to the command: ${log.safe(errorMessage(error), 300)}`)
    }
  }

  /** A reply saying why nothing started, then 👎. */
  async refuse(body: string): Promise<void> {
    await this.reply(body)
    await this.react('-1')
  }
}
