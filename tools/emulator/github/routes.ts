import { paginate } from './pagination.js'
import type { RepoState } from './repository.js'
import { commentJson, commitJson, fileJson, pullJson, repoJson, repoPath } from './shapes.js'
import type { StoredComment, World } from './world.js'

/** A request that passed authentication and fault injection. */
export interface ApiRequest {
  method: string
  query: URLSearchParams
  body: unknown
  /** Login of the token's user. */
  user: string
  /** Root of the stand-in, e.g. `http://127.0.0.1:4321` (links are built on it). */
  apiUrl: string
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

type Handler = (world: World, repo: RepoState, params: string[], request: ApiRequest) => Reply

interface Route {
  method: string
  /** Counted under this name, as in GitHub's docs: `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string
  /** Matches the part after `/repos/{owner}/{repo}`. */
  pattern: RegExp
  handle: Handler
}

const DOCS = 'https://docs.github.com/rest'
/** api.github.com lists at most this many files for a pull request, however many changed. */
export const PULL_FILES_LIMIT = 3000
/** The compare endpoint lists at most this many files. */
export const COMPARE_FILES_LIMIT = 300
const COMPARE_COMMITS_LIMIT = 250
/** The reactions api.github.com accepts. */
export const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']
/** `role_name` → the legacy `permission` the same answer carries (admin, write, read, none). */
const LEGACY_PERMISSION: Record<string, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read'
}

export function errorReply(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, ...extra, documentation_url: DOCS, status: String(status) } }
}

export const notFound = (): Reply => errorReply(404, 'Not Found')

export function matchRoute(method: string, rest: string): { route: Route; params: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue
    const m = route.pattern.exec(rest)
    if (m) return { route, params: m.slice(1).map(p => decodeURIComponent(p)) }
  }
  return undefined
}

/** The template of a path whatever the method, for counting requests that match no route. */
export function templateFor(method: string, rest: string): string | undefined {
  return matchRoute(method, rest)?.route.template
}

const ROUTES: Route[] = [
  route('GET', '', /^$/, (_w, repo, _p, req) => ({ status: 200, body: repoJson(repo, req.apiUrl) })),
  route('GET', '/pulls/{pull_number}', /^\/pulls\/(\d+)$/, (_w, repo, [n], req) => {
    const pull = repo.pulls.get(Number(n))
    return pull ? { status: 200, body: pullJson(repo, Number(n), req.apiUrl) } : notFound()
  }),
  route('GET', '/pulls/{pull_number}/files', /^\/pulls\/(\d+)\/files$/, (_w, repo, [n], req) => {
    if (!repo.pulls.has(Number(n))) return notFound()
    const files = repo.pullDiff(Number(n)).slice(0, PULL_FILES_LIMIT)
    return list(
      files.map(f => fileJson(repo, f)),
      req,
      `${repoPath(repo, req)}/pulls/${n}/files`
    )
  }),
  route('GET', '/compare/{basehead}', /^\/compare\/(.+)$/, (_w, repo, [basehead], req) =>
    compare(repo, basehead!, req)
  ),
  route('GET', '/git/trees/{tree_sha}', /^\/git\/trees\/(.+)$/, (_w, repo, [ref], req) => {
    const sha = repo.resolve(ref!)
    const commit = sha ? repo.commit(sha) : repo.commitOfTree(ref!)
    if (!commit) return notFound()
    const recursive = req.query.has('recursive')
    let entries = repo.tree(commit, recursive)
    const truncated = recursive && commit.truncatedTree === true
    if (truncated) entries = entries.slice(0, Math.ceil(entries.length / 2))
    const url = `${repoPath(repo, req)}/git/trees`
    const tree = entries.map(e => ({ ...e, url: `${url}/${e.type === 'blob' ? 'blobs' : 'trees'}/${e.sha}` }))
    return { status: 200, body: { sha: commit.treeSha, url: `${url}/${commit.treeSha}`, tree, truncated } }
  }),
  route('GET', '/commits/{ref}', /^\/commits\/(.+)$/, (_w, repo, [ref], req) => {
    const sha = repo.resolve(ref!)
    if (!sha) return errorReply(422, `No commit found for SHA: ${ref}`)
    const parent = repo.commit(sha)!.parents[0]
    const files = parent ? repo.diff(parent, sha) : repo.diff('', sha)
    return {
      status: 200,
      body: { ...commitJson(repo, sha, req), files: files.slice(0, 300).map(f => fileJson(repo, f)) }
    }
  }),
  route('GET', '/issues/{issue_number}/comments', /^\/issues\/(\d+)\/comments$/, (world, repo, [n], req) => {
    if (!world.hasIssue(repo, Number(n))) return notFound()
    const comments = world.issueComments(repo.owner, repo.name, Number(n)).map(c => commentJson(repo, c, req))
    return list(comments, req, `${repoPath(repo, req)}/issues/${n}/comments`)
  }),
  route('POST', '/issues/{issue_number}/comments', /^\/issues\/(\d+)\/comments$/, (world, repo, [n], req) => {
    if (!world.hasIssue(repo, Number(n))) return notFound()
    const invalid = invalidBody(req.body)
    if (invalid) return invalid
    const comment = world.addComment(repo.owner, repo.name, Number(n), bodyText(req.body), req.user)
    const json = commentJson(repo, comment, req)
    return { status: 201, body: json, headers: { location: json.url } }
  }),
  route('GET', '/issues/comments/{comment_id}', /^\/issues\/comments\/(\d+)$/, (world, repo, [id], req) => {
    const comment = findComment(world, repo, Number(id))
    return comment ? { status: 200, body: commentJson(repo, comment, req) } : notFound()
  }),
  route('PATCH', '/issues/comments/{comment_id}', /^\/issues\/comments\/(\d+)$/, (world, repo, [id], req) => {
    const comment = findComment(world, repo, Number(id))
    if (!comment) return notFound()
    const foreign = notTheirs(comment, req)
    if (foreign) return foreign
    const invalid = invalidBody(req.body)
    if (invalid) return invalid
    return { status: 200, body: commentJson(repo, world.editComment(comment, bodyText(req.body)), req) }
  }),
  route(
    'DELETE',
    '/issues/comments/{comment_id}',
    /^\/issues\/comments\/(\d+)$/,
    (world, repo, [id], req) => {
      const comment = findComment(world, repo, Number(id))
      if (!comment) return notFound()
      const foreign = notTheirs(comment, req)
      if (foreign) return foreign
      return world.deleteComment(comment) ? { status: 204 } : notFound()
    }
  ),
  route(
    'GET',
    '/issues/comments/{comment_id}/reactions',
    /^\/issues\/comments\/(\d+)\/reactions$/,
    (world, repo, [id], req) => {
      if (!findComment(world, repo, Number(id))) return notFound()
      const reactions = world.reactions
        .filter(r => r.commentId === Number(id))
        .map(r => reactionJson(r.id, r.content, r.user))
      return list(reactions, req, `${repoPath(repo, req)}/issues/comments/${id}/reactions`)
    }
  ),
  route(
    'POST',
    '/issues/comments/{comment_id}/reactions',
    /^\/issues\/comments\/(\d+)\/reactions$/,
    (world, repo, [id], req) => {
      if (!findComment(world, repo, Number(id))) return notFound()
      const content = (req.body as { content?: unknown } | undefined)?.content
      if (typeof content !== 'string' || !REACTIONS.includes(content)) {
        return errorReply(422, 'Validation Failed', {
          errors: [
            {
              resource: 'Reaction',
              code: 'custom',
              field: 'content',
              message: 'content is not included in the list'
            }
          ]
        })
      }
      const { reaction, created } = world.addReaction(Number(id), content, req.user)
      return { status: created ? 201 : 200, body: reactionJson(reaction.id, reaction.content, reaction.user) }
    }
  ),
  route(
    'GET',
    '/collaborators/{username}/permission',
    /^\/collaborators\/([^/]+)\/permission$/,
    (_w, repo, [login]) => {
      const role = repo.permissions.get(login!.toLowerCase())
      if (!role && repo.isPrivate) return notFound()
      const roleName = role ?? 'read'
      return {
        status: 200,
        body: {
          permission: LEGACY_PERMISSION[roleName],
          role_name: roleName,
          user: { login, type: login!.endsWith('[bot]') ? 'Bot' : 'User' }
        }
      }
    }
  )
]

function reactionJson(id: number, content: string, user: string): Record<string, unknown> {
  return { id, content, user: { login: user, type: user.endsWith('[bot]') ? 'Bot' : 'User' } }
}

function route(method: string, suffix: string, pattern: RegExp, handle: Handler): Route {
  return { method, template: `${method} /repos/{owner}/{repo}${suffix}`, pattern, handle }
}

function compare(repo: RepoState, basehead: string, req: ApiRequest): Reply {
  const threeDot = basehead.includes('...')
  const [baseRef = '', headRef = ''] = basehead.split(threeDot ? '...' : '..')
  if (!baseRef || !headRef || (!threeDot && !basehead.includes('..'))) return notFound()
  const base = repo.resolve(baseRef)
  const head = repo.resolve(headRef)
  if (!base || !head) return notFound()
  const mergeBase = repo.mergeBase(base, head)
  if (!mergeBase) return errorReply(404, `No common ancestor between ${baseRef} and ${headRef}.`)
  const ahead = repo.commitsBetween(base, head)
  const behind = repo.commitsBetween(head, base)
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged'
  const paged = req.query.has('per_page') || req.query.has('page')
  const commits = paged ? paginate(ahead, req.query, `${repoPath(repo, req)}/compare/${basehead}`) : undefined
  const listed = commits ? commits.items : ahead.slice(-COMPARE_COMMITS_LIMIT)
  const firstPage = !paged || (Number(req.query.get('page') ?? '1') || 1) <= 1
  const files = firstPage ? repo.diff(threeDot ? mergeBase : base, head).slice(0, COMPARE_FILES_LIMIT) : []
  return {
    status: 200,
    headers: commits?.link ? { link: commits.link } : undefined,
    body: {
      url: `${repoPath(repo, req)}/compare/${basehead}`,
      html_url: `https://github.com/${repo.fullName}/compare/${basehead}`,
      base_commit: commitJson(repo, base, req),
      merge_base_commit: commitJson(repo, mergeBase, req),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: listed.map(sha => commitJson(repo, sha, req)),
      files: files.map(f => fileJson(repo, f))
    }
  }
}

function list<T>(items: T[], req: ApiRequest, selfUrl: string): Reply {
  const page = paginate(items, req.query, selfUrl)
  return { status: 200, body: page.items, headers: page.link ? { link: page.link } : undefined }
}

function invalidBody(body: unknown): Reply | undefined {
  const text = (body as { body?: unknown } | undefined)?.body
  if (typeof text !== 'string' || text.length === 0) {
    return errorReply(422, 'Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]
    })
  }
  if (text.length > 65536) {
    return errorReply(422, 'Validation Failed', {
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)'
        }
      ]
    })
  }
  return undefined
}

function bodyText(body: unknown): string {
  return (body as { body: string }).body
}

/**
 * A token may edit or delete only comments its own user wrote: 403, as api.github.com answers an
 * installation token ("Resource not accessible by integration") or a user without moderation rights.
 */
function notTheirs(comment: StoredComment, req: ApiRequest): Reply | undefined {
  if (comment.user.toLowerCase() === req.user.toLowerCase()) return undefined
  return errorReply(
    403,
    req.user.endsWith('[bot]')
      ? 'Resource not accessible by integration'
      : 'Must have admin rights to Repository.'
  )
}

function findComment(world: World, repo: RepoState, id: number): StoredComment | undefined {
  return world.comments.find(
    c =>
      c.id === id &&
      c.owner.toLowerCase() === repo.owner.toLowerCase() &&
      c.repo.toLowerCase() === repo.name.toLowerCase()
  )
}
