import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { ChangeSet } from '../core/types.js'
import { errorMessage } from '../errors.js'
import * as log from '../action/log.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export interface OctokitLog {
  warning(message: string): void
}

export interface OctokitSettings {
  /** Defaults to GITHUB_API_URL (set by the runner; GHES points it at its own API), then api.github.com. */
  baseUrl?: string
  /** Unit of every back-off, 1000 ms in production; tests shrink it. */
  backoffUnitMs?: number
  /** Longest rate-limit wait worth sitting out, in seconds; longer ones fail the request. */
  maxRateLimitWaitSeconds?: number
  log?: OctokitLog
}

/** The compare endpoint lists at most this many files; at this count the list may be cut. */
export const COMPARE_FILES_LIMIT = 300
/** The pull-request files endpoint lists at most this many files. */
export const PULL_FILES_LIMIT = 3000

/**
 * The one place Octokit is built. Retries (plugin-retry) absorb 5xx and dropped connections; the
 * throttling plugin honours `retry-after` / `x-ratelimit-reset` so a matrix of jobs commenting at once
 * waits out a secondary rate limit instead of failing the report. The token only goes into Octokit.
 */
export function createOctokit(token: string, settingsOrBaseUrl: OctokitSettings | string = {}): Octokit {
  const settings = typeof settingsOrBaseUrl === 'string' ? { baseUrl: settingsOrBaseUrl } : settingsOrBaseUrl
  const baseUrl = (settings.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com')).replace(
    /\/+$/,
    ''
  )
  const unit = settings.backoffUnitMs ?? 1000
  const maxWait = settings.maxRateLimitWaitSeconds ?? 60
  const out = settings.log ?? { warning: (message: string) => log.warning(message) }
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      // The URL carries refs and paths from the event (branch names): outside text.
      const request = `${log.safe(options.method)} ${log.safe(options.url)}`
      if (retryCount < 2 && retryAfter <= maxWait) {
        out.warning(`GitHub ${kind} hit on ${request}: retrying in ${retryAfter} s.`)
        return true
      }
      const why =
        retryCount >= 2 ? `already retried ${retryCount} times` : `the wait would exceed ${maxWait} s`
      out.warning(
        `GitHub ${kind} hit on ${request}: giving up (${why}; the limit resets in ${retryAfter} s).`
      )
      return false
    }
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'sagemaker-selective-execution',
      retry: { retryAfterBaseValue: unit },
      throttle: {
        retryAfterBaseValue: unit,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      },
      // @actions/github binds its fetch to the proxy of the GITHUB_API_URL seen at import; a loopback
      // stand-in must never go through a proxy.
      ...(isLoopback(baseUrl) ? { request: { fetch: globalThis.fetch } } : {})
    },
    retry,
    throttling
  )
}

function isLoopback(url: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)
  } catch {
    return false
  }
}

/** HTTP status of an Octokit error, when it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** Rethrows with the operation named, keeping the HTTP status for callers that branch on it. */
export function context(what: string, error: unknown): Error {
  return new Error(`GitHub API: ${what} failed: ${errorMessage(error)}`, { cause: error })
}

export const shortSha = (ref: string): string => (/^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref)

/** The branch a new branch is compared against when a push has no `before` (and the payload says none). */
export async function defaultBranch(octokit: Octokit, repo: RepoRef): Promise<string> {
  try {
    return (await octokit.rest.repos.get({ ...repo })).data.default_branch
  } catch (error) {
    throw context(`reading ${repo.owner}/${repo.repo}`, error)
  }
}

export interface PullRequestHead {
  number: number
  /** `open` or `closed` (merged pull requests are closed). */
  state: string
  headSha: string
  headRef: string
  baseSha: string
  baseRef: string
}

/** Head and base of a pull request, for events that name one without carrying its payload. */
export async function pullRequest(octokit: Octokit, repo: RepoRef, number: number): Promise<PullRequestHead> {
  try {
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number })
    return {
      number,
      state: data.state,
      headSha: data.head.sha,
      headRef: data.head.ref,
      baseSha: data.base.sha,
      baseRef: data.base.ref
    }
  } catch (error) {
    throw context(`reading pull request #${number}`, error)
  }
}

interface Comparison {
  base: string
  mergeBase: string
  /** Paths, renames as both; undefined when the response carried no file list. */
  files?: string[]
  /** Entries the API listed (a rename is one): at the cap, the list may be cut. */
  listed: number
}

async function compare(octokit: Octokit, repo: RepoRef, base: string, head: string): Promise<Comparison> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`
  })
  return {
    base: data.base_commit.sha,
    mergeBase: data.merge_base_commit.sha,
    files: data.files?.flatMap(f => (f.previous_filename ? [f.previous_filename, f.filename] : [f.filename])),
    listed: data.files?.length ?? 0
  }
}

/** The merge base of two commits, as the compare endpoint computes it (for the pull-request fallback). */
export async function mergeBase(octokit: Octokit, repo: RepoRef, a: string, b: string): Promise<string> {
  try {
    return (await compare(octokit, repo, a, b)).mergeBase
  } catch (error) {
    throw context(`finding the merge base of ${shortSha(a)} and ${shortSha(b)}`, error)
  }
}

/**
 * The files whose content differs from `from` to `to` (a two-dot tree diff, what `git diff from to`
 * lists). The compare endpoint answers that only when `from` is an ancestor of `to` (it diffs from
 * the merge base) and lists at most 300 files; otherwise the two recursive trees are diffed, which is
 * exact whatever the history between them.
 */
export async function changedFilesBetween(
  octokit: Octokit,
  repo: RepoRef,
  from: string,
  to: string
): Promise<ChangeSet> {
  const range = `${shortSha(from)}..${shortSha(to)}`
  if (from === to) return { files: [], complete: true, detail: `${range}: the same commit` }
  let comparison: Comparison | undefined
  try {
    comparison = await compare(octokit, repo, from, to)
  } catch (error) {
    // 404: no common history (or a missing commit, which the tree read then reports); 422: diff too big.
    if (httpStatus(error) !== 404 && httpStatus(error) !== 422) throw context(`comparing ${range}`, error)
  }
  let why: string
  if (comparison && comparison.mergeBase === comparison.base) {
    const files = comparison.files
    if (files && comparison.listed < COMPARE_FILES_LIMIT) {
      return { files: sorted(files), complete: true, detail: `GitHub compare API ${range}` }
    }
    why = `the compare API lists at most ${COMPARE_FILES_LIMIT} files`
  } else {
    why = comparison
      ? `${shortSha(from)} is not an ancestor of ${shortSha(to)}`
      : `GitHub found no common history for ${range}`
  }
  return treeDiff(octokit, repo, from, to, why)
}

/**
 * What `base...head` changes: the files that differ from their merge base to head (what a pull
 * request's "Files changed" shows), exact past the compare endpoint's 300-file cap.
 */
export async function changedFilesSinceMergeBase(
  octokit: Octokit,
  repo: RepoRef,
  base: string,
  head: string
): Promise<ChangeSet> {
  const range = `${shortSha(base)}...${shortSha(head)}`
  let comparison: Comparison
  try {
    comparison = await compare(octokit, repo, base, head)
  } catch (error) {
    throw context(`comparing ${range}`, error)
  }
  const files = comparison.files
  if (files && comparison.listed < COMPARE_FILES_LIMIT) {
    return { files: sorted(files), complete: true, detail: `GitHub compare API ${range}` }
  }
  const why = `the compare API lists at most ${COMPARE_FILES_LIMIT} files`
  return treeDiff(octokit, repo, comparison.mergeBase, head, why)
}

async function treeDiff(
  octokit: Octokit,
  repo: RepoRef,
  from: string,
  to: string,
  why: string
): Promise<ChangeSet> {
  const range = `${shortSha(from)}..${shortSha(to)}`
  const read = async (ref: string) => {
    try {
      return (await octokit.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true' })).data
    } catch (error) {
      throw context(`reading the tree of ${shortSha(ref)}`, error)
    }
  }
  const [before, after] = await Promise.all([read(from), read(to)])
  const truncated = [before.truncated ? from : '', after.truncated ? to : ''].filter(Boolean)
  if (truncated.length > 0) {
    const which = truncated.map(shortSha).join(' and ')
    return {
      files: [],
      complete: false,
      detail:
        `cannot list the files changed in ${range}: GitHub truncated the file tree of ${which} (over 100,000 ` +
        'entries or 7 MB); a checkout that can fetch both commits lets git read it instead'
    }
  }
  const index = (entries: typeof before.tree) =>
    new Map(entries.filter(e => e.type !== 'tree' && e.path).map(e => [e.path, `${e.mode}:${e.sha}`]))
  const old = index(before.tree)
  const now = index(after.tree)
  const files = new Set<string>()
  for (const [path, id] of now) if (old.get(path) !== id) files.add(path)
  for (const path of old.keys()) if (!now.has(path)) files.add(path)
  return { files: sorted(files), complete: true, detail: `GitHub trees API ${range} (${why})` }
}

/** A pull request's own file list (merge base → head). GitHub lists at most 3,000 files. */
export async function pullRequestFiles(octokit: Octokit, repo: RepoRef, number: number): Promise<ChangeSet> {
  let entries: Array<{ filename: string; previous_filename?: string }>
  try {
    entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repo,
      pull_number: number,
      per_page: 100
    })
  } catch (error) {
    throw context(`listing the files of pull request #${number}`, error)
  }
  const files = sorted(
    entries.flatMap(f => (f.previous_filename ? [f.previous_filename, f.filename] : [f.filename]))
  )
  if (entries.length >= PULL_FILES_LIMIT) {
    return {
      files,
      complete: false,
      detail: `pull request #${number} changes ${PULL_FILES_LIMIT} files or more and GitHub lists at most ${PULL_FILES_LIMIT}`
    }
  }
  return { files, complete: true, detail: `GitHub files of pull request #${number}` }
}

function sorted(files: Iterable<string>): string[] {
  return [...new Set(files)].sort()
}

/** The login GitHub shows on what the default `GITHUB_TOKEN` writes. */
export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]'

/** Who a token writes as, and how that was learnt. */
export interface TokenIdentity {
  /** `github-actions[bot]` (the default token), `<app-slug>[bot]` (an app installation token), a user's login (a PAT). */
  login: string
  /** `viewer`: GraphQL said so; `user`: REST `GET /user` said so; `assumed`: neither answered, the default token's bot is assumed. */
  source: 'viewer' | 'user' | 'assumed'
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/

/**
 * The login a token acts as, so the action only ever adopts, edits or deletes comments it wrote
 * itself. GraphQL `viewer` answers for every kind of token (installation tokens included: the default
 * `GITHUB_TOKEN` is `github-actions[bot]`, an app's is `<slug>[bot]`); REST `GET /user` answers for
 * user tokens only (installation tokens get 403 "Resource not accessible by integration"). When
 * neither answers, the default token's bot is assumed: the worst case is a fresh comment, never
 * someone else's edited.
 */
export async function tokenIdentity(octokit: Octokit): Promise<TokenIdentity> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
    const login = data.viewer?.login
    if (typeof login === 'string' && LOGIN.test(login)) return { login, source: 'viewer' }
  } catch {
    // GHES without GraphQL, a proxy that blocks it: REST next.
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    if (LOGIN.test(data.login)) return { login: data.login, source: 'user' }
  } catch {
    // 403 for installation tokens: the default token's bot.
  }
  return { login: DEFAULT_TOKEN_LOGIN, source: 'assumed' }
}

/** What the collaborator-permission endpoint says of a login: `permission` (legacy) and `role_name`. */
export interface CollaboratorPermission {
  permission?: string
  roleName?: string
}

/**
 * `GET /repos/{owner}/{repo}/collaborators/{username}/permission`. A 404 (not a collaborator of a
 * private repository, an unknown login) is an answer: no permission.
 */
export async function collaboratorPermission(
  octokit: Octokit,
  repo: RepoRef,
  login: string
): Promise<CollaboratorPermission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login })
    const roleName = (data as { role_name?: unknown }).role_name
    return { permission: data.permission, roleName: typeof roleName === 'string' ? roleName : undefined }
  } catch (error) {
    if (httpStatus(error) === 404) return { permission: 'none' }
    throw context(`reading the repository permission of a commenter`, error)
  }
}

export type Reaction = 'eyes' | 'rocket' | '-1'

/** Adds a reaction to an issue or pull request comment. */
export async function reactToComment(
  octokit: Octokit,
  repo: RepoRef,
  commentId: number,
  content: Reaction
): Promise<void> {
  try {
    await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content })
  } catch (error) {
    throw context(`reacting ${content} to comment ${commentId}`, error)
  }
}

/** An issue or pull request comment's body as it is now; undefined when it was deleted (404). */
export async function readComment(
  octokit: Octokit,
  repo: RepoRef,
  commentId: number
): Promise<{ body: string } | undefined> {
  try {
    const { data } = await octokit.rest.issues.getComment({ ...repo, comment_id: commentId })
    return { body: data.body ?? '' }
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw context(`reading comment ${commentId}`, error)
  }
}

/** Posts a new comment on an issue or pull request; its URL. */
export async function postComment(
  octokit: Octokit,
  repo: RepoRef,
  issue: number,
  body: string
): Promise<string> {
  try {
    const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body })
    return data.html_url
  } catch (error) {
    throw context(`commenting on #${issue}`, error)
  }
}
