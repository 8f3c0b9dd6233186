/**
 * The emulator's own graph reading (dag.ts) and its path-convexity rule, checked against brute force
 * on random DAGs: reachability from a transitive-closure matrix, "between" from the closure by its
 * definition (some selected u reaches m and m reaches some selected w), weak components by union-find.
 * Plus a guard that the emulator never borrows the planner's functions: it is the oracle that grades them.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { StepGraph } from '../../../../src/core/graph.js'
import { Dag } from '../../../../tools/emulator/sagemaker/dag.js'
import { stepsBetween } from '../../../../tools/emulator/sagemaker/selective.js'
import { arbitraryGraph, graphOf } from '../../../../__fixtures__/graphs.js'

/** reach[a][b]: a path of at least one edge from a to b (Floyd–Warshall over the edge list). */
function closure(graph: StepGraph): { names: string[]; reach: boolean[][] } {
  const names = [...graph.steps.keys()]
  const index = new Map(names.map((n, i) => [n, i]))
  const reach = names.map(() => names.map(() => false))
  for (const e of graph.edges()) reach[index.get(e.from)!]![index.get(e.to)!] = true
  for (let k = 0; k < names.length; k++)
    for (let i = 0; i < names.length; i++)
      if (reach[i]![k]) for (let j = 0; j < names.length; j++) if (reach[k]![j]) reach[i]![j] = true
  return { names, reach }
}

/** A random graph and a random subset of its steps. */
const graphAndSubset = arbitraryGraph(12).chain(graph =>
  fc.subarray([...graph.steps.keys()], { minLength: 1 }).map(subset => ({ graph, subset: new Set(subset) }))
)

describe('the emulator’s own graph reading', () => {
  it('orders every step once, parents first, as the definition orders ties', () => {
    fc.assert(
      fc.property(arbitraryGraph(14), graph => {
        const dag = new Dag(graph)
        expect([...dag.order].sort()).toEqual([...graph.steps.keys()].sort())
        const rank = new Map(dag.order.map((n, i) => [n, i]))
        for (const e of graph.edges()) expect(rank.get(e.from)!).toBeLessThan(rank.get(e.to)!)
        // Ties go to the earliest-defined ready step: the first step is the earliest one without parents.
        const roots = [...graph.steps.keys()].filter(n => graph.parents(n).size === 0)
        expect(dag.order[0]).toBe(roots[0])
      })
    )
    const g = graphOf(['Z', 'Y', 'X<Z', 'W<Y'])
    expect(new Dag(g).order).toEqual(['Z', 'Y', 'X', 'W'])
  })

  it('finds ancestors and descendants as the transitive closure does', () => {
    fc.assert(
      fc.property(graphAndSubset, ({ graph, subset }) => {
        const dag = new Dag(graph)
        const { names, reach } = closure(graph)
        const members = names.map(n => subset.has(n))
        const expectedUp = names.filter((_, m) => members.some((inS, s) => inS && reach[m]![s]))
        const expectedDown = names.filter((_, m) => members.some((inS, s) => inS && reach[s]![m]))
        expect([...dag.ancestors(subset)].sort()).toEqual(expectedUp.sort())
        expect([...dag.descendants(subset)].sort()).toEqual(expectedDown.sort())
      })
    )
  })

  it('names as "between" exactly the unselected steps on a path from one selected step to another', () => {
    fc.assert(
      fc.property(graphAndSubset, ({ graph, subset }) => {
        const { names, reach } = closure(graph)
        const index = new Map(names.map((n, i) => [n, i]))
        const selected = [...subset].map(n => index.get(n)!)
        const expected = names.filter(
          (n, m) => !subset.has(n) && selected.some(u => reach[u]![m]) && selected.some(w => reach[m]![w])
        )
        const dag = new Dag(graph)
        expect(stepsBetween(dag, subset)).toEqual(dag.sorted(expected))
      })
    )
  })

  it('splits a selection into its weak components as union-find does', () => {
    fc.assert(
      fc.property(graphAndSubset, ({ graph, subset }) => {
        const parent = new Map([...subset].map(n => [n, n]))
        const find = (n: string): string => (parent.get(n) === n ? n : find(parent.get(n)!))
        for (const e of graph.edges())
          if (subset.has(e.from) && subset.has(e.to)) parent.set(find(e.from), find(e.to))
        const expected = new Map<string, string[]>()
        for (const n of subset) expected.set(find(n), [...(expected.get(find(n)) ?? []), n])
        const got = new Dag(graph).components(subset)
        expect(got.map(g => [...g].sort()).sort()).toEqual([...expected.values()].map(g => g.sort()).sort())
        expect(got.flat()).toHaveLength(subset.size)
      })
    )
  })

  it('lists the Conditions around a nested step, innermost first', () => {
    const g = graphOf([{ name: 'Outer', if: [{ name: 'Inner', else: ['Deep'] }] }, 'Free'])
    const dag = new Dag(g)
    expect(dag.conditionsAround('Deep')).toEqual(['Inner', 'Outer'])
    expect(dag.conditionsAround('Free')).toEqual([])
  })
})

describe('the oracle’s independence', () => {
  it('imports from the action only the definition parser, isObject, types and errorMessage', () => {
    const dir = fileURLToPath(new URL('../../../../tools/emulator/sagemaker/', import.meta.url))
    const allowed = [
      /^import type \{[^}]*\} from '\.\.\/\.\.\/\.\.\/src\/core\/(graph|types)\.js'$/,
      /^import \{ (parseDefinition|isObject) \} from '\.\.\/\.\.\/\.\.\/src\/core\/definition\.js'$/,
      /^import \{ errorMessage \} from '\.\.\/\.\.\/\.\.\/src\/errors\.js'$/
    ]
    const borrowed: string[] = []
    let fromTheAction = 0
    for (const file of readdirSync(dir).filter(f => f.endsWith('.ts'))) {
      const text = readFileSync(dir + file, 'utf8')
      for (const [statement] of text.matchAll(/^(import|export)\s[^'\n]*?(\n[^'\n]*?)*from '[^']+'/gm)) {
        const flat = statement.replace(/\s+/g, ' ')
        if (!/from '(\.\.\/)+src\//.test(flat)) continue
        fromTheAction++
        if (!allowed.some(rule => rule.test(flat))) borrowed.push(`${file}: ${flat}`)
      }
    }
    expect(borrowed).toEqual([])
    expect(fromTheAction).toBeGreaterThan(10) // the scan does see the imports
  })
})
