import { describe, expect, it } from '@jest/globals'
import { parseDefinition } from '../../../src/core/definition.js'
import { MAX_PATHS, diffDefinitions } from '../../../src/core/definition-diff.js'

/**
 * Edges of the definition diff that mutants of definition-diff.ts got past the other tests with
 * (`npm run mutate -- --mutate src/core/definition-diff.ts`): ordering, malformed entries, code
 * locations, caps and the pipeline-level Parameters.
 */
type Step = Record<string, unknown>
const doc = (steps: Step[], parameters?: Step[]) => ({
  Version: '2020-12-01',
  ...(parameters ? { Parameters: parameters } : {}),
  Steps: steps
})
const diff = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  diffDefinitions(parseDefinition(a), parseDefinition(b), a, b)
const proc = (name: string, extra: Step = {}): Step => ({
  Name: name,
  Type: 'Processing',
  Arguments: {},
  ...extra
})
const T1 = '2026-01-01-10-00-00-000'
const T2 = '2026-02-02-11-11-11-111'
const fn = (t: string, extra: Step = {}): Step => ({
  Name: 'Fn',
  Type: 'Training',
  Arguments: {
    AlgorithmSpecification: {
      ContainerArguments: ['--func_step_s3_dir', t, '--client_python_version', '3.10']
    },
    Out: `s3://bucket/p/Fn/${t}/results`,
    ...extra
  }
})

describe('definition diff edges', () => {
  it('reports DependsOn entries added and removed in name order', () => {
    const before = doc([proc('A'), proc('B'), proc('C'), proc('D'), proc('S', { DependsOn: ['D', 'C'] })])
    const after = doc([proc('A'), proc('B'), proc('C'), proc('D'), proc('S', { DependsOn: ['B', 'A'] })])
    expect(diff(before, after).steps).toEqual([
      {
        step: 'S',
        change: 'changed',
        paths: ['DependsOn[+A]', 'DependsOn[+B]', 'DependsOn[-C]', 'DependsOn[-D]']
      }
    ])
  })

  it('a step without Arguments is compared without failing', () => {
    const before = doc([{ Name: 'Stop', Type: 'Fail' }])
    const after = doc([{ Name: 'Stop', Type: 'Fail', DisplayName: 'stop here' }])
    expect(diff(before, after).steps).toEqual([
      { step: 'Stop', change: 'neutral', paths: [], neutral: ['DisplayName'] }
    ])
  })

  it('a code upload replaced by another kind of S3 location changes the step', () => {
    const before = doc([proc('P', { Arguments: { Code: 's3://b/p/code/0a1b2c3d/run.py' } })])
    const after = doc([proc('P', { Arguments: { Code: 's3://b/data/run.py' } })])
    expect(diff(before, after).steps[0]).toMatchObject({ change: 'changed', paths: ['Arguments.Code'] })
    expect(diff(after, before).steps[0]).toMatchObject({ change: 'changed', paths: ['Arguments.Code'] })
  })

  it(`lists exactly ${MAX_PATHS} paths without a "more" entry, and caps past it`, () => {
    const args = (v: number, n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`K${i}`, v]))
    const exact = diff(
      doc([proc('P', { Arguments: args(1, MAX_PATHS) })]),
      doc([proc('P', { Arguments: args(2, MAX_PATHS) })])
    )
    expect(exact.steps[0]!.paths).toHaveLength(MAX_PATHS)
    expect(exact.steps[0]!.paths.some(p => p.includes('more'))).toBe(false)
    const over = diff(
      doc([proc('P', { Arguments: args(1, MAX_PATHS + 2) })]),
      doc([proc('P', { Arguments: args(2, MAX_PATHS + 2) })])
    )
    expect(over.steps[0]!.paths).toHaveLength(MAX_PATHS + 1)
    expect(over.steps[0]!.paths.at(-1)).toBe('…and 2 more')
  })

  it('Parameters are matched by name, also when one side declares none', () => {
    const p = { Name: 'Depth', Type: 'Integer', DefaultValue: 5 }
    expect(diff(doc([proc('P')]), doc([proc('P')], [p])).pipeline).toEqual(['Parameters.Depth'])
    expect(diff(doc([proc('P')], [p]), doc([proc('P')], [{ ...p, DefaultValue: 6 }])).pipeline).toEqual([
      'Parameters.Depth.DefaultValue'
    ])
  })

  it('@step: a new build time is volatile wherever it stands, the flag first in the list too', () => {
    const first = (t: string): Step => ({
      ...fn(t),
      Arguments: {
        AlgorithmSpecification: { ContainerArguments: ['--func_step_s3_dir', t] },
        Out: `s3://bucket/p/Fn/${t}/results`
      }
    })
    expect(diff(doc([first(T1)]), doc([first(T2)])).steps).toEqual([
      {
        step: 'Fn',
        change: 'neutral',
        paths: [],
        volatile: ['Arguments.AlgorithmSpecification.ContainerArguments[1]', 'Arguments.Out']
      }
    ])
  })

  it('@step: a string that differs by more than the build time, or a number, is output-affecting', () => {
    // Removing the build times leaves "…/Fn/results" on one side and "…/Fn/results" moved on the other.
    const moved = diff(
      doc([fn(T1, { Where: `s3://bucket/p/${T1}x` })]),
      doc([fn(T2, { Where: `s3://bucket/p/x${T2}` })])
    ).steps[0]!
    expect(moved.paths).toEqual(['Arguments.Where'])
    const count = diff(doc([fn(T1, { Count: 1 })]), doc([fn(T2, { Count: 2 })])).steps[0]!
    expect(count.paths).toEqual(['Arguments.Count'])
    expect(count.volatile).toEqual([
      'Arguments.AlgorithmSpecification.ContainerArguments[1]',
      'Arguments.Out'
    ])
  })
})
