import type { InvalidCommand, Moved, Permission } from '../core/commands.js'
import { MAX_COMMAND_STEPS } from '../core/commands.js'
import { clip, code, link, text } from './markdown.js'

/**
 * The replies the action posts under a `/sagemaker` command it does not carry out. Every value from
 * outside (the commenter's login, step names, the command as written) goes through `text` or
 * `code`, capped: a login cannot mention anyone, a step name cannot inject markdown.
 */

/** The hidden first line of every reply, so a reader (or a test) can tell them from the sticky comment. */
export const REPLY_MARKER = '<!-- sagemaker-selective-execution:reply -->'

const who = (login: string): string => text(`@${clip(login, 60)}`)
const MAX_NAMES = 20

function names(list: readonly string[]): string {
  if (list.length === 0) return '(none)'
  const shown = list.slice(0, MAX_NAMES).map(s => code(clip(s, 80)))
  return list.length > MAX_NAMES
    ? `${shown.join(', ')} …and ${list.length - MAX_NAMES} more`
    : shown.join(', ')
}

function reply(lines: string[]): string {
  return [REPLY_MARKER, ...lines].join('\n')
}

/** The commenter lacks the permission the `command-permission` input asks for. */
export function permissionReply(
  login: string,
  verb: 'plan' | 'run',
  held: Permission | 'none',
  required: Permission
): string {
  return reply([
    `👎 ${code(`/sagemaker ${verb}`)} was not carried out: ${who(login)} has ${held === 'none' ? 'no' : `**${held}**`} permission on this repository, ` +
      `and \`/sagemaker\` commands need at least **${required}** (the \`command-permission\` input). Nothing was started.`
  ])
}

/** A command that cannot be run as written. */
export function invalidReply(login: string, command: InvalidCommand): string {
  const value = command.value ?? ''
  const why =
    command.problem === 'plan-arguments'
      ? `${code('/sagemaker plan')} takes no arguments (it got ${code(clip(value, 80))}); to run chosen steps, comment ${code('/sagemaker run StepA,StepB')}.`
      : command.problem === 'too-many-steps'
        ? `${code('/sagemaker run')} names ${text(value)} steps; at most ${MAX_COMMAND_STEPS} can be named.`
        : `${code('/sagemaker run')} names ${code(clip(value, 80))}, which cannot be a step name (1-64 characters of A-Z, a-z, 0-9, - and _).`
  return reply([`👎 ${who(login)}: ${why} Nothing was started.`])
}

/** `/sagemaker run A,B` names steps the pipeline does not have. */
export function unknownStepsReply(
  login: string,
  pipeline: string,
  unknown: readonly string[],
  hint: string
): string {
  return reply([
    `👎 ${who(login)}: ${code('/sagemaker run')} names ${names(unknown)}, which ${unknown.length === 1 ? 'is not a step' : 'are not steps'} of pipeline ${code(clip(pipeline, 256))}${text(hint)}. Nothing was started.`
  ])
}

/** A command on a pull request that is closed (or merged): nothing is planned or started for it. */
export function closedReply(login: string, verb: string, pr: number): string {
  return reply([
    `👎 ${who(login)}: ${code(`/sagemaker ${clip(verb, 20)}`)} was not carried out: pull request #${pr} is closed. Nothing was started.`
  ])
}

/** A second `/sagemaker run` of a plan an execution is already running for. */
export function alreadyRunningReply(login: string, execution: string): string {
  return reply([
    `👀 ${who(login)}: this plan is already running as ${code(clip(execution.split('/').pop() ?? execution, 80))}, started by an earlier approval. Nothing else was started.`
  ])
}

/** A `/sagemaker run` comment deleted or edited before its job started it: the approval is withdrawn. */
export function withdrawnReply(login: string, how: 'deleted' | 'edited'): string {
  return reply([
    `👎 ${who(login)}: ${code('/sagemaker run')} was not carried out: the comment was ${how === 'deleted' ? 'deleted' : 'edited into something else'} before the job reached it, so the approval no longer stands. Nothing was started.`
  ])
}

/** A `/sagemaker run` whose plan moved since it was posted: what moved, and where the fresh plan is. */
export function staleReply(login: string, moved: readonly Moved[], commentUrl: string | undefined): string {
  const where = link('the sticky comment', commentUrl)
  return reply([
    `👎 ${who(login)}: ${code('/sagemaker run')} did not start anything: the plan it would start is not the plan that was posted.`,
    '',
    ...moved.map(m => `- ${describeMoved(m)}`),
    '',
    `The fresh plan is now in ${where}. Review it, then comment ${code('/sagemaker run')} again to start exactly that plan.`
  ])
}

/** One moved part in words (markdown). */
export function describeMoved(m: Moved): string {
  const id = (arn: string | undefined) =>
    arn ? code(clip(arn.split('/').pop() ?? arn, 80)) : 'none (a full run)'
  switch (m.what) {
    case 'no-plan':
      return 'no plan to approve: the sticky comment carries no plan this action posted (comment `/sagemaker plan` first)'
    case 'head':
      return `**new push**: the pull request's head moved from ${code(m.from.slice(0, 7))} to ${code(m.to.slice(0, 7))}`
    case 'version':
      return `**pipeline version changed**: from ${m.from ?? 'unknown'} to ${m.to ?? 'unknown'}`
    case 'reference':
      return `**newer reference run**: the posted plan reused ${id(m.from)}, the fresh plan reuses ${id(m.to)}`
    case 'requested':
      return `**steps changed**: the posted plan was computed for ${m.from.length ? names(m.from) : 'the selection input'}, this command asks for ${m.to.length ? names(m.to) : 'the selection input'}`
    case 'parameters':
      return '**parameters changed**: the parameter values sent differ from the posted plan'
    case 'inputs':
      return "**inputs changed**: the action's inputs (selection, downstream, reference, parameters) differ from the posted plan"
    case 'selected':
      return `**selected steps changed**: the posted plan ran ${names(m.from)}, the fresh plan runs ${names(m.to)}`
    case 'posted-after':
      return '**plan posted after your comment**: the sticky comment changed after this command was written, so it may approve a plan its author never saw'
  }
}
