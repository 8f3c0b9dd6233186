import { describe, expect, it } from '@jest/globals'
import type { StepGraph } from '../../../src/core/graph.js'
import {
  MAX_CONNECTOR_CANDIDATES,
  MAX_CONNECTOR_PAIRS_FROM,
  MAX_SELECTED_STEPS,
  branchExcludedSteps,
  planSelection
} from '../../../src/core/planner.js'
import type { FileMatch, PipelineMapping, PlanRequest, Reason } from '../../../src/core/types.js'
import { graphOf, recordOf } from '../../../__fixtures__/graphs.js'

/**
 * The planner's smaller rules, one test each: warnings word for word, the connector search's choice
 * and bounds, and the reasons of steps the closure brings in. Each test names the wrong planner it
 * rejects.
 */
const everySucceeded = (graph: StepGraph) =>
  recordOf('arn:ref', Object.fromEntries(graph.topologicalOrder().map(n => [n, 'Succeeded'])))

function request(graph: StepGraph, extra: Partial<PlanRequest> = {}): PlanRequest {
  return {
    graph,
    changes: { files: [], complete: true },
    selection: 'affected',
    downstream: true,
    reference: everySucceeded(graph),
    ...extra
  }
}

const judged = (stale: Record<string, Reason[]>, codeMoved: string[] = []): PlanRequest['freshness'] => ({
  stale: new Map(Object.entries(stale)),
  branchExcluded: new Set(),
  codeMoved: new Set(codeMoved)
})
const file = (name: string): Reason => ({ kind: 'file', file: `${name}.py`, glob: `${name}.py` })

function mappingOf(steps: Record<string, string[]>, allSteps: string[] = []): PipelineMapping {
  return {
    pipeline: 'test',
    steps: new Map(),
    allSteps,
    ignore: [],
    coverage: new Map(),
    match(f: string): FileMatch {
      const matched = Object.entries(steps)
        .filter(([, files]) => files.includes(f))
        .map(([step]) => ({ step, glob: f }))
      return allSteps.includes(f)
        ? { ignored: false, allSteps: f, steps: matched }
        : { ignored: false, steps: matched }
    }
  }
}

describe('the steps input and the selection mode', () => {
  const graph = graphOf(['A', 'B<A'])
  it('names the mode it overrides, and only when it overrides one', () => {
    const coverage = planSelection(request(graph, { explicitSteps: ['A', 'B'], selection: 'coverage' }))
    expect(coverage.warnings).toEqual([
      'the steps input overrides selection: coverage; A, B and what changed are selected'
    ])
    // With affected there is nothing to override; without steps, no override at all.
    expect(planSelection(request(graph, { explicitSteps: ['B'] })).warnings).toEqual([])
    expect(
      planSelection(request(graph, { selection: 'failed', freshness: judged({ A: [file('A')] }) })).warnings
    ).toEqual(['the reference run arn:ref has no failed steps; there is nothing to resume'])
  })

  it('a seed without reasons is selected as explicit; an unknown seed is an error naming its source', () => {
    const plan = planSelection(request(graph, { seeds: { B: [] } }))
    expect(plan.selected).toEqual(['B'])
    expect(plan.reasons.B).toEqual([{ kind: 'explicit' }])
    expect(() => planSelection(request(graph, { seeds: { Ghost: [] } }))).toThrow(
      'selection seeds: "Ghost" is not a step of this pipeline'
    )
  })

  it('an unknown step in a pipeline of ten steps lists them all', () => {
    const ten = graphOf(Array.from({ length: 10 }, (_, i) => `S${i}`))
    expect(() => planSelection(request(ten, { explicitSteps: ['Nope'] }))).toThrow(
      /; its steps are S0, S1, S2, S3, S4, S5, S6, S7, S8, S9$/
    )
  })

  it('an unknown step in a long pipeline lists the first ten steps and the count', () => {
    const long = graphOf(Array.from({ length: 12 }, (_, i) => `S${i}`))
    expect(() => planSelection(request(long, { explicitSteps: ['Nope'] }))).toThrow(
      'its steps are S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, … (12 steps)'
    )
  })
})

describe('selection: failed with a judgement', () => {
  const graph = graphOf(['A', 'B<A', 'C<B'])
  it('stays quiet when any stale step has no output in the reference', () => {
    const plan = planSelection(
      request(graph, {
        selection: 'failed',
        freshness: judged({ A: [file('A')], B: [{ kind: 'failed-in-reference', status: 'Failed' }] })
      })
    )
    expect(plan.warnings).toEqual([])
  })

  it('says there is nothing to resume, in one sentence, without a reference', () => {
    const plan = planSelection(
      request(graph, { selection: 'failed', reference: undefined, freshness: judged({}) })
    )
    expect(plan.warnings).toEqual(['the reference run has no failed steps; there is nothing to resume'])
  })
})

describe('without a judgement (no reference run judged)', () => {
  const graph = graphOf(['A', 'B<A', 'C<B'])
  it('reads the changed files as one range, with the default detail when the list is incomplete', () => {
    const plan = planSelection(request(graph, { changes: { files: [], complete: false } }))
    expect(plan.fullRunReason).toBe(
      'the changed files are not known exactly (the list of changed files could not be read whole), so every step runs'
    )
    expect(plan.reasons.A).toEqual([
      { kind: 'unknown-changes', detail: 'the list of changed files could not be read whole' }
    ])
  })

  it('warns about a mapped step the pipeline lacks, and selects nothing for it', () => {
    const plan = planSelection(
      request(graph, {
        mapping: mappingOf({ Ghost: ['ghost.py'] }),
        changes: { files: ['ghost.py'], complete: true }
      })
    )
    expect(plan.selected).toEqual([])
    expect(plan.warnings).toEqual([
      'the mapping names step "Ghost" for ghost.py, but the pipeline has no such step'
    ])
  })

  it("re-runs a Failed reference's failed steps whatever the mode; a Succeeded reference's missing steps do not", () => {
    const failed = recordOf('arn:failed', { A: 'Succeeded', B: 'Failed' }, { status: 'Failed' })
    const plan = planSelection(request(graph, { reference: failed }))
    expect(plan.selected).toEqual(['B', 'C'])
    expect(plan.reasons.B).toEqual([{ kind: 'failed-in-reference', status: 'Failed' }])
    expect(plan.warnings).toEqual([])
    const partial = recordOf('arn:partial', { A: 'Succeeded', B: 'Succeeded' })
    expect(planSelection(request(graph, { reference: partial })).selected).toEqual([])
  })

  it('resuming a reference with failed steps does not claim there is nothing to resume', () => {
    const failed = recordOf('arn:failed', { A: 'Succeeded', B: 'Failed' }, { status: 'Failed' })
    const plan = planSelection(request(graph, { selection: 'failed', reference: failed }))
    expect(plan.selected).toEqual(['B', 'C'])
    expect(plan.warnings).toEqual([])
  })
})

describe('reasons of the steps the closure brings in', () => {
  it('one reason given twice, its keys in another order, is kept once', () => {
    const graph = graphOf(['A'])
    const plan = planSelection(
      request(graph, {
        seeds: {
          A: [
            { kind: 'parameter', name: 'P', from: 'a', to: 'b' },
            { to: 'b', from: 'a', name: 'P', kind: 'parameter' }
          ]
        }
      })
    )
    expect(plan.reasons.A).toEqual([{ kind: 'parameter', name: 'P', from: 'a', to: 'b' }])
  })

  it('a changed step below another changed step keeps only its own reasons', () => {
    const graph = graphOf(['A', 'B<A', 'C<B'])
    const plan = planSelection(request(graph, { freshness: judged({ A: [file('A')], B: [file('B')] }) }))
    expect(plan.reasons).toEqual({
      A: [file('A')],
      B: [file('B')],
      C: [{ kind: 'upstream', step: 'B' }]
    })
  })
})

describe('connectors', () => {
  it('without estimates, the join with the fewest steps wins even when it is not the closest', () => {
    // K is the closest common upstream step but joins through M; J joins X and Y directly.
    const graph = graphOf(['J', 'K', 'M<K', 'X<J,M', 'Y<J,K'])
    const plan = planSelection(request(graph, { explicitSteps: ['X', 'Y'] }))
    expect(plan.selected).toEqual(['J', 'X', 'Y'])
  })

  it('one connector is enough: a pair is taken only when it is cheaper', () => {
    const graph = graphOf(['S', 'T', 'X<S,T', 'Y<S,T'])
    expect(planSelection(request(graph, { explicitSteps: ['X', 'Y'] })).selected).toEqual(['T', 'X', 'Y'])
  })

  it('a connector is costed without its downstream closure', () => {
    // A is cheap but has expensive other descendants; B costs more and has none.
    const graph = graphOf(['A', 'B', 'X<A,B', 'Y<A,B', 'Z1<A', 'Z2<A'])
    const minutes = new Map([
      ['A', 1],
      ['B', 5],
      ['X', 1],
      ['Y', 1],
      ['Z1', 30],
      ['Z2', 30]
    ])
    const plan = planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: minutes }))
    expect(plan.selected).toEqual(['A', 'X', 'Y'])
    expect(plan.reused).toEqual(['B'])
    expect(plan.notRun).toEqual(['Z1', 'Z2'])
  })

  /** A counting estimate: every trial reads the estimate of each step it would run. */
  const counting = (cost: (step: string) => number) => {
    const counter = { reads: 0, minutes: undefined as unknown as ReadonlyMap<string, number> }
    counter.minutes = {
      get: (step: string) => {
        counter.reads++
        return cost(step)
      }
    } as unknown as ReadonlyMap<string, number>
    return counter
  }
  const fillers = (n: number) => Array.from({ length: n }, (_, i) => `F${i}`)

  it('tries only upstream steps that join two parts, so private ancestors spend no trial', () => {
    // X has three private parents, closer than the connectors K1 (cheap) and K2; 4 trials in all.
    const graph = graphOf(['K1', 'K2', 'P1', 'P2', 'P3', 'X<K1,K2,P1,P2,P3', 'Y<K1,K2', ...fillers(10_000)])
    const minutes = new Map([
      ['K1', 1],
      ['K2', 100]
    ])
    const plan = planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: minutes }))
    expect(plan.selected).toEqual(['K1', 'X', 'Y'])
  })

  it(`tries at most the ${MAX_CONNECTOR_CANDIDATES} closest connectors one by one`, () => {
    // K0 (the farthest, cheapest) is the 70th closest: never tried.
    const keys = Array.from({ length: 70 }, (_, i) => `K${i}`)
    const graph = graphOf([...keys, `X<${keys.join(',')}`, `Y<${keys.join(',')}`])
    const minutes = new Map(keys.map(k => [k, k === 'K0' ? 1 : 100]))
    const plan = planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: minutes }))
    expect(plan.selected).toEqual(['K69', 'X', 'Y'])
    // K6 is the 64th closest: tried.
    const sixty = new Map(keys.map(k => [k, k === 'K6' ? 1 : 100]))
    expect(planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: sixty })).selected).toEqual(
      ['K6', 'X', 'Y']
    )
  })

  it(`tries pairs of the ${MAX_CONNECTOR_PAIRS_FROM} closest connectors only, each trial counted`, () => {
    // 30 connectors of X and Y on a small pipeline: 30 singles (3 steps each), then the pairs of
    // the 24 closest (4 steps each), all within the budget.
    const keys = Array.from({ length: 30 }, (_, i) => `K${i}`)
    const graph = graphOf([...keys, `X<${keys.join(',')}`, `Y<${keys.join(',')}`])
    const counter = counting(() => 1)
    planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: counter.minutes }))
    const pairs = (MAX_CONNECTOR_PAIRS_FROM * (MAX_CONNECTOR_PAIRS_FROM - 1)) / 2
    expect(counter.reads).toBe(30 * 3 + pairs * 4)
  })

  it('pairs get the trials the singles leave, and no more', () => {
    // Three connectors on a 10,003-step pipeline: 4 trials, 3 singles, then 1 pair.
    const graph = graphOf(['K1', 'K2', 'K3', 'X<K1,K2,K3', 'Y<K1,K2,K3', ...fillers(9_998)])
    const counter = counting(() => 1)
    planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: counter.minutes }))
    expect(counter.reads).toBe(3 * 3 + 1 * 4)
  })

  describe('three parts: a single connector joining all, or a pair', () => {
    // P joins X, Y and Z; Q1 joins X and Y; Q2 joins Y and Z.
    const graph = graphOf(['P', 'Q1', 'Q2', 'X<P,Q1', 'Y<P,Q1,Q2', 'Z<P,Q2'])
    const plan = (p: number, q: number) =>
      planSelection(
        request(graph, {
          explicitSteps: ['X', 'Y', 'Z'],
          stepMinutes: new Map([
            ['P', p],
            ['Q1', q],
            ['Q2', q]
          ])
        })
      ).selected.filter(s => s.length <= 2 && s !== 'X' && s !== 'Y' && s !== 'Z')

    it('the pair when it is cheaper', () => {
      expect(plan(100, 1)).toEqual(['Q1', 'Q2'])
    })
    it('the single connector when it is cheaper, or as cheap', () => {
      expect(plan(1, 100)).toEqual(['P'])
      expect(plan(2, 1)).toEqual(['P'])
    })
    it('a connector that joins every part beats a cheaper one joining only some, tried in any order', () => {
      // P is the closest here: Q1 and Q2, tried after it, are cheaper but leave a part apart.
      const closest = graphOf(['Q1', 'Q2', 'P', 'X<P,Q1', 'Y<P,Q1,Q2', 'Z<P,Q2'])
      const chosen = planSelection(
        request(closest, {
          explicitSteps: ['X', 'Y', 'Z'],
          stepMinutes: new Map([
            ['P', 10],
            ['Q1', 6],
            ['Q2', 6]
          ])
        })
      )
      expect(chosen.selected).toEqual(['P', 'X', 'Y', 'Z'])
    })

    it('a connector that joins every part beats a cheaper one joining only some', () => {
      // Q1 alone (1 minute) leaves Z apart; P (10 minutes) joins all three; Q1 + Q2 costs 2 x 6.
      expect(plan(10, 6)).toEqual(['P'])
    })
  })

  it(`tries at most 4 connectors on a 10,000-step pipeline: singles and pairs count alike`, () => {
    const keys = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8']
    const graph = graphOf([
      ...keys,
      `X<${keys.join(',')}`,
      `Y<${keys.join(',')}`,
      ...Array.from({ length: 10_000 }, (_, i) => `F${i}`)
    ])
    // Every trial costs the steps it would run (K, X, Y): count the estimates read.
    let reads = 0
    const minutes = {
      get: (step: string) => {
        reads++
        return step === 'X' || step === 'Y' ? 1 : 100
      }
    } as unknown as ReadonlyMap<string, number>
    const plan = planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: minutes }))
    expect(plan.selected).toEqual(['K8', 'X', 'Y'])
    expect(reads).toBe(4 * 3)
  })

  it(`is not searched past ${MAX_SELECTED_STEPS} selected steps, and is searched at exactly ${MAX_SELECTED_STEPS}`, () => {
    // Two fans below R: `left` and `right` steps, selected explicitly with downstream: false.
    const fan = (side: string, n: number) => Array.from({ length: n }, (_, i) => `${side}${i}<R`)
    const plan = (left: number, right: number) => {
      const graph = graphOf(['R', 'Other', ...fan('L', left), ...fan('Q', right)])
      const names = graph.topologicalOrder().filter(n => n !== 'R' && n !== 'Other')
      return planSelection(request(graph, { explicitSteps: names, downstream: false }))
    }
    const over = plan(26, 25)
    expect(over.fullRun).toBe(true)
    expect(over.fullRunReason).toBe(
      `51 steps selected; a selective execution allows at most ${MAX_SELECTED_STEPS}`
    )
    expect(over.reasons.R).toEqual([{ kind: 'selection-all' }])
    // At exactly 50 (each step its own part), the join is searched (R), which then makes 51.
    const at = plan(25, 25)
    expect(at.fullRunReason).toBe(
      `51 steps selected; a selective execution allows at most ${MAX_SELECTED_STEPS}`
    )
    expect(at.reasons.R!.map(r => r.kind)).toEqual(['connects'])
  })
})

describe('warnings after the plan', () => {
  it('says nothing about downstream when a connector, not downstream: false, leaves steps unrun', () => {
    const graph = graphOf(['A', 'B<A', 'C<A', 'D<A'])
    const plan = planSelection(request(graph, { explicitSteps: ['B', 'C'] }))
    expect(plan.notRun).toEqual(['D'])
    expect(plan.warnings).toEqual([])
  })

  it('lists exactly ten steps left unrun without a count', () => {
    const ten = graphOf(['A', ...Array.from({ length: 10 }, (_, i) => `D${i}<A`)])
    expect(planSelection(request(ten, { explicitSteps: ['A'], downstream: false })).warnings).toEqual([
      'downstream: false leaves D0, D1, D2, D3, D4, D5, D6, D7, D8, D9 unrun although they depend on the selection'
    ])
  })

  it('with downstream: false, warns only when something below is left, listing ten and a count', () => {
    const leaf = graphOf(['A', 'B<A'])
    expect(planSelection(request(leaf, { explicitSteps: ['B'], downstream: false })).warnings).toEqual([])
    const wide = graphOf(['A', ...Array.from({ length: 12 }, (_, i) => `D${i}<A`)])
    expect(planSelection(request(wide, { explicitSteps: ['A'], downstream: false })).warnings).toEqual([
      'downstream: false leaves D0, D1, D2, D3, D4, D5, D6, D7, D8, D9 and 2 more unrun although they depend on the selection'
    ])
  })

  it('warns when a step reads, under the execution id, what a reused step wrote', () => {
    const join = (...values: unknown[]) => ({ 'Std:Join': { On: '/', Values: values } })
    const id = { Get: 'Execution.PipelineExecutionId' }
    const graph = graphOf([
      {
        name: 'P',
        args: {
          ProcessingOutputConfig: {
            Outputs: [{ OutputName: 'o', S3Output: { S3Uri: join('s3:/', 'b', id), LocalPath: '/o' } }]
          }
        }
      },
      {
        name: 'C',
        args: {
          ProcessingInputs: [
            { InputName: 'i', S3Input: { S3Uri: join('s3:/', 'b', id, 'x'), LocalPath: '/i' } }
          ]
        }
      }
    ])
    const plan = planSelection(request(graph, { freshness: judged({ C: [file('C')] }) }))
    expect(plan.selected).toEqual(['C'])
    expect(plan.warnings).toHaveLength(1)
    expect(plan.warnings[0]).toMatch(
      /^C reads .* which P writes under the execution id: in a selective run it reads the new run's path, which the reused P never wrote\. Build the path from a Steps\.P property instead\.$/
    )
    // Not when P runs too.
    const both = planSelection(request(graph, { freshness: judged({ P: [file('P')] }) }))
    expect(both.warnings).toEqual([])
  })
})

describe('the CacheConfig warning', () => {
  /** Pre → Fit → Score, with CacheConfig enabled on the named steps. */
  const withCache = (names: string[]) => {
    const g = graphOf(['Pre', 'Fit<Pre', 'Score<Fit'])
    for (const n of names) g.step(n).raw.CacheConfig = { Enabled: true }
    return g
  }

  it('names one step with "has", several with "have", word for word', () => {
    const one = planSelection(request(withCache(['Fit']), { freshness: judged({ Fit: [file('Fit')] }) }))
    expect(one.warnings).toEqual([
      'Fit has CacheConfig enabled and the same definition as in the reference run: SageMaker will likely serve the cached result, so the file change would not take effect. Update the pipeline (upsert it, which uploads the changed code) before this step, or disable caching for it.'
    ])
    const two = planSelection(
      request(withCache(['Fit', 'Score']), {
        freshness: judged({ Fit: [file('Fit')], Score: [file('Score')] })
      })
    )
    expect(two.warnings[0]).toMatch(/^Fit, Score have CacheConfig enabled/)
  })

  it('says nothing when a parameter the step reads changed too (the cache key changes)', () => {
    const g = withCache(['Fit'])
    const parameter: Reason = { kind: 'parameter', name: 'P', from: '1', to: '2' }
    expect(
      planSelection(request(g, { freshness: judged({ Fit: [file('Fit'), parameter] }) })).warnings
    ).toEqual([])
  })

  it('counts an all-steps file, but not a new step, nor a step whose code location moved', () => {
    const g = withCache(['Fit'])
    const all: Reason = { kind: 'all-steps-file', file: 'common.py', glob: 'common.py' }
    expect(planSelection(request(g, { freshness: judged({ Fit: [all] }) })).warnings[0]).toMatch(
      /^Fit has CacheConfig/
    )
    expect(
      planSelection(request(g, { freshness: judged({ Fit: [file('Fit'), { kind: 'new-step' }] }) })).warnings
    ).toEqual([])
    expect(
      planSelection(request(g, { freshness: judged({ Fit: [file('Fit')] }, ['Fit']) })).warnings
    ).toEqual([])
  })
})

describe('branchExcludedSteps', () => {
  const graph = graphOf([{ name: 'C', if: ['T'], else: ['E'] }, 'After<T'])
  it('excludes the untaken branch and what follows it', () => {
    const record = recordOf('arn:r', { C: { status: 'Succeeded', outcome: 'False' }, E: 'Succeeded' })
    expect([...branchExcludedSteps(graph, record)].sort()).toEqual(['After', 'T'])
  })
  it('excludes nothing under a Condition that reported no outcome (it failed, or never ran)', () => {
    expect(branchExcludedSteps(graph, recordOf('arn:r', { C: 'Failed' })).size).toBe(0)
    expect(branchExcludedSteps(graph, recordOf('arn:r', {})).size).toBe(0)
  })
})
