import { describe, expect, it } from '@jest/globals'
import {
  MAX_CANDIDATES,
  decideReference,
  screenCandidates,
  statusRefusal,
  stepsToRun,
  type Candidate,
  type Evaluated
} from '../../../src/core/reference.js'
import type { ExecutionStatus, Plan } from '../../../src/core/types.js'
import { graphOf } from '../../../__fixtures__/graphs.js'

// A → B → C, and a Condition D after C with X in If and Y in Else: six steps.
const graph = graphOf(['A', 'B<A', 'C<B', { name: 'D', after: ['C'], if: ['X'], else: ['Y'] }])

const arn = (id: string) => `arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/${id}`

function candidate(id: string, extra: Partial<Candidate> = {}): Candidate {
  return { arn: arn(id), status: 'Succeeded', createdAt: 0, commit: `c-${id}`, ...extra }
}

/** A selective plan that runs `selected` (the rest of its fields do not matter to the choice). */
function selective(...selected: string[]): Plan {
  return {
    selected,
    reasons: Object.fromEntries(selected.map(n => [n, [{ kind: 'explicit' as const }]])),
    reused: [],
    notRun: [],
    fullRun: false,
    needsReference: true,
    warnings: []
  }
}

function full(reason: string): Plan {
  return {
    ...selective(...graph.topologicalOrder()),
    fullRun: true,
    fullRunReason: reason,
    needsReference: false
  }
}

/** Candidates newest first, as decideReference requires; detail identifies each. */
function evaluated(...plans: Array<[string, Plan]>): Array<Evaluated<string>> {
  return plans.map(([id, plan], i) => ({
    candidate: candidate(id, { createdAt: 1000 - i }),
    plan,
    detail: `detail of ${id}`
  }))
}

const REFUSED: Array<[ExecutionStatus, string]> = [
  ['Stopped', 'its status is Stopped; a reference run must have Succeeded or Failed'],
  ['Executing', 'it is still Executing; a reference run must have Succeeded or Failed'],
  ['Stopping', 'it is still Stopping; a reference run must have Succeeded or Failed']
]

describe('statusRefusal', () => {
  it('accepts Succeeded and Failed runs only, naming the status it refuses', () => {
    expect(statusRefusal('Succeeded')).toBeUndefined()
    expect(statusRefusal('Failed')).toBeUndefined()
    for (const [status, text] of REFUSED) expect(statusRefusal(status)).toBe(text)
  })
})

describe('screenCandidates', () => {
  const NO_COMMIT =
    'no recorded commit (started outside the action), so nothing proves which code it ran; `selection: adopt` can vouch for it'

  it('keeps finished runs with a recorded commit, in the order listed', () => {
    const listed = [
      candidate('s1'),
      candidate('f1', { status: 'Failed' }),
      candidate('s2', { displayName: 'pr-1' })
    ]
    expect(screenCandidates(listed)).toEqual({ eligible: listed, rejected: [] })
  })

  it('refuses stopped and running runs, saying why, whatever their commit', () => {
    const listed = REFUSED.map(([status], i) => candidate(`r${i}`, { status }))
    const { eligible, rejected } = screenCandidates(listed)
    expect(eligible).toEqual([])
    expect(rejected).toEqual(REFUSED.map(([, reason], i) => ({ arn: arn(`r${i}`), reason })))
  })

  it('never lets a run without a recorded commit compete, even when no other run is eligible', () => {
    const { eligible, rejected } = screenCandidates([
      candidate('outside', { commit: undefined }),
      candidate('blank', { commit: '' })
    ])
    expect(eligible).toEqual([])
    expect(rejected).toEqual([
      { arn: arn('outside'), reason: NO_COMMIT },
      { arn: arn('blank'), reason: NO_COMMIT }
    ])
  })

  it('gives the status reason first for a refused run without a commit', () => {
    expect(screenCandidates([candidate('x', { status: 'Stopped', commit: undefined })]).rejected).toEqual([
      { arn: arn('x'), reason: REFUSED[0]![1] }
    ])
  })

  it(`keeps the newest ${MAX_CANDIDATES} eligible runs; refused runs do not count towards the bound`, () => {
    const listed = [candidate('stopped', { status: 'Stopped' }), candidate('outside', { commit: undefined })]
    for (let i = 0; i < MAX_CANDIDATES + 2; i++) listed.push(candidate(`e${i}`))
    listed.splice(5, 0, candidate('running', { status: 'Executing' }))
    const { eligible, rejected } = screenCandidates(listed)
    expect(eligible.map(c => c.arn)).toEqual(Array.from({ length: MAX_CANDIDATES }, (_, i) => arn(`e${i}`)))
    const notCompared = `not ranked: only the newest ${MAX_CANDIDATES} eligible runs are`
    expect(rejected).toEqual([
      { arn: arn('stopped'), reason: REFUSED[0]![1] },
      { arn: arn('outside'), reason: NO_COMMIT },
      { arn: arn('running'), reason: REFUSED[1]![1] },
      { arn: arn(`e${MAX_CANDIDATES}`), reason: notCompared },
      { arn: arn(`e${MAX_CANDIDATES + 1}`), reason: notCompared }
    ])
  })

  it('screens an empty history to nothing', () => {
    expect(screenCandidates([])).toEqual({ eligible: [], rejected: [] })
  })
})

describe('stepsToRun', () => {
  it('counts the selected steps of a selective plan and every step of a full run', () => {
    expect(stepsToRun(selective('C', 'D', 'X'), graph)).toBe(3)
    expect(stepsToRun(selective(), graph)).toBe(0)
    // A full run counts the graph, not whatever its selected list holds.
    expect(stepsToRun({ ...selective('A'), fullRun: true, fullRunReason: 'x' }, graph)).toBe(6)
  })
})

describe('decideReference', () => {
  // The tie-break, and only the tie-break: health never outweighs steps, and among equals the newer wins.
  const failed = (runs: Array<Evaluated<string>>, ...ids: string[]): Array<Evaluated<string>> =>
    runs.map(e =>
      ids.includes(e.candidate.arn.split('/').pop()!)
        ? { ...e, candidate: { ...e.candidate, status: 'Failed' as const } }
        : e
    )

  it('a cheaper run that Failed beats a costlier one that Succeeded', () => {
    const runs = failed(
      evaluated(['cheap', selective('Evaluate')], ['costly', selective('Train', 'Evaluate')]),
      'cheap'
    )
    expect(decideReference(runs, 'auto', graph).chosen?.candidate.arn).toBe(arn('cheap'))
  })

  it('between two runs that Failed with the same cost, the newer wins and the older is told so', () => {
    const runs = failed(
      evaluated(['newer', selective('Evaluate')], ['older', selective('Evaluate')]),
      'newer',
      'older'
    )
    const decision = decideReference(runs, 'auto', graph)
    expect(decision.chosen?.candidate.arn).toBe(arn('newer'))
    expect(decision.rejected).toEqual([
      { arn: arn('older'), reason: 'would run 1 step, as many as the chosen run, which is newer' }
    ])
  })

  it('a Failed run loses a tie to a Succeeded one, and is told why', () => {
    const runs = failed(
      evaluated(['newer', selective('Evaluate')], ['older', selective('Evaluate')]),
      'newer'
    )
    const decision = decideReference(runs, 'auto', graph)
    expect(decision.chosen?.candidate.arn).toBe(arn('older'))
    expect(decision.rejected).toEqual([
      { arn: arn('newer'), reason: 'would run 1 step, as many as the chosen run, which Succeeded' }
    ])
  })

  it('auto: takes the run whose plan runs the fewest steps, wherever it stands', () => {
    const runs = evaluated(
      ['new', selective('B', 'C', 'D', 'X', 'Y')],
      ['mid', selective('D', 'X', 'Y')],
      ['old', selective('C', 'D', 'X', 'Y')]
    )
    const decision = decideReference(runs, 'auto', graph)
    expect(decision.chosen).toBe(runs[1])
    expect(decision.chosen?.detail).toBe('detail of mid')
    expect(decision.rejected).toEqual([
      { arn: arn('new'), reason: 'would run 5 steps; the chosen run needs 3' },
      { arn: arn('old'), reason: 'would run 4 steps; the chosen run needs 3' }
    ])
  })

  it('auto: a plan that runs nothing beats any other', () => {
    const runs = evaluated(['new', selective('D', 'X', 'Y')], ['old', selective()])
    expect(decideReference(runs, 'auto', graph).chosen?.candidate.arn).toBe(arn('old'))
  })

  it('auto: the newer run wins a tie, also behind a costlier newest run', () => {
    const runs = evaluated(
      ['costly', selective('C', 'D', 'X', 'Y')],
      ['newer', selective('D', 'X', 'Y')],
      ['older', selective('D', 'X', 'Y')]
    )
    const decision = decideReference(runs, 'auto', graph)
    expect(decision.chosen?.candidate.arn).toBe(arn('newer'))
    expect(decision.rejected).toEqual([
      { arn: arn('costly'), reason: 'would run 4 steps; the chosen run needs 3' },
      { arn: arn('older'), reason: 'would run 3 steps, as many as the chosen run, which is newer' }
    ])
  })

  it('auto with estimated minutes: two 1-minute steps beat one 2-hour step, which counting steps would pick', () => {
    const runs = evaluated(['long', selective('B')], ['short', selective('X', 'Y')])
    const minutes = new Map([
      ['B', 120],
      ['X', 1],
      ['Y', 1]
    ])
    expect(decideReference(runs, 'auto', graph).chosen?.candidate.arn).toBe(arn('long'))
    const decision = decideReference(runs, 'auto', graph, minutes)
    expect(decision.chosen?.candidate.arn).toBe(arn('short'))
    expect(decision.rejected).toEqual([
      { arn: arn('long'), reason: 'would run 1 step (~2 h); the chosen run needs 2 steps (~2 min)' }
    ])
  })

  it('auto with estimated minutes: on equal minutes the fewer steps win, then the newer', () => {
    const minutes = new Map([
      ['C', 0],
      ['X', 3],
      ['Y', 3]
    ])
    const runs = evaluated(
      ['more', selective('C', 'X')],
      ['fewer', selective('X')],
      ['older', selective('Y')]
    )
    const decision = decideReference(runs, 'auto', graph, minutes)
    expect(decision.chosen?.candidate.arn).toBe(arn('fewer'))
    expect(decision.rejected).toEqual([
      { arn: arn('more'), reason: 'would run 2 steps (~3 min); the chosen run needs 1 step (~3 min)' },
      { arn: arn('older'), reason: 'would run 1 step (~3 min), as many as the chosen run, which is newer' }
    ])
  })

  it('auto with estimated minutes: a full run costs every step, at the fallback for unknown ones', () => {
    const runs = evaluated(['full', full('every step is affected')], ['sel', selective('X', 'Y')])
    const decision = decideReference(runs, 'auto', graph, new Map([['X', 40]]))
    expect(decision.chosen?.candidate.arn).toBe(arn('sel'))
    // A, B, C, D, Y at 5 minutes each (not estimated) and X at 40: 65.
    expect(decision.rejected).toEqual([
      {
        arn: arn('full'),
        reason:
          'would run all 6 steps (~1 h 5 min) (every step is affected); the chosen run needs 2 steps (~45 min)'
      }
    ])
  })

  it('says "step" for one step', () => {
    const runs = evaluated(['newer', selective('Y')], ['older', selective('Y')], ['two', selective('X', 'Y')])
    expect(decideReference(runs, 'auto', graph).rejected).toEqual([
      { arn: arn('older'), reason: 'would run 1 step, as many as the chosen run, which is newer' },
      { arn: arn('two'), reason: 'would run 2 steps; the chosen run needs 1' }
    ])
  })

  it('counts a losing full run as every step and names why it is one', () => {
    const runs = evaluated(
      ['full', full('every step is affected')],
      ['sel', selective('C', 'D', 'X', 'Y', 'B')]
    )
    const decision = decideReference(runs, 'auto', graph)
    expect(decision.chosen?.candidate.arn).toBe(arn('sel'))
    expect(decision.rejected).toEqual([
      { arn: arn('full'), reason: 'would run all 6 steps (every step is affected); the chosen run needs 5' }
    ])
  })

  it('cites no reference when the best plan is a full run: the run would use nothing from it', () => {
    const runs = evaluated(
      ['a', full('the changes touch unconnected parts of the pipeline')],
      ['b', full('every step is affected')]
    )
    const decision = decideReference(runs, 'auto', graph)
    expect(decision).not.toHaveProperty('chosen')
    expect(decision.rejected.map(r => r.arn)).toEqual([arn('a'), arn('b')])
    expect(decision.rejected[0]!.reason).toBe(
      'would run every step (the changes touch unconnected parts of the pipeline)'
    )
    expect(decision.rejected[1]!.reason).toBe('would run every step (every step is affected)')
  })

  // With no run chosen, no candidate may be compared with "the chosen run".
  it('never speaks of a chosen run when none is chosen', () => {
    for (const strategy of ['auto', 'latest'] as const) {
      const runs = evaluated(
        ['a', full('every step is affected')],
        ['b', full('every step is affected')],
        ['c', selective('Y')]
      )
      const decision = decideReference(strategy === 'auto' ? runs.slice(0, 2) : runs, strategy, graph)
      expect(decision.chosen).toBeUndefined()
      expect(decision.rejected).toHaveLength(strategy === 'auto' ? 2 : 3)
      for (const r of decision.rejected) expect(r.reason).not.toMatch(/chosen/)
    }
  })

  it('latest: takes the newest run even when an older one runs fewer steps', () => {
    const runs = evaluated(
      ['newest', selective('B', 'C', 'D', 'X', 'Y')],
      ['cheap', selective('Y')],
      ['cheaper', selective()]
    )
    const decision = decideReference(runs, 'latest', graph)
    expect(decision.chosen).toBe(runs[0])
    const reason = 'a newer eligible run was chosen (reference: latest)'
    expect(decision.rejected).toEqual([
      { arn: arn('cheap'), reason },
      { arn: arn('cheaper'), reason }
    ])
  })

  it('latest: no reference when the newest run’s plan is a full run, though an older one is selective', () => {
    const runs = evaluated(['newest', full('every step is affected')], ['older', selective('Y')])
    const decision = decideReference(runs, 'latest', graph)
    expect(decision.chosen).toBeUndefined()
    expect(decision.rejected.map(r => r.arn)).toEqual([arn('newest'), arn('older')])
    expect(decision.rejected[0]!.reason).toBe('would run every step (every step is affected)')
    expect(decision.rejected[1]!.reason).toMatch(/reference: latest/)
  })

  it('chooses nothing from nothing', () => {
    expect(decideReference([], 'auto', graph)).toEqual({ rejected: [] })
    expect(decideReference([], 'latest', graph)).toEqual({ rejected: [] })
  })
})
