import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { createOctokit, type Octokit } from '../../../src/adapters/github.js'
import {
  CommentPermissionError,
  readStickyComment,
  upsertStickyComment,
  type StickyTarget
} from '../../../src/adapters/sticky-comment.js'
import { errorMessage } from '../../../src/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../../tools/emulator/github/server.js'
import { History, type GitHubSeed } from '../../../tools/emulator/github/seed.js'

/** The default GITHUB_TOKEN of the job: it writes as github-actions[bot]. */
const TOKEN = 'ghs_secret_adapter_token_123'
/** Someone else's token with the same bot identity is what a racing job of the same workflow holds. */
const BOT = 'github-actions[bot]'
/** A personal access token: it writes as its user. */
const PAT = 'ghp_personal_token_of_the_maintainer_0001'
/** Another app on the same repository, which also posts comments and could copy our marker. */
const OTHER_APP = 'ghs_token_of_another_app_000000000001'
const repo = { owner: 'acme', repo: 'ml' }
const MARKER = '<!-- sagemaker-selective-execution pipeline="AbalonePipeline" -->'

const at = (issue: number, author = BOT): StickyTarget => ({ repo, issue, marker: MARKER, author })

function seed(): GitHubSeed {
  const h = new History()
  h.commit('root', { changes: { 'README.md': 'hi' } })
  h.commit('f1', { parents: ['root'], changes: { 'src/train.py': 'v2' } })
  return {
    tokens: { [TOKEN]: BOT, [PAT]: 'maintainer', [OTHER_APP]: 'other-app[bot]' },
    requireToken: true,
    repos: [
      {
        owner: 'acme',
        name: 'ml',
        branches: h.branches({ main: 'root', feature: 'f1' }),
        commits: h.commits,
        pulls: [{ number: 7, head: h.sha('f1'), headRef: 'feature', base: 'main' }],
        comments: [
          { issue: 7, body: 'Please also retrain.', user: 'alice' },
          { issue: 7, body: `> ${MARKER}\n> quoting the bot`, user: 'bob' }
        ]
      }
    ]
  }
}

let standIn: GitHubStandIn
let octokit: Octokit
/** Plain Octokit (no throttling) for arranging state: the throttled one spaces writes 1 s apart. */
let raw: Octokit

beforeAll(async () => {
  standIn = await startGitHubStandIn()
  octokit = createOctokit(TOKEN, {
    baseUrl: standIn.url,
    backoffUnitMs: 5,
    log: { warning: () => undefined }
  })
  raw = getOctokit(TOKEN, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })
})

afterAll(async () => {
  await standIn.close()
})

beforeEach(() => {
  standIn.seed(seed())
  standIn.setFaults({})
  standIn.resetCalls()
})

const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const EDIT_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'
const DELETE_COMMENT = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}'

/** The comment calls made, by kind (undefined kinds left out). */
function commentCalls(): Record<string, number> {
  const calls = standIn.calls()
  const counts: Record<string, number> = {}
  for (const [name, key] of [
    ['list', LIST_COMMENTS],
    ['create', CREATE_COMMENT],
    ['edit', EDIT_COMMENT],
    ['delete', DELETE_COMMENT]
  ] as const) {
    if (calls[key] !== undefined) counts[name] = calls[key]
  }
  return counts
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>(r => (resolve = r))
  return { promise, resolve }
}

/**
 * Unthrottled clients (the throttling plugin spaces writes 1 s apart across every client of the
 * process, which would serialise the race) for jobs racing each other.
 */
const client = (): Octokit =>
  getOctokit(TOKEN, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })

/** Clients whose comment creations wait until every one of them has listed: the race made certain. */
function racers(count: number): Octokit[] {
  const allListed = deferred()
  let arrived = 0
  return Array.from({ length: count }, () => {
    const racer = client()
    racer.hook.before('request', async options => {
      if (options.method !== 'POST') return
      if (++arrived === count) allListed.resolve()
      await allListed.promise
    })
    return racer
  })
}

describe('upsertStickyComment', () => {
  const bodies = () => standIn.comments('acme', 'ml', 7).map(c => [c.user, c.body])
  const humans = () => standIn.comments('acme', 'ml', 7).filter(c => c.user !== 'github-actions[bot]')
  const ours = () => standIn.comments('acme', 'ml', 7).filter(c => c.body.startsWith(MARKER))

  it('creates the comment once (list, create, re-list), then edits it in place (list, edit)', async () => {
    const humanBefore = humans()
    const first = await upsertStickyComment(octokit, at(7), `${MARKER}\nplan v1`)
    expect(first).toMatchObject({ created: true, removed: [], duplicates: [] })
    expect(first.url).toMatch(/^https:\/\/github\.com\/acme\/ml\/pull\/7#issuecomment-\d+$/)
    expect(commentCalls()).toEqual({ list: 2, create: 1 })

    standIn.resetCalls()
    const second = await upsertStickyComment(octokit, at(7), `${MARKER}\nplan v2`)
    expect(second).toEqual({
      created: false,
      url: first.url,
      id: first.id,
      removed: [],
      duplicates: [],
      refused: []
    })
    expect(commentCalls()).toEqual({ list: 1, edit: 1 })
    expect(bodies()).toEqual([
      ['alice', 'Please also retrain.'],
      ['bob', `> ${MARKER}\n> quoting the bot`],
      ['github-actions[bot]', `${MARKER}\nplan v2`]
    ])
    expect(humans()).toEqual(humanBefore)
  })

  it('puts the marker first when the body lacks it, so the next run finds it', async () => {
    await upsertStickyComment(octokit, at(7), 'plan without marker')
    const again = await upsertStickyComment(octokit, at(7), 'plan again')
    expect(again.created).toBe(false)
    expect(bodies().at(-1)).toEqual(['github-actions[bot]', `${MARKER}\nplan again`])
  })

  it('finds its comment beyond the first page of comments', async () => {
    const mine = await upsertStickyComment(octokit, at(7), 'v1')
    for (let i = 0; i < 120; i++)
      await raw.rest.issues.createComment({ ...repo, issue_number: 7, body: `chat ${i}` })
    const next = await upsertStickyComment(octokit, at(7), 'v2')
    expect(next).toMatchObject({ created: false, id: mine.id })
  })

  it('edits the oldest of duplicates left by an earlier race and deletes only the other marker comments', async () => {
    const post = (body: string) => raw.rest.issues.createComment({ ...repo, issue_number: 7, body })
    const a = await post(`${MARKER}\nrun A`)
    await post('a reviewer in between')
    const b = await post(`${MARKER}\nrun B`)
    const c = await post(`${MARKER}\nrun C`)
    const humanBefore = humans()
    standIn.resetCalls()
    const result = await upsertStickyComment(octokit, at(7), 'run D')
    expect(result).toEqual({
      created: false,
      id: a.data.id,
      url: a.data.html_url,
      removed: [b.data.html_url, c.data.html_url],
      duplicates: [],
      refused: []
    })
    expect(ours().map(x => [x.id, x.body])).toEqual([[a.data.id, `${MARKER}\nrun D`]])
    expect(humans()).toEqual(humanBefore)
    expect(bodies().map(([, body]) => body)).toContain('a reviewer in between')
    expect(commentCalls()).toEqual({ list: 1, edit: 1, delete: 2 })
  })

  it('reports a duplicate it may not delete and leaves it in place', async () => {
    const a = await raw.rest.issues.createComment({ ...repo, issue_number: 7, body: `${MARKER}\nA` })
    const b = await raw.rest.issues.createComment({ ...repo, issue_number: 7, body: `${MARKER}\nB` })
    const refusing = client()
    refusing.hook.wrap('request', async (request, options) => {
      if (options.method === 'DELETE')
        throw Object.assign(new Error('Must have admin rights'), { status: 403 })
      return request(options)
    })
    const result = await upsertStickyComment(refusing, at(7), 'C')
    expect(result).toMatchObject({ id: a.data.id, removed: [], duplicates: [b.data.html_url] })
    expect(ours().map(x => x.body)).toEqual([`${MARKER}\nC`, `${MARKER}\nB`])
  })

  it('two jobs racing (both list before either creates) end with one comment carrying the last write', async () => {
    const humanBefore = humans()
    const [a, b] = racers(2) as [Octokit, Octokit]
    const results = await Promise.all([
      upsertStickyComment(a, at(7), 'from job A'),
      upsertStickyComment(b, at(7), 'from job B')
    ])
    expect(ours()).toHaveLength(1)
    const [kept] = ours()
    expect(results.map(r => r.id)).toEqual([kept!.id, kept!.id])
    expect(results.map(r => r.url)).toEqual([results[0].url, results[0].url])
    // The winner created the survivor; the loser wrote into it afterwards, so its body is the last write.
    expect(results.map(r => r.created).sort()).toEqual([false, true])
    const loser = results.findIndex(r => !r.created)
    expect(kept!.body).toBe(`${MARKER}\nfrom job ${loser === 0 ? 'A' : 'B'}`)
    expect(humans()).toEqual(humanBefore)
    const calls = commentCalls()
    expect(calls).toMatchObject({ list: 4, create: 2, edit: 1 })
    expect(calls.delete).toBeGreaterThanOrEqual(1)
  })

  it('three jobs racing converge on one comment', async () => {
    const clients = racers(3)
    const results = await Promise.all(clients.map((c, i) => upsertStickyComment(c, at(7), `from job ${i}`)))
    expect(ours()).toHaveLength(1)
    expect(new Set(results.map(r => r.id))).toEqual(new Set([ours()[0]!.id]))
    expect(results.filter(r => r.created)).toHaveLength(1)
    expect(humans().map(c => c.body)).toEqual(['Please also retrain.', `> ${MARKER}\n> quoting the bot`])
  })

  it("the winner deletes a racer's comment before the racer re-lists: the racer still writes into the winner", async () => {
    // A lists, B lists, A creates, B creates, A re-lists (and deletes B's), B re-lists (its own is gone).
    const bListed = deferred()
    const aCreated = deferred()
    const bCreated = deferred()
    const aDone = deferred()
    const a = client()
    const b = client()
    let aPosted = false
    let bPosted = false
    a.hook.before('request', async options => {
      if (options.method === 'POST') await bListed.promise
      if (options.method === 'GET' && aPosted) await bCreated.promise
    })
    a.hook.after('request', (_response, options) => {
      if (options.method !== 'POST') return
      aPosted = true
      aCreated.resolve()
    })
    b.hook.before('request', async options => {
      if (options.method === 'POST') await aCreated.promise
      if (options.method === 'GET' && bPosted) await aDone.promise
    })
    b.hook.after('request', (_response, options) => {
      if (options.method === 'GET' && !bPosted) bListed.resolve()
      if (options.method !== 'POST') return
      bPosted = true
      bCreated.resolve()
    })
    const first = upsertStickyComment(a, at(7), 'from job A').finally(aDone.resolve)
    const second = upsertStickyComment(b, at(7), 'from job B')
    const [ra, rb] = await Promise.all([first, second])
    expect(ra).toMatchObject({ created: true, duplicates: [] })
    expect(ra.removed).toHaveLength(1)
    expect(rb).toMatchObject({ created: false, id: ra.id, url: ra.url, removed: ra.removed, duplicates: [] })
    expect(ours().map(c => [c.id, c.body])).toEqual([[ra.id, `${MARKER}\nfrom job B`]])
    // B's delete of its own comment found it gone (404) and counted it as removed all the same.
    expect(commentCalls()).toEqual({ list: 4, create: 2, edit: 1, delete: 2 })
  })

  it('a job that finds the comment already written by a finished racer folds into it', async () => {
    // A lists, B lists, A creates and re-lists (alone), then B creates, re-lists, edits A's, deletes its own.
    const bListed = deferred()
    const aDone = deferred()
    const a = client()
    const b = client()
    a.hook.before('request', async options => {
      if (options.method === 'POST') await bListed.promise
    })
    b.hook.after('request', (_response, options) => {
      if (options.method === 'GET') bListed.resolve()
    })
    b.hook.before('request', async options => {
      if (options.method === 'POST') await aDone.promise
    })
    const first = upsertStickyComment(a, at(7), 'from job A').finally(aDone.resolve)
    const second = upsertStickyComment(b, at(7), 'from job B')
    const [ra, rb] = await Promise.all([first, second])
    expect(ra).toMatchObject({ created: true, removed: [], duplicates: [] })
    expect(rb).toMatchObject({ created: false, id: ra.id, url: ra.url, duplicates: [] })
    expect(rb.removed).toHaveLength(1)
    expect(ours().map(c => [c.id, c.body])).toEqual([[ra.id, `${MARKER}\nfrom job B`]])
    expect(commentCalls()).toEqual({ list: 4, create: 2, edit: 1, delete: 1 })
  })

  it('starts over when the comment it was about to edit is deleted under it', async () => {
    const old = await raw.rest.issues.createComment({ ...repo, issue_number: 7, body: `${MARKER}\nold` })
    standIn.resetCalls()
    const racing = client()
    let deleted = false
    racing.hook.before('request', async options => {
      if (options.method !== 'PATCH' || deleted) return
      deleted = true
      await raw.rest.issues.deleteComment({ ...repo, comment_id: old.data.id })
    })
    const result = await upsertStickyComment(racing, at(7), 'new')
    expect(result.created).toBe(true)
    expect(ours().map(c => [c.id, c.body])).toEqual([[result.id, `${MARKER}\nnew`]])
    // list, edit (404: gone, so not deleted again), create, re-list; plus the arranged delete.
    expect(commentCalls()).toEqual({ list: 2, edit: 1, create: 1, delete: 1 })
    expect(result.refused).toEqual([])
  })

  it('throws CommentPermissionError when it may not comment at all (403) or cannot see the issue (404)', async () => {
    standIn.setFaults({ failComments: true })
    const denied = await upsertStickyComment(octokit, at(7), 'x').catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(CommentPermissionError)
    expect(denied).toMatchObject({ status: 403 })
    expect(errorMessage(denied)).toMatch(/acme\/ml#7 \(HTTP 403: Resource not accessible by integration/)
    expect(errorMessage(denied)).not.toContain(TOKEN)
    // The adapter states the refusal; only the caller, which knows the event, may blame a fork.
    expect(errorMessage(denied)).not.toMatch(/fork/i)
    standIn.setFaults({})
    const missing = await upsertStickyComment(octokit, at(999), 'x').catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(CommentPermissionError)
  })

  it('posts a fresh comment when every edit answers 404, and reports no refusal', async () => {
    await raw.rest.issues.createComment({ ...repo, issue_number: 7, body: `${MARKER}\nold` })
    standIn.setFaults({ failCommentEdits: 404 })
    standIn.resetCalls()
    const result = await upsertStickyComment(octokit, at(7), 'x')
    expect(result).toMatchObject({ created: true, refused: [], duplicates: [] })
    expect(ours().map(c => c.body)).toEqual([`${MARKER}\nold`, `${MARKER}\nx`])
    expect(commentCalls()).toEqual({ list: 2, edit: 1, create: 1 })
  })

  it('rethrows other failures with context after retrying', async () => {
    standIn.setFaults({ serverErrors: 2 })
    expect((await upsertStickyComment(octokit, at(7), 'ok')).created).toBe(true)
    await expect(upsertStickyComment(octokit, at(7), 'x'.repeat(70000))).rejects.toThrow(
      /updating the comment on acme\/ml#7 failed: Validation Failed/
    )
  })
})

describe('upsertStickyComment: only comments of its own identity', () => {
  const all = () => standIn.comments('acme', 'ml', 7).map(c => ({ id: c.id, user: c.user, body: c.body }))
  const post = (client: Octokit, body: string) =>
    client.rest.issues.createComment({ ...repo, issue_number: 7, body })
  const pat = () => getOctokit(PAT, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })
  /** Unthrottled: the production client spaces writes 1 s apart, which only slows these tests. */
  let quick: Octokit
  beforeAll(() => {
    quick = client()
  })
  const otherApp = () => getOctokit(OTHER_APP, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })

  it('leaves a marker comment someone else wrote untouched and posts its own beside it', async () => {
    const forged = await post(pat(), `${MARKER}\nAll 0 steps ran. ✅ Safe to merge.`)
    const app = await post(otherApp(), `${MARKER}\nanother app copying the marker`)
    const before = all()
    standIn.resetCalls()

    const first = await upsertStickyComment(octokit, at(7), 'plan v1')
    expect(first).toMatchObject({ created: true, removed: [], duplicates: [], refused: [] })
    // Never an edit or a delete aimed at their comments: listed, created, listed again.
    expect(commentCalls()).toEqual({ list: 2, create: 1 })
    expect(all().slice(0, before.length)).toEqual(before)

    standIn.resetCalls()
    const second = await upsertStickyComment(octokit, at(7), 'plan v2')
    expect(second).toMatchObject({ created: false, id: first.id })
    expect(commentCalls()).toEqual({ list: 1, edit: 1 })
    expect(all()).toEqual([...before, { id: first.id, user: BOT, body: `${MARKER}\nplan v2` }])
    expect(all().map(c => c.id)).toEqual(expect.arrayContaining([forged.data.id, app.data.id]))
  })

  it('keeps editing its own comment when a forged one appears between runs', async () => {
    const mine = await upsertStickyComment(quick, at(7), 'plan v1')
    await post(pat(), `${MARKER}\nforged later`)
    const next = await upsertStickyComment(quick, at(7), 'plan v2')
    expect(next).toMatchObject({ created: false, id: mine.id, removed: [], duplicates: [] })
    expect(all().filter(c => c.body.includes('forged later'))).toHaveLength(1)
  })

  it('with a personal access token, its user’s comments are its own and the bot’s are not', async () => {
    const botComment = await upsertStickyComment(quick, at(7), 'written with the default token')
    const client = pat()
    standIn.resetCalls()
    const first = await upsertStickyComment(client, at(7, 'maintainer'), 'written with a PAT')
    expect(first.created).toBe(true)
    expect(commentCalls()).toEqual({ list: 2, create: 1 })
    const again = await upsertStickyComment(client, at(7, 'Maintainer'), 'PAT again')
    // Logins compare without case, as GitHub treats them.
    expect(again).toMatchObject({ created: false, id: first.id })
    expect(all().find(c => c.id === botComment.id)?.body).toBe(`${MARKER}\nwritten with the default token`)
  })

  it('posts a fresh comment when its own comment refuses the edit (403), and says so', async () => {
    const old = await upsertStickyComment(quick, at(7), 'old report')
    standIn.setFaults({ failCommentEdits: true })
    standIn.resetCalls()
    const result = await upsertStickyComment(quick, at(7), 'new report')
    expect(result).toMatchObject({ created: true, refused: [old.url], removed: [old.url], duplicates: [] })
    expect(
      all()
        .filter(c => c.user === BOT)
        .map(c => c.body)
    ).toEqual([`${MARKER}\nnew report`])
    // list, edit (403), create, re-list, then the refusing one deleted (deletion was allowed).
    expect(commentCalls()).toEqual({ list: 2, edit: 1, create: 1, delete: 1 })
  })

  it('a refusing comment that may not be deleted either stays, reported, and the next run edits the fresh one', async () => {
    const old = await upsertStickyComment(quick, at(7), 'old report')
    const refusing = client()
    refusing.hook.wrap('request', async (request, options) => {
      const target = (options as { comment_id?: number }).comment_id
      if (target === old.id && (options.method === 'PATCH' || options.method === 'DELETE'))
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
      return request(options)
    })
    const fresh = await upsertStickyComment(refusing, at(7), 'report 2')
    expect(fresh).toMatchObject({ created: true, refused: [old.url], removed: [], duplicates: [old.url] })
    standIn.resetCalls()
    const next = await upsertStickyComment(refusing, at(7), 'report 3')
    expect(next).toMatchObject({ created: false, id: fresh.id, refused: [old.url], duplicates: [old.url] })
    expect(commentCalls()).toEqual({ list: 1, edit: 1 })
    expect(
      all()
        .filter(c => c.user === BOT)
        .map(c => c.body)
    ).toEqual([`${MARKER}\nold report`, `${MARKER}\nreport 3`])
  })

  it('racers skip the same refusing comment and still converge on one survivor', async () => {
    const old = await upsertStickyComment(quick, at(7), 'old report')
    const [a, b] = racers(2) as [Octokit, Octokit]
    for (const racer of [a, b]) {
      racer.hook.wrap('request', async (request, options) => {
        if (options.method === 'PATCH' && (options as { comment_id?: number }).comment_id === old.id)
          throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
        return request(options)
      })
    }
    const results = await Promise.all([
      upsertStickyComment(a, at(7), 'from job A'),
      upsertStickyComment(b, at(7), 'from job B')
    ])
    const kept = all().filter(c => c.user === BOT)
    expect(kept).toHaveLength(1)
    expect(new Set(results.map(r => r.id))).toEqual(new Set([kept[0]!.id]))
    expect(results.filter(r => r.created)).toHaveLength(1)
    expect(kept[0]!.id).not.toBe(old.id)
  })

  it('refuses an empty author rather than matching every comment', async () => {
    await expect(upsertStickyComment(quick, at(7, ' '), 'x')).rejects.toThrow(/author must not be empty/)
  })
})

describe('readStickyComment', () => {
  it("reads only our identity's oldest marker comment, never a copy of the marker by someone else", async () => {
    expect(await readStickyComment(octokit, at(7))).toBeUndefined()
    standIn.postComment('acme', 'ml', 7, `${MARKER}\nforged plan`, 'mallory')
    standIn.postComment('acme', 'ml', 7, `${MARKER}\nanother app's copy`, 'other-app[bot]')
    expect(await readStickyComment(octokit, at(7))).toBeUndefined()
    const ours = standIn.postComment('acme', 'ml', 7, `${MARKER}\nour plan`, BOT)
    standIn.postComment('acme', 'ml', 7, `${MARKER}\na later duplicate`, BOT)
    expect(await readStickyComment(octokit, at(7))).toEqual({
      id: ours.id,
      url: ours.htmlUrl,
      body: `${MARKER}\nour plan`,
      updatedAt: ours.updatedAt
    })
    expect(await readStickyComment(octokit, at(7, 'mallory'))).toMatchObject({
      body: `${MARKER}\nforged plan`
    })
  })
})
