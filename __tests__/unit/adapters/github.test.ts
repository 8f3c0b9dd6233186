import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  changedFilesBetween,
  changedFilesSinceMergeBase,
  createOctokit,
  defaultBranch,
  mergeBase,
  pullRequest,
  pullRequestFiles,
  type Octokit
} from '../../../src/adapters/github.js'
import { CommentPermissionError, upsertStickyComment } from '../../../src/adapters/sticky-comment.js'
import { errorMessage } from '../../../src/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../../tools/emulator/github/server.js'
import { History, manyFiles, type GitHubSeed } from '../../../tools/emulator/github/seed.js'

const TOKEN = 'ghs_secret_adapter_token_123'
const repo = { owner: 'acme', repo: 'ml' }
const MARKER = '<!-- sagemaker-selective-execution:AbalonePipeline -->'

/**
 *   root ── m1 ── m2 ─────────── wide (+450 files)          main = m2
 *     ├──── f1 ── f2                                        feature (PR #7)
 *     ├──── old ── (force-pushed away: only reachable by SHA)
 *     ├──── many (3,500 files, PR #8)
 *     └──── huge (truncated tree)
 */
function build(): { seed: GitHubSeed; h: History } {
  const h = new History()
  h.commit('root', {
    changes: { 'README.md': 'hi', 'src/train.py': 'v1', 'src/evaluate.py': 'v1', 'src/utils.py': 'u1' }
  })
  h.commit('m1', { parents: ['root'], changes: { 'src/evaluate.py': 'v2' } })
  h.commit('m2', { parents: ['m1'], changes: { 'docs/guide.md': 'g' } })
  h.commit('wide', { parents: ['m2'], changes: { ...manyFiles('data/w', 450), 'src/train.py': 'v9' } })
  h.commit('f1', { parents: ['root'], changes: { 'src/train.py': 'v2' } })
  h.commit('f2', { parents: ['f1'], changes: { 'src/utils.py': null, 'src/helpers.py': 'u1' } })
  h.commit('old', { parents: ['root'], changes: { 'src/train.py': 'v3', 'src/evaluate.py': 'v2' } })
  h.commit('many', { parents: ['root'], changes: manyFiles('data/f', 3500) })
  h.commit('huge', { parents: ['root'], changes: { 'x.txt': 'x' }, truncatedTree: true })
  const moves: Record<string, string | null> = {}
  for (const [path, content] of Object.entries(manyFiles('data/f', 200))) {
    moves[path] = null
    moves[path.replace('data/f', 'data/g')] = content
  }
  h.commit('moved', { parents: ['many'], changes: moves })
  const seed: GitHubSeed = {
    tokens: { [TOKEN]: 'github-actions[bot]' },
    requireToken: true,
    repos: [
      {
        owner: 'acme',
        name: 'ml',
        branches: h.branches({ main: 'm2', feature: 'f2', wide: 'wide', many: 'many', huge: 'huge' }),
        commits: h.commits,
        pulls: [
          { number: 7, head: h.sha('f2'), headRef: 'feature', base: 'main' },
          { number: 8, head: h.sha('many'), headRef: 'many', base: 'main' }
        ],
        comments: [
          { issue: 7, body: 'Please also retrain.', user: 'alice' },
          { issue: 7, body: `> ${MARKER}\n> quoting the bot`, user: 'bob' }
        ]
      }
    ]
  }
  return { seed, h }
}

let standIn: GitHubStandIn
let octokit: Octokit
/** Plain Octokit (no throttling) for arranging state: the throttled one spaces writes 1 s apart. */
let raw: Octokit
let h: History
const warnings: string[] = []

beforeAll(async () => {
  standIn = await startGitHubStandIn()
  octokit = createOctokit(TOKEN, {
    baseUrl: standIn.url,
    backoffUnitMs: 5,
    log: { warning: m => warnings.push(m) }
  })
  raw = getOctokit(TOKEN, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })
})

afterAll(async () => {
  await standIn.close()
})

beforeEach(() => {
  const built = build()
  h = built.h
  standIn.seed(built.seed)
  standIn.setFaults({})
  standIn.resetCalls()
  warnings.length = 0
})

const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}'
const TREES = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}'

describe('createOctokit', () => {
  it('reaches GITHUB_API_URL when no baseUrl is given', async () => {
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = standIn.url
    try {
      expect(await defaultBranch(createOctokit(TOKEN), repo)).toBe('main')
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })

  it('retries 500s and succeeds', async () => {
    standIn.setFaults({ serverErrors: 2 })
    expect(await defaultBranch(octokit, repo)).toBe('main')
    expect(standIn.calls()['GET /repos/{owner}/{repo}']).toBe(3)
  })

  it('gives up after its retries with context and never shows the token', async () => {
    standIn.setFaults({ serverErrors: 10 })
    const error = await defaultBranch(octokit, repo).catch((e: unknown) => e)
    expect(errorMessage(error)).toMatch(/GitHub API: reading acme\/ml failed: Server Error/)
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(TOKEN)
    expect(standIn.calls()['GET /repos/{owner}/{repo}']).toBe(4)
  })

  it('waits out primary and secondary rate limits', async () => {
    standIn.setFaults({ rateLimit: 1, secondaryRateLimit: 1 })
    expect(await defaultBranch(octokit, repo)).toBe('main')
    expect(standIn.calls()['GET /repos/{owner}/{repo}']).toBe(3)
    expect(warnings.join('\n')).toMatch(/rate limit hit on GET .*retrying/)
  })

  it('fails on a wrong token with 401', async () => {
    const wrong = createOctokit('ghs_wrong', { baseUrl: standIn.url, backoffUnitMs: 5 })
    await expect(defaultBranch(wrong, repo)).rejects.toThrow(/Bad credentials/)
  })
})

describe('changedFilesBetween', () => {
  it('uses the compare list when from is an ancestor of to', async () => {
    const changes = await changedFilesBetween(octokit, repo, h.sha('root'), h.sha('m2'))
    expect(changes).toMatchObject({ files: ['docs/guide.md', 'src/evaluate.py'], complete: true })
    expect(changes.detail).toMatch(/compare/)
    expect(standIn.calls()[TREES]).toBeUndefined()
  })

  it('diffs the trees when from is not an ancestor (a force-pushed or other-branch reference)', async () => {
    const changes = await changedFilesBetween(octokit, repo, h.sha('old'), h.sha('f2'))
    // old: train v3, evaluate v2; f2: train v2, evaluate v1, utils moved to helpers.
    expect(changes.files).toEqual(['src/evaluate.py', 'src/helpers.py', 'src/train.py', 'src/utils.py'])
    expect(changes.complete).toBe(true)
    expect(changes.detail).toMatch(/trees API .*not an ancestor/)
    expect(standIn.calls()[TREES]).toBe(2)
  })

  it('counts both paths of a rename', async () => {
    const changes = await changedFilesBetween(octokit, repo, h.sha('f1'), h.sha('f2'))
    expect(changes.files).toEqual(['src/helpers.py', 'src/utils.py'])
  })

  it('keeps the compare list for 200 renames (400 paths, 200 entries: under the cap)', async () => {
    const changes = await changedFilesBetween(octokit, repo, h.sha('many'), h.sha('moved'))
    expect(changes.files).toHaveLength(400)
    expect(changes.files).toContain('data/f00000.txt')
    expect(changes.files).toContain('data/g00199.txt')
    expect(standIn.calls()[TREES]).toBeUndefined()
  })

  it('lists every file past the 300-file compare cap', async () => {
    const changes = await changedFilesBetween(octokit, repo, 'main', 'wide')
    expect(changes.complete).toBe(true)
    expect(changes.files).toHaveLength(451)
    expect(changes.files).toContain('src/train.py')
    expect(changes.detail).toMatch(/at most 300/)
  })

  it('is empty and complete for the same commit, without calling GitHub', async () => {
    expect(await changedFilesBetween(octokit, repo, h.sha('m2'), h.sha('m2'))).toMatchObject({
      files: [],
      complete: true
    })
    expect(standIn.calls()).toEqual({})
  })

  it('is incomplete, with the reason, when a tree is truncated', async () => {
    const changes = await changedFilesBetween(octokit, repo, h.sha('old'), h.sha('huge'))
    expect(changes.complete).toBe(false)
    expect(changes.detail).toMatch(/truncated the file tree of [0-9a-f]{7}/)
  })

  it('fails with context when a commit does not exist', async () => {
    await expect(changedFilesBetween(octokit, repo, 'f'.repeat(40), h.sha('m2'))).rejects.toThrow(
      /reading the tree of fffffff failed: Not Found/
    )
  })
})

describe('changedFilesSinceMergeBase and mergeBase', () => {
  it('lists what the branch changed since it forked', async () => {
    expect(await mergeBase(octokit, repo, 'main', 'feature')).toBe(h.sha('root'))
    const changes = await changedFilesSinceMergeBase(octokit, repo, 'main', h.sha('f2'))
    expect(changes).toMatchObject({
      files: ['src/helpers.py', 'src/train.py', 'src/utils.py'],
      complete: true
    })
  })

  it('reads the trees from the merge base past 300 files', async () => {
    const changes = await changedFilesSinceMergeBase(octokit, repo, h.sha('root'), 'wide')
    expect(changes.files).toHaveLength(453)
    expect(standIn.calls()[COMPARE]).toBe(1)
  })
})

describe('pullRequestFiles and pullRequest', () => {
  it('pages through the whole list', async () => {
    expect(await pullRequestFiles(octokit, repo, 7)).toMatchObject({
      files: ['src/helpers.py', 'src/train.py', 'src/utils.py'],
      complete: true
    })
    expect(await pullRequest(octokit, repo, 7)).toEqual({
      number: 7,
      headSha: h.sha('f2'),
      headRef: 'feature',
      baseSha: h.sha('m2'),
      baseRef: 'main'
    })
  })

  it('is incomplete at 3,000 files (GitHub stops listing there)', async () => {
    const changes = await pullRequestFiles(octokit, repo, 8)
    expect(changes.files).toHaveLength(3000)
    expect(changes.complete).toBe(false)
    expect(changes.detail).toMatch(/at most 3000/)
    expect(standIn.calls()['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']).toBe(30)
  })
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
    const first = await upsertStickyComment(octokit, repo, 7, MARKER, `${MARKER}\nplan v1`)
    expect(first).toMatchObject({ created: true, removed: [], duplicates: [] })
    expect(first.url).toMatch(/^https:\/\/github\.com\/acme\/ml\/pull\/7#issuecomment-\d+$/)
    expect(commentCalls()).toEqual({ list: 2, create: 1 })

    standIn.resetCalls()
    const second = await upsertStickyComment(octokit, repo, 7, MARKER, `${MARKER}\nplan v2`)
    expect(second).toEqual({ created: false, url: first.url, id: first.id, removed: [], duplicates: [] })
    expect(commentCalls()).toEqual({ list: 1, edit: 1 })
    expect(bodies()).toEqual([
      ['alice', 'Please also retrain.'],
      ['bob', `> ${MARKER}\n> quoting the bot`],
      ['github-actions[bot]', `${MARKER}\nplan v2`]
    ])
    expect(humans()).toEqual(humanBefore)
  })

  it('puts the marker first when the body lacks it, so the next run finds it', async () => {
    await upsertStickyComment(octokit, repo, 7, MARKER, 'plan without marker')
    const again = await upsertStickyComment(octokit, repo, 7, MARKER, 'plan again')
    expect(again.created).toBe(false)
    expect(bodies().at(-1)).toEqual(['github-actions[bot]', `${MARKER}\nplan again`])
  })

  it('finds its comment beyond the first page of comments', async () => {
    const mine = await upsertStickyComment(octokit, repo, 7, MARKER, 'v1')
    for (let i = 0; i < 120; i++)
      await raw.rest.issues.createComment({ ...repo, issue_number: 7, body: `chat ${i}` })
    const next = await upsertStickyComment(octokit, repo, 7, MARKER, 'v2')
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
    const result = await upsertStickyComment(octokit, repo, 7, MARKER, 'run D')
    expect(result).toEqual({
      created: false,
      id: a.data.id,
      url: a.data.html_url,
      removed: [b.data.html_url, c.data.html_url],
      duplicates: []
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
    const result = await upsertStickyComment(refusing, repo, 7, MARKER, 'C')
    expect(result).toMatchObject({ id: a.data.id, removed: [], duplicates: [b.data.html_url] })
    expect(ours().map(x => x.body)).toEqual([`${MARKER}\nC`, `${MARKER}\nB`])
  })

  it('two jobs racing (both list before either creates) end with one comment carrying the last write', async () => {
    const humanBefore = humans()
    const [a, b] = racers(2) as [Octokit, Octokit]
    const results = await Promise.all([
      upsertStickyComment(a, repo, 7, MARKER, 'from job A'),
      upsertStickyComment(b, repo, 7, MARKER, 'from job B')
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
    const results = await Promise.all(
      clients.map((c, i) => upsertStickyComment(c, repo, 7, MARKER, `from job ${i}`))
    )
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
    const first = upsertStickyComment(a, repo, 7, MARKER, 'from job A').finally(aDone.resolve)
    const second = upsertStickyComment(b, repo, 7, MARKER, 'from job B')
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
    const first = upsertStickyComment(a, repo, 7, MARKER, 'from job A').finally(aDone.resolve)
    const second = upsertStickyComment(b, repo, 7, MARKER, 'from job B')
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
    const result = await upsertStickyComment(racing, repo, 7, MARKER, 'new')
    expect(result.created).toBe(true)
    expect(ours().map(c => [c.id, c.body])).toEqual([[result.id, `${MARKER}\nnew`]])
    // list, edit (404), list, create, re-list; plus the arranged delete.
    expect(commentCalls()).toEqual({ list: 3, edit: 1, create: 1, delete: 1 })
  })

  it('throws CommentPermissionError on 403 (fork token) and 404', async () => {
    standIn.setFaults({ failComments: true })
    const denied = await upsertStickyComment(octokit, repo, 7, MARKER, 'x').catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(CommentPermissionError)
    expect(denied).toMatchObject({ status: 403 })
    expect(errorMessage(denied)).toMatch(/acme\/ml#7 \(HTTP 403: Resource not accessible by integration/)
    expect(errorMessage(denied)).not.toContain(TOKEN)
    standIn.setFaults({})
    const missing = await upsertStickyComment(octokit, repo, 999, MARKER, 'x').catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(CommentPermissionError)
  })

  it('throws CommentPermissionError when edits keep answering 404, after one fresh look', async () => {
    await raw.rest.issues.createComment({ ...repo, issue_number: 7, body: `${MARKER}\nold` })
    standIn.setFaults({ failComments: 404 })
    standIn.resetCalls()
    const error = await upsertStickyComment(octokit, repo, 7, MARKER, 'x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CommentPermissionError)
    expect(error).toMatchObject({ status: 404 })
    expect(commentCalls()).toEqual({ list: 2, edit: 2 })
  })

  it('rethrows other failures with context after retrying', async () => {
    standIn.setFaults({ serverErrors: 2 })
    expect((await upsertStickyComment(octokit, repo, 7, MARKER, 'ok')).created).toBe(true)
    await expect(upsertStickyComment(octokit, repo, 7, MARKER, 'x'.repeat(70000))).rejects.toThrow(
      /updating the comment on acme\/ml#7 failed: Validation Failed/
    )
  })
})
