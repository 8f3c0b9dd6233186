import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { StepGraph } from '../../../src/core/graph.js'
import { planSelection } from '../../../src/core/planner.js'
import { checkEligibility } from '../../../src/core/reference.js'
import type { ExecutionRecord, Plan, PlanRequest } from '../../../src/core/types.js'
import { RANDOM_PARAMETERS, arbitraryGraph, arbitraryRecord } from '../../../__fixtures__/graphs.js'

/** Reachability computed independently of StepGraph's traversals: reach[u] holds every step reachable from u. */
function reachability(graph: StepGraph): Map<string, Set<string>> {
  const order = graph.topologicalOrder()
  const edges = graph.edges()
  const reach = new Map<string, Set<string>>()
  for (const u of [...order].reverse()) {
    const set = new Set<string>()
    for (const e of edges.filter(e => e.from === u)) {
      set.add(e.to)
      for (const w of reach.get(e.to)!) set.add(w)
    }
    reach.set(u, set)
  }
  return reach
}

interface Scenario {
  graph: StepGraph
  request: PlanRequest
  plan: Plan
}

/** A random graph, random seeds of every kind, a random reference (or none) and random modes. */
const scenario: fc.Arbitrary<Scenario> = arbitraryGraph(14).chain(graph => {
  const names = graph.topologicalOrder()
  return fc
    .record({
      explicit: fc.subarray(names, { maxLength: Math.min(3, names.length) }),
      changedParameter: fc.option(fc.constantFrom(...RANDOM_PARAMETERS), { nil: undefined }),
      changedStep: fc.option(fc.constantFrom(...names), { nil: undefined }),
      downstream: fc.boolean(),
      selection: fc.constantFrom<PlanRequest['selection']>('affected', 'affected', 'failed', 'coverage'),
      coverage: fc.subarray(names, { maxLength: Math.min(2, names.length) }),
      reference: fc.option(arbitraryRecord(graph), { nil: undefined, freq: 4 })
    })
    .map(r => {
      const request: PlanRequest = {
        graph,
        changes: { files: [], complete: true },
        parameterChanges: r.changedParameter ? [{ name: r.changedParameter, from: 'a', to: 'b' }] : [],
        definitionDiff: r.changedStep
          ? { steps: [{ step: r.changedStep, change: 'changed', paths: ['Arguments.X'] }], pipeline: [] }
          : undefined,
        selection: r.selection,
        explicitSteps: r.explicit,
        seeds: Object.fromEntries(r.coverage.map(n => [n, [{ kind: 'coverage' as const, detail: 'test' }]])),
        downstream: r.downstream,
        reference: r.reference
      }
      return { graph, request, plan: planSelection(request) }
    })
})

const RUNS = { numRuns: 200 }

describe('planSelection properties over random DAGs with nested Conditions', () => {
  it('(a) the selection is path-convex', () => {
    fc.assert(
      fc.property(scenario, ({ graph, plan }) => {
        const reach = reachability(graph)
        const s = new Set(plan.selected)
        // v outside S on a path u → … → v → … → w between selected steps breaks convexity
        const between = [...s]
          .flatMap(u => [...reach.get(u)!])
          .filter(v => [...s].some(w => reach.get(v)!.has(w)))
        expect(between.filter(v => !s.has(v))).toEqual([])
      }),
      RUNS
    )
  })

  it('(b) with downstream the selection is closed under descendants', () => {
    fc.assert(
      fc.property(scenario, ({ graph, request, plan }) => {
        if (!request.downstream) return
        const reach = reachability(graph)
        const s = new Set(plan.selected)
        expect([...s].flatMap(u => [...reach.get(u)!]).filter(v => !s.has(v))).toEqual([])
      }),
      RUNS
    )
  })

  it('(c) every selected step has a reason and no other step has one', () => {
    fc.assert(
      fc.property(scenario, ({ plan }) => {
        expect(Object.keys(plan.reasons).sort()).toEqual([...plan.selected].sort())
        for (const name of plan.selected) expect(plan.reasons[name]!.length).toBeGreaterThan(0)
        for (const reasons of Object.values(plan.reasons)) {
          expect(new Set(reasons.map(r => JSON.stringify(r))).size).toBe(reasons.length)
        }
      }),
      RUNS
    )
  })

  it('(d) selected, reused and notRun partition the steps, each in topological order', () => {
    fc.assert(
      fc.property(scenario, ({ graph, plan }) => {
        const all = [...plan.selected, ...plan.reused, ...plan.notRun]
        expect(all.sort()).toEqual(graph.topologicalOrder().sort())
        for (const list of [plan.selected, plan.reused, plan.notRun]) expect(list).toEqual(graph.sorted(list))
        // reused is exactly the non-selected ancestors, and needsReference says whether there are any
        const reach = reachability(graph)
        const s = new Set(plan.selected)
        const ancestors = graph
          .topologicalOrder()
          .filter(a => !s.has(a) && plan.selected.some(n => reach.get(a)!.has(n)))
        expect(plan.reused).toEqual(ancestors)
        expect(plan.needsReference).toBe(plan.reused.length > 0)
        if (plan.fullRun) expect(plan.selected).toHaveLength(graph.size)
        if (plan.needsReference) expect(plan.fullRun).toBe(false)
      }),
      RUNS
    )
  })

  it('(e) every selected nested step has all its enclosing Conditions selected', () => {
    fc.assert(
      fc.property(scenario, ({ graph, plan }) => {
        const s = new Set(plan.selected)
        for (const name of plan.selected) {
          let condition = graph.step(name).condition
          while (condition) {
            expect(s.has(condition)).toBe(true)
            condition = graph.step(condition).condition
          }
        }
      }),
      RUNS
    )
  })

  it('keeps every seed, and a selective run is weakly connected and within the step limit', () => {
    fc.assert(
      fc.property(scenario, ({ graph, request, plan }) => {
        const s = new Set(plan.selected)
        for (const n of request.explicitSteps ?? []) expect(s.has(n)).toBe(true)
        for (const n of Object.keys(request.seeds ?? {})) expect(s.has(n)).toBe(true)
        if (plan.fullRun || plan.selected.length === 0) return
        expect(plan.selected.length).toBeLessThanOrEqual(50)
        expect(plan.selected.length).toBeLessThan(graph.size)
        // flood fill over undirected edges inside the selection
        const edges = graph.edges().filter(e => s.has(e.from) && s.has(e.to))
        const seen = new Set([plan.selected[0]!])
        for (let grew = true; grew;) {
          grew = false
          for (const e of edges) {
            if (seen.has(e.from) !== seen.has(e.to)) {
              seen.add(e.from)
              seen.add(e.to)
              grew = true
            }
          }
        }
        expect(seen.size).toBe(s.size)
      }),
      RUNS
    )
  })

  it('is idempotent: planning again from the selected steps gives the same selection', () => {
    fc.assert(
      fc.property(scenario, ({ request, plan }) => {
        if (plan.fullRun || plan.selected.length === 0) return
        const again = planSelection({
          ...request,
          selection: 'affected',
          parameterChanges: [],
          definitionDiff: undefined,
          seeds: undefined,
          explicitSteps: plan.selected
        })
        expect(again.selected).toEqual(plan.selected)
        expect(again.reused).toEqual(plan.reused)
      }),
      RUNS
    )
  })
})

describe('checkEligibility properties', () => {
  const withRecord = scenario.chain(s => arbitraryRecord(s.graph).map(record => ({ ...s, record })))

  it('(f) never accepts a reference where a reused step is missing or failed', () => {
    let accepted = 0
    fc.assert(
      fc.property(withRecord, ({ graph, plan, record }: Scenario & { record: ExecutionRecord }) => {
        const verdict = checkEligibility(record, graph, plan)
        if (!verdict.eligible) return
        accepted++
        expect(['Succeeded', 'Failed']).toContain(record.status)
        for (const name of plan.reused) {
          const state = record.steps.get(name)
          expect(state).toBeDefined()
          expect(state!.status === 'Succeeded' || state!.reusedFrom !== undefined).toBe(true)
        }
      }),
      RUNS
    )
    expect(accepted).toBeGreaterThan(0)
  })

  it('accepts exactly the finished runs in which every reused step succeeded or was reused', () => {
    fc.assert(
      fc.property(withRecord, ({ graph, plan, record }: Scenario & { record: ExecutionRecord }) => {
        const finished = record.status === 'Succeeded' || record.status === 'Failed'
        const supplies = plan.reused.every(n => {
          const st = record.steps.get(n)
          return st !== undefined && (st.status === 'Succeeded' || st.reusedFrom !== undefined)
        })
        expect(checkEligibility(record, graph, plan).eligible).toBe(finished && (plan.fullRun || supplies))
      }),
      RUNS
    )
  })
})
