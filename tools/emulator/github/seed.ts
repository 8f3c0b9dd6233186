import { createHash } from 'node:crypto'

/**
 * What the GitHub stand-in starts with. Commits carry whole trees (path → file content) so a test can
 * state exactly which files differ between any two commits; `History` builds them from per-commit
 * changes and gives them deterministic, git-shaped SHAs.
 */
export interface GitHubSeed {
  repos: SeedRepo[]
  /** Reject tokens not listed in `tokens` with 401 "Bad credentials" (without it any token is accepted). */
  requireToken?: boolean
  /**
   * Token → login of its user. Unlisted tokens act as `defaultUser`. A login ending in `[bot]` is an
   * installation token (the default GITHUB_TOKEN is `github-actions[bot]`, an app's `<slug>[bot]`):
   * `GET /user` answers it 403; any other login is a user's token (a PAT). Either may edit and delete
   * only the comments its own login wrote.
   */
  tokens?: Record<string, string>
  /** Login for tokens not in `tokens`; `github-actions[bot]` (what GITHUB_TOKEN comments as). */
  defaultUser?: string
}

export interface SeedRepo {
  owner: string
  name: string
  /** `main` unless given. */
  defaultBranch?: string
  private?: boolean
  /** Branch name → commit SHA. */
  branches: Record<string, string>
  /** Commit SHA → commit. */
  commits: Record<string, SeedCommit>
  pulls?: SeedPull[]
  /** Plain issue numbers that accept comments (pull request numbers always do). */
  issues?: number[]
  /** Comments present before the run, oldest first (e.g. a reviewer's). */
  comments?: SeedComment[]
  /**
   * Login → repository role, for `GET /collaborators/{username}/permission`. A login not listed is
   * not a collaborator: on a public repository it gets `read` (anyone may read it), on a private one
   * 404 Not Found, as api.github.com answers a user without access.
   */
  permissions?: Record<string, RepoRole>
}

/** A repository role as `role_name` names it. */
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read'

export interface SeedCommit {
  parents: string[]
  /** Path → file content; the blob SHA is git's for that content. */
  tree: Record<string, string>
  message?: string
  /** Answer this commit's recursive tree with `truncated: true`, as the API does past 100,000 entries / 7 MB. */
  truncatedTree?: boolean
}

export interface SeedPull {
  number: number
  /** Head commit SHA. */
  head: string
  headRef: string
  /** Base branch name. */
  base: string
  /** Base SHA recorded on the pull request; the base branch's tip when absent. */
  baseSha?: string
  title?: string
  user?: string
  state?: 'open' | 'closed'
}

export interface SeedComment {
  issue: number
  body: string
  user: string
}

/** The SHA git gives a blob with this content, so the trees API answers what git would. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** A deterministic SHA for anything else (trees, commits): stable across runs, distinct per input. */
export function digest(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex')
}

export interface CommitSpec {
  /** Parent commits by name (as given to `commit`) or SHA; none for a root commit. */
  parents?: string[]
  /** Path → new content, or null to delete. Applied over the first parent's tree. */
  changes?: Record<string, string | null>
  message?: string
  truncatedTree?: boolean
}

/**
 * Builds a commit graph the way a test thinks about it: "main adds x, feature branches off and edits
 * y, main is force-pushed". Names are local to the builder; SHAs depend on name, parents and tree.
 */
export class History {
  readonly commits: Record<string, SeedCommit> = {}
  private readonly names = new Map<string, string>()

  commit(name: string, spec: CommitSpec = {}): string {
    if (this.names.has(name)) throw new Error(`History: commit name "${name}" is already used`)
    const parents = (spec.parents ?? []).map(parent => this.sha(parent))
    const first = parents[0]
    const tree: Record<string, string> = first ? { ...this.commits[first]!.tree } : {}
    for (const [path, content] of Object.entries(spec.changes ?? {})) {
      if (content === null) delete tree[path]
      else tree[path] = content
    }
    const treeKey = Object.keys(tree)
      .sort()
      .map(path => `${path}:${blobSha(tree[path]!)}`)
      .join('\n')
    const message = spec.message ?? name
    const sha = digest('commit', name, parents.join(','), treeKey, message)
    this.commits[sha] = { parents, tree, message, ...(spec.truncatedTree ? { truncatedTree: true } : {}) }
    this.names.set(name, sha)
    return sha
  }

  /** The SHA of a named commit; a SHA passes through when it is in this history. */
  sha(nameOrSha: string): string {
    const sha = this.names.get(nameOrSha) ?? (this.commits[nameOrSha] ? nameOrSha : undefined)
    if (!sha) throw new Error(`History: no commit named "${nameOrSha}"`)
    return sha
  }

  /** Branch name → commit name, resolved to SHAs for `SeedRepo.branches`. */
  branches(spec: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(spec).map(([branch, commit]) => [branch, this.sha(commit)]))
  }
}

/** `count` files named `${prefix}${i}.txt` with content derived from `tag`, for large-diff scenarios. */
export function manyFiles(prefix: string, count: number, tag = 'v1'): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) files[`${prefix}${String(i).padStart(5, '0')}.txt`] = `${tag} ${i}\n`
  return files
}
