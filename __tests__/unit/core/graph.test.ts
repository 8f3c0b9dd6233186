import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { CycleError, HIDDEN_EDGE_KIND, StepGraph, type DataEdge } from '../../../src/core/graph.js'
import type { EdgeKind, StepNode } from '../../../src/core/types.js'

function node(name: string, extra: Partial<StepNode> = {}): StepNode {
  return { name, type: 'Processing', parameters: [], raw: { Name: name }, ...extra }
}
type E = { from: string; to: string; kind: EdgeKind }
const e = (from: string, to: string, kind: EdgeKind = 'property'): E => ({ from, to, kind })

/**
 *   Pre → Train → Eval → Cond ─┬→ Register (If, reads Approval)
 *     └──────────────→ Eval    └→ Fail (Else, reads Threshold)
 *   Side (independent, listed first)
 */
function abalone(): StepGraph {
  return new StepGraph(
    [
      node('Side'),
      node('Pre'),
      node('Train', { type: 'Training' }),
      node('Eval'),
      node('Cond', { type: 'Condition', parameters: ['Threshold'] }),
      node('Register', { type: 'RegisterModel', condition: 'Cond', branch: 'If', parameters: ['Approval'] }),
      node('Fail', { type: 'Fail', condition: 'Cond', branch: 'Else', parameters: ['Threshold'] })
    ],
    [
      e('Pre', 'Train'),
      e('Pre', 'Eval'),
      e('Train', 'Eval'),
      e('Train', 'Eval', 'depends-on'),
      e('Eval', 'Cond'),
      e('Cond', 'Register', 'condition'),
      e('Cond', 'Fail', 'condition'),
      e('Train', 'Register')
    ],
    [
      { name: 'Threshold', type: 'Float' },
      { name: 'Approval', type: 'String' }
    ]
  )
}

describe('StepGraph', () => {
  const g = abalone()

  test('knows its steps and parameters', () => {
    expect(g.size).toBe(7)
    expect(g.has('Train')).toBe(true)
    expect(g.has('Nope')).toBe(false)
    expect(g.step('Train').type).toBe('Training')
    expect(() => g.step('Nope')).toThrow('unknown step "Nope"')
    expect([...g.parameters.keys()]).toEqual(['Threshold', 'Approval'])
  })

  test('topological order breaks ties by definition order', () => {
    expect(g.topologicalOrder()).toEqual(['Side', 'Pre', 'Train', 'Eval', 'Cond', 'Register', 'Fail'])
    const reversed = new StepGraph([node('C'), node('B'), node('A')], [e('A', 'B'), e('A', 'C')])
    expect(reversed.topologicalOrder()).toEqual(['A', 'C', 'B'])
  })

  test('edges are de-duplicated with merged, sorted kinds, in a stable order', () => {
    expect(g.edges()).toEqual([
      { from: 'Pre', to: 'Train', kinds: ['property'] },
      { from: 'Pre', to: 'Eval', kinds: ['property'] },
      { from: 'Train', to: 'Eval', kinds: ['depends-on', 'property'] },
      { from: 'Train', to: 'Register', kinds: ['property'] },
      { from: 'Eval', to: 'Cond', kinds: ['property'] },
      { from: 'Cond', to: 'Register', kinds: ['condition'] },
      { from: 'Cond', to: 'Fail', kinds: ['condition'] }
    ])
  })

  test('parents and children', () => {
    expect(g.parents('Eval')).toEqual(new Set(['Pre', 'Train']))
    expect(g.children('Cond')).toEqual(new Set(['Register', 'Fail']))
    expect(g.parents('Side').size).toBe(0)
    expect(g.children('Nope').size).toBe(0)
  })

  test('closure includes the start; descendants and ancestors do not', () => {
    expect(g.closure(['Eval'])).toEqual(['Eval', 'Cond', 'Register', 'Fail'])
    expect(g.descendants(['Eval'])).toEqual(['Cond', 'Register', 'Fail'])
    expect(g.ancestors(['Eval'])).toEqual(['Pre', 'Train'])
    expect(g.ancestors(['Register'])).toEqual(['Pre', 'Train', 'Eval', 'Cond'])
    expect(g.closure(['Side'])).toEqual(['Side'])
    expect(g.closure([])).toEqual([])
  })

  test('a start reachable from another start is a descendant', () => {
    expect(g.descendants(['Train', 'Eval'])).toEqual(['Eval', 'Cond', 'Register', 'Fail'])
    expect(g.ancestors(['Train', 'Eval'])).toEqual(['Pre', 'Train'])
  })

  test('traversals refuse unknown steps', () => {
    expect(() => g.closure(['Nope'])).toThrow('unknown step "Nope"')
    expect(() => g.ancestors(['Nope'])).toThrow('unknown step "Nope"')
    expect(() => g.sorted(['Fail', 'Nope'])).toThrow('unknown step "Nope"')
  })

  test('sorted orders topologically and de-duplicates', () => {
    expect(g.sorted(['Fail', 'Pre', 'Fail', 'Side'])).toEqual(['Side', 'Pre', 'Fail'])
  })

  test('readersOf and enclosingConditions', () => {
    expect(g.readersOf('Threshold')).toEqual(['Cond', 'Fail'])
    expect(g.readersOf('Approval')).toEqual(['Register'])
    expect(g.readersOf('Unknown')).toEqual([])
    expect(g.enclosingConditions('Fail')).toEqual(['Cond'])
    expect(g.enclosingConditions('Cond')).toEqual([])
    const nested = new StepGraph(
      [
        node('Outer'),
        node('Inner', { condition: 'Outer', branch: 'If' }),
        node('Leaf', { condition: 'Inner', branch: 'Else' })
      ],
      [e('Outer', 'Inner', 'condition'), e('Inner', 'Leaf', 'condition')]
    )
    expect(nested.enclosingConditions('Leaf')).toEqual(['Inner', 'Outer'])
  })

  test('a cycle is refused with the cycle in order', () => {
    let error: unknown
    try {
      new StepGraph(
        [node('Root'), node('A'), node('B'), node('C'), node('After')],
        [e('Root', 'A'), e('A', 'B'), e('B', 'C'), e('C', 'A'), e('C', 'After')]
      )
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CycleError)
    const cycle = (error as CycleError).cycle
    expect(cycle[0]).toBe(cycle.at(-1))
    expect(cycle).toHaveLength(4)
    const edges = new Set(['A→B', 'B→C', 'C→A'])
    for (let i = 0; i + 1 < cycle.length; i++) expect(edges.has(`${cycle[i]}→${cycle[i + 1]}`)).toBe(true)
    expect((error as Error).message).toContain(cycle.join(' → '))
  })

  test('an edge naming an unknown step is refused', () => {
    expect(() => new StepGraph([node('A')], [e('A', 'B')])).toThrow(
      'edge A → B names a step that is not in the graph'
    )
  })

  test('a graph built by hand has no data edges and no execution-id paths', () => {
    expect(g.dataEdges()).toEqual([])
    expect(g.volatileExecutionIdSteps()).toEqual([])
    expect(g.executionIdPaths('Pre')).toEqual([])
  })

  test('data edges come sorted by reader, then writer, then path; execution-id steps topologically', () => {
    const data = (from: string, to: string, path: string): DataEdge => ({
      from,
      to,
      path,
      uri: 's3://b/x',
      executionScoped: false,
      added: false
    })
    const facts = new StepGraph(
      [node('C'), node('A'), node('B')],
      [e('A', 'B', HIDDEN_EDGE_KIND), e('B', 'C')],
      [],
      {
        dataEdges: [data('B', 'C', 'p'), data('A', 'C', 'q'), data('A', 'C', 'b'), data('A', 'B', 'z')],
        executionIdPaths: new Map([
          ['C', ['Arguments.X']],
          ['A', ['Arguments.Y']]
        ])
      }
    )
    expect(facts.dataEdges().map(d => `${d.from}→${d.to}:${d.path}`)).toEqual([
      'A→B:z',
      'A→C:b',
      'A→C:q',
      'B→C:p'
    ])
    expect(facts.edges()[0]).toEqual({ from: 'A', to: 'B', kinds: ['data'] })
    expect(facts.volatileExecutionIdSteps()).toEqual(['A', 'C'])
    expect(facts.executionIdPaths('C')).toEqual(['Arguments.X'])
  })

  test('facts naming an unknown step are refused', () => {
    const edge: DataEdge = {
      from: 'A',
      to: 'Z',
      path: 'p',
      uri: 's3://b/x',
      executionScoped: false,
      added: false
    }
    expect(() => new StepGraph([node('A')], [], [], { dataEdges: [edge] })).toThrow('unknown step "Z"')
    expect(() => new StepGraph([node('A')], [], [], { executionIdPaths: new Map([['Q', ['x']]]) })).toThrow(
      'unknown step "Q"'
    )
  })
})

describe('StepGraph on random DAGs (properties)', () => {
  /** n steps named S0…, edges only from a lower to a higher index of a shuffled rank, so acyclic. */
  const dag = fc.integer({ min: 1, max: 12 }).chain(n =>
    fc.record({
      n: fc.constant(n),
      rank: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n }
      ),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 })
    })
  )
  const build = ({ n, rank, pairs }: { n: number; rank: number[]; pairs: Array<[number, number]> }) => {
    const edges = pairs.filter(([a, b]) => rank[a]! < rank[b]!).map(([a, b]) => e(`S${a}`, `S${b}`))
    return new StepGraph(
      Array.from({ length: n }, (_, i) => node(`S${i}`)),
      edges
    )
  }

  test('every edge goes forward in the topological order', () => {
    fc.assert(
      fc.property(dag, spec => {
        const g = build(spec)
        const position = new Map(g.topologicalOrder().map((s, i) => [s, i]))
        expect(position.size).toBe(spec.n)
        for (const edge of g.edges()) expect(position.get(edge.from)!).toBeLessThan(position.get(edge.to)!)
      })
    )
  })

  test('closure = start ∪ descendants; a ∈ ancestors(b) ⇔ b ∈ descendants(a); nothing is both', () => {
    fc.assert(
      fc.property(dag, spec => {
        const g = build(spec)
        for (const a of g.steps.keys()) {
          const down = g.descendants([a])
          expect(g.closure([a])).toEqual(g.sorted([a, ...down]))
          expect(down).not.toContain(a)
          const up = new Set(g.ancestors([a]))
          for (const d of down) expect(up.has(d)).toBe(false)
          for (const b of g.steps.keys()) expect(g.ancestors([b]).includes(a)).toBe(down.includes(b))
          for (const child of g.children(a)) expect(down).toContain(child)
        }
      })
    )
  })
})
