import { errorMessage } from '../errors.js'
import { context, httpStatus, type Octokit, type RepoRef } from './github.js'

export class CommentPermissionError extends Error {
  readonly status: number
  constructor(message: string, status: number, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CommentPermissionError'
    this.status = status
  }
}

/** Where the sticky comment lives and how the action recognises its own. */
export interface StickyTarget {
  repo: RepoRef
  /** Issue or pull request number. */
  issue: number
  /** The hidden first line naming the pipeline. */
  marker: string
  /**
   * The login the token writes as (`tokenIdentity`). Only comments this login wrote are ever adopted,
   * edited or deleted: a marker in anyone else's comment is text, not a claim.
   */
  author: string
}

export interface StickyComment {
  url: string
  /** The comment kept is the one this call posted (false: it edited an older one, a race's or a past run's). */
  created: boolean
  id: number
  /** Other comments of ours carrying the marker (left by a race or an older version) that this call deleted. */
  removed: string[]
  /** Other comments of ours carrying the marker that could not be deleted: left in place, reported. */
  duplicates: string[]
  /** Comments of ours carrying the marker that refused the edit (403): another one, or a fresh one, took the report. */
  refused: string[]
}

interface MarkedComment {
  id: number
  html_url: string
}

/** Edits tried before giving up on the existing comments and posting a fresh one. */
const MAX_EDIT_ATTEMPTS = 5

/**
 * Keeps one comment per marker on an issue or pull request: edits the oldest comment that our own
 * identity (`target.author`) wrote and whose body starts with the marker, or creates it. Comments by
 * anyone else are never touched, whatever they contain (a reviewer's, another bot's, a quote of ours,
 * or a hostile copy of the marker meant to be edited or deleted in our name).
 *
 * Jobs racing (two pushes in quick succession, a re-run matrix) can both find no comment and both
 * create one, so a creation is checked by listing again: our marker comment with the smallest id
 * wins, which every racer computes the same way. A loser writes its body into the winner and deletes
 * its own, so the racers converge on one comment carrying the last write. An edit deletes the
 * duplicates it finds. Calls: an edit is list + patch; a creation is list + create + re-list; a lost
 * race adds a patch and a delete, and each duplicate one delete.
 *
 * A comment that refuses the edit (403) or is gone (404) is skipped and the next one of ours tried;
 * when none takes the edit, a fresh comment carries the report, so a refusal never leaves the pull
 * request without it. Racers skip the same refusing comments, so they still agree on the survivor.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyTarget,
  body: string
): Promise<StickyComment> {
  const { repo, issue, marker } = target
  if (!marker.trim()) throw new Error('upsertStickyComment: the marker must not be empty')
  if (!target.author.trim()) throw new Error('upsertStickyComment: the author must not be empty')
  const text = body.startsWith(marker) ? body : `${marker}\n${body}`
  const where = `${repo.owner}/${repo.repo}#${issue}`
  try {
    return await writeSticky(octokit, target, text)
  } catch (error) {
    const status = httpStatus(error)
    if (status === 403 || status === 404) {
      throw new CommentPermissionError(
        `Cannot comment on ${where} (HTTP ${status}: ${errorMessage(error)})`,
        status,
        { cause: error }
      )
    }
    throw context(`updating the comment on ${where}`, error)
  }
}

async function writeSticky(octokit: Octokit, target: StickyTarget, text: string): Promise<StickyComment> {
  const { repo, issue } = target
  /** Ours, but the edit was refused (403): never the one to keep; deleted if deletion is allowed. */
  const refused = new Map<number, MarkedComment>()
  /** Gone under us (404 on the edit): never the one to keep, nothing left to delete. */
  const gone = new Set<number>()
  let attempts = 0
  const tryEdit = async (comment: MarkedComment) => {
    attempts++
    const result = await edit(octokit, repo, comment.id, text)
    if (result === 403) refused.set(comment.id, comment)
    else if (result === 404) gone.add(comment.id)
    return typeof result === 'number' ? undefined : result
  }
  const done = async (
    kept: { url: string; id: number },
    created: boolean,
    listed: MarkedComment[]
  ): Promise<StickyComment> => {
    const others = new Map([...listed, ...refused.values()].map(c => [c.id, c]))
    others.delete(kept.id)
    for (const id of gone) others.delete(id)
    const cleanup = await remove(
      octokit,
      repo,
      [...others.values()].sort((a, b) => a.id - b.id)
    )
    return { ...kept, created, ...cleanup, refused: [...refused.values()].map(c => c.html_url) }
  }
  const usable = (c: MarkedComment) => !refused.has(c.id) && !gone.has(c.id)

  const listed = await markedComments(octokit, target)
  for (const comment of listed) {
    if (attempts >= MAX_EDIT_ATTEMPTS) break
    const edited = await tryEdit(comment)
    if (edited) return done(edited, false, listed)
  }

  const { data: mine } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: text })
  const mineRef = { id: mine.id, html_url: mine.html_url }
  for (;;) {
    const again = await markedComments(octokit, target)
    // A listing that lags behind our own write still counts ours.
    const all = (again.some(c => c.id === mine.id) ? again : [...again, mineRef]).sort((a, b) => a.id - b.id)
    const survivor = all.find(usable) ?? mineRef
    if (survivor.id === mine.id || attempts >= 2 * MAX_EDIT_ATTEMPTS) {
      return done({ url: mine.html_url, id: mine.id }, true, all)
    }
    // Lost the race: our body goes into the survivor first, so ours is only deleted once it is there.
    const edited = await tryEdit(survivor)
    if (edited) return done(edited, false, all)
    // The survivor refused or vanished: look again without it; ours is always a candidate.
  }
}

/** Our comments starting with the marker, oldest (smallest id) first. */
async function markedComments(octokit: Octokit, target: StickyTarget): Promise<MarkedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...target.repo,
    issue_number: target.issue,
    per_page: 100
  })
  const author = target.author.toLowerCase()
  return comments
    .filter(c => c.user?.login?.toLowerCase() === author && (c.body ?? '').startsWith(target.marker))
    .map(c => ({ id: c.id, html_url: c.html_url }))
    .sort((a, b) => a.id - b.id)
}

/** The edited comment, or the status when it refuses the edit (403) or is gone (404). */
async function edit(
  octokit: Octokit,
  repo: RepoRef,
  id: number,
  text: string
): Promise<{ url: string; id: number } | 403 | 404> {
  try {
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: text })
    return { url: data.html_url, id: data.id }
  } catch (error) {
    const status = httpStatus(error)
    if (status === 403 || status === 404) return status
    throw error
  }
}

/**
 * Deletes duplicate marker comments of ours. A racer may delete the same one first (404: gone all
 * the same); any other failure leaves it in place and reports it, since the report itself is already
 * written.
 */
async function remove(
  octokit: Octokit,
  repo: RepoRef,
  comments: MarkedComment[]
): Promise<Pick<StickyComment, 'removed' | 'duplicates'>> {
  const removed: string[] = []
  const duplicates: string[] = []
  for (const comment of comments) {
    try {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: comment.id })
      removed.push(comment.html_url)
    } catch (error) {
      if (httpStatus(error) === 404) removed.push(comment.html_url)
      else duplicates.push(comment.html_url)
    }
  }
  return { removed, duplicates }
}

/**
 * The sticky comment as it stands: the oldest comment our own identity (`target.author`) wrote whose
 * body starts with the marker, or undefined. A marker in anyone else's comment is never read.
 */
export async function readStickyComment(
  octokit: Octokit,
  target: StickyTarget
): Promise<{ id: number; url: string; body: string; updatedAt?: string } | undefined> {
  const where = `${target.repo.owner}/${target.repo.repo}#${target.issue}`
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...target.repo,
      issue_number: target.issue,
      per_page: 100
    })
    const author = target.author.toLowerCase()
    const ours = comments
      .filter(c => c.user?.login?.toLowerCase() === author && (c.body ?? '').startsWith(target.marker))
      .sort((a, b) => a.id - b.id)[0]
    return ours
      ? { id: ours.id, url: ours.html_url, body: ours.body ?? '', updatedAt: ours.updated_at }
      : undefined
  } catch (error) {
    throw context(`reading the comments of ${where}`, error)
  }
}
