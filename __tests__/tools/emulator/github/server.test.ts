import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startGitHubStandIn, type GitHubStandIn } from '../../../../tools/emulator/github/server.js'
import { blobSha, History, manyFiles, type GitHubSeed } from '../../../../tools/emulator/github/seed.js'

const TOKEN = 'ghs_standin_test_token'
const repo = { owner: 'acme', repo: 'ml' }

/**
 *   root ── m1 ── m2            (main)
 *     └──── f1 ── f2            (feature, PR #7)
 * plus `big` (3,500 files added over root, PR #8) and `huge` (truncated tree).
 */
function world(): { seed: GitHubSeed; h: History } {
  const h = new History()
  h.commit('root', { changes: { 'README.md': 'hello\n', 'src/train.py': 'v1', 'src/evaluate.py': 'v1' } })
  h.commit('m1', { parents: ['root'], changes: { 'src/evaluate.py': 'v2' } })
  h.commit('m2', { parents: ['m1'], changes: { 'docs/guide.md': 'guide' } })
  h.commit('f1', { parents: ['root'], changes: { 'src/model.py': 'new' } })
  h.commit('f2', { parents: ['f1'], changes: { 'src/train.py': null, 'src/fit.py': 'v1' } })
  h.commit('big', { parents: ['root'], changes: manyFiles('data/f', 3500) })
  h.commit('huge', { parents: ['root'], changes: { 'x.txt': 'x' }, truncatedTree: true })
  const seed: GitHubSeed = {
    tokens: { [TOKEN]: 'github-actions[bot]', ghp_human: 'alice' },
    repos: [
      {
        owner: 'acme',
        name: 'ml',
        branches: h.branches({ main: 'm2', feature: 'f2', 'topic/big': 'big' }),
        commits: h.commits,
        pulls: [
          { number: 7, head: h.sha('f2'), headRef: 'feature', base: 'main' },
          { number: 8, head: h.sha('big'), headRef: 'topic/big', base: 'main' }
        ],
        comments: [{ issue: 7, body: 'Looks good to me', user: 'alice' }]
      }
    ]
  }
  return { seed, h }
}

let standIn: GitHubStandIn
let h: History
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  const built = world()
  h = built.h
  standIn = await startGitHubStandIn({ seed: built.seed })
  octokit = getOctokit(TOKEN, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })
})

afterAll(async () => {
  await standIn.close()
})

beforeEach(() => {
  standIn.seed(world().seed)
  standIn.setFaults({})
  standIn.resetCalls()
})

describe('authentication', () => {
  it('answers 401 without a token and with an unknown token when tokens are required', async () => {
    const anonymous = await fetch(`${standIn.url}/repos/acme/ml`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' })
    standIn.seed({ ...world().seed, requireToken: true })
    const wrong = await fetch(`${standIn.url}/repos/acme/ml`, { headers: { authorization: 'Bearer nope' } })
    expect(wrong.status).toBe(401)
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials' })
    const right = await fetch(`${standIn.url}/repos/acme/ml`, {
      headers: { authorization: `Bearer ${TOKEN}` }
    })
    expect(right.status).toBe(200)
  })
})

describe('token identities', () => {
  const as = (token: string) =>
    getOctokit(token, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })

  it('answers the GraphQL viewer query with the login of every kind of token', async () => {
    const viewer = (token: string) =>
      as(token).graphql<{ viewer: { login: string } }>('query { viewer { login } }')
    expect(await viewer(TOKEN)).toEqual({ viewer: { login: 'github-actions[bot]' } })
    expect(await viewer('ghp_human')).toEqual({ viewer: { login: 'alice' } })
    // An unlisted token acts as the default user, as the default GITHUB_TOKEN would.
    expect(await viewer('ghs_unlisted')).toEqual({ viewer: { login: 'github-actions[bot]' } })
    expect(standIn.calls()['POST /graphql']).toBe(3)
  })

  it('answers GET /user for a user token and 403 for an installation token, as api.github.com does', async () => {
    expect((await as('ghp_human').rest.users.getAuthenticated()).data).toMatchObject({
      login: 'alice',
      type: 'User'
    })
    await expect(as(TOKEN).rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
  })

  it('answers other GraphQL queries with an error and fails GraphQL on demand', async () => {
    await expect(as(TOKEN).graphql('query { repository(owner: "acme", name: "ml") { id } }')).rejects.toThrow(
      /answers only/
    )
    standIn.setFaults({ failGraphql: true })
    await expect(as(TOKEN).graphql('query { viewer { login } }')).rejects.toMatchObject({ status: 502 })
  })
})

describe('repositories, pull requests, commits', () => {
  it('serves the default branch and pull request heads', async () => {
    expect((await octokit.rest.repos.get(repo)).data.default_branch).toBe('main')
    const pull = (await octokit.rest.pulls.get({ ...repo, pull_number: 7 })).data
    expect(pull.head).toMatchObject({ sha: h.sha('f2'), ref: 'feature' })
    expect(pull.base).toMatchObject({ sha: h.sha('m2'), ref: 'main' })
    expect(pull.changed_files).toBe(2)
  })

  it('answers 404 with the GitHub error body for unknown things', async () => {
    const response = await fetch(`${standIn.url}/repos/acme/nope`, {
      headers: { authorization: `token ${TOKEN}` }
    })
    expect(response.status).toBe(404)
    const body = (await response.json()) as Record<string, unknown>
    expect(body.message).toBe('Not Found')
    expect(String(body.documentation_url)).toMatch(/^https:\/\/docs\.github\.com/)
    await expect(octokit.rest.pulls.get({ ...repo, pull_number: 99 })).rejects.toMatchObject({ status: 404 })
  })

  it('resolves branches and short SHAs and answers 422 for an unknown ref', async () => {
    expect((await octokit.rest.repos.getCommit({ ...repo, ref: 'feature' })).data.sha).toBe(h.sha('f2'))
    const short = h.sha('m1').slice(0, 9)
    expect((await octokit.rest.repos.getCommit({ ...repo, ref: short })).data.sha).toBe(h.sha('m1'))
    await expect(octokit.rest.repos.getCommit({ ...repo, ref: 'no-such-branch' })).rejects.toMatchObject({
      status: 422
    })
  })
})

describe('pull request files', () => {
  it('paginates with Link headers and stops at 3,000 files like the real API', async () => {
    const first = await octokit.rest.pulls.listFiles({ ...repo, pull_number: 8, per_page: 500 })
    expect(first.data).toHaveLength(100)
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toMatch(/page=30>; rel="last"/)
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repo,
      pull_number: 8,
      per_page: 100
    })
    expect(all).toHaveLength(3000)
    expect(new Set(all.map(f => f.filename)).size).toBe(3000)
    expect(standIn.calls()['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']).toBe(31)
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 8 })).data.changed_files).toBe(3500)
  })

  it('defaults to 30 per page and reports renames with their previous name', async () => {
    const { data } = await octokit.rest.pulls.listFiles({ ...repo, pull_number: 7 })
    expect(data.map(f => [f.filename, f.status, f.previous_filename])).toEqual([
      ['src/fit.py', 'renamed', 'src/train.py'],
      ['src/model.py', 'added', undefined]
    ])
    const big = await octokit.rest.pulls.listFiles({ ...repo, pull_number: 8 })
    expect(big.data).toHaveLength(30)
  })
})

describe('compare', () => {
  it('diffs from the merge base with three dots and reports the commit counts', async () => {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...feature'
    })
    expect(data.merge_base_commit.sha).toBe(h.sha('root'))
    expect(data.base_commit.sha).toBe(h.sha('m2'))
    expect(data).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 2, total_commits: 2 })
    expect(data.commits.map(c => c.sha)).toEqual([h.sha('f1'), h.sha('f2')])
    expect(data.files?.map(f => f.filename)).toEqual(['src/fit.py', 'src/model.py'])
  })

  it('diffs the two trees directly with two dots', async () => {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main..feature'
    })
    expect(data.files?.map(f => f.filename).sort()).toEqual([
      'docs/guide.md',
      'src/evaluate.py',
      'src/fit.py',
      'src/model.py'
    ])
  })

  it('says ahead / identical and caps the file list at 300', async () => {
    const ahead = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${h.sha('root')}...${h.sha('big')}`
    })
    expect(ahead.data).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0 })
    expect(ahead.data.files).toHaveLength(300)
    const same = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...main' })
    expect(same.data).toMatchObject({ status: 'identical', ahead_by: 0 })
    expect(same.data.files).toEqual([])
  })

  it('answers 404 for an unknown commit', async () => {
    await expect(
      octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `main...${'f'.repeat(40)}` })
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('git trees', () => {
  it('lists every blob with git blob SHAs when recursive, top level otherwise', async () => {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: h.sha('m2'), recursive: '1' })
    expect(data.truncated).toBe(false)
    const blobs = data.tree.filter(e => e.type === 'blob')
    expect(blobs.map(e => e.path)).toEqual(['README.md', 'docs/guide.md', 'src/evaluate.py', 'src/train.py'])
    expect(blobs[0]?.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
    expect(blobs[0]?.sha).toBe(blobSha('hello\n'))
    expect(data.tree.find(e => e.path === 'src')?.type).toBe('tree')
    const top = await octokit.rest.git.getTree({ ...repo, tree_sha: 'main' })
    expect(top.data.tree.map(e => e.path)).toEqual(['README.md', 'docs', 'src'])
  })

  it('flags a seeded truncated tree', async () => {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: h.sha('huge'), recursive: '1' })
    expect(data.truncated).toBe(true)
  })
})

describe('comments', () => {
  it('creates, lists, reads and edits comments as the token user', async () => {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'plan v1' })
    expect(created.status).toBe(201)
    expect(created.data.user?.login).toBe('github-actions[bot]')
    expect(created.data.html_url).toBe(`https://github.com/acme/ml/pull/7#issuecomment-${created.data.id}`)
    const edited = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: 'plan v2'
    })
    expect(edited.data.body).toBe('plan v2')
    const read = await octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id })
    expect(read.data.body).toBe('plan v2')
    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 })
    expect(listed.data.map(c => [c.user?.login, c.body])).toEqual([
      ['alice', 'Looks good to me'],
      ['github-actions[bot]', 'plan v2']
    ])
    expect(standIn.comments('acme', 'ml', 7)).toHaveLength(2)
  })

  it("refuses to edit or delete another user's comment (403), whoever the token is", async () => {
    const [alice] = standIn.comments('acme', 'ml', 7)
    const human = getOctokit('ghp_human', { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })
    const bots = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 7,
      body: 'the bot wrote this'
    })
    await expect(
      octokit.rest.issues.updateComment({ ...repo, comment_id: alice!.id, body: 'hijacked' })
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
    await expect(octokit.rest.issues.deleteComment({ ...repo, comment_id: alice!.id })).rejects.toMatchObject(
      {
        status: 403
      }
    )
    await expect(
      human.rest.issues.updateComment({ ...repo, comment_id: bots.data.id, body: 'hijacked' })
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Must have admin rights') })
    expect(standIn.comments('acme', 'ml', 7).map(c => [c.user, c.body])).toEqual([
      ['alice', 'Looks good to me'],
      ['github-actions[bot]', 'the bot wrote this']
    ])
    // Each may still edit its own.
    await human.rest.issues.updateComment({ ...repo, comment_id: alice!.id, body: 'edited by alice' })
    expect(standIn.comments('acme', 'ml', 7)[0]!.body).toBe('edited by alice')
  })

  it('refuses only edits with failCommentEdits, leaving creation and deletion alone', async () => {
    const mine = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'v1' })
    standIn.setFaults({ failCommentEdits: true })
    await expect(
      octokit.rest.issues.updateComment({ ...repo, comment_id: mine.data.id, body: 'v2' })
    ).rejects.toMatchObject({ status: 403 })
    await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'fresh' })
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: mine.data.id })
    expect(standIn.comments('acme', 'ml', 7).map(c => c.body)).toEqual(['Looks good to me', 'fresh'])
    standIn.setFaults({ failCommentEdits: 404 })
    const fresh = standIn.comments('acme', 'ml', 7)[1]!
    await expect(
      octokit.rest.issues.updateComment({ ...repo, comment_id: fresh.id, body: 'x' })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('validates bodies like the real API (missing, over 65,536 characters)', async () => {
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '' })
    ).rejects.toMatchObject({
      status: 422
    })
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65537) })
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('too long') })
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 404, body: 'x' })
    ).rejects.toMatchObject({
      status: 404
    })
  })

  it('deletes a comment with 204, then answers 404 for it, leaving the others', async () => {
    const mine = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'plan v1' })
    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: mine.data.id })
    expect(deleted.status).toBe(204)
    expect(standIn.comments('acme', 'ml', 7).map(c => c.body)).toEqual(['Looks good to me'])
    await expect(
      octokit.rest.issues.deleteComment({ ...repo, comment_id: mine.data.id })
    ).rejects.toMatchObject({ status: 404 })
    await expect(octokit.rest.issues.getComment({ ...repo, comment_id: mine.data.id })).rejects.toMatchObject(
      {
        status: 404
      }
    )
    await expect(octokit.rest.issues.deleteComment({ ...repo, comment_id: 12345 })).rejects.toMatchObject({
      status: 404
    })
    expect(standIn.calls()['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}']).toBe(3)
  })

  it('deletes only within the repository named in the path', async () => {
    standIn.seed({
      ...world().seed,
      repos: [...world().seed.repos, { ...world().seed.repos[0]!, name: 'other', comments: [] }]
    })
    const [alice] = standIn.comments('acme', 'ml', 7)
    await expect(
      octokit.rest.issues.deleteComment({ owner: 'acme', repo: 'other', comment_id: alice!.id })
    ).rejects.toMatchObject({ status: 404 })
    expect(standIn.comments('acme', 'ml', 7)).toHaveLength(1)
  })

  it('paginates comments', async () => {
    for (let i = 0; i < 105; i++)
      await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: `n${i}` })
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 7,
      per_page: 100
    })
    expect(all).toHaveLength(106)
    expect(all.at(-1)?.body).toBe('n104')
  })
})

describe('faults and counters', () => {
  it('fails comment writes with 403 or a chosen status, and leaves reads alone', async () => {
    standIn.setFaults({ failComments: true })
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' })
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
    expect((await octokit.rest.issues.listComments({ ...repo, issue_number: 7 })).data).toHaveLength(1)
    const [alice] = standIn.comments('acme', 'ml', 7)
    await expect(octokit.rest.issues.deleteComment({ ...repo, comment_id: alice!.id })).rejects.toMatchObject(
      {
        status: 403
      }
    )
    expect(standIn.comments('acme', 'ml', 7)).toHaveLength(1)
    standIn.setFaults({ failComments: 404 })
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' })
    ).rejects.toMatchObject({
      status: 404
    })
  })

  it('answers the next N requests with 500s, then recovers, counting every request', async () => {
    standIn.setFaults({ serverErrors: 2 })
    await expect(octokit.rest.repos.get(repo)).rejects.toMatchObject({ status: 500 })
    await expect(octokit.rest.repos.get(repo)).rejects.toMatchObject({ status: 500 })
    await expect(octokit.rest.repos.get(repo)).resolves.toMatchObject({ status: 200 })
    expect(standIn.calls()).toEqual({ 'GET /repos/{owner}/{repo}': 3 })
    standIn.resetCalls()
    expect(standIn.calls()).toEqual({})
  })

  it('answers rate limits with the headers clients wait on', async () => {
    standIn.setFaults({ rateLimit: 1, secondaryRateLimit: 1 })
    const primary = await fetch(`${standIn.url}/repos/acme/ml`, {
      headers: { authorization: `token ${TOKEN}` }
    })
    expect(primary.status).toBe(403)
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    const secondary = await fetch(`${standIn.url}/repos/acme/ml`, {
      headers: { authorization: `token ${TOKEN}` }
    })
    expect(secondary.status).toBe(403)
    expect(secondary.headers.get('retry-after')).toBe('1')
    expect(((await secondary.json()) as { message: string }).message).toMatch(/secondary rate limit/)
  })

  it('offers the same controls over /_standin/ HTTP paths', async () => {
    const post = (path: string, body?: unknown) =>
      fetch(`${standIn.url}/_standin/${path}`, {
        method: 'POST',
        body: body === undefined ? undefined : JSON.stringify(body)
      })
    expect((await post('seed', world().seed)).status).toBe(204)
    await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'over http' })
    const calls = (await (await fetch(`${standIn.url}/_standin/calls`)).json()) as Record<string, number>
    expect(calls['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']).toBe(1)
    expect((await post('reset-calls')).status).toBe(204)
    expect(standIn.calls()).toEqual({})
    expect((await post('faults', { serverErrors: 1 })).status).toBe(204)
    await expect(octokit.rest.repos.get(repo)).rejects.toMatchObject({ status: 500 })
    const listed = await fetch(`${standIn.url}/_standin/comments?owner=acme&repo=ml&issue=7`)
    expect(((await listed.json()) as Array<{ body: string }>).map(c => c.body)).toEqual([
      'Looks good to me',
      'over http'
    ])
  })
})
