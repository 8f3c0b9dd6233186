import { describe, expect, it } from '@jest/globals'
import { loadMappingFile } from '../../../src/core/mapping.js'
import { mappingDelta, readMappingGlobs, type MappingGlobs } from '../../../src/core/mapping-delta.js'
import type { PipelineMapping } from '../../../src/core/types.js'
import { graphOf } from '../../../__fixtures__/graphs.js'

const graph = graphOf(['Pre', 'Train<Pre', 'Eval<Train'])

/** Head's mapping for pipeline P, compiled and checked as the action does. */
function headMapping(body: string): PipelineMapping {
  return loadMappingFile(`pipelines:\n  P:\n${body}`, 'mapping.yml').forPipeline('P', graph)
}

const HEAD = headMapping(
  [
    '    steps:',
    '      Pre: [pre/**, shared/**]',
    '      Train: train/**',
    '      Eval: eval/**',
    '    all-steps: [pipeline.py, requirements.txt]',
    '    ignore: "**/*.md"',
    ''
  ].join('\n')
)

/** The globs an older commit's file had, starting from head's. */
function before(
  change: Partial<{ steps: Record<string, string[]>; allSteps: string[]; ignore: string[] }> = {}
) {
  const globs: MappingGlobs = {
    steps: new Map(
      Object.entries(change.steps ?? { Pre: ['pre/**', 'shared/**'], Train: ['train/**'], Eval: ['eval/**'] })
    ),
    allSteps: change.allSteps ?? ['pipeline.py', 'requirements.txt'],
    ignore: change.ignore ?? ['**/*.md']
  }
  return globs
}

describe('readMappingGlobs', () => {
  it('reads a pipeline’s globs, a single glob as a list of one', () => {
    const text = [
      'pipelines:',
      '  P:',
      '    steps:',
      '      Pre: [pre/**, shared/**]',
      '      Train: train/**',
      '    all-steps: pipeline.py',
      '    ignore: ["**/*.md", docs/**]',
      '  Other:',
      '    steps: { X: x/** }'
    ].join('\n')
    expect(readMappingGlobs(text, 'P')).toEqual({
      steps: new Map([
        ['Pre', ['pre/**', 'shared/**']],
        ['Train', ['train/**']]
      ]),
      allSteps: ['pipeline.py'],
      ignore: ['**/*.md', 'docs/**']
    })
  })

  it('is lenient: steps since renamed, unknown keys and missing sections are read as they are', () => {
    const text = 'pipelines:\n  P:\n    steps:\n      OldName: old/**\n    coverage: {}\n    future-key: 1\n'
    expect(readMappingGlobs(text, 'P')).toEqual({
      steps: new Map([['OldName', ['old/**']]]),
      allSteps: [],
      ignore: []
    })
    expect(readMappingGlobs('pipelines:\n  P:\n', 'P')).toEqual({
      steps: new Map(),
      allSteps: [],
      ignore: []
    })
    expect(readMappingGlobs('pipelines:\n  P:\n    steps:\n      A: [1, 2]\n', 'P')?.steps.get('A')).toEqual([
      '1',
      '2'
    ])
  })

  it('keeps step names an ordinary object would swallow', () => {
    const text = 'pipelines:\n  P:\n    steps:\n      constructor: c/**\n      __proto__: p/**\n'
    expect(readMappingGlobs(text, 'P')?.steps).toEqual(
      new Map([
        ['constructor', ['c/**']],
        ['__proto__', ['p/**']]
      ])
    )
  })

  it('finds the pipeline by exact name first, then ignoring case', () => {
    const text =
      'pipelines:\n  p:\n    all-steps: lower\n  P:\n    all-steps: exact\n  Q:\n    all-steps: q\n'
    expect(readMappingGlobs(text, 'P')?.allSteps).toEqual(['exact'])
    expect(readMappingGlobs(text, 'q')?.allSteps).toEqual(['q'])
  })

  it('is undefined when the file does not list the pipeline', () => {
    expect(readMappingGlobs('pipelines:\n  Other: {}\n', 'P')).toBeUndefined()
    expect(readMappingGlobs('pipelines:\n  Other: {}\n', 'toString')).toBeUndefined()
    expect(readMappingGlobs('something: else\n', 'P')).toBeUndefined()
    expect(readMappingGlobs('pipelines: [P]\n', 'P')).toBeUndefined()
    expect(readMappingGlobs('', 'P')).toBeUndefined()
  })

  it('throws when the text cannot be read', () => {
    expect(() => readMappingGlobs('pipelines:\n  P: [unclosed\n', 'P')).toThrow()
    // An alias bomb (10^12 expansions) is refused, not expanded.
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    bomb.push('pipelines:\n  P:\n    ignore: *a11')
    expect(() => readMappingGlobs(bomb.join('\n'), 'P')).toThrow(/alias/i)
  })
})

describe('mappingDelta (SPEC rule 6)', () => {
  it('finds nothing when the globs are the same, in whatever order they were written', () => {
    expect(mappingDelta(before(), HEAD)).toEqual({ steps: new Set() })
    const reordered = before({
      steps: { Eval: ['eval/**'], Train: ['train/**'], Pre: ['shared/**', 'pre/**'] },
      allSteps: ['requirements.txt', 'pipeline.py']
    })
    expect(mappingDelta(reordered, HEAD)).toEqual({ steps: new Set() })
  })

  it('names the steps whose globs were edited, added or removed', () => {
    expect(
      mappingDelta(before({ steps: { Pre: ['pre/**'], Train: ['train/**'], Eval: ['eval/**'] } }), HEAD)
    ).toEqual({ steps: new Set(['Pre']) })
    // Eval had no globs then; Retired had some and is gone now.
    expect(
      mappingDelta(
        before({ steps: { Pre: ['pre/**', 'shared/**'], Train: ['train/**'], Retired: ['r/**'] } }),
        HEAD
      )
    ).toEqual({ steps: new Set(['Eval', 'Retired']) })
    // A glob swapped for another keeps the count but is an edit.
    expect(
      mappingDelta(
        before({ steps: { Pre: ['pre/**', 'shared/**'], Train: ['training/**'], Eval: ['eval/**'] } }),
        HEAD
      )
    ).toEqual({ steps: new Set(['Train']) })
  })

  it('counts every step as changed when all-steps or ignore changed', () => {
    expect(mappingDelta(before({ allSteps: ['pipeline.py'] }), HEAD)).toEqual({
      all: 'its all-steps globs changed',
      steps: new Set()
    })
    expect(mappingDelta(before({ ignore: ['**/*.md', 'train/**'] }), HEAD)).toEqual({
      all: 'its ignore globs changed',
      steps: new Set()
    })
  })

  it('counts every step as changed when the file did not map the pipeline then, or does not now', () => {
    expect(mappingDelta(undefined, HEAD)).toEqual({
      all: 'the mapping file did not map this pipeline at that commit',
      steps: new Set()
    })
    expect(mappingDelta(before(), undefined)).toEqual({
      all: 'the mapping file no longer maps this pipeline',
      steps: new Set()
    })
    expect(mappingDelta(undefined, undefined)).toEqual({ steps: new Set() })
  })

  it('counts every step as changed when the older file cannot be read, with a capped reason', () => {
    const delta = mappingDelta(new Error(`bad indentation ${'x'.repeat(1000)}`), HEAD)
    expect(delta.steps).toEqual(new Set())
    expect(delta.all).toMatch(/^the mapping file at that commit cannot be read \(bad indentation x+\)$/)
    expect(delta.all!.length).toBeLessThan(300)
    expect(mappingDelta(new Error('gone'), undefined).all).toBe(
      'the mapping file at that commit cannot be read (gone)'
    )
  })
})
