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

export interface StickyComment {
  url: string
  /** The comment kept is the one this call posted (false: it edited an older one, a race's or a past run's). */
  created: boolean
  id: number
  /** Other comments carrying the marker (left by a race or an older version) that this call deleted. */
  removed: string[]
  /** Other comments carrying the marker that could not be deleted: left in place, reported. */
  duplicates: string[]
}

interface MarkedComment {
  id: number
  html_url: string
}

/** Rounds of "list, then write": a second round only when the comment to edit vanished under us. */
const STICKY_ROUNDS = 2

/**
 * Keeps one comment per marker on an issue or pull request: edits the oldest comment whose body
 * starts with `marker`, or creates it. Comments that do not start with the marker (a reviewer's,
 * another bot's, a quote of ours) are never touched.
 *
 * Jobs racing (two pushes in quick succession, a re-run matrix) can both find no comment and both
 * create one, so a creation is checked by listing again: the marker comment with the smallest id
 * wins, which every racer computes the same way. A loser writes its body into the winner and deletes
 * its own, so the racers converge on one comment carrying the last write. An edit deletes the
 * duplicates it finds. Calls: an edit is list + patch; a creation is list + create + re-list; a lost
 * race adds a patch and a delete, and each duplicate one delete.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  repo: RepoRef,
  issue: number,
  marker: string,
  body: string
): Promise<StickyComment> {
  if (!marker.trim()) throw new Error('upsertStickyComment: the marker must not be empty')
  const text = body.startsWith(marker) ? body : `${marker}\n${body}`
  const where = `${repo.owner}/${repo.repo}#${issue}`
  try {
    return await writeSticky(octokit, repo, issue, marker, text)
  } catch (error) {
    const status = httpStatus(error)
    if (status === 403 || status === 404) {
      throw new CommentPermissionError(
        `Cannot comment on ${where} (HTTP ${status}: ${errorMessage(error)}). A pull request from a fork ` +
          'gets a read-only token; grant `pull-requests: write` (or `issues: write`) to comment.',
        status,
        { cause: error }
      )
    }
    throw context(`updating the comment on ${where}`, error)
  }
}

async function writeSticky(
  octokit: Octokit,
  repo: RepoRef,
  issue: number,
  marker: string,
  text: string
): Promise<StickyComment> {
  for (let round = 1; ; round++) {
    // On the last round a 404 on the edit is no longer a vanished comment but a refusal: it throws.
    const lastRound = round >= STICKY_ROUNDS
    const [oldest, ...others] = await markedComments(octokit, repo, issue, marker)
    if (oldest) {
      const edited = await edit(octokit, repo, oldest.id, text, lastRound)
      if (!edited) continue
      return { ...edited, created: false, ...(await remove(octokit, repo, others)) }
    }
    const { data: mine } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue,
      body: text
    })
    const listed = await markedComments(octokit, repo, issue, marker)
    // A listing that lags behind our own write still counts ours.
    const all = listed.some(c => c.id === mine.id) ? listed : [...listed, mine].sort((a, b) => a.id - b.id)
    const survivor = all[0] ?? mine
    const rest = all.filter(c => c.id !== survivor.id)
    if (survivor.id === mine.id) {
      return { url: mine.html_url, id: mine.id, created: true, ...(await remove(octokit, repo, rest)) }
    }
    // Lost the race: our body goes into the survivor first, so ours is only deleted once it is there.
    const edited = await edit(octokit, repo, survivor.id, text, lastRound)
    if (!edited) continue // the survivor vanished; ours stays and the next round keeps it
    return { ...edited, created: false, ...(await remove(octokit, repo, rest)) }
  }
}

/** The comments starting with the marker, oldest (smallest id) first. */
async function markedComments(
  octokit: Octokit,
  repo: RepoRef,
  issue: number,
  marker: string
): Promise<MarkedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100
  })
  return comments.filter(c => (c.body ?? '').startsWith(marker)).sort((a, b) => a.id - b.id)
}

/** Undefined when the comment is gone (404) and `strict` is off. */
async function edit(
  octokit: Octokit,
  repo: RepoRef,
  id: number,
  text: string,
  strict: boolean
): Promise<{ url: string; id: number } | undefined> {
  try {
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: text })
    return { url: data.html_url, id: data.id }
  } catch (error) {
    if (!strict && httpStatus(error) === 404) return undefined
    throw error
  }
}

/**
 * Deletes duplicate marker comments. A racer may delete the same one first (404: gone all the same);
 * any other failure leaves it in place and reports it, since the report itself is already written.
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
