import { RepoState } from './repository.js'
import type { GitHubSeed } from './seed.js'

/** An issue or pull request comment as the stand-in stores it. */
export interface StoredComment {
  id: number
  owner: string
  repo: string
  issue: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
}

/** A reaction on an issue or pull request comment. */
export interface StoredReaction {
  id: number
  commentId: number
  content: string
  user: string
}

/**
 * Injected failures. Counts are consumed one per matching request, so "2 server errors" means the
 * next two API requests fail and the third succeeds, which is what a retry test needs.
 */
export interface GitHubFaults {
  /** Answer comment writes (POST/PATCH/DELETE) with 403 "Resource not accessible by integration", or this status. */
  failComments?: boolean | number
  /** Answer comment edits (PATCH) only with 403, or this status: a comment of one's own that refuses the edit. */
  failCommentEdits?: boolean | number
  /** Answer GraphQL with 502 (a GHES or proxy without it): identity falls back to REST `GET /user`. */
  failGraphql?: boolean
  /** The next N API requests answer 500. */
  serverErrors?: number
  /** The next N API requests answer 403 with `x-ratelimit-remaining: 0` and a reset 1 s ahead. */
  rateLimit?: number
  /** The next N API requests answer 403 "secondary rate limit" with `retry-after: 1`. */
  secondaryRateLimit?: number
}

const FIRST_COMMENT_ID = 1_900_000_001

/** Everything the stand-in knows: repositories, comments, users, faults. One per server. */
export class World {
  repos = new Map<string, RepoState>()
  comments: StoredComment[] = []
  reactions: StoredReaction[] = []
  faults: GitHubFaults = {}
  requireToken = false
  tokens: Record<string, string> = {}
  defaultUser = 'github-actions[bot]'
  private nextCommentId = FIRST_COMMENT_ID
  private clock = Date.parse('2026-01-05T10:00:00Z')

  constructor(seed?: GitHubSeed) {
    if (seed) this.load(seed)
  }

  /** Replaces all state with the seed (calls and faults are the server's and survive). */
  load(seed: GitHubSeed): void {
    this.repos = new Map()
    this.comments = []
    this.reactions = []
    this.nextCommentId = FIRST_COMMENT_ID
    this.requireToken = seed.requireToken ?? false
    this.tokens = seed.tokens ?? {}
    this.defaultUser = seed.defaultUser ?? 'github-actions[bot]'
    seed.repos.forEach((repoSeed, index) => {
      const repo = new RepoState(repoSeed, 600_000_000 + index)
      this.repos.set(key(repo.owner, repo.name), repo)
      for (const comment of repoSeed.comments ?? []) {
        this.addComment(repo.owner, repo.name, comment.issue, comment.body, comment.user)
      }
    })
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(key(owner, name))
  }

  repoById(id: number): RepoState | undefined {
    return [...this.repos.values()].find(repo => repo.id === id)
  }

  /** Whether comments can be posted on this number: a seeded issue or pull request. */
  hasIssue(repo: RepoState, issue: number): boolean {
    return repo.pulls.has(issue) || repo.issues.has(issue)
  }

  /** The login a token acts as; undefined when `requireToken` is set and the token is unknown. */
  userFor(token: string): string | undefined {
    const login = this.tokens[token]
    if (login) return login
    return this.requireToken ? undefined : this.defaultUser
  }

  issueComments(owner: string, repo: string, issue: number): StoredComment[] {
    return this.comments.filter(
      c =>
        c.owner.toLowerCase() === owner.toLowerCase() &&
        c.repo.toLowerCase() === repo.toLowerCase() &&
        c.issue === issue
    )
  }

  addComment(owner: string, repo: string, issue: number, body: string, user: string): StoredComment {
    const now = this.tick()
    const comment = {
      id: this.nextCommentId++,
      owner,
      repo,
      issue,
      body,
      user,
      createdAt: now,
      updatedAt: now
    }
    this.comments.push(comment)
    return comment
  }

  editComment(comment: StoredComment, body: string): StoredComment {
    comment.body = body
    comment.updatedAt = this.tick()
    return comment
  }

  /** Removes a comment; false when it was not there (already deleted). */
  deleteComment(comment: StoredComment): boolean {
    const index = this.comments.indexOf(comment)
    if (index < 0) return false
    this.comments.splice(index, 1)
    return true
  }

  /**
   * Adds a reaction; the one already there when this user gave the same one to this comment (GitHub
   * answers 200 then, 201 for a new one).
   */
  addReaction(
    commentId: number,
    content: string,
    user: string
  ): { reaction: StoredReaction; created: boolean } {
    const existing = this.reactions.find(
      r => r.commentId === commentId && r.content === content && r.user.toLowerCase() === user.toLowerCase()
    )
    if (existing) return { reaction: existing, created: false }
    const reaction = { id: 80_000_001 + this.reactions.length, commentId, content, user }
    this.reactions.push(reaction)
    return { reaction, created: true }
  }

  /** Timestamps advance one second per write, so ordering by time and by id agree. */
  private tick(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  /** Takes one unit of a counted fault, if any is left. */
  consume(fault: 'serverErrors' | 'rateLimit' | 'secondaryRateLimit'): boolean {
    const left = this.faults[fault] ?? 0
    if (left <= 0) return false
    this.faults[fault] = left - 1
    return true
  }
}

function key(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}
