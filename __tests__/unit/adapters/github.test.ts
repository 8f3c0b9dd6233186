import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  changedFilesBetween,
  changedFilesSinceMergeBase,
  createOctokit,
  DEFAULT_TOKEN_LOGIN,
  defaultBranch,
  mergeBase,
  pullRequest,
  pullRequestFiles,
  tokenIdentity,
  type Octokit
} from '../../../src/adapters/github.js'
import { errorMessage } from '../../../src/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../../tools/emulator/github/server.js'
import { History, manyFiles, type GitHubSeed } from '../../../tools/emulator/github/seed.js'

const TOKEN = 'ghs_secret_adapter_token_123'
const PAT = 'ghp_personal_token_of_the_maintainer_0001'
const APP_TOKEN = 'ghs_installation_token_of_pipeline_bot_01'
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
    tokens: { [TOKEN]: 'github-actions[bot]', [PAT]: 'maintainer', [APP_TOKEN]: 'pipeline-bot[bot]' },
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
let h: History
const warnings: string[] = []

beforeAll(async () => {
  standIn = await startGitHubStandIn()
  octokit = createOctokit(TOKEN, {
    baseUrl: standIn.url,
    backoffUnitMs: 5,
    log: { warning: m => warnings.push(m) }
  })
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
      state: 'open',
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

describe('tokenIdentity', () => {
  const plain = (token: string) =>
    getOctokit(token, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })

  it('is github-actions[bot] for the default token, from the GraphQL viewer, in one call', async () => {
    expect(await tokenIdentity(plain(TOKEN))).toEqual({ login: 'github-actions[bot]', source: 'viewer' })
    expect(standIn.calls()).toEqual({ 'POST /graphql': 1 })
  })

  it("is an app's bot login for its installation token and the user's login for a PAT", async () => {
    expect(await tokenIdentity(plain(APP_TOKEN))).toEqual({ login: 'pipeline-bot[bot]', source: 'viewer' })
    expect(await tokenIdentity(plain(PAT))).toEqual({ login: 'maintainer', source: 'viewer' })
  })

  it('falls back to GET /user without GraphQL, and to github-actions[bot] when that refuses (403)', async () => {
    standIn.setFaults({ failGraphql: true })
    expect(await tokenIdentity(plain(PAT))).toEqual({ login: 'maintainer', source: 'user' })
    standIn.resetCalls()
    expect(await tokenIdentity(plain(APP_TOKEN))).toEqual({ login: DEFAULT_TOKEN_LOGIN, source: 'assumed' })
    expect(standIn.calls()).toEqual({ 'POST /graphql': 1, 'GET /user': 1 })
  })
})
