/**
 * JSON bodies in the shapes api.github.com answers with: the fields the action and the tests read,
 * and enough of the rest that a client written against the real API finds what it expects.
 */
import type { DiffFile, RepoState } from './repository.js'
import type { ApiRequest } from './routes.js'
import type { StoredComment } from './world.js'

/** Link and `url` fields use `/repositories/{id}`, as api.github.com does. */
export function repoPath(repo: RepoState, req: Pick<ApiRequest, 'apiUrl'>): string {
  return `${req.apiUrl}/repositories/${repo.id}`
}

function user(login: string): Record<string, unknown> {
  return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}

export function repoJson(repo: RepoState, apiUrl: string): Record<string, unknown> {
  return {
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.isPrivate,
    visibility: repo.isPrivate ? 'private' : 'public',
    owner: user(repo.owner),
    html_url: `https://github.com/${repo.fullName}`,
    url: `${apiUrl}/repos/${repo.fullName}`,
    fork: false,
    default_branch: repo.defaultBranch
  }
}

export function pullJson(repo: RepoState, number: number, apiUrl: string): Record<string, unknown> {
  const pull = repo.pulls.get(number)!
  const baseSha = pull.baseSha ?? repo.resolve(pull.base) ?? null
  const files = repo.pullDiff(number)
  const side = (ref: string, sha: string | null) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: user(repo.owner),
    repo: repoJson(repo, apiUrl)
  })
  return {
    url: `${apiUrl}/repos/${repo.fullName}/pulls/${number}`,
    html_url: `https://github.com/${repo.fullName}/pull/${number}`,
    number,
    state: pull.state ?? 'open',
    title: pull.title ?? `Pull request ${number}`,
    user: user(pull.user ?? 'octocat'),
    draft: false,
    merged: false,
    head: side(pull.headRef, pull.head),
    base: side(pull.base, baseSha),
    commits: baseSha ? repo.commitsBetween(baseSha, pull.head).length : 0,
    changed_files: files.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0)
  }
}

export function commitJson(repo: RepoState, sha: string, req: ApiRequest): Record<string, unknown> {
  const commit = repo.commit(sha)!
  const url = `${repoPath(repo, req)}/commits/${sha}`
  const person = { name: 'Octo Cat', email: 'octocat@example.com', date: '2026-01-05T10:00:00Z' }
  return {
    sha,
    url,
    html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
    commit: {
      message: commit.message ?? '',
      tree: { sha: commit.treeSha, url: `${repoPath(repo, req)}/git/trees/${commit.treeSha}` },
      author: person,
      committer: person
    },
    parents: commit.parents.map(parent => ({ sha: parent, url: `${repoPath(repo, req)}/commits/${parent}` }))
  }
}

export function fileJson(repo: RepoState, file: DiffFile): Record<string, unknown> {
  const ref = file.sha ?? 'HEAD'
  return {
    ...file,
    blob_url: `https://github.com/${repo.fullName}/blob/${ref}/${file.filename}`,
    raw_url: `https://github.com/${repo.fullName}/raw/${ref}/${file.filename}`
  }
}

export function commentJson(
  repo: RepoState,
  comment: StoredComment,
  req: ApiRequest
): Record<string, unknown> & { url: string } {
  const kind = repo.pulls.has(comment.issue) ? 'pull' : 'issues'
  return {
    id: comment.id,
    url: `${req.apiUrl}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repo.fullName}/${kind}/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${req.apiUrl}/repos/${repo.fullName}/issues/${comment.issue}`,
    user: user(comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    body: comment.body
  }
}
