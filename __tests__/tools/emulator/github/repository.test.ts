import { describe, expect, it } from '@jest/globals'
import { RepoState } from '../../../../tools/emulator/github/repository.js'
import { History } from '../../../../tools/emulator/github/seed.js'

/**
 *   r ── a ── m1 ── x     (main: x)
 *    \    \  /
 *     b ── m2 ── y        (side: y)   criss-cross: m1 and m2 both merge a and b
 */
function criss(): { h: History; repo: RepoState } {
  const h = new History()
  h.commit('r', { changes: { 'f.txt': 'r' } })
  h.commit('a', { parents: ['r'], changes: { 'a.txt': 'a' } })
  h.commit('b', { parents: ['r'], changes: { 'b.txt': 'b' } })
  h.commit('m1', { parents: ['a', 'b'], changes: { 'b.txt': 'b' } })
  h.commit('m2', { parents: ['b', 'a'], changes: { 'a.txt': 'a' } })
  h.commit('x', { parents: ['m1'], changes: { 'x.txt': 'x' } })
  h.commit('y', { parents: ['m2'], changes: { 'y.txt': 'y', 'f.txt': null, 'g.txt': 'r' } })
  const repo = new RepoState(
    { owner: 'o', name: 'n', branches: h.branches({ main: 'x', side: 'y' }), commits: h.commits },
    1
  )
  return { h, repo }
}

describe('RepoState', () => {
  it('picks a best common ancestor, not an older one', () => {
    const { h, repo } = criss()
    expect([h.sha('a'), h.sha('b')]).toContain(repo.mergeBase(h.sha('x'), h.sha('y')))
    expect(repo.mergeBase(h.sha('x'), h.sha('a'))).toBe(h.sha('a'))
  })

  it('lists base..head oldest first', () => {
    const { h, repo } = criss()
    expect(repo.commitsBetween(h.sha('a'), h.sha('x'))).toEqual([h.sha('b'), h.sha('m1'), h.sha('x')])
    expect(repo.commitsBetween(h.sha('x'), h.sha('a'))).toEqual([])
  })

  it('diffs trees with exact-content renames', () => {
    const { h, repo } = criss()
    expect(repo.diff(h.sha('x'), h.sha('y')).map(f => [f.filename, f.status, f.previous_filename])).toEqual([
      ['g.txt', 'renamed', 'f.txt'],
      ['x.txt', 'removed', undefined],
      ['y.txt', 'added', undefined]
    ])
  })

  it('resolves branches, refs/heads names, full SHAs and unique prefixes only', () => {
    const { h, repo } = criss()
    expect(repo.resolve('main')).toBe(h.sha('x'))
    expect(repo.resolve('refs/heads/side')).toBe(h.sha('y'))
    expect(repo.resolve(h.sha('a'))).toBe(h.sha('a'))
    expect(repo.resolve(h.sha('a').slice(0, 8))).toBe(h.sha('a'))
    expect(repo.resolve('abc')).toBeUndefined()
  })
})

describe('History', () => {
  it('builds trees from the first parent plus changes, with stable SHAs', () => {
    const { h } = criss()
    expect(h.commits[h.sha('y')]?.tree).toEqual({ 'a.txt': 'a', 'b.txt': 'b', 'g.txt': 'r', 'y.txt': 'y' })
    expect(criss().h.sha('y')).toBe(h.sha('y'))
    expect(h.sha('y')).toMatch(/^[0-9a-f]{40}$/)
  })

  it('rejects reused names and unknown parents', () => {
    const h = new History()
    h.commit('a')
    expect(() => h.commit('a')).toThrow(/already used/)
    expect(() => h.commit('b', { parents: ['nope'] })).toThrow(/no commit named "nope"/)
  })
})
