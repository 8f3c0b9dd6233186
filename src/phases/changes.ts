import {
  changedFilesBetween,
  changedFilesSinceMergeBase,
  shortSha,
  type Octokit,
  type RepoRef
} from '../adapters/github.js'
import type { GitRepository } from '../adapters/git.js'
import type { MappingDelta } from '../core/freshness.js'
import { mappingDelta, readMappingGlobs, type MappingGlobs } from '../core/mapping-delta.js'
import type { ChangeSet, PipelineMapping } from '../core/types.js'
import { errorMessage, quote, UserError } from '../errors.js'

export type EventPayload = Record<string, unknown>
export type Environment = Record<string, string | undefined>

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])
const ZERO_SHA = /^0{40}$/

/** Reads `payload.a.b.c` as a non-empty string, whatever shape the payload has. */
function field(payload: unknown, ...path: string[]): string | undefined {
  let value: unknown = payload
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * The commit the new run is for. On pull requests GITHUB_SHA is the synthetic merge of head into
 * base, a commit nobody pushed and that changes whenever base moves: the head commit is what the
 * author wrote and what the reference runs record, so it is used instead.
 */
export function resolveHead(
  eventName: string,
  payload: EventPayload,
  env: Environment,
  headInput?: string
): string {
  if (headInput?.trim()) return headInput.trim()
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const head = field(payload, 'pull_request', 'head', 'sha')
    if (!head)
      throw new UserError(`The ${eventName} event payload has no pull_request.head.sha; set the head input.`)
    return head
  }
  if (eventName === 'merge_group') {
    const head = field(payload, 'merge_group', 'head_sha')
    if (!head)
      throw new UserError('The merge_group event payload has no merge_group.head_sha; set the head input.')
    return head
  }
  const after = field(payload, 'after')
  if (eventName === 'push' && after && !ZERO_SHA.test(after)) return after
  const sha = env.GITHUB_SHA?.trim()
  if (!sha) throw new UserError(`GITHUB_SHA is not set for the ${eventName} event; set the head input.`)
  return sha
}

export interface EventRange {
  /** Absent when the event has no range of its own (dispatch, schedule, a deleted branch). */
  base?: string
  head: string
  /** Compare from the merge base of base and head (`base...head`) rather than from base itself. */
  threeDot: boolean
  /** One line a user reads in the log and the report. */
  description: string
}

/**
 * The commit range an event stands for, used when the reference run recorded no commit (SPEC
 * "Changed files"). Pure: the payload, inputs and environment are passed in.
 */
export function eventRange(
  eventName: string,
  payload: EventPayload,
  inputs: { base?: string; head?: string },
  defaultBranch?: string,
  env: Environment = {}
): EventRange {
  const head = resolveHead(eventName, payload, env, inputs.head)
  const base = inputs.base?.trim()
  if (base) return { base, head, threeDot: false, description: `${short(base)}..${short(head)} (base input)` }

  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const baseSha = field(payload, 'pull_request', 'base', 'sha')
    const baseRef = field(payload, 'pull_request', 'base', 'ref') ?? 'the base branch'
    const number = (payload.pull_request as { number?: unknown } | undefined)?.number
    if (!baseSha)
      throw new UserError(`The ${eventName} event payload has no pull_request.base.sha; set the base input.`)
    return {
      base: baseSha,
      head,
      threeDot: true,
      description: `pull request #${typeof number === 'number' ? number : '?'}: what ${short(head)} changes since it left ${baseRef} (${short(baseSha)}...${short(head)})`
    }
  }

  if (eventName === 'merge_group') {
    const baseSha = field(payload, 'merge_group', 'base_sha')
    if (!baseSha)
      throw new UserError('The merge_group event payload has no merge_group.base_sha; set the base input.')
    const baseRef =
      field(payload, 'merge_group', 'base_ref')?.replace(/^refs\/heads\//, '') ?? 'the base branch'
    return {
      base: baseSha,
      head,
      threeDot: true,
      description: `merge queue: what ${short(head)} adds to ${baseRef} (${short(baseSha)}...${short(head)})`
    }
  }

  if (eventName === 'push') return pushRange(payload, head, defaultBranch)

  return {
    head,
    threeDot: false,
    description: `${eventName}: the event names no earlier commit (set the base input to compare against one)`
  }
}

function pushRange(payload: EventPayload, head: string, defaultBranch?: string): EventRange {
  const ref = field(payload, 'ref') ?? ''
  const branch = ref.replace(/^refs\/(heads|tags)\//, '')
  const before = field(payload, 'before')
  if (payload.deleted === true) {
    return { head, threeDot: false, description: `push deleted ${branch}: nothing to run` }
  }
  if (!before || ZERO_SHA.test(before) || payload.created === true) {
    const main = defaultBranch ?? field(payload, 'repository', 'default_branch')
    if (main && ref !== `refs/heads/${main}`) {
      return {
        base: main,
        head,
        threeDot: true,
        description: `new branch ${branch}: what ${short(head)} changes since it left ${main} (${main}...${short(head)})`
      }
    }
    return {
      head,
      threeDot: false,
      description: `first push of ${branch || 'the branch'}: no earlier commit to compare with`
    }
  }
  const forced = payload.forced === true
  return {
    base: before,
    head,
    threeDot: false,
    description: forced
      ? `force push to ${branch}: files that differ between ${short(before)} and ${short(head)} (tree diff)`
      : `push to ${branch}: ${short(before)}..${short(head)}`
  }
}

/** The local-git operations `collectChanges` needs (a GitRepository, or a test double). */
export type LocalGit = Pick<GitRepository, 'resolveCommit' | 'fetchCommit' | 'diffNames' | 'mergeBase'> &
  Partial<Pick<GitRepository, 'fileAt' | 'isAncestor'>>

export interface ChangeSources {
  git?: LocalGit
  github?: { octokit: Octokit } & RepoRef
}

/**
 * The files that differ across a range. Local git first (exact, no cap, needs only the two commits
 * once fetched), then the GitHub API. When neither can read the range whole the set is marked
 * incomplete with a reason a user can act on, and the planner selects every step.
 */
export async function collectChanges(
  range: { from: string; to: string; threeDot: boolean },
  sources: ChangeSources
): Promise<ChangeSet> {
  const label = `${short(range.from)}${range.threeDot ? '...' : '..'}${short(range.to)}`
  if (range.from === range.to) return { files: [], complete: true, detail: `${label}: the same commit` }
  const problems: string[] = []
  if (sources.git) {
    try {
      const local = await fromGit(sources.git, range, label)
      if (typeof local !== 'string') return local
      problems.push(`local clone: ${local}`)
    } catch (error) {
      problems.push(`local clone: ${errorMessage(error)}`)
    }
  }
  if (sources.github) {
    const { octokit, owner, repo: name } = sources.github
    const repo = { owner, repo: name }
    try {
      const changes = range.threeDot
        ? await changedFilesSinceMergeBase(octokit, repo, range.from, range.to)
        : await changedFilesBetween(octokit, repo, range.from, range.to)
      if (changes.complete || problems.length === 0) return changes
      return { ...changes, detail: `${changes.detail ?? ''}; ${problems.join('; ')}` }
    } catch (error) {
      problems.push(errorMessage(error))
    }
  }
  if (!sources.git && !sources.github)
    problems.push('no local clone and no GitHub API access to read them with')
  return {
    files: [],
    complete: false,
    detail: `Could not list the files changed in ${label}: ${problems.join('; ')}`
  }
}

async function fromGit(
  git: LocalGit,
  range: { from: string; to: string; threeDot: boolean },
  label: string
): Promise<ChangeSet | string> {
  // One after the other: two fetches at once would contend for the clone's locks and FETCH_HEAD.
  const from = await localCommit(git, range.from)
  const to = await localCommit(git, range.to)
  const missing = [from ? '' : range.from, to ? '' : range.to].filter(Boolean).map(short)
  if (!from || !to) {
    return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in the clone and could not be fetched`
  }
  let base = from
  if (range.threeDot) {
    const found = await git.mergeBase(from, to)
    if (!found) return `no merge base of ${short(from)} and ${short(to)} within the fetched history`
    base = found
  }
  const files = [...new Set(await git.diffNames(base, to))].sort()
  const via = range.threeDot ? ` (${label}: from the merge base)` : ''
  return { files, complete: true, detail: `git diff ${short(base)} ${short(to)}${via}` }
}

/**
 * A commit SHA for `ref` in the local clone. A SHA is used if present and fetched if not; a branch
 * name is fetched first, since the clone's copy of it (if any) may be stale.
 */
async function localCommit(git: LocalGit, ref: string): Promise<string | undefined> {
  if (/^[0-9a-f]{40}$/.test(ref)) return (await git.resolveCommit(ref)) ?? (await git.fetchCommit(ref))
  return (await git.fetchCommit(ref)) ?? (await git.resolveCommit(ref))
}

const short = shortSha

/**
 * The commit SHA an input (`base` or `head`) names: a SHA, a branch or a tag, looked up in the clone
 * (fetching it if needed), else through the API. Provenance records SHAs only, so a name is never
 * stored as a commit.
 */
export async function resolveCommitInput(
  input: 'base' | 'head',
  ref: string,
  sources: ChangeSources
): Promise<string> {
  if (sources.git) {
    const local = (await sources.git.resolveCommit(ref)) ?? (await sources.git.fetchCommit(ref))
    if (local) return local
  }
  if (sources.github) {
    const { octokit, owner, repo } = sources.github
    try {
      const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref })
      return data.sha
    } catch {
      // answered below
    }
  }
  const where = sources.github ? ` or in ${sources.github.owner}/${sources.github.repo}` : ''
  throw new UserError(
    `Input "${input}" is ${JSON.stringify(ref)}, which names no commit in the checkout${where}.`
  )
}

/**
 * What changed between any commit and head, each answer read once: the tree diff (SPEC "Changed
 * files") and how the mapping file differs (rule 6). One per action run.
 */
export class ChangeTracker {
  private readonly diffs = new Map<string, Promise<ChangeSet>>()
  private readonly deltas = new Map<string, Promise<MappingDelta>>()

  constructor(
    private readonly sources: ChangeSources,
    readonly head: string,
    /** Repository-relative path of the mapping file. */
    private readonly config: string,
    private readonly mapping: PipelineMapping | undefined,
    private readonly pipeline: string
  ) {}

  changesSince = (commit: string): Promise<ChangeSet> => {
    let found = this.diffs.get(commit)
    if (!found) {
      found = collectChanges({ from: commit, to: this.head, threeDot: false }, this.sources)
      this.diffs.set(commit, found)
    }
    return found
  }

  mappingSince = (commit: string, changes: ChangeSet): Promise<MappingDelta> => {
    const config = this.config.replace(/^\.\//, '')
    if (changes.complete && !changes.files.includes(config))
      return Promise.resolve({ steps: new Set<string>() })
    let found = this.deltas.get(commit)
    if (!found) {
      found = this.mappingAt(commit, config).then(before => mappingDelta(before, this.mapping))
      this.deltas.set(commit, found)
    }
    return found
  }

  private async mappingAt(commit: string, path: string): Promise<MappingGlobs | undefined | Error> {
    let text: string | undefined | Error = new Error(
      'no local clone and no GitHub API access to read it with'
    )
    if (this.sources.git?.fileAt) text = await this.sources.git.fileAt(commit, path)
    if (text instanceof Error && this.sources.github)
      text = await fileFromApi(this.sources.github, commit, path)
    if (text instanceof Error || text === undefined) return text
    try {
      return readMappingGlobs(text, this.pipeline)
    } catch (error) {
      return new Error(errorMessage(error))
    }
  }
}

async function fileFromApi(
  github: NonNullable<ChangeSources['github']>,
  commit: string,
  path: string
): Promise<string | undefined | Error> {
  try {
    const { data } = await github.octokit.rest.repos.getContent({
      owner: github.owner,
      repo: github.repo,
      path,
      ref: commit
    })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (error) {
    return (error as { status?: number }).status === 404 ? undefined : new Error(errorMessage(error))
  }
}

/**
 * Checks that the head commit exists (in the clone, fetched, or through the API) before anything is
 * planned or started: a run must never be recorded against a commit nobody can check out.
 */
export async function verifyHead(head: string, sources: ChangeSources): Promise<void> {
  // Every head that gets here is a SHA (the head input is resolved first, an event's is one): anything
  // else came from a forged or broken event.
  if (!/^[0-9a-f]{40}$/i.test(head)) {
    throw new UserError(
      `The head commit ${quote(head)} is not a commit SHA (40 hex digits): nothing was started. Check the event or the head input.`
    )
  }
  if (sources.git) {
    if ((await sources.git.resolveCommit(head)) || (await sources.git.fetchCommit(head))) return
  }
  if (sources.github) {
    const { octokit, owner, repo } = sources.github
    try {
      await octokit.rest.repos.getCommit({ owner, repo, ref: head })
      return
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status !== 404 && status !== 422) return // cannot tell: the diff will say what it can read
    }
  } else if (!sources.git) return
  throw new UserError(
    `The head commit ${head} exists neither in the checkout nor in the repository${sources.github ? ` ${sources.github.owner}/${sources.github.repo}` : ''}: nothing was started. Check the event or the head input.`
  )
}
