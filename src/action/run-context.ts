import { readFileSync } from 'node:fs'
import { UserError } from '../errors.js'

/** What the runner tells us about the workflow run, read from its environment once. */
export interface RunContext {
  eventName: string
  payload: Record<string, unknown>
  /** `owner/name` */
  repository: string
  owner: string
  repo: string
  runId: string
  runAttempt: string
  workspace: string
  serverUrl: string
  apiUrl: string
  /** GITHUB_SHA: on pull requests the synthetic merge commit, never used as head there. */
  sha: string
  ref: string
  /** The branch a person knows the head by: the pull request's head branch, else the pushed ref's name. */
  headRef: string
  /** The pull request number, when the event has one. */
  pr?: number
  /** GITHUB_JOB: the job's id in the workflow. */
  job: string
  /** The pull request comes from another repository (a fork): no secrets, a read-only token. */
  fork: boolean
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  if (!owner || !repo) {
    throw new UserError(
      'GITHUB_REPOSITORY is not set to "owner/name": this action runs inside a GitHub Actions job.'
    )
  }
  let payload: Record<string, unknown> = {}
  const eventPath = env.GITHUB_EVENT_PATH
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
      if (parsed && typeof parsed === 'object') payload = parsed as Record<string, unknown>
    } catch (error) {
      throw new UserError(`The event payload at GITHUB_EVENT_PATH cannot be read as JSON: ${String(error)}`, {
        cause: error
      })
    }
  }
  const pull = payload.pull_request as { number?: unknown; head?: { ref?: unknown } } | undefined
  const issue = payload.issue as { number?: unknown; pull_request?: unknown } | undefined
  let pr: number | undefined
  if (pull && typeof pull.number === 'number') pr = pull.number
  else if (issue?.pull_request && typeof issue.number === 'number') pr = issue.number
  return {
    eventName: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    payload,
    repository,
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    headRef:
      typeof pull?.head?.ref === 'string'
        ? pull.head.ref
        : (env.GITHUB_REF_NAME ?? (env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, '')),
    pr,
    job: env.GITHUB_JOB ?? '',
    fork: isFork(payload)
  }
}

function isFork(payload: Record<string, unknown>): boolean {
  const pull = payload.pull_request as
    | { head?: { repo?: { full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } } }
    | undefined
  if (!pull) return false
  if (pull.head && pull.head.repo === null) return true // the fork was deleted
  const head = pull.head?.repo?.full_name
  const base = pull.base?.repo?.full_name
  return typeof head === 'string' && typeof base === 'string' && head.toLowerCase() !== base.toLowerCase()
}

export function runUrl(context: RunContext): string {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`
}
