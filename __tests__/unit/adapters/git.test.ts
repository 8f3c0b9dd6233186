import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { GitRepository } from '../../../src/adapters/git.js'

const IDENTITY = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false']

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

function commit(repo: string, message: string, files: Record<string, string | null>): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) git(repo, 'rm', '-q', '--', path)
    else {
      mkdirSync(dirname(join(repo, path)), { recursive: true })
      writeFileSync(join(repo, path), content)
      git(repo, 'add', '--', path)
    }
  }
  git(repo, 'commit', '-q', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

let tmp: string
let origin: string
const sha: Record<string, string> = {}
let clones = 0

/**
 *   A ── B ── C ── D ── E          main
 *   └─── F1 ── F2 ── F3            feature (F2 renames src/utils.py → src/helpers.py)
 *   O (orphan, unrelated history)  orphan
 */
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sse-git-'))
  origin = join(tmp, 'origin')
  mkdirSync(origin)
  git(origin, 'init', '-q', '-b', 'main')
  sha.A = commit(origin, 'A', {
    'README.md': 'readme\n',
    'src/train.py': 'v1\n',
    'src/utils.py': 'u\n'.repeat(20),
    'data dir/naïve file.txt': 'x\n'
  })
  sha.B = commit(origin, 'B', { 'src/train.py': 'v2\n' })
  sha.C = commit(origin, 'C', { 'docs/guide.md': 'g\n' })
  sha.D = commit(origin, 'D', { 'docs/guide.md': 'g2\n' })
  sha.E = commit(origin, 'E', { 'data dir/naïve file.txt': 'y\n' })
  git(origin, 'checkout', '-q', '-b', 'feature', sha.A)
  sha.F1 = commit(origin, 'F1', { 'src/evaluate.py': 'e\n' })
  git(origin, 'mv', 'src/utils.py', 'src/helpers.py')
  sha.F2 = commit(origin, 'F2', {})
  sha.F3 = commit(origin, 'F3', { 'src/train.py': 'v3\n' })
  git(origin, 'checkout', '-q', '--orphan', 'orphan')
  git(origin, 'rm', '-rq', '--cached', '.')
  sha.O = commit(origin, 'O', { 'other.txt': 'o\n' })
  git(origin, 'checkout', '-q', '-f', 'main')
})

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
})

/** A fresh clone of origin, as actions/checkout makes it: `--depth 1` unless `full`. */
function clone(full = false): string {
  const target = join(tmp, `clone-${++clones}`)
  const depth = full ? [] : ['--depth', '1']
  git(tmp, 'clone', '-q', ...depth, '--branch', 'main', `file://${origin}`, target)
  return target
}

describe('a full clone', () => {
  let repo: GitRepository
  beforeAll(() => {
    repo = new GitRepository(clone(true))
  })

  it('is not shallow and knows its commits', async () => {
    expect(await repo.isShallow()).toBe(false)
    expect(await repo.hasCommit(sha.F3!)).toBe(true)
    expect(await repo.hasCommit('0'.repeat(40))).toBe(false)
    expect(await repo.resolveCommit('origin/feature')).toBe(sha.F3)
  })

  it('lists the files that differ, renames as both paths, odd names verbatim', async () => {
    expect((await repo.diffNames(sha.A!, sha.F3!)).sort()).toEqual([
      'src/evaluate.py',
      'src/helpers.py',
      'src/train.py',
      'src/utils.py'
    ])
    expect(await repo.diffNames(sha.D!, sha.E!)).toEqual(['data dir/naïve file.txt'])
    expect(await repo.diffNames(sha.E!, sha.E!)).toEqual([])
  })

  it('diffs trees, not history, between commits on different branches', async () => {
    // E → F3: everything main added since A and everything feature changed.
    expect((await repo.diffNames(sha.E!, sha.F3!)).sort()).toEqual([
      'data dir/naïve file.txt',
      'docs/guide.md',
      'src/evaluate.py',
      'src/helpers.py',
      'src/train.py',
      'src/utils.py'
    ])
  })

  it('finds merge bases, and none for unrelated histories', async () => {
    expect(await repo.mergeBase('origin/main', 'origin/feature')).toBe(sha.A)
    expect(await repo.mergeBase(sha.E!, sha.O!)).toBeUndefined()
  })

  it('fetches a commit that appeared later without making the clone shallow', async () => {
    git(origin, 'checkout', '-q', '-b', 'later', sha.E!)
    const later = commit(origin, 'later', { 'late.txt': 'l\n' })
    git(origin, 'checkout', '-q', 'main')
    expect(await repo.hasCommit(later)).toBe(false)
    expect(await repo.fetchCommit(later)).toBe(later)
    expect(await repo.hasCommit(later)).toBe(true)
    expect(await repo.isShallow()).toBe(false)
  })
})

describe('a shallow clone (fetch-depth: 1)', () => {
  it('fetches the other commit by SHA and diffs the two without their history', async () => {
    const repo = new GitRepository(clone())
    expect(await repo.isShallow()).toBe(true)
    expect(await repo.hasCommit(sha.F3!)).toBe(false)
    expect(await repo.fetchCommit(sha.F3!)).toBe(sha.F3)
    expect(await repo.hasCommit(sha.F3!)).toBe(true)
    expect(await repo.isShallow()).toBe(true)
    expect(await repo.hasCommit(sha.F2!)).toBe(false)
    expect((await repo.diffNames(sha.E!, sha.F3!)).sort()).toEqual([
      'data dir/naïve file.txt',
      'docs/guide.md',
      'src/evaluate.py',
      'src/helpers.py',
      'src/train.py',
      'src/utils.py'
    ])
  })

  it('runs concurrent fetches one at a time so they do not fight over the lock files', async () => {
    const repo = new GitRepository(clone())
    const fetched = await Promise.all([sha.F1!, sha.F2!, sha.F3!, sha.C!].map(s => repo.fetchCommit(s)))
    expect(fetched).toEqual([sha.F1, sha.F2, sha.F3, sha.C])
  })

  it('fetches a branch by name and returns its SHA', async () => {
    const repo = new GitRepository(clone())
    expect(await repo.fetchCommit('feature')).toBe(sha.F3)
  })

  it('fails softly for a commit the remote does not have', async () => {
    const repo = new GitRepository(clone())
    expect(await repo.fetchCommit('1234567'.padEnd(40, '0'))).toBeUndefined()
    expect(await new GitRepository(join(tmp, 'clone-missing')).fetchCommit(sha.A!)).toBeUndefined()
  })

  it('deepens in bounded steps to find the merge base', async () => {
    const repo = new GitRepository(clone(), { deepenSteps: [1, 2, 4] })
    await repo.fetchCommit(sha.F3!)
    expect(await repo.mergeBase(sha.E!, sha.F3!)).toBe(sha.A)
  })

  it('gives up when the allowed deepening does not reach it', async () => {
    const repo = new GitRepository(clone(), { deepenSteps: [1] })
    await repo.fetchCommit(sha.F3!)
    expect(await repo.mergeBase(sha.E!, sha.F3!)).toBeUndefined()
  })
})

describe('errors', () => {
  it('rethrows with the command and git’s message', async () => {
    const repo = new GitRepository(clone(true))
    const error = (await repo.diffNames(sha.A!, 'f'.repeat(40)).catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(/^git diff --name-only .* failed in .*: fatal: bad object f{40}/)
    expect(String((error.cause as { message?: string }).message)).toMatch(/Command failed: git diff/)
  })

  it('treats a directory that is not a repository as having no commits', async () => {
    const plain = join(tmp, 'plain')
    mkdirSync(plain, { recursive: true })
    const repo = new GitRepository(plain)
    expect(await repo.hasCommit(sha.A!)).toBe(false)
    await expect(repo.isShallow()).rejects.toThrow(/not a git repository/)
  })

  it('refuses refs that git would read as options', async () => {
    const repo = new GitRepository(tmp)
    await expect(repo.diffNames('--output=/tmp/x', sha.A!)).rejects.toThrow(/Not a commit SHA or ref/)
    await expect(repo.fetchCommit('-u')).rejects.toThrow(/Not a commit SHA or ref/)
  })
})
