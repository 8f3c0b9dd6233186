import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createOctokit } from '../../../src/adapters/github.js'
import { GitRepository } from '../../../src/adapters/git.js'
import {
  collectChanges,
  eventRange,
  resolveHead,
  type EventPayload,
  type LocalGit
} from '../../../src/phases/changes.js'
import { UserError } from '../../../src/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../../tools/emulator/github/server.js'
import { History } from '../../../tools/emulator/github/seed.js'

function event(name: string): EventPayload {
  return JSON.parse(
    readFileSync(join(process.cwd(), '__fixtures__', 'events', `${name}.json`), 'utf8')
  ) as EventPayload
}

/** GITHUB_SHA on a pull request is the synthetic merge commit: it must never be taken as head. */
const MERGE_SHA = 'e5bd3914e2e596debea16f433f57875b5b90bcd6'
const env = { GITHUB_SHA: MERGE_SHA }

describe('resolveHead', () => {
  it('takes pull_request.head.sha on pull_request and pull_request_target, never GITHUB_SHA', () => {
    expect(resolveHead('pull_request', event('pull_request'), env)).toBe(
      '6dcb09b5b57875f334f61aebed695e2e4193db5e'
    )
    expect(resolveHead('pull_request_target', event('pull_request_target'), env)).toBe(
      '3f786850e387550fdab836ed7e6dc881de23001b'
    )
  })

  it('takes merge_group.head_sha, push after, and GITHUB_SHA otherwise', () => {
    expect(resolveHead('merge_group', event('merge_group'), env)).toBe(
      '77de68daecd823babbb58edb1c8e14d7106e83bb'
    )
    expect(resolveHead('push', event('push'), { GITHUB_SHA: 'x' })).toBe(
      '4e1243bd22c66e76c2ba9eddc1f91394e57f9f83'
    )
    expect(resolveHead('workflow_dispatch', event('workflow_dispatch'), { GITHUB_SHA: 'abc' })).toBe('abc')
    expect(resolveHead('schedule', event('schedule'), { GITHUB_SHA: 'def' })).toBe('def')
  })

  it('lets the head input win, and names what is missing', () => {
    expect(resolveHead('pull_request', event('pull_request'), env, ' v1.2 ')).toBe('v1.2')
    expect(() => resolveHead('pull_request', {}, env)).toThrow(UserError)
    expect(() => resolveHead('pull_request', {}, env)).toThrow(/pull_request\.head\.sha/)
    expect(() => resolveHead('schedule', {}, {})).toThrow(/GITHUB_SHA/)
  })
})

describe('eventRange', () => {
  it('pull_request: merge-base...head', () => {
    const range = eventRange('pull_request', event('pull_request'), {}, 'main', env)
    expect(range).toMatchObject({
      base: '9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840',
      head: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      threeDot: true
    })
    expect(range.description).toMatch(/pull request #42.*since it left main/)
  })

  it('pull_request_target from a fork: the fork head against the base', () => {
    expect(eventRange('pull_request_target', event('pull_request_target'), {}, 'main', env)).toMatchObject({
      base: '9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840',
      head: '3f786850e387550fdab836ed7e6dc881de23001b',
      threeDot: true
    })
  })

  it('push: before..after as a tree diff', () => {
    const range = eventRange('push', event('push'), {}, 'main', {})
    expect(range).toMatchObject({
      base: 'd6fde92930d4715a2b49857d24b940956b26d2d3',
      head: '4e1243bd22c66e76c2ba9eddc1f91394e57f9f83',
      threeDot: false
    })
    expect(range.description).toBe('push to main: d6fde92..4e1243b')
  })

  it('force push: still before..after, as a tree diff', () => {
    const range = eventRange('push', event('push-force'), {}, 'main', {})
    expect(range).toMatchObject({ base: 'b6589fc6ab0dc82cf12099d1c2d40ab994e8410c', threeDot: false })
    expect(range.description).toMatch(/^force push to feature\/tune-xgb/)
  })

  it('new branch: against the default branch, from the argument or the payload', () => {
    const payload = event('push-new-branch')
    expect(eventRange('push', payload, {}, 'develop', {})).toMatchObject({
      base: 'develop',
      head: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
      threeDot: true
    })
    const fromPayload = eventRange('push', payload, {}, undefined, {})
    expect(fromPayload).toMatchObject({ base: 'main', threeDot: true })
    expect(fromPayload.description).toMatch(/new branch feature\/new-features/)
  })

  it('first push of the default branch and a deleted branch: no base', () => {
    const first = { ...event('push-new-branch'), ref: 'refs/heads/main' }
    expect(eventRange('push', first, {}, 'main', {}).base).toBeUndefined()
    const deleted = eventRange('push', event('push-deleted'), {}, 'main', { GITHUB_SHA: 'abc' })
    expect(deleted.base).toBeUndefined()
    expect(deleted.description).toMatch(/deleted feature\/old/)
  })

  it('merge_group: base_sha...head_sha', () => {
    const range = eventRange('merge_group', event('merge_group'), {}, 'main', env)
    expect(range).toMatchObject({
      base: '9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840',
      head: '77de68daecd823babbb58edb1c8e14d7106e83bb',
      threeDot: true
    })
    expect(range.description).toMatch(/merge queue.*main/)
  })

  it('workflow_dispatch and schedule: nothing unless base is given', () => {
    for (const name of ['workflow_dispatch', 'schedule']) {
      const range = eventRange(name, event(name), {}, 'main', { GITHUB_SHA: 'c0ffee' })
      expect(range).toMatchObject({ head: 'c0ffee', threeDot: false })
      expect(range.base).toBeUndefined()
      expect(eventRange(name, event(name), { base: 'v1.0' }, 'main', { GITHUB_SHA: 'c0ffee' })).toMatchObject(
        {
          base: 'v1.0',
          head: 'c0ffee',
          threeDot: false
        }
      )
    }
  })

  it('base and head inputs override any event', () => {
    expect(
      eventRange('pull_request', event('pull_request'), { base: 'a1', head: 'b2' }, 'main', env)
    ).toEqual({
      base: 'a1',
      head: 'b2',
      threeDot: false,
      description: 'a1..b2 (base input)'
    })
  })
})

describe('collectChanges from a local clone', () => {
  const IDENTITY = ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false']
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', [...IDENTITY, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
  const commit = (repo: string, message: string, files: Record<string, string>): string => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true })
      writeFileSync(join(repo, path), content)
      git(repo, 'add', '--', path)
    }
    git(repo, 'commit', '-q', '-m', message)
    return git(repo, 'rev-parse', 'HEAD')
  }
  let tmp: string
  let origin: string
  const sha: Record<string, string> = {}

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'sse-changes-'))
    origin = join(tmp, 'origin')
    mkdirSync(origin)
    git(origin, 'init', '-q', '-b', 'main')
    sha.A = commit(origin, 'A', { 'src/train.py': '1', 'src/evaluate.py': '1' })
    sha.B = commit(origin, 'B', { 'src/evaluate.py': '2' })
    sha.C = commit(origin, 'C', { 'docs/x.md': '1' })
    git(origin, 'checkout', '-q', '-b', 'feature', sha.A)
    sha.F1 = commit(origin, 'F1', { 'src/train.py': '2' })
    sha.F2 = commit(origin, 'F2', { 'src/preprocess.py': '1' })
    git(origin, 'checkout', '-q', 'main')
  })

  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  const shallowClone = (name: string): GitRepository => {
    git(tmp, 'clone', '-q', '--depth', '1', `file://${origin}`, join(tmp, name))
    return new GitRepository(join(tmp, name), { deepenSteps: [1, 2, 4] })
  }

  it('diffs two commits (two dots) after fetching the missing one', async () => {
    const changes = await collectChanges(
      { from: sha.F2!, to: sha.C!, threeDot: false },
      { git: shallowClone('a') }
    )
    expect(changes).toEqual({
      files: ['docs/x.md', 'src/evaluate.py', 'src/preprocess.py', 'src/train.py'],
      complete: true,
      detail: `git diff ${sha.F2!.slice(0, 7)} ${sha.C!.slice(0, 7)}`
    })
  })

  it('diffs from the merge base (three dots), with a branch name as base', async () => {
    const changes = await collectChanges(
      { from: 'main', to: sha.F2!, threeDot: true },
      { git: shallowClone('b') }
    )
    expect(changes.files).toEqual(['src/preprocess.py', 'src/train.py'])
    expect(changes.complete).toBe(true)
    expect(changes.detail).toContain(`git diff ${sha.A!.slice(0, 7)} `)
    expect(changes.detail).toContain('from the merge base')
  })
})

describe('collectChanges fallbacks', () => {
  let standIn: GitHubStandIn
  const h = new History()
  h.commit('root', { changes: { 'a.py': '1', 'b.py': '1' } })
  h.commit('main2', { parents: ['root'], changes: { 'b.py': '2' } })
  h.commit('feat', { parents: ['root'], changes: { 'a.py': '2' } })
  h.commit('huge', { parents: ['root'], changes: { 'c.py': '1' }, truncatedTree: true })
  const repo = { owner: 'acme', repo: 'ml' }
  const nowhere: LocalGit = {
    resolveCommit: async () => undefined,
    fetchCommit: async () => undefined,
    diffNames: async () => [],
    mergeBase: async () => undefined
  }
  let github: { octokit: ReturnType<typeof createOctokit>; owner: string; repo: string }

  beforeAll(async () => {
    standIn = await startGitHubStandIn({
      seed: {
        repos: [{ owner: 'acme', name: 'ml', branches: h.branches({ main: 'main2' }), commits: h.commits }]
      }
    })
    const octokit = createOctokit('t', {
      baseUrl: standIn.url,
      backoffUnitMs: 1,
      log: { warning: () => {} }
    })
    github = { octokit, ...repo }
  })
  afterAll(() => standIn.close())

  it('uses the GitHub API when the clone cannot have the commits', async () => {
    const changes = await collectChanges(
      { from: h.sha('main2'), to: h.sha('feat'), threeDot: false },
      { git: nowhere, github }
    )
    expect(changes).toMatchObject({ files: ['a.py', 'b.py'], complete: true })
    expect(changes.detail).toMatch(/GitHub trees API/)
    const threeDot = await collectChanges(
      { from: 'main', to: h.sha('feat'), threeDot: true },
      { git: nowhere, github }
    )
    expect(threeDot).toMatchObject({ files: ['a.py'], complete: true })
  })

  it('falls back when local git throws', async () => {
    const broken: LocalGit = {
      ...nowhere,
      resolveCommit: async sha => sha,
      diffNames: () => Promise.reject(new Error('disk on fire'))
    }
    const changes = await collectChanges(
      { from: h.sha('root'), to: h.sha('feat'), threeDot: false },
      { git: broken, github }
    )
    expect(changes).toMatchObject({ files: ['a.py'], complete: true })
  })

  it('is incomplete, saying why, when neither source can read the range', async () => {
    const missing = 'e'.repeat(40)
    const changes = await collectChanges(
      { from: missing, to: h.sha('feat'), threeDot: false },
      { git: nowhere, github }
    )
    expect(changes.complete).toBe(false)
    expect(changes.detail).toMatch(
      /^Could not list the files changed in eeeeeee\.\.[0-9a-f]{7}: local clone: eeeeeee and [0-9a-f]{7} are not in the clone/
    )
    expect(changes.detail).toMatch(/Not Found/)
    const none = await collectChanges({ from: missing, to: h.sha('feat'), threeDot: false }, {})
    expect(none).toMatchObject({ complete: false, files: [] })
    expect(none.detail).toMatch(/no local clone and no GitHub API access/)
  })

  it('passes on an incomplete API answer (truncated tree), with what local git said', async () => {
    const changes = await collectChanges(
      { from: h.sha('main2'), to: h.sha('huge'), threeDot: false },
      { github }
    )
    expect(changes.complete).toBe(false)
    expect(changes.detail).toMatch(/truncated/)
    const both = await collectChanges(
      { from: h.sha('main2'), to: h.sha('huge'), threeDot: false },
      { git: nowhere, github }
    )
    expect(both.detail).toMatch(/truncated.*; local clone: .* are not in the clone/)
  })

  it('is empty and complete for the same commit', async () => {
    expect(await collectChanges({ from: 'abc', to: 'abc', threeDot: false }, {})).toMatchObject({
      files: [],
      complete: true
    })
  })
})
