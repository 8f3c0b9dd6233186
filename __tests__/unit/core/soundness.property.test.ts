/**
 * Properties of the soundness core (core/freshness.ts + core/planner.ts) against an independent
 * oracle (__fixtures__/oracle.ts, written from SPEC.md over a model of the pipeline and its history).
 * Worlds are random pipelines with nested Conditions and random histories of full and selective runs
 * (__fixtures__/random-history.ts), turned into real definition documents, a real mapping file and
 * RunFacts served field by field as the judge asks for them.
 *
 * Which wrong implementation each property kills (each is a mutant below, and the last describe block
 * proves the property fails for it):
 * | property            | kills                                                                      |
 * |---------------------|----------------------------------------------------------------------------|
 * | soundness           | ignores parameters, files, definitions, mapping edits, Failed entries,     |
 * |                     | unrecorded producers; drops enclosing Conditions or needed-upstream steps  |
 * | minimality          | runs everything; treats an untaken branch as stale                         |
 * | chains              | judges every output against the reference instead of its producing run;    |
 * |                     | forgets what the producer consumed (staleness laundered through a chain)   |
 * | reused are fresh    | reuses a step whose producer it never established                          |
 * | downstream: false   | lets `downstream: false` cut the closure of change-selected steps          |
 * | needs protocol      | judges before its facts are read (stops asking)                            |
 * | no reference        | starts a selective run with upstream dependencies and no reference         |
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { judgeReference, type Judgement, type RunFacts } from '../../../src/core/freshness.js'
import { planSelection } from '../../../src/core/planner.js'
import type { Plan, PlanRequest, Reason } from '../../../src/core/types.js'
import {
  ancestorsOf,
  conditionsAround,
  descendantsOf,
  connectedSelection,
  forcesFullRun,
  isConnected,
  minimalSelection,
  originOf,
  stepFile,
  verdicts,
  type Verdict,
  type World
} from '../../../__fixtures__/oracle.js'
import {
  arbitraryWorld,
  build,
  describeWorld,
  edgeList,
  handWorld,
  judgeFully,
  type BuiltWorld,
  type HandStep,
  type Judge,
  type Round
} from '../../../__fixtures__/random-history.js'

/** The code under test, or a mutant of it. */
interface System {
  judge: Judge
  plan: (request: PlanRequest) => Plan
}

const CODE: System = { judge: judgeReference, plan: planSelection }
/** Runs per property; set SOUNDNESS_RUNS (e.g. 5000) for a long hunt. */
const RUNS = Number(process.env.SOUNDNESS_RUNS ?? 250)
/** The counts that show no property passed vacuously hold only for a full-size run (not a quick SOUNDNESS_RUNS). */
const GUARDS = RUNS >= 250

interface Case {
  world: World
  built: BuiltWorld
  judgement: Judgement
  rounds: Round[]
  plan: Plan
  oracle: Map<string, Verdict>
  explicit: string[]
  downstream: boolean
}

function planCase(system: System, world: World, explicit: string[] = [], downstream = true): Case {
  const built = build(world)
  const { judgement, rounds } = judgeFully(built, system.judge)
  const plan = system.plan({
    graph: built.graph,
    mapping: built.mapping,
    changes: { files: [], complete: true },
    selection: 'affected',
    explicitSteps: explicit,
    downstream,
    reference: built.record,
    freshness: judgement
  })
  return { world, built, judgement, rounds, plan, oracle: verdicts(world), explicit, downstream }
}

const names = (world: World): string[] => world.pipeline.steps.map(s => s.name)
const staleIn = (c: Case): string[] => [...c.oracle].filter(([, v]) => v.kind === 'stale').map(([n]) => n)
const sorted = (xs: Iterable<string>): string[] => [...xs].sort()

/** Fails with the world spelled out, so a shrunk counterexample reads on its own. */
function check(c: Case, ok: boolean, message: () => string): void {
  if (!ok) {
    const request =
      c.explicit.length > 0 ? `steps: ${c.explicit.join(',')}, downstream: ${c.downstream}\n` : ''
    const full = c.plan.fullRun ? ` (full run: ${c.plan.fullRunReason ?? ''})` : ''
    const oracle = [...c.oracle].map(
      ([n, v]) => `${n}=${v.kind === 'stale' ? `stale(${v.why.join('; ')})` : v.kind}`
    )
    throw new Error(
      `${message()}\n${describeWorld(c.world)}\n${request}selected: ${c.plan.selected.join(',')}${full}\n` +
        `oracle: ${oracle.join(' ')}`
    )
  }
}

/**
 * Every step whose output does not stand for head (files, mapping, definition or parameters differ from
 * its producing run, no output, no producer, a stale input consumed) runs, with its enclosing Conditions
 * and its downstream closure; every step the selection reuses stands for head.
 */
function assertSound(c: Case, explicit: string[] = []): void {
  const { world, plan } = c
  if (plan.fullRun) {
    check(
      c,
      sorted(plan.selected).join() === sorted(names(world)).join(),
      () => 'a full run must select every step'
    )
    return
  }
  const selected = new Set(plan.selected)
  for (const step of staleIn(c)) check(c, selected.has(step), () => `stale ${step} is not selected`)
  const stale = staleIn(c)
  for (const d of descendantsOf(world.pipeline, stale))
    check(c, selected.has(d), () => `${d} is downstream of a stale step but not selected`)
  for (const step of [...selected, ...explicit])
    for (const cond of conditionsAround(world.pipeline, step))
      check(c, selected.has(cond), () => `${step} is selected without its Condition ${cond}`)
  for (const a of ancestorsOf(world.pipeline, selected)) {
    if (selected.has(a)) continue
    check(c, c.oracle.get(a)?.kind === 'fresh', () => `${a} is reused but its output does not stand for head`)
  }
  check(
    c,
    sorted(plan.reused).join() ===
      sorted([...ancestorsOf(world.pipeline, selected)].filter(a => !selected.has(a))).join(),
    () => `reused ${plan.reused.join(',')} is not exactly the selection's unselected ancestors`
  )
}

const worlds = fc.oneof(arbitraryWorld(), arbitraryWorld({ branchReader: true }))
const chains = fc.oneof(
  arbitraryWorld({ chain: true, maxRuns: 6 }),
  arbitraryWorld({ chain: true, maxRuns: 6, branchReader: true })
)
const withExplicit = worlds.chain(world =>
  fc.record({
    world: fc.constant(world),
    explicit: fc.subarray(names(world), { minLength: 1, maxLength: Math.min(3, names(world).length) })
  })
)

/** Counts of interesting cases met while a property ran, so that no property passes vacuously. */
const seen = {
  multiHopStale: 0,
  staleInputOnly: 0,
  excludedNeeded: 0,
  selective: 0,
  fullRunDisconnected: 0,
  connected: 0,
  connectedGreedy: 0,
  fullRunLarge: 0,
  fullRunAll: 0
}

/** The planner's full-run reason in the oracle's words (see `forcesFullRun`). */
function fullRunKind(reason: string | undefined): string {
  if (reason === 'every step is affected') return 'every step'
  if (/steps selected; a selective execution allows at most 50/.test(reason ?? ''))
    return 'more than 50 steps'
  if (/unconnected parts/.test(reason ?? '')) return 'disconnected'
  return `(another reason: ${reason ?? 'none'})`
}

const properties = {
  soundness: (system: System) =>
    fc.property(worlds, fc.boolean(), (world, downstream) => {
      assertSound(planCase(system, world, [], downstream))
    }),

  minimality: (system: System, arbitrary: fc.Arbitrary<World> = worlds) =>
    fc.property(arbitrary, world => {
      const c = planCase(system, world)
      const changed = minimalSelection(world, c.oracle)
      const joined = connectedSelection(world, changed, c.oracle)
      const expected = joined ?? changed
      const full = forcesFullRun(world.pipeline, expected)
      // The judgement itself: nothing judged stale that stands, untaken branches exactly as the oracle's.
      for (const step of c.judgement.stale.keys())
        check(
          c,
          c.oracle.get(step)?.kind === 'stale',
          () => `${step} judged stale but its output stands for head`
        )
      const excluded = [...c.oracle].filter(([, v]) => v.kind === 'excluded').map(([n]) => n)
      check(
        c,
        sorted(c.judgement.branchExcluded).join() === sorted(excluded).join(),
        () => 'branch-excluded steps differ'
      )
      if (c.plan.fullRun) {
        check(
          c,
          full !== undefined,
          () =>
            `full run (${c.plan.fullRunReason ?? ''}) although ${sorted(expected).join(',')} could run selectively`
        )
        // Beyond two connectors the planner may join parts greedily, up to every step or past 50.
        const said = fullRunKind(c.plan.fullRunReason)
        const joined = c.plan.selected.some(s => c.plan.reasons[s]!.some(r => r.kind === 'connects'))
        check(
          c,
          said === full ||
            (full === 'disconnected' && (said === 'every step' || said === 'more than 50 steps')) ||
            // Joining the parts first may reach every step before the 50-step limit is said.
            (joined && full === 'more than 50 steps' && said === 'every step') ||
            // And the other way round: past 50 selected steps no join is searched, so the limit is
            // said where the oracle's join would have reached every step. A full run either way.
            (!joined && full === 'every step' && said === 'more than 50 steps'),
          () => `full run said "${c.plan.fullRunReason ?? ''}", the oracle: ${full ?? ''}`
        )
        seen[
          full === 'disconnected'
            ? 'fullRunDisconnected'
            : full === 'more than 50 steps'
              ? 'fullRunLarge'
              : 'fullRunAll'
        ]++
        return
      }
      const selected = new Set(c.plan.selected)
      const joinedBeyondOracle =
        full === 'disconnected' &&
        c.plan.selected.some(s => c.plan.reasons[s]!.some(r => r.kind === 'connects'))
      check(
        c,
        full === undefined || joinedBeyondOracle,
        () => `selective run of ${sorted(expected).join(',')}, which must be a full run (${full ?? ''})`
      )
      if (joinedBeyondOracle) {
        // Joined through more than two connectors: all it must run included, and connected.
        seen.connectedGreedy++
        check(
          c,
          [...changed].every(n => selected.has(n)) && isConnected(world.pipeline, selected),
          () => 'greedily joined selection misses a required step or is not connected'
        )
      } else if (joined && joined.size > changed.size) {
        // Joined through connectors: as few steps as the oracle's, all it must run included, connected.
        seen.connected++
        check(
          c,
          [...changed].every(n => selected.has(n)) && isConnected(world.pipeline, selected),
          () =>
            `joined selection misses a required step or is not connected (oracle: ${sorted(expected).join(',')})`
        )
        check(
          c,
          selected.size === expected.size,
          () =>
            `joined selection of ${selected.size} steps; the oracle joins in ${expected.size}: ${sorted(expected).join(',')}`
        )
        check(
          c,
          c.plan.selected.some(s => c.plan.reasons[s]!.some(r => r.kind === 'connects')),
          () => 'joined selection names no connecting step'
        )
      } else
        check(
          c,
          sorted(c.plan.selected).join() === sorted(expected).join(),
          () => `selected ≠ oracle's ${sorted(expected).join(',')}`
        )
      if (expected.size > 0) seen.selective++
      if (c.plan.selected.some(s => c.plan.reasons[s]!.some(r => r.kind === 'needed-upstream')))
        seen.excludedNeeded++
    }),

  chains: (system: System) =>
    fc.property(chains, world => {
      const c = planCase(system, world)
      const selected = new Set(c.plan.selected)
      for (const [step, v] of c.oracle) {
        if (v.kind !== 'stale') continue
        const ref = world.runs.find(r => r.arn === world.reference)!
        const entry = ref.entries.get(step)
        if (!entry || !('reusedFrom' in entry)) continue
        // An output the reference carried over from an older run, which does not stand for head.
        const origin = originOf(world, step, world.reference)
        if ('producer' in origin && origin.producer !== entry.reusedFrom) seen.multiHopStale++
        if (v.why.every(w => w.includes('consumed'))) seen.staleInputOnly++
        check(c, c.plan.fullRun || selected.has(step), () => `carried-over stale ${step} is not selected`)
      }
      assertSound(c)
    }),

  reusedFresh: (system: System) =>
    fc.property(worlds, world => {
      const c = planCase(system, world)
      for (const step of c.plan.reused) {
        const producer = c.judgement.producers.get(step)
        check(c, producer !== undefined, () => `${step} is reused without a producer`)
        const v = c.oracle.get(step)
        check(
          c,
          v?.kind === 'fresh' && v.producer === producer,
          () => `${step} reused from ${producer ?? '?'}; oracle: ${JSON.stringify(v)}`
        )
      }
      for (const [step, producer] of c.judgement.producers) {
        const origin = originOf(world, step, world.reference)
        check(
          c,
          'producer' in origin && origin.producer === producer,
          () => `${step}'s producer is ${producer}, not ${JSON.stringify(origin)}`
        )
      }
    }),

  downstreamFalse: (system: System) =>
    fc.property(withExplicit, ({ world, explicit }) => {
      const c = planCase(system, world, explicit, false)
      if (c.plan.fullRun) return
      const selected = new Set(c.plan.selected)
      for (const step of explicit) check(c, selected.has(step), () => `explicit ${step} is not selected`)
      // assertSound: every stale step's descendants (rule 7, literally) and every selected step's Conditions.
      assertSound(c, explicit)
      // Adding explicit steps never drops a step that changes alone select (their Conditions' closures
      // and the steps they need included): the oracle's minimal set.
      const changed = minimalSelection(world, c.oracle)
      for (const step of changed)
        check(
          c,
          selected.has(step),
          () => `${step} (selected by changes) is dropped by steps: with downstream: false`
        )
    }),

  protocol: (system: System) =>
    fc.property(worlds, world => {
      const c = planCase(system, world)
      const final = c.judgement
      const all = names(world)
      const judged = [...final.stale.keys(), ...final.branchExcluded, ...final.producers.keys()]
      check(
        c,
        sorted(judged).join() === sorted(all).join(),
        () => `the final judgement does not judge every step once: ${sorted(judged).join(',')}`
      )
      for (const round of c.rounds.slice(0, -1)) {
        check(c, round.judgement.needs.length > 0, () => 'a round before the last needs nothing')
        for (const [step, producer] of round.judgement.producers)
          check(
            c,
            final.producers.get(step) === producer,
            () => `${step} judged fresh from ${producer} before its facts were read`
          )
        for (const step of round.judgement.stale.keys())
          check(c, final.stale.has(step), () => `${step} judged stale early but not in the end`)
      }
    }),

  noReference: (system: System) =>
    fc.property(worlds, world => {
      const c = planCase(system, world)
      const plan = system.plan({
        graph: c.built.graph,
        mapping: c.built.mapping,
        changes: { files: [], complete: true },
        selection: 'affected',
        downstream: true,
        freshness: c.judgement
      })
      check(
        c,
        plan.fullRun || plan.reused.length === 0,
        () => `selective run reusing ${plan.reused.join(',')} without a reference`
      )
    })
}

type PropertyName = keyof typeof properties

describe('the soundness core against the oracle (random pipelines and histories)', () => {
  it('generated definitions parse to the modelled DAG (no hidden edges)', () => {
    fc.assert(
      fc.property(worlds, world => {
        const built = build(world)
        const modelled = world.pipeline.steps.flatMap(s =>
          [...new Set([...s.dependsOn, ...(s.condition ? [s.condition] : [])])].map(p => `${p}>${s.name}`)
        )
        expect(edgeList(built.graph)).toEqual(sorted(modelled))
      }),
      { numRuns: 100 }
    )
  })

  it('soundness: every output that does not stand for head runs, with Conditions and closure', () => {
    fc.assert(properties.soundness(CODE), { numRuns: RUNS })
  })

  it('minimality: without explicit steps the selection is exactly the oracle’s, or a justified full run', () => {
    fc.assert(properties.minimality(CODE), { numRuns: RUNS })
    if (GUARDS) expect(seen.selective).toBeGreaterThan(RUNS / 10)
    if (GUARDS) expect(seen.excludedNeeded).toBeGreaterThan(0)
    if (GUARDS) expect(seen.fullRunDisconnected).toBeGreaterThan(0)
    if (GUARDS) expect(seen.connected).toBeGreaterThan(0)
  })

  it('minimality on pipelines of 50 to 64 steps (more than 50 selected: a full run)', () => {
    const large = arbitraryWorld({ minSteps: 50, maxSteps: 64, maxRuns: 3 })
    // No shrinking: a shrunk 50-step world is no easier to read, and shrinking it takes a minute.
    fc.assert(properties.minimality(CODE, large), { numRuns: Math.ceil(RUNS / 6), endOnFailure: true })
    if (GUARDS) expect(seen.fullRunLarge).toBeGreaterThan(0)
  })

  it('chains: staleness carried through selective runs is never laundered', () => {
    fc.assert(properties.chains(CODE), { numRuns: RUNS })
    if (GUARDS) expect(seen.multiHopStale).toBeGreaterThan(10)
    if (GUARDS) expect(seen.staleInputOnly).toBeGreaterThan(10)
  })

  it('reused steps have a producer and stand for head', () => {
    fc.assert(properties.reusedFresh(CODE), { numRuns: RUNS })
  })

  it('downstream: false limits only explicit steps', () => {
    fc.assert(properties.downstreamFalse(CODE), { numRuns: RUNS })
  })

  it('the judge asks only for facts it lacks and judges nothing before reading them', () => {
    fc.assert(properties.protocol(CODE), { numRuns: RUNS })
  })

  it('no reference, no selective run with upstream dependencies', () => {
    fc.assert(properties.noReference(CODE), { numRuns: RUNS })
  })
})

// ---------------------------------------------------------------------------------------------------
// Mutants: wrong implementations built around the real ones. Each must make its property fail.

const through =
  (tweak: (facts: RunFacts, reference: string) => RunFacts): Judge =>
  (reference, head, lookup) =>
    judgeReference(reference, head, arn => {
      const facts = lookup(arn)
      return facts && !facts.unavailable ? tweak(facts, reference) : facts
    })

const judging =
  (tweak: (j: Judgement, reference: string) => Judgement): Judge =>
  (reference, head, lookup) => {
    const j = judgeReference(reference, head, lookup)
    return j.needs.length > 0 ? j : tweak(j, reference)
  }

/** Drops stale reasons of the given kinds; a step left with none counts as fresh from the reference. */
const dropping = (kinds: Array<Reason['kind']>): Judge =>
  judging((j, reference) => {
    const stale = new Map<string, Reason[]>()
    const producers = new Map(j.producers)
    for (const [step, reasons] of j.stale) {
      const kept = reasons.filter(r => !kinds.includes(r.kind))
      if (kept.length > 0) stale.set(step, kept)
      else producers.set(step, reference)
    }
    return { ...j, stale, producers }
  })

const MUTANTS: Array<{ name: string; system: System; caughtBy: PropertyName }> = [
  {
    name: 'ignores parameter changes',
    system: { ...CODE, judge: dropping(['parameter']) },
    caughtBy: 'soundness'
  },
  {
    name: 'ignores file changes',
    system: {
      ...CODE,
      judge: through(f => (f.changes ? { ...f, changes: { files: [], complete: true } } : f))
    },
    caughtBy: 'soundness'
  },
  {
    name: 'ignores definition changes',
    system: {
      ...CODE,
      judge: (reference, head, lookup) =>
        through(f => (f.definition ? { ...f, definition: head.definition } : f))(reference, head, lookup)
    },
    caughtBy: 'soundness'
  },
  {
    name: 'ignores mapping-file edits',
    system: { ...CODE, judge: through(f => (f.mapping ? { ...f, mapping: { steps: new Set() } } : f)) },
    caughtBy: 'soundness'
  },
  {
    name: 'ignores Failed entries (a Failed reference passes as Succeeded)',
    system: {
      ...CODE,
      judge: through(f =>
        f.steps
          ? {
              ...f,
              steps: new Map([...f.steps].map(([n, s]) => [n, { ...s, status: 'Succeeded' as const }]))
            }
          : f
      )
    },
    caughtBy: 'soundness'
  },
  {
    name: 'trusts a producer without a recorded commit',
    system: {
      ...CODE,
      judge: through(f =>
        f.status && !f.commit
          ? {
              ...f,
              commit: 'f'.repeat(40),
              changes: { files: [], complete: true },
              mapping: { steps: new Set() }
            }
          : f
      )
    },
    caughtBy: 'soundness'
  },
  {
    name: 'judges every output against the reference (ignores the producer chain)',
    system: {
      ...CODE,
      judge: through((f, reference) =>
        f.arn === reference && f.steps
          ? {
              ...f,
              steps: new Map([...f.steps].map(([n, s]) => [n, { status: s.status, outcome: s.outcome }]))
            }
          : f
      )
    },
    caughtBy: 'chains'
  },
  {
    name: 'forgets what the producer consumed',
    system: { ...CODE, judge: dropping(['stale-input']) },
    caughtBy: 'chains'
  },
  {
    name: 'runs every step',
    system: { ...CODE, plan: request => planSelection({ ...request, selection: 'all' }) },
    caughtBy: 'minimality'
  },
  {
    name: 'treats an untaken branch as stale',
    system: {
      ...CODE,
      judge: judging(j => {
        const stale = new Map(j.stale)
        for (const s of j.branchExcluded) stale.set(s, [{ kind: 'failed-in-reference', status: 'NotRun' }])
        return { ...j, stale, branchExcluded: new Set() }
      })
    },
    caughtBy: 'minimality'
  },
  {
    name: 'never runs what the reference lacks because of an untaken branch',
    system: {
      ...CODE,
      plan: request =>
        planSelection({
          ...request,
          freshness: request.freshness && { ...request.freshness, branchExcluded: new Set() }
        })
    },
    caughtBy: 'soundness'
  },
  {
    name: 'drops enclosing Conditions',
    system: {
      ...CODE,
      plan: request => {
        const plan = planSelection(request)
        if (plan.fullRun) return plan
        const selected = plan.selected.filter(
          s => !plan.reasons[s]!.every(r => r.kind === 'enclosing-condition')
        )
        return { ...plan, selected }
      }
    },
    caughtBy: 'soundness'
  },
  {
    name: 'reuses steps whose producer it could not establish',
    system: { ...CODE, judge: dropping(['producer-unknown', 'unrecorded-producer']) },
    caughtBy: 'reusedFresh'
  },
  {
    name: 'lets downstream: false cut the closure of change-selected steps',
    system: {
      ...CODE,
      plan: request =>
        request.downstream || !request.freshness
          ? planSelection(request)
          : planSelection({
              ...request,
              explicitSteps: [...(request.explicitSteps ?? []), ...request.freshness.stale.keys()],
              freshness: { stale: new Map(), branchExcluded: request.freshness.branchExcluded }
            })
    },
    caughtBy: 'downstreamFalse'
  },
  {
    name: 'stops asking for facts after the first round',
    system: {
      ...CODE,
      judge: (reference, head, lookup) => ({ ...judgeReference(reference, head, lookup), needs: [] })
    },
    caughtBy: 'protocol'
  },
  {
    name: 'starts a selective run without a reference',
    system: {
      ...CODE,
      plan: request =>
        planSelection({
          ...request,
          reference: request.reference ?? {
            arn: 'arn:invented',
            status: 'Succeeded',
            createdAt: 0,
            steps: new Map()
          }
        })
    },
    caughtBy: 'noReference'
  }
]

describe('every property can fail: each mutant is caught', () => {
  it.each(MUTANTS.map(m => [m.name, m] as const))('%s', (_name, mutant) => {
    const property = properties[mutant.caughtBy](mutant.system) as fc.IProperty<unknown>
    const result = fc.check(property, {
      numRuns: 400,
      seed: 20261107,
      endOnFailure: true
    })
    expect(result.failed).toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------------
// Counterexamples the properties found (fixed in planner.ts `expand`), kept as plain tests.

describe('counterexamples found by the properties', () => {
  /**
   * planner.ts `expand`, with `downstream: false`: a step selected only by name is `limited` (no
   * closure of its own), and so are the Conditions it brings in and the steps filled in between
   * named steps. The mark is set once and never lifted when a change reaches the same step. So adding
   * `steps:` can drop steps that the changes alone select (SPEC rules 4 and 7: a Condition selected for
   * a change runs with its closure; steps selected by changes keep their downstream closure), and which
   * branch the planner meets first decides (the mirrored pipeline is planned differently).
   * Each world: one full run; the file of `Changed` (or `T`) has changed since.
   */
  const gate = (ifBranch: HandStep[], elseBranch: HandStep[], before: HandStep[] = ['Prep']): HandStep[] => [
    ...before,
    { name: 'Gate', dependsOn: [], isCondition: true },
    ...ifBranch.map(s => ({
      ...(typeof s === 'string' ? { name: s } : s),
      condition: 'Gate',
      branch: 'If' as const
    })),
    ...elseBranch.map(s => ({
      ...(typeof s === 'string' ? { name: s } : s),
      condition: 'Gate',
      branch: 'Else' as const
    }))
  ]
  type History = Parameters<typeof handWorld>[1]
  const oneRun = (entries: History[number]['entries'], changed: string): History => [
    { entries, changed: [stepFile(changed)] }
  ]
  /** What the changes alone select (the oracle's minimal set) that the plan with `steps:` leaves out. */
  const dropped = (
    steps: HandStep[],
    runs: Parameters<typeof handWorld>[1],
    explicit: string[]
  ): string[] => {
    const world = handWorld(steps, runs)
    const c = planCase(CODE, world, explicit, false)
    return sorted(minimalSelection(world, c.oracle)).filter(s => !c.plan.selected.includes(s))
  }

  it('sanity: Changed in the If branch, Asked and Sibling in the Else branch: nothing is dropped', () => {
    const history = oneRun({ Prep: 'Succeeded', Gate: 'True', Changed: 'Succeeded' }, 'Changed')
    expect(dropped(gate(['Changed'], ['Asked', 'Sibling']), history, ['Asked'])).toEqual([])
  })

  it('mirrored: Asked and Sibling in the If branch, Changed in the Else branch: Sibling is dropped', () => {
    const history = oneRun({ Prep: 'Succeeded', Gate: 'False', Changed: 'Succeeded' }, 'Changed')
    expect(dropped(gate(['Asked', 'Sibling'], ['Changed']), history, ['Asked'])).toEqual([])
  })

  it('steps: Gate drops Sibling, which the change to Changed (in Gate) selects', () => {
    const history = oneRun({ Prep: 'Succeeded', Gate: 'True', Changed: 'Succeeded' }, 'Changed')
    expect(dropped(gate(['Changed'], ['Sibling']), history, ['Gate'])).toEqual([])
  })

  it('steps: Asked, downstream of the changed step, drops its Condition’s other branch', () => {
    // Changed → Asked (in Gate's If branch): the change selects Asked, hence Gate and Gate's closure.
    const steps = gate([{ name: 'Asked', dependsOn: ['Changed'] }], ['Sibling'], ['Changed'])
    const history = oneRun({ Changed: 'Succeeded', Gate: 'True', Asked: 'Succeeded' }, 'Changed')
    expect(dropped(steps, history, ['Asked'])).toEqual([])
  })

  it('steps: E upstream of a step the change needs drops that step’s Condition’s closure', () => {
    // T changed → X, which needs B (no output: Gate took Else); B lies between E and X, so the
    // planner fills it in as "between named steps", limited, and Gate with it.
    const steps: HandStep[] = [
      'E',
      'T',
      ...gate([{ name: 'B', dependsOn: ['E'] }], ['Sibling'], []),
      { name: 'X', dependsOn: ['B', 'T'] }
    ]
    const history = oneRun({ E: 'Succeeded', T: 'Succeeded', Gate: 'False', Sibling: 'Succeeded' }, 'T')
    expect(dropped(steps, history, ['E'])).toEqual([])
  })
})
