import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  PROVENANCE_PREFIX,
  canonicalJson,
  clientRequestToken,
  definitionHash,
  displayName,
  formatProvenance,
  parseProvenance,
  planDigest,
  type Provenance
} from '../../../src/core/provenance.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('formatProvenance / parseProvenance', () => {
  it('round-trips every field, the new ones included', () => {
    const p: Provenance = {
      sha: SHA,
      ref: 'refs/pull/12/merge',
      pr: 12,
      repo: 'o/r',
      run: '987/2',
      def: '0123456789abcdef',
      version: 3,
      job: 'plan',
      inputs: 'fedcba9876543210',
      adopted: '555/1',
      approvedBy: 'writer-wes',
      approval: 'https://github.com/o/r/pull/12#issuecomment-1'
    }
    const text = formatProvenance(p)
    expect(text.startsWith(PROVENANCE_PREFIX)).toBe(true)
    expect(text).not.toContain('\n')
    expect(parseProvenance(text)).toEqual(p)
  })

  it('reads a description with text before the marker, and ignores keys it does not know', () => {
    const text = `Nightly run. ${PROVENANCE_PREFIX}${JSON.stringify({ sha: SHA, later: { x: 1 }, job: 'j' })}`
    expect(parseProvenance(text)).toEqual({ sha: SHA, job: 'j' })
  })

  it('drops fields of the wrong type, and refuses a description without a valid sha', () => {
    const parsed = parseProvenance(
      PROVENANCE_PREFIX +
        JSON.stringify({
          sha: SHA,
          pr: 1.5,
          version: 0,
          job: 7,
          inputs: null,
          adopted: true,
          def: 1,
          ref: []
        })
    )
    expect(parsed).toEqual({ sha: SHA })
    for (const version of [-1, 2.5, '3']) {
      expect(parseProvenance(PROVENANCE_PREFIX + JSON.stringify({ sha: SHA, version }))).toEqual({ sha: SHA })
    }
    expect(parseProvenance(PROVENANCE_PREFIX + JSON.stringify({ sha: 'main' }))).toBeUndefined()
    expect(parseProvenance(PROVENANCE_PREFIX + JSON.stringify({ sha: SHA.toUpperCase() }))).toBeUndefined()
    expect(parseProvenance(PROVENANCE_PREFIX + JSON.stringify({ ref: 'refs/heads/main' }))).toBeUndefined()
    expect(parseProvenance(`${PROVENANCE_PREFIX}{not json`)).toBeUndefined()
    expect(parseProvenance(`${PROVENANCE_PREFIX}null`)).toBeUndefined()
    expect(parseProvenance('started by hand')).toBeUndefined()
    expect(parseProvenance('')).toBeUndefined()
    expect(parseProvenance(undefined)).toBeUndefined()
  })

  it('drops a pathological ref rather than exceed the description limit, keeping the commit', () => {
    const text = formatProvenance({ sha: SHA, ref: `refs/heads/${'b'.repeat(4000)}`, run: '1/1' })
    expect(text.length).toBeLessThanOrEqual(3072)
    expect(parseProvenance(text)).toEqual({ sha: SHA, run: '1/1' })
  })
})

describe('clientRequestToken', () => {
  const base = ['o/r', '987', '1', 'p', 'plan', 'digest'] as const
  const token = (...parts: string[]) =>
    clientRequestToken(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4], parts[5])

  it('is 64 hex characters and the same for the same start', () => {
    expect(token(...base)).toMatch(/^[0-9a-f]{64}$/)
    expect(token(...base)).toBe(token(...base))
  })

  it('differs when any part differs: a retried step attaches, distinct starts never collide', () => {
    const tokens = new Set([token(...base)])
    for (let i = 0; i < base.length; i++) {
      const changed: string[] = [...base]
      changed[i] = `${changed[i]}x`
      tokens.add(token(...changed))
    }
    expect(tokens.size).toBe(base.length + 1)
  })

  it('keeps the parts apart: moving text from one part to the next is another token', () => {
    expect(token('o/r', '98', '71', 'p', 'j', 'i')).not.toBe(token('o/r', '987', '1', 'p', 'j', 'i'))
    expect(token('o/r', '1', '1', 'p', 'ab', '')).not.toBe(token('o/r', '1', '1', 'p', 'a', 'b'))
    expect(token('o/r', '1', '1', 'p', 'x', '')).not.toBe(token('o/r', '1', '1', 'p', '', 'x'))
  })

  it('without a job and inputs is the token an older version derived, so re-runs still attach', () => {
    const before = createHash('sha256')
      .update(JSON.stringify(['o/r', '1', '1', 'p']))
      .digest('hex')
    expect(clientRequestToken('o/r', '1', '1', 'p')).toBe(before)
    expect(clientRequestToken('o/r', '1', '1', 'p', '', '')).toBe(before)
    expect(clientRequestToken('o/r', '1', '1', 'p')).not.toBe(clientRequestToken('o/r', '1', '1', 'p', 'job'))
  })
})

describe('planDigest, definitionHash, canonicalJson', () => {
  it('digests equal inputs alike whatever their key order, and different inputs apart', () => {
    const a = { selection: 'affected', steps: ['A', 'B'], parameters: [['X', '1']], downstream: true }
    const b = { downstream: true, parameters: [['X', '1']], steps: ['A', 'B'], selection: 'affected' }
    expect(planDigest(a)).toMatch(/^[0-9a-f]{16}$/)
    expect(planDigest(a)).toBe(planDigest(b))
    expect(planDigest({ ...a, steps: ['B', 'A'] })).not.toBe(planDigest(a))
    expect(planDigest({ ...a, parameters: [['X', '2']] })).not.toBe(planDigest(a))
    expect(planDigest({ ...a, downstream: false })).not.toBe(planDigest(a))
    // An absent key and an undefined one are the same input.
    expect(planDigest({ ...a, reference: undefined })).toBe(planDigest(a))
  })

  it('hashes a definition by content, not by key order', () => {
    const d1 = { Version: '2020-12-01', Steps: [{ Name: 'A', Type: 'Processing' }] }
    const d2 = { Steps: [{ Type: 'Processing', Name: 'A' }], Version: '2020-12-01' }
    expect(definitionHash(d1)).toBe(definitionHash(d2))
    expect(definitionHash(d1)).toMatch(/^[0-9a-f]{16}$/)
    expect(definitionHash({ ...d1, Steps: [{ Name: 'B', Type: 'Processing' }] })).not.toBe(definitionHash(d1))
  })

  it('writes canonical JSON: sorted keys, no undefined members, arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], e: null })).toBe(
      '{"a":[3,{"c":"x"}],"b":1,"e":null}'
    )
    expect(canonicalJson(undefined)).toBe('null')
    expect(canonicalJson('s')).toBe('"s"')
  })
})

describe('displayName', () => {
  it('names pull request and branch runs readably', () => {
    expect(displayName({ pr: 12, sha: SHA, runId: '987' })).toBe('pr-12-0123456-run-987')
    expect(displayName({ ref: 'refs/heads/feature/x_y', sha: SHA })).toBe('feature-x-y-0123456')
    expect(displayName({ prefix: 'coverage', ref: 'refs/tags/v1.2', sha: SHA })).toBe('coverage-v1-2-0123456')
  })

  it('stays within 82 characters of [a-zA-Z0-9-], keeping the commit and run id', () => {
    const name = displayName({ ref: `refs/heads/${'long-branch-'.repeat(20)}`, sha: SHA, runId: '123456789' })
    expect(name.length).toBeLessThanOrEqual(82)
    expect(name).toMatch(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/)
    expect(name.endsWith('-0123456-run-123456789')).toBe(true)
    expect(displayName({ ref: 'refs/heads/---', sha: SHA })).toBe('0123456')
  })
})
