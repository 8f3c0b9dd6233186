import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorReply, matchRoute, notFound, type Reply } from './routes.js'
import type { GitHubSeed, SeedCommit } from './seed.js'
import { World, type GitHubFaults, type StoredComment, type StoredReaction } from './world.js'

export type { GitHubFaults, StoredComment, StoredReaction } from './world.js'
export type { GitHubSeed } from './seed.js'

/** A comment as a test posts it in someone's name: what an `issue_comment` event payload needs. */
export interface PostedComment extends StoredComment {
  /** `https://github.com/{owner}/{repo}/pull/{n}#issuecomment-{id}` (or `/issues/` for an issue). */
  htmlUrl: string
  /** The API URL of the comment. */
  url: string
}

/**
 * A local stand-in for the parts of api.github.com the action uses, so the adapters, the action and
 * the demo run end to end without a network or a token. Point Octokit's `baseUrl` (or GITHUB_API_URL)
 * at `url`. The same controls are reachable over HTTP under `/_standin/` for out-of-process users.
 */
export interface GitHubStandIn {
  url: string
  close(): Promise<void>
  /** Requests received per "METHOD /route-template", faulted ones included (so retries show). */
  calls(): Record<string, number>
  resetCalls(): void
  setFaults(faults: GitHubFaults): void
  seed(seed: GitHubSeed): void
  comments(owner: string, repo: string, issue: number): StoredComment[]
  /** Posts a comment as `user` (a person commenting on the pull request), without a request. */
  postComment(owner: string, repo: string, issue: number, body: string, user: string): PostedComment
  /** Edits a comment as its author would (by id), or deletes it when `body` is undefined. */
  changeComment(commentId: number, body: string | undefined): void
  /** The reactions on a comment, oldest first. */
  reactions(owner: string, repo: string, commentId: number): StoredReaction[]
  /**
   * A push to `branch`: adds the commits (SHA → commit) and moves the branch, and the head of every
   * open pull request from it, to `head`.
   */
  push(owner: string, repo: string, branch: string, head: string, commits?: Record<string, SeedCommit>): void
  /** Closes (or reopens) a pull request. */
  setPullState(owner: string, repo: string, pull: number, state: 'open' | 'closed'): void
}

export interface StandInOptions {
  port?: number
  seed?: GitHubSeed
}

export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const world = new World(options.seed)
  let calls: Record<string, number> = {}
  let url = ''
  const count = (name: string): void => {
    calls[name] = (calls[name] ?? 0) + 1
  }

  const server = createServer((request, response) => {
    void readBody(request)
      .then(raw => {
        const target = new URL(request.url ?? '/', url)
        if (target.pathname.startsWith('/_standin/')) return control(target, request.method ?? 'GET', raw)
        return api(target, request, raw)
      })
      .catch((error: unknown) => errorReply(500, `stand-in failure: ${String(error)}`))
      .then(reply => send(response, reply))
  })

  const control = (target: URL, method: string, raw: string): Reply => {
    const route = `${method} ${target.pathname}`
    const parsed = raw ? (JSON.parse(raw) as unknown) : {}
    switch (route) {
      case 'GET /_standin/calls':
        return { status: 200, body: calls }
      case 'POST /_standin/reset-calls':
        calls = {}
        return { status: 204 }
      case 'POST /_standin/faults':
        world.faults = { ...(parsed as GitHubFaults) }
        return { status: 204 }
      case 'POST /_standin/seed':
        world.load(parsed as GitHubSeed)
        return { status: 204 }
      case 'GET /_standin/comments': {
        const q = target.searchParams
        return {
          status: 200,
          body: world.issueComments(q.get('owner') ?? '', q.get('repo') ?? '', Number(q.get('issue')))
        }
      }
      default:
        return notFound()
    }
  }

  const api = (target: URL, request: IncomingMessage, raw: string): Reply => {
    const method = request.method ?? 'GET'
    const located = locate(world, target.pathname)
    const matched = located ? matchRoute(method, located.rest) : undefined
    const identityPath = IDENTITY_ROUTES.has(`${method} ${target.pathname}`)
    count(
      matched
        ? matched.route.template
        : identityPath
          ? `${method} ${target.pathname}`
          : `${method} ${target.pathname} (no route)`
    )

    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
    if (!token) return errorReply(401, 'Requires authentication')
    const user = world.userFor(token)
    if (!user) return errorReply(401, 'Bad credentials')
    if (world.consume('rateLimit')) return rateLimited()
    if (world.consume('secondaryRateLimit')) return secondaryRateLimited()
    if (world.consume('serverErrors')) return errorReply(500, 'Server Error')
    let body: unknown
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        return errorReply(400, 'Problems parsing JSON')
      }
    }
    const identity = identityRoute(world, method, target.pathname, user, body)
    if (identity) return identity
    if (!located || !matched) return notFound()

    const isCommentWrite = method !== 'GET' && matched.route.template.includes('comments')
    const fail =
      method === 'PATCH'
        ? (world.faults.failCommentEdits ?? world.faults.failComments)
        : world.faults.failComments
    if (isCommentWrite && fail !== undefined && fail !== false) {
      const status = fail === true ? 403 : fail
      return errorReply(status, FAILURE_MESSAGES[status] ?? 'Server Error')
    }
    return matched.route.handle(world, located.repo, matched.params, {
      method,
      query: target.searchParams,
      body,
      user,
      apiUrl: url
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
    calls: () => ({ ...calls }),
    resetCalls: () => {
      calls = {}
    },
    setFaults: faults => {
      world.faults = { ...faults }
    },
    seed: seed => world.load(seed),
    comments: (owner, repo, issue) => world.issueComments(owner, repo, issue).map(c => ({ ...c })),
    postComment: (owner, repo, issue, body, user) => {
      const state = world.repo(owner, repo)
      if (!state || !world.hasIssue(state, issue)) throw new Error(`no issue ${owner}/${repo}#${issue}`)
      const comment = world.addComment(state.owner, state.name, issue, body, user)
      const kind = state.pulls.has(issue) ? 'pull' : 'issues'
      return {
        ...comment,
        htmlUrl: `https://github.com/${state.fullName}/${kind}/${issue}#issuecomment-${comment.id}`,
        url: `${url}/repos/${state.fullName}/issues/comments/${comment.id}`
      }
    },
    changeComment: (commentId, body) => {
      const comment = world.comments.find(c => c.id === commentId)
      if (!comment) throw new Error(`no comment ${commentId}`)
      if (body === undefined) world.deleteComment(comment)
      else world.editComment(comment, body)
    },
    reactions: (owner, repo, commentId) => {
      const state = world.repo(owner, repo)
      const ids = new Set(
        world.comments
          .filter(
            c =>
              state &&
              c.repo.toLowerCase() === state.name.toLowerCase() &&
              c.owner.toLowerCase() === state.owner.toLowerCase()
          )
          .map(c => c.id)
      )
      return world.reactions
        .filter(r => r.commentId === commentId && ids.has(r.commentId))
        .map(r => ({ ...r }))
    },
    push: (owner, repo, branch, head, commits = {}) => {
      const state = world.repo(owner, repo)
      if (!state) throw new Error(`no repository ${owner}/${repo}`)
      for (const [sha, commit] of Object.entries(commits)) state.addCommit(sha, commit)
      state.push(branch, head)
    },
    setPullState: (owner, repo, pull, pullState) => {
      const state = world.repo(owner, repo)
      const found = state?.pulls.get(pull)
      if (!state || !found) throw new Error(`no pull request ${owner}/${repo}#${pull}`)
      state.pulls.set(pull, { ...found, state: pullState })
    }
  }
}

/** Endpoints outside `/repos/…` that tell a client who its token is. */
const IDENTITY_ROUTES = new Set(['GET /user', 'POST /graphql'])

/**
 * `GET /user` and the GraphQL `viewer` query, as api.github.com answers them per kind of token: a
 * user token (a PAT: its login has no `[bot]`) gets its user from both; an installation token (the
 * default GITHUB_TOKEN, an app's: `…[bot]`) gets 403 "Resource not accessible by integration" from
 * `GET /user` and its bot login from `viewer`. `faults.failGraphql` answers GraphQL with 502.
 */
function identityRoute(
  world: World,
  method: string,
  path: string,
  user: string,
  body: unknown
): Reply | undefined {
  if (!IDENTITY_ROUTES.has(`${method} ${path}`)) return undefined
  const bot = user.endsWith('[bot]')
  if (path === '/user') {
    if (bot) return errorReply(403, 'Resource not accessible by integration')
    return { status: 200, body: { login: user, id: loginId(user), type: 'User' } }
  }
  if (world.faults.failGraphql) return errorReply(502, 'Bad Gateway')
  const query = (body as { query?: unknown } | undefined)?.query
  if (typeof query !== 'string' || !/\bviewer\s*\{\s*login\s*\}/.test(query)) {
    return {
      status: 200,
      body: { errors: [{ message: 'The GitHub stand-in answers only `query { viewer { login } }`.' }] }
    }
  }
  return { status: 200, body: { data: { viewer: { login: user } } } }
}

function loginId(login: string): number {
  let id = 0
  for (const c of login) id = (id * 31 + c.charCodeAt(0)) % 100_000_000
  return id + 1
}

/** `/repos/{owner}/{repo}…` or `/repositories/{id}…` (the form used in Link headers) → repo + rest. */
function locate(world: World, path: string) {
  const byName = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path)
  const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path)
  const repo = byName
    ? world.repo(decodeURIComponent(byName[1]!), decodeURIComponent(byName[2]!))
    : byId
      ? world.repoById(Number(byId[1]))
      : undefined
  if (!repo) return undefined
  return { repo, rest: (byName ? byName[3] : byId?.[2]) ?? '' }
}

const FAILURE_MESSAGES: Record<number, string> = {
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed'
}

function rateLimited(): Reply {
  const reset = Math.ceil(Date.now() / 1000) + 1
  const reply = errorReply(403, 'API rate limit exceeded for installation ID 4242.')
  return { ...reply, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } }
}

function secondaryRateLimited(): Reply {
  const reply = errorReply(
    403,
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
  )
  return { ...reply, headers: { 'retry-after': '1' } }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-resource': 'core',
    ...reply.headers
  }
  headers['x-ratelimit-remaining'] ??= '4999'
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers).end()
    return
  }
  const text = JSON.stringify(reply.body)
  headers['content-type'] = 'application/json; charset=utf-8'
  headers['content-length'] = String(Buffer.byteLength(text))
  response.writeHead(reply.status, headers).end(text)
}
