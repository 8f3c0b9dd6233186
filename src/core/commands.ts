import { createHash } from 'node:crypto'
import { canonicalJson } from './provenance.js'

/**
 * `/sagemaker` comment commands (SPEC "Comment commands, fork pull requests, promotion"), the pure
 * part: what a comment asks for, whether its author may ask it, and the binding between a posted
 * plan and the plan a `/sagemaker run` would start. No I/O here; `phases/commands.ts` does the talking.
 */

export type Command = { verb: 'plan' } | { verb: 'run'; steps: string[] }

/** A comment that is a command, but one that cannot be run as written (a bad step name, an argument to `plan`). */
export interface InvalidCommand {
  verb: 'invalid'
  /** `plan` or `run`: what the comment tried. */
  tried: 'plan' | 'run'
  problem: 'bad-step' | 'too-many-steps' | 'plan-arguments'
  /** The offending value (outside text: escape before showing it). */
  value?: string
}

/** Longest first line read, in characters: a command is short; anything longer is not one. */
export const MAX_COMMAND_LINE = 2000
/** Most steps a `/sagemaker run` may name. */
export const MAX_COMMAND_STEPS = 100
const STEP_NAME = /^[A-Za-z0-9\-_]{1,64}$/
/** `/sagemaker plan` or `/sagemaker run …`, the words case-insensitive (as the workflow's `startsWith` is). */
const COMMAND = /^\/sagemaker[ \t]+(plan|run)(?:[ \t]+(.*))?$/i

/**
 * The command a comment holds, from its first line only: `/sagemaker plan` or `/sagemaker run`
 * optionally followed by step names (separated by commas and/or spaces). Surrounding whitespace is
 * ignored and the words are case-insensitive; step names are kept as written. Anything else
 * (`/sagemaker runner`, a command on the second line, a quote of one) is not a command: undefined.
 */
export function parseCommand(body: unknown): Command | InvalidCommand | undefined {
  if (typeof body !== 'string') return undefined
  const first = body.split(/\r\n|\r|\n/, 1)[0] ?? ''
  if (first.length > MAX_COMMAND_LINE) return undefined
  const match = COMMAND.exec(first.trim())
  if (!match) return undefined
  const verb = match[1]!.toLowerCase() as 'plan' | 'run'
  const rest = (match[2] ?? '').trim()
  if (verb === 'plan') {
    return rest === '' ? { verb } : { verb: 'invalid', tried: 'plan', problem: 'plan-arguments', value: rest }
  }
  const steps = rest.split(/[\s,]+/).filter(s => s !== '')
  if (steps.length > MAX_COMMAND_STEPS) {
    return { verb: 'invalid', tried: 'run', problem: 'too-many-steps', value: String(steps.length) }
  }
  const bad = steps.find(s => !STEP_NAME.test(s))
  if (bad !== undefined) return { verb: 'invalid', tried: 'run', problem: 'bad-step', value: bad }
  return { verb, steps: [...new Set(steps)] }
}

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin'
/** Least to most. */
export const PERMISSION_ORDER: readonly Permission[] = ['read', 'triage', 'write', 'maintain', 'admin']

/**
 * The permission a commenter holds, from GitHub's collaborator-permission answer: `role_name`
 * (admin, maintain, write, triage, read) when it is one of those, else the legacy `permission`
 * (admin, write, read, none). A custom role's name falls back to its legacy permission. `none` for
 * anything else (not a collaborator, an unknown word).
 */
export function effectivePermission(permission: unknown, roleName: unknown): Permission | 'none' {
  const known = (value: unknown): Permission | undefined =>
    typeof value === 'string' && (PERMISSION_ORDER as readonly string[]).includes(value.toLowerCase())
      ? (value.toLowerCase() as Permission)
      : undefined
  return known(roleName) ?? known(permission) ?? 'none'
}

/** Whether `held` is at least `required` (read < triage < write < maintain < admin; `none` is below all). */
export function permits(held: Permission | 'none', required: Permission): boolean {
  if (held === 'none') return false
  return PERMISSION_ORDER.indexOf(held) >= PERMISSION_ORDER.indexOf(required)
}

/**
 * What a plan was computed from, as the sticky comment records it (hidden) and `/sagemaker run`
 * checks it: a run starts only when its freshly computed binding equals the posted one.
 */
export interface PlanBinding {
  /** The head commit planned for. */
  sha: string
  /** The pipeline version planned against. */
  version?: number
  /** The reference run the plan reuses from (absent: a full run, nothing reused). */
  reference?: string
  /** The steps the plan selects, in plan order. */
  selected: string[]
  /** The step names the plan was asked for (`steps` input or `/sagemaker run A,B`). */
  requested: string[]
  /** `parametersDigest` of the parameter values sent. */
  parameters: string
  /** `planDigest` of the action's inputs (selection, steps, downstream, reference choice, parameters…). */
  inputs: string
}

const BINDING_PREFIX = '<!-- sagemaker-selective-execution:plan-digest '
const BINDING_LINE = /<!-- sagemaker-selective-execution:plan-digest sha256:([0-9a-f]{64}) (\{.*\}) -->/
const SHA = /^[0-9a-f]{7,64}$/
const DIGEST = /^[0-9a-f]{1,64}$/
const MAX_BINDING_TEXT = 20_000

/** sha256 of the binding's canonical JSON. */
export function bindingDigest(binding: PlanBinding): string {
  return createHash('sha256')
    .update(canonicalJson(normalised(binding)))
    .digest('hex')
}

function normalised(b: PlanBinding): PlanBinding {
  return {
    sha: b.sha,
    version: b.version,
    reference: b.reference,
    selected: [...b.selected],
    // The order steps are named in is no part of the plan (`/sagemaker run B,A` approves `A,B`).
    requested: [...b.requested].sort(),
    parameters: b.parameters,
    inputs: b.inputs
  }
}

/**
 * The hidden line the sticky comment carries: `<!-- sagemaker-selective-execution:plan-digest
 * sha256:<hex> {json} -->`. `<`, `>` and `&` inside the JSON are written as `\u003c`, `\u003e`,
 * `\u0026` (valid JSON), so no value can end the HTML comment.
 */
export function formatBinding(binding: PlanBinding): string {
  const json = canonicalJson(normalised(binding)).replace(
    /[<>&]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return `${BINDING_PREFIX}sha256:${bindingDigest(binding)} ${json} -->`
}

/**
 * The binding a comment body carries, or undefined when it carries none or one that does not hold
 * together (its digest does not match its parts, a field has the wrong shape).
 */
export function parseBinding(body: string | undefined): PlanBinding | undefined {
  if (!body) return undefined
  // Only the second line, right under the marker: a binding quoted anywhere else (a file name, a step
  // name in the plan table) is never read.
  const line = body.slice(0, MAX_BINDING_TEXT).split('\n', 3)[1]?.replace(/\r$/, '')
  if (!line?.startsWith(BINDING_PREFIX)) return undefined
  const match = BINDING_LINE.exec(line)
  if (!match) return undefined
  let value: unknown
  try {
    value = JSON.parse(match[2]!)
  } catch {
    return undefined
  }
  if (!value || typeof value !== 'object') return undefined
  const v = value as Record<string, unknown>
  const names = (x: unknown): x is string[] => Array.isArray(x) && x.every(s => typeof s === 'string')
  if (typeof v.sha !== 'string' || !SHA.test(v.sha)) return undefined
  if (v.version !== undefined && !(typeof v.version === 'number' && Number.isInteger(v.version)))
    return undefined
  if (v.reference !== undefined && typeof v.reference !== 'string') return undefined
  if (!names(v.selected) || !names(v.requested)) return undefined
  if (typeof v.parameters !== 'string' || !DIGEST.test(v.parameters)) return undefined
  if (typeof v.inputs !== 'string' || !DIGEST.test(v.inputs)) return undefined
  const binding: PlanBinding = {
    sha: v.sha,
    version: v.version,
    reference: v.reference,
    selected: v.selected,
    requested: v.requested,
    parameters: v.parameters,
    inputs: v.inputs
  }
  // Exactly as this action writes it: canonical JSON, no unknown or repeated keys, its own digest.
  return formatBinding(binding) === line ? binding : undefined
}

/** One thing that moved between the posted plan and the fresh one. */
export type Moved =
  | { what: 'no-plan' }
  | { what: 'head'; from: string; to: string }
  | { what: 'version'; from?: number; to?: number }
  | { what: 'reference'; from?: string; to?: string }
  | { what: 'requested'; from: string[]; to: string[] }
  | { what: 'inputs' }
  | { what: 'parameters' }
  | { what: 'selected'; from: string[]; to: string[] }
  /** The sticky comment was rewritten after the command was posted: the approver saw another plan. */
  | { what: 'posted-after' }

/**
 * What moved from the approved (posted) binding to the fresh one, most telling first; empty when
 * they are the same plan (equal digests). A change of inputs that the requested steps explain is
 * named as that alone; a selection that only changed because something above it moved is not named
 * on its own.
 */
export function compareBindings(approved: PlanBinding | undefined, fresh: PlanBinding): Moved[] {
  if (!approved) return [{ what: 'no-plan' }]
  if (bindingDigest(approved) === bindingDigest(fresh)) return []
  const moved: Moved[] = []
  if (approved.sha !== fresh.sha) moved.push({ what: 'head', from: approved.sha, to: fresh.sha })
  if (approved.version !== fresh.version)
    moved.push({ what: 'version', from: approved.version, to: fresh.version })
  if (approved.reference !== fresh.reference)
    moved.push({ what: 'reference', from: approved.reference, to: fresh.reference })
  const requestedMoved = !sameList(approved.requested, fresh.requested)
  if (requestedMoved) moved.push({ what: 'requested', from: approved.requested, to: fresh.requested })
  if (approved.parameters !== fresh.parameters) moved.push({ what: 'parameters' })
  if (approved.inputs !== fresh.inputs && !requestedMoved && approved.parameters === fresh.parameters)
    moved.push({ what: 'inputs' })
  if (!sameList(approved.selected, fresh.selected) && moved.length === 0)
    moved.push({ what: 'selected', from: approved.selected, to: fresh.selected })
  // Equal parts with different digests cannot happen; still never report "nothing moved" then.
  return moved.length > 0 ? moved : [{ what: 'inputs' }]
}

/**
 * The verdict on a `/sagemaker run`: what moved between the posted plan and the fresh one, and, when
 * nothing did, whether the sticky comment was rewritten after the command was posted (`postedAt`
 * not before `commandAt`, both ISO instants from GitHub at one-second resolution: a rewrite in the
 * same second may be the later one, and no reviewer approves a plan within the second it appears). The approver saw the plan posted before the
 * command; a rewrite while the job waited (a push and the plan workflow) is not what was approved,
 * even when it matches the head. Empty: start exactly this plan.
 */
export function judgeApproval(
  approved: PlanBinding | undefined,
  fresh: PlanBinding,
  when: { postedAt?: string; commandAt?: string }
): Moved[] {
  const moved = compareBindings(approved, fresh)
  if (moved.length > 0) return moved
  const { postedAt, commandAt } = when
  if (postedAt && commandAt && Date.parse(postedAt) >= Date.parse(commandAt))
    return [{ what: 'posted-after' }]
  return []
}

/**
 * The run already carrying out this approved plan, if any: one execution per approved plan, so a
 * second `/sagemaker run` of the same plan while it runs (a double click, a re-run job) starts
 * nothing. Only a live run counts: once it ended, a new approval of the same plan is a new run.
 */
export function runningApproval<R extends { status: string; provenance?: { binding?: string } }>(
  runs: readonly R[],
  digest: string
): R | undefined {
  return runs.find(
    r => (r.status === 'Executing' || r.status === 'Stopping') && r.provenance?.binding === digest
  )
}

/**
 * Whether the command comment still asks for what the event said, read again right before the start:
 * `deleted` when it is gone, `edited` when its first line no longer is the same command (same verb,
 * same steps). An approval withdrawn while the job waited (a queue, an environment review) starts
 * nothing.
 */
export function commandWithdrawn(
  command: Command,
  now: { body: string } | undefined
): 'deleted' | 'edited' | undefined {
  if (!now) return 'deleted'
  const again = parseCommand(now.body)
  if (!again || again.verb !== command.verb) return 'edited'
  if (
    again.verb === 'run' &&
    command.verb === 'run' &&
    !sameList([...again.steps].sort(), [...command.steps].sort())
  )
    return 'edited'
  return undefined
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** A `/sagemaker` comment on a pull request, as the `issue_comment` event payload tells it. */
export interface CommandEvent {
  command: Command | InvalidCommand
  pr: number
  /** `created_at` of the comment, when the payload has it. */
  comment: { id: number; url: string; author: string; createdAt?: string }
}

/**
 * The command an `issue_comment` event carries, or undefined when it carries none: another action
 * than `created` (an edit or a deletion never runs anything), an issue that is not a pull request,
 * a comment whose first line is not a command, a payload missing what a command needs.
 */
export function readCommandEvent(payload: Record<string, unknown>): CommandEvent | undefined {
  if (payload.action !== 'created') return undefined
  const issue = payload.issue as { number?: unknown; pull_request?: unknown } | undefined
  if (!issue || !issue.pull_request || typeof issue.number !== 'number') return undefined
  const comment = payload.comment as
    | {
        id?: unknown
        body?: unknown
        html_url?: unknown
        created_at?: unknown
        user?: { login?: unknown } | null
      }
    | undefined
  const command = parseCommand(comment?.body)
  if (!command || !comment) return undefined
  const { id, html_url: url } = comment
  const author = comment.user?.login
  if (typeof id !== 'number' || typeof url !== 'string' || typeof author !== 'string' || author === '')
    return undefined
  const createdAt = typeof comment.created_at === 'string' ? comment.created_at : undefined
  return { command, pr: issue.number, comment: { id, url, author, ...(createdAt ? { createdAt } : {}) } }
}
