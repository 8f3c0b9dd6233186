import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { StepGraph } from '../../../src/core/graph.js'
import { isWeaklyConnected, planSelection } from '../../../src/core/planner.js'
import { untakenBranches } from '../../../src/core/freshness.js'
import type { Plan, PlanRequest, Reason, StepState } from '../../../src/core/types.js'
import {
  RANDOM_PARAMETERS,
  arbitraryGraph,
  arbitraryRecord,
  graphOf,
  type StepSpec
} from '../../../__fixtures__/graphs.js'

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
        selection: r.selection,
        explicitSteps: r.explicit,
        seeds: seedsOf(graph, r),
        downstream: r.downstream,
        reference: r.reference
      }
      return { graph, request, plan: planSelection(request) }
    })
})

/**
 * The caller's seeds: coverage targets, a step whose definition changed and the readers of a changed
 * parameter (what the freshness judge reports; reasons the planner must carry through unchanged).
 */
function seedsOf(
  graph: StepGraph,
  r: { coverage: string[]; changedStep?: string; changedParameter?: string }
): Record<string, Reason[]> {
  const seeds: Record<string, Reason[]> = {}
  const add = (name: string, reason: Reason) => (seeds[name] ??= []).push(reason)
  for (const name of r.coverage) add(name, { kind: 'coverage', detail: 'test' })
  if (r.changedStep) add(r.changedStep, { kind: 'definition', paths: ['Arguments.X'] })
  if (r.changedParameter && graph.parameters.has(r.changedParameter))
    for (const name of graph.readersOf(r.changedParameter))
      add(name, { kind: 'parameter', name: r.changedParameter, from: 'a', to: 'b' })
  return seeds
}

/** Runs per property; PROPERTY_RUNS lowers it (npm run mutate runs every surviving mutant through them). */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) }

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
        // Connectors (and the steps between a connector and the rest) run without their closure.
        // Connectors (with their enclosing Conditions, and the steps between them and the rest) run
        // without their closure.
        const connectors = plan.selected.filter(n => plan.reasons[n]!.every(r => r.kind === 'connects'))
        const limited = new Set(connectors.flatMap(c => [c, ...graph.enclosingConditions(c)]))
        const between = (u: string): boolean =>
          [...limited].some(c => reach.get(c)!.has(u)) && plan.selected.some(v => reach.get(u)!.has(v))
        const closed = [...s].filter(
          u =>
            !(
              limited.has(u) &&
              plan.reasons[u]!.every(r => r.kind === 'connects' || r.kind === 'enclosing-condition')
            ) && !between(u)
        )
        expect(closed.flatMap(u => [...reach.get(u)!]).filter(v => !s.has(v))).toEqual([])
        if (connectors.length > 0) expect(isWeaklyConnected(graph, s) || plan.fullRun).toBe(true)
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
        // A connector runs without its closure: named again, it must stay limited (downstream: false).
        const joined = plan.selected.some(n => plan.reasons[n]!.some(r => r.kind === 'connects'))
        const again = planSelection({
          ...request,
          selection: 'affected',
          seeds: undefined,
          explicitSteps: plan.selected,
          ...(joined ? { downstream: false } : {})
        })
        expect(again.selected).toEqual(plan.selected)
        expect(again.reused).toEqual(plan.reused)
      }),
      RUNS
    )
  })
})

/** What a freshness judgement can say about a graph, and what the user asked for. */
interface Judging {
  /** Per step in topological order: a Condition's outcome in the reference. */
  outcomes: boolean[]
  stale: string[]
  kinds: Array<'file' | 'failed-in-reference' | 'parameter'>
  explicit: string[]
  downstream: boolean
  selection: PlanRequest['selection']
}

function judgingOf(graph: StepGraph): fc.Arbitrary<Judging> {
  const names = graph.topologicalOrder()
  return fc.record({
    outcomes: fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
    stale: fc.subarray(names, { maxLength: Math.min(3, names.length) }),
    kinds: fc.array(fc.constantFrom<Judging['kinds'][number]>('file', 'failed-in-reference', 'parameter'), {
      minLength: names.length,
      maxLength: names.length
    }),
    explicit: fc.subarray(names, { maxLength: Math.min(2, names.length) }),
    downstream: fc.boolean(),
    selection: fc.constantFrom<PlanRequest['selection']>('affected', 'affected', 'failed')
  })
}

/**
 * Plans as planRun does, from a judgement of a reference in which every step ran and every Condition
 * decided (randomly): the untaken branches and what follows them have no output; some other steps are stale.
 */
function planJudged(graph: StepGraph, j: Judging): Scenario {
  const names = graph.topologicalOrder()
  const steps = new Map<string, StepState>(
    names.map((name, i) => [
      name,
      graph.step(name).type === 'Condition'
        ? { status: 'Succeeded', outcome: j.outcomes[i] ? 'True' : 'False' }
        : { status: 'Succeeded' }
    ])
  )
  const branchExcluded = untakenBranches(graph, steps)
  const stale = new Map<string, Reason[]>()
  for (const name of j.stale) {
    if (branchExcluded.has(name)) continue
    const kind = j.kinds[names.indexOf(name)]
    stale.set(name, [
      kind === 'failed-in-reference'
        ? { kind, status: 'Failed' }
        : kind === 'parameter'
          ? { kind, name: 'P0' }
          : { kind: 'file', file: `${name}.py`, glob: `${name}/**` }
    ])
  }
  const request: PlanRequest = {
    graph,
    changes: { files: [], complete: true },
    selection: j.selection,
    explicitSteps: j.explicit,
    downstream: j.downstream,
    reference: { arn: 'arn:ref', status: 'Succeeded', createdAt: 0, commit: 'abc', steps: new Map() },
    freshness: { stale, branchExcluded }
  }
  return { graph, request, plan: planSelection(request) }
}

/**
 * Graphs where untaken branches matter: a chain T0…, a Condition C after one of them with a chain in
 * each branch, and Join steps after one branch step and one top-level step (in the random DAGs above,
 * a step that needs an output the reference lacks is rare).
 */
const crossBranchGraph: fc.Arbitrary<StepGraph> = fc
  .record({
    top: fc.integer({ min: 1, max: 4 }),
    after: fc.nat(),
    ifLength: fc.integer({ min: 0, max: 3 }),
    elseLength: fc.integer({ min: 1, max: 3 }),
    joins: fc.array(fc.record({ branch: fc.nat(), top: fc.nat(), chained: fc.boolean() }), {
      minLength: 1,
      maxLength: 3
    })
  })
  .map(r => {
    const chain = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => (i === 0 ? `${prefix}0` : `${prefix}${i}<${prefix}${i - 1}`))
    const tops = Array.from({ length: r.top }, (_, i) => `T${i}`)
    const branch = [...chain('I', r.ifLength), ...chain('E', r.elseLength)].map(s => s.split('<')[0]!)
    const spec: StepSpec[] = [
      ...chain('T', r.top),
      {
        name: 'C',
        after: [tops[r.after % tops.length]!],
        if: chain('I', r.ifLength),
        else: chain('E', r.elseLength)
      }
    ]
    r.joins.forEach((join, k) => {
      const parents = [branch[join.branch % branch.length]!, tops[join.top % tops.length]!]
      if (join.chained && k > 0) parents.push(`J${k - 1}`)
      spec.push({ name: `J${k}`, after: parents })
    })
    return graphOf(spec)
  })

const judgedScenario: fc.Arbitrary<Scenario> = fc.oneof(
  {
    arbitrary: arbitraryGraph(14).chain(graph => judgingOf(graph).map(j => planJudged(graph, j))),
    weight: 1
  },
  { arbitrary: crossBranchGraph.chain(graph => judgingOf(graph).map(j => planJudged(graph, j))), weight: 2 }
)

describe('planSelection properties with a freshness judgement', () => {
  it('(a, d, e) stays path-convex, partitions the steps and keeps Conditions with their branch steps', () => {
    fc.assert(
      fc.property(judgedScenario, ({ graph, plan }) => {
        const reach = reachability(graph)
        const s = new Set(plan.selected)
        const between = [...s]
          .flatMap(u => [...reach.get(u)!])
          .filter(v => [...s].some(w => reach.get(v)!.has(w)))
        expect(between.filter(v => !s.has(v))).toEqual([])
        expect([...plan.selected, ...plan.reused, ...plan.notRun].sort()).toEqual(
          graph.topologicalOrder().sort()
        )
        for (const name of plan.selected) {
          const condition = graph.step(name).condition
          if (condition) expect(s.has(condition)).toBe(true)
        }
      }),
      RUNS
    )
  })

  it('(f) reuses only fresh outputs: no reused step is stale or without output in the reference', () => {
    let reusedSome = 0
    let neededSome = 0
    fc.assert(
      fc.property(judgedScenario, ({ request, plan }) => {
        const { stale, branchExcluded } = request.freshness!
        for (const name of plan.reused) {
          expect(stale.has(name)).toBe(false)
          expect(branchExcluded.has(name)).toBe(false)
        }
        if (plan.reused.length > 0) reusedSome++
        // The cases that matter: the selection needed a step the reference has no output for (an
        // implementation that ignores branchExcluded would reuse it).
        if (
          !plan.fullRun &&
          plan.selected.some(n => plan.reasons[n]!.some(r => r.kind === 'needed-upstream'))
        )
          neededSome++
      }),
      { numRuns: 600 }
    )
    expect(reusedSome).toBeGreaterThan(0)
    expect(neededSome).toBeGreaterThan(0)
  })

  it('runs every stale step with its reasons, and gives needed-upstream only to steps without output', () => {
    fc.assert(
      fc.property(judgedScenario, ({ request, plan }) => {
        const { stale, branchExcluded } = request.freshness!
        const s = new Set(plan.selected)
        for (const [name, reasons] of stale) {
          expect(s.has(name)).toBe(true)
          for (const reason of reasons) expect(plan.reasons[name]).toContainEqual(reason)
        }
        for (const [name, reasons] of Object.entries(plan.reasons)) {
          if (reasons.some(r => r.kind === 'needed-upstream')) expect(branchExcluded.has(name)).toBe(true)
        }
      }),
      RUNS
    )
  })

  it('(rule 7) keeps the downstream closure of every stale step, whatever downstream says', () => {
    let limited = 0
    fc.assert(
      fc.property(judgedScenario, ({ graph, request, plan }) => {
        const s = new Set(plan.selected)
        const below = graph.descendants([...request.freshness!.stale.keys()])
        expect(below.filter(n => !s.has(n))).toEqual([])
        if (!request.downstream && request.freshness!.stale.size > 0 && !plan.fullRun) limited++
      }),
      RUNS
    )
    expect(limited).toBeGreaterThan(0)
  })
})
