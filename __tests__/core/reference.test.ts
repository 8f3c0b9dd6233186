import { describe, expect, it } from '@jest/globals'
import { planSelection } from '../../src/core/planner.js'
import {
  checkEligibility,
  chooseReference,
  stepsToRun,
  type ReferenceCandidate
} from '../../src/core/reference.js'
import type { ExecutionRecord, Plan } from '../../src/core/types.js'
import { graphOf, recordOf } from '../../__fixtures__/graphs.js'

// A → B → C, and a Condition D after C with X in If and Y in Else.
const graph = graphOf(['A', 'B<A', 'C<B', { name: 'D', after: ['C'], if: ['X'], else: ['Y'] }])

const arn = (id: string) => `arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/${id}`
const allSucceeded = {
  A: 'Succeeded',
  B: 'Succeeded',
  C: 'Succeeded',
  D: { status: 'Succeeded', outcome: 'True' },
  X: 'Succeeded'
} as const

function planFor(
  explicitSteps: string[],
  reference: ExecutionRecord | undefined = recordOf(arn('any'), {})
): Plan {
  return planSelection({
    graph,
    changes: { files: [], complete: true },
    parameterChanges: [],
    selection: 'affected',
    explicitSteps,
    downstream: true,
    reference
  })
}

describe('checkEligibility', () => {
  const plan = planFor(['C']) // reuses A, B

  it('accepts a Succeeded or Failed run in which every reused step succeeded', () => {
    expect(checkEligibility(recordOf(arn('1'), allSucceeded), graph, plan)).toEqual({ eligible: true })
    const failedLater = recordOf(
      arn('2'),
      { A: 'Succeeded', B: 'Succeeded', C: 'Failed' },
      { status: 'Failed' }
    )
    expect(checkEligibility(failedLater, graph, plan)).toEqual({ eligible: true })
  })

  it('accepts a reused step that was itself reused in that run', () => {
    const record = recordOf(arn('1'), { A: { status: 'Succeeded', reusedFrom: arn('0') }, B: 'Succeeded' })
    expect(checkEligibility(record, graph, plan).eligible).toBe(true)
  })

  it('refuses runs that are stopped or still going, naming the status', () => {
    for (const [status, text] of [
      ['Stopped', 'its status is Stopped; a reference run must have Succeeded or Failed'],
      ['Executing', 'it is still Executing; a reference run must have Succeeded or Failed'],
      ['Stopping', 'it is still Stopping; a reference run must have Succeeded or Failed']
    ] as const) {
      expect(checkEligibility(recordOf(arn('1'), allSucceeded, { status }), graph, plan)).toEqual({
        eligible: false,
        reason: text
      })
    }
  })

  it('names the first reused step that failed or did not run', () => {
    const failed = recordOf(arn('1'), { A: 'Succeeded', B: 'Failed' }, { status: 'Failed' })
    expect(checkEligibility(failed, graph, plan)).toEqual({
      eligible: false,
      reason: 'B was Failed in that execution, so it has no outputs to reuse'
    })
    const missing = recordOf(arn('1'), { B: 'Stopped' }, { status: 'Failed' })
    expect(checkEligibility(missing, graph, plan)).toEqual({
      eligible: false,
      reason: 'A did not run in that execution, so it has no outputs to reuse'
    })
  })

  it('says when a needed step was skipped by a Condition in that run', () => {
    const g = graphOf([{ name: 'D', if: ['X'], else: ['Y'] }, 'After<Y'])
    const p = planSelection({
      graph: g,
      changes: { files: [], complete: true },
      parameterChanges: [],
      selection: 'affected',
      explicitSteps: ['After'],
      downstream: true,
      reference: recordOf(arn('1'), {})
    })
    expect(p.reused).toEqual(['D', 'Y'])
    const record = recordOf(arn('1'), { D: { status: 'Succeeded', outcome: 'True' }, X: 'Succeeded' })
    expect(checkEligibility(record, g, p)).toEqual({
      eligible: false,
      reason:
        'Y did not run in that execution (a Condition in that run took the other branch), so it has no outputs to reuse'
    })
  })

  it('needs nothing from the run for a full run or a selection without upstream steps', () => {
    const full = planSelection({
      graph,
      changes: { files: [], complete: true },
      parameterChanges: [],
      selection: 'all',
      downstream: true
    })
    expect(checkEligibility(recordOf(arn('1'), {}, { status: 'Failed' }), graph, full).eligible).toBe(true)
    expect(checkEligibility(recordOf(arn('1'), {}, { status: 'Stopped' }), graph, full).eligible).toBe(false)
    expect(checkEligibility(recordOf(arn('1'), {}), graph, planFor(['A'])).eligible).toBe(true)
  })
})

describe('chooseReference', () => {
  const candidate = (
    id: string,
    plan: Plan,
    steps: Parameters<typeof recordOf>[1] = allSucceeded,
    options: Parameters<typeof recordOf>[2] = { commit: `c-${id}` }
  ): ReferenceCandidate => ({
    record: recordOf(arn(id), steps, options),
    plan
  })
  const threeSteps = planFor(['X']) // X brings its Condition D, whose closure is D, X, Y
  const fiveSteps = planFor(['B'])

  it('picks the eligible run that runs the fewest steps and explains the others', () => {
    expect(stepsToRun(threeSteps, graph)).toBe(3)
    expect(stepsToRun(fiveSteps, graph)).toBe(5)
    const stopped = candidate('new', threeSteps, allSucceeded, { status: 'Stopped', commit: 'c' })
    const bigger = candidate('mid', fiveSteps)
    const best = candidate('old', threeSteps)
    const choice = chooseReference([stopped, bigger, best], graph)
    expect(choice.chosen).toBe(best)
    expect(choice.rejected).toEqual([
      { arn: arn('new'), reason: 'its status is Stopped; a reference run must have Succeeded or Failed' },
      { arn: arn('mid'), reason: 'would run 5 steps; the chosen run needs 3' }
    ])
  })

  it('prefers the newer run on a tie', () => {
    const newer = candidate('newer', threeSteps)
    const older = candidate('older', threeSteps)
    const choice = chooseReference([newer, older], graph)
    expect(choice.chosen).toBe(newer)
    expect(choice.rejected).toEqual([
      { arn: arn('older'), reason: 'would run 3 steps, as many as the chosen run, which is newer' }
    ])
  })

  it('counts a full run as every step', () => {
    const full = planSelection({
      graph,
      changes: { files: [], complete: false, detail: 'truncated' },
      parameterChanges: [],
      selection: 'affected',
      downstream: true
    })
    const choice = chooseReference([candidate('full', full), candidate('sel', fiveSteps)], graph)
    expect(choice.chosen?.record.arn).toBe(arn('sel'))
    expect(choice.rejected[0]!.reason).toMatch(
      /^would run all 6 steps \(the changed files are not known exactly \(truncated\), so every step runs\); the chosen run needs 5$/
    )
  })

  it('lets runs without a recorded commit compete only when no eligible run has one', () => {
    const outside = candidate('outside', planFor([]), allSucceeded, {})
    const recorded = candidate('recorded', fiveSteps)
    const choice = chooseReference([outside, recorded], graph)
    expect(choice.chosen).toBe(recorded)
    expect(choice.rejected).toEqual([
      {
        arn: arn('outside'),
        reason: 'no recorded commit (started outside the action); a run with a recorded commit is preferred'
      }
    ])
    // The commit-bearing run is ineligible, so the run without one competes.
    const ineligible = candidate('recorded', fiveSteps, allSucceeded, { status: 'Executing', commit: 'c' })
    const fallback = chooseReference([ineligible, outside], graph)
    expect(fallback.chosen).toBe(outside)
    expect(fallback.rejected.map(r => r.arn)).toEqual([arn('recorded')])
  })

  it('with the latest strategy takes the newest eligible run', () => {
    const ineligible = candidate('broken', threeSteps, { A: 'Failed' }, { status: 'Failed', commit: 'c' })
    const newest = candidate('newest', fiveSteps)
    const cheaper = candidate('cheaper', threeSteps)
    const choice = chooseReference([ineligible, newest, cheaper], graph, 'latest')
    expect(choice.chosen).toBe(newest)
    expect(choice.rejected).toEqual([
      { arn: arn('broken'), reason: 'A was Failed in that execution, so it has no outputs to reuse' },
      { arn: arn('cheaper'), reason: 'a newer eligible run was chosen (reference: latest)' }
    ])
  })

  it('chooses nothing when no candidate is eligible, or there are none', () => {
    expect(chooseReference([], graph)).toEqual({ rejected: [] })
    const choice = chooseReference([candidate('a', fiveSteps, {}, { status: 'Failed', commit: 'c' })], graph)
    expect(choice.chosen).toBeUndefined()
    expect(choice.rejected).toEqual([
      { arn: arn('a'), reason: 'A did not run in that execution, so it has no outputs to reuse' }
    ])
  })
})
