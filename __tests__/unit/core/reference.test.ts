import { describe, expect, it } from '@jest/globals'
import { planSelection } from '../../../src/core/planner.js'
import type { StepGraph } from '../../../src/core/graph.js'
import {
  checkEligibility,
  findReference,
  MAX_CANDIDATES,
  MAX_ELIGIBILITY_CHECKS,
  MAX_FAILED_CANDIDATES,
  stepsToRun,
  type Candidate,
  type ReferenceStrategy
} from '../../../src/core/reference.js'
import type { ExecutionRecord, Plan } from '../../../src/core/types.js'
import { graphOf, recordOf } from '../../../__fixtures__/graphs.js'

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

describe('findReference', () => {
  /** A past run: what `readSteps` returns for it, and the plan `evaluate` computes for it. */
  interface Run {
    record: ExecutionRecord
    plan: Plan
  }
  const run = (
    id: string,
    plan: Plan,
    steps: Parameters<typeof recordOf>[1] = allSucceeded,
    options: Parameters<typeof recordOf>[2] = { commit: `c-${id}` }
  ): Run => ({ record: recordOf(arn(id), steps, options), plan })

  /**
   * Candidates listed from the runs (newest first, as given), with `evaluate` and `readSteps` backed
   * by them; every call is recorded so the tests can assert what was (not) planned or read.
   */
  function history(runs: Run[], g: StepGraph = graph) {
    const byArn = new Map(runs.map(r => [r.record.arn, r]))
    const candidates: Candidate[] = runs.map(({ record }, i) => ({
      arn: record.arn,
      status: record.status,
      createdAt: 1000 - i,
      ...(record.commit === undefined ? {} : { commit: record.commit }),
      displayName: `run ${i}`
    }))
    const evaluated: string[] = []
    const read: string[] = []
    const find = (strategy: ReferenceStrategy = 'auto') =>
      findReference(
        candidates,
        g,
        strategy,
        async candidate => {
          evaluated.push(candidate.arn)
          const found = byArn.get(candidate.arn)
          if (!found) throw new Error(`evaluate: unknown ${candidate.arn}`)
          return { plan: found.plan, detail: `detail of ${candidate.arn}` }
        },
        async runArn => {
          read.push(runArn)
          const found = byArn.get(runArn)
          if (!found) throw new Error(`readSteps: unknown ${runArn}`)
          return found.record.steps
        }
      )
    return { candidates, evaluated, read, find }
  }

  const threeSteps = planFor(['X']) // X brings its Condition D, whose closure is D, X, Y
  const fiveSteps = planFor(['B'])
  const fullRun = planSelection({
    graph,
    changes: { files: [], complete: false, detail: 'truncated' },
    parameterChanges: [],
    selection: 'affected',
    downstream: true
  })

  it('picks the eligible run that runs the fewest steps, reading only its step list', async () => {
    expect(stepsToRun(threeSteps, graph)).toBe(3)
    expect(stepsToRun(fiveSteps, graph)).toBe(5)
    const h = history([
      run('new', threeSteps, allSucceeded, { status: 'Stopped', commit: 'c' }),
      run('mid', fiveSteps),
      run('old', threeSteps)
    ])
    const choice = await h.find()
    expect(choice.chosen?.candidate).toBe(h.candidates[2])
    expect(choice.chosen?.plan).toBe(threeSteps)
    expect(choice.chosen?.detail).toBe(`detail of ${arn('old')}`)
    expect(choice.chosen?.record).toEqual({
      arn: arn('old'),
      status: 'Succeeded',
      createdAt: 998,
      commit: 'c-old',
      steps: recordOf(arn('old'), allSucceeded).steps
    })
    expect(choice.rejected).toEqual([
      { arn: arn('new'), reason: 'its status is Stopped; a reference run must have Succeeded or Failed' },
      { arn: arn('mid'), reason: 'would run 5 steps; the chosen run needs 3' }
    ])
    // Every usable run is planned (the stopped one is refused from its listing alone); one step list is read.
    expect(h.evaluated).toEqual([arn('mid'), arn('old')])
    expect(h.read).toEqual([arn('old')])
  })

  it('prefers the newer run on a tie', async () => {
    const h = history([run('newer', threeSteps), run('older', threeSteps)])
    const choice = await h.find()
    expect(choice.chosen?.record.arn).toBe(arn('newer'))
    expect(choice.rejected).toEqual([
      { arn: arn('older'), reason: 'would run 3 steps, as many as the chosen run, which is newer' }
    ])
    expect(h.read).toEqual([arn('newer')])
  })

  it('reads step lists in order of promise until one is eligible, and stops there', async () => {
    const h = history([
      run('full', fullRun),
      run('five', fiveSteps),
      run('broken', threeSteps, { A: 'Succeeded', B: 'Failed' }, { status: 'Failed', commit: 'c' }),
      run('also-five', fiveSteps)
    ])
    const choice = await h.find()
    expect(choice.chosen?.record.arn).toBe(arn('five'))
    expect(h.read).toEqual([arn('broken'), arn('five')])
    expect(h.evaluated).toHaveLength(4)
    expect(choice.rejected.map(r => r.arn)).toEqual([arn('full'), arn('broken'), arn('also-five')])
    expect(choice.rejected[1]!.reason).toBe('B was Failed in that execution, so it has no outputs to reuse')
    expect(choice.rejected[2]!.reason).toBe('would run 5 steps, as many as the chosen run, which is newer')
  })

  it('counts a full run as every step and names why it is one', async () => {
    const h = history([run('full', fullRun), run('sel', fiveSteps)])
    const choice = await h.find()
    expect(choice.chosen?.record.arn).toBe(arn('sel'))
    expect(choice.rejected).toEqual([
      {
        arn: arn('full'),
        reason: `would run all 6 steps (${fullRun.fullRunReason}); the chosen run needs 5`
      }
    ])
    expect(choice.rejected[0]!.reason).toMatch(
      /^would run all 6 steps \(the changed files are not known exactly \(truncated\), so every step runs\); the chosen run needs 5$/
    )
    expect(h.read).toEqual([arn('sel')])
  })

  it('says "step" for one step', async () => {
    const small = graphOf(['A', 'B<A'])
    const oneStep = planSelection({
      graph: small,
      changes: { files: [], complete: true },
      parameterChanges: [],
      selection: 'affected',
      explicitSteps: ['B'],
      downstream: true,
      reference: recordOf(arn('any'), {})
    })
    expect(stepsToRun(oneStep, small)).toBe(1)
    const h = history(
      [run('newer', oneStep, { A: 'Succeeded' }), run('older', oneStep, { A: 'Succeeded' })],
      small
    )
    expect((await h.find()).rejected).toEqual([
      { arn: arn('older'), reason: 'would run 1 step, as many as the chosen run, which is newer' }
    ])
  })

  it('lets runs without a recorded commit compete only when no run has one', async () => {
    const outside = run('outside', planFor([]), allSucceeded, {})
    const blank = run('blank', planFor([]), allSucceeded, { commit: '' })
    const h = history([outside, blank, run('recorded', fiveSteps)])
    const choice = await h.find()
    expect(choice.chosen?.record.arn).toBe(arn('recorded'))
    const preferred =
      'no recorded commit (started outside the action); a run with a recorded commit is preferred'
    expect(choice.rejected).toEqual([
      { arn: arn('outside'), reason: preferred },
      { arn: arn('blank'), reason: preferred }
    ])
    // Left out before any planning, though they would run fewer steps.
    expect(h.evaluated).toEqual([arn('recorded')])

    // The run with a commit cannot be a reference from its status alone, so the run without one competes.
    const running = history([
      run('recorded', fiveSteps, allSucceeded, { status: 'Executing', commit: 'c' }),
      outside
    ])
    const fallback = await running.find()
    expect(fallback.chosen?.record.arn).toBe(arn('outside'))
    expect(fallback.rejected).toEqual([
      { arn: arn('recorded'), reason: 'it is still Executing; a reference run must have Succeeded or Failed' }
    ])

    // The commit filter comes before eligibility: a run with a commit that lacks the needed outputs still
    // keeps the runs without one out.
    const broken = history([
      run('recorded', fiveSteps, { A: 'Failed' }, { status: 'Failed', commit: 'c' }),
      outside
    ])
    const none = await broken.find()
    expect(none.chosen).toBeUndefined()
    expect(none.rejected).toEqual([
      { arn: arn('recorded'), reason: 'A was Failed in that execution, so it has no outputs to reuse' },
      { arn: arn('outside'), reason: preferred }
    ])
    expect(broken.evaluated).toEqual([arn('recorded')])
  })

  it('with the latest strategy takes the newest eligible run, planning lazily', async () => {
    const h = history([
      run('broken', threeSteps, { A: 'Failed' }, { status: 'Failed', commit: 'c' }),
      run('newest', fiveSteps),
      run('cheaper', threeSteps)
    ])
    const choice = await h.find('latest')
    expect(choice.chosen?.record.arn).toBe(arn('newest'))
    expect(choice.chosen?.plan).toBe(fiveSteps)
    expect(choice.rejected).toEqual([
      { arn: arn('broken'), reason: 'A was Failed in that execution, so it has no outputs to reuse' },
      { arn: arn('cheaper'), reason: 'a newer eligible run was chosen (reference: latest)' }
    ])
    expect(h.evaluated).toEqual([arn('broken'), arn('newest')])
    expect(h.read).toEqual([arn('broken'), arn('newest')])
  })

  it('chooses nothing when no candidate is eligible, or there are none', async () => {
    const empty = history([])
    expect(await empty.find()).toEqual({ rejected: [] })
    expect(await empty.find('latest')).toEqual({ rejected: [] })
    expect(empty.evaluated).toEqual([])
    expect(empty.read).toEqual([])

    const h = history([run('a', fiveSteps, {}, { status: 'Failed', commit: 'c' })])
    const choice = await h.find()
    expect(choice.chosen).toBeUndefined()
    expect(choice.rejected).toEqual([
      { arn: arn('a'), reason: 'A did not run in that execution, so it has no outputs to reuse' }
    ])
  })

  it(`plans at most the newest ${MAX_CANDIDATES} usable candidates`, async () => {
    const runs = [run('stopped', threeSteps, allSucceeded, { status: 'Stopped', commit: 'c' })]
    for (let i = 0; i < MAX_CANDIDATES + 2; i++)
      runs.push(run(`r${i}`, i === MAX_CANDIDATES ? threeSteps : fiveSteps))
    const h = history(runs)
    const choice = await h.find()
    // The refused run does not count; the cheap run past the bound is never planned.
    expect(h.evaluated).toEqual(runs.slice(1, MAX_CANDIDATES + 1).map(r => r.record.arn))
    expect(choice.chosen?.record.arn).toBe(arn('r0'))
    const notConsidered = `not considered: only the newest ${MAX_CANDIDATES} runs are compared, at most ${MAX_FAILED_CANDIDATES} of them Failed`
    expect(choice.rejected.slice(-2)).toEqual([
      { arn: arn(`r${MAX_CANDIDATES}`), reason: notConsidered },
      { arn: arn(`r${MAX_CANDIDATES + 1}`), reason: notConsidered }
    ])
    expect(choice.rejected).toHaveLength(MAX_CANDIDATES + 2)
  })

  it.each(['auto', 'latest'] as const)(
    `reads at most ${MAX_ELIGIBILITY_CHECKS} step lists (%s), and does not plan runs it will not check`,
    async strategy => {
      const runs: Run[] = []
      for (let i = 0; i < MAX_ELIGIBILITY_CHECKS + 2; i++) {
        // Succeeded runs that lack the reused steps (a selective run that did not include them).
        runs.push(run(`r${i}`, threeSteps, {}, { status: 'Succeeded', commit: 'c' }))
      }
      const h = history(runs)
      const choice = await h.find(strategy)
      expect(choice.chosen).toBeUndefined()
      expect(h.read).toEqual(runs.slice(0, MAX_ELIGIBILITY_CHECKS).map(r => r.record.arn))
      // `auto` must plan every run to rank them; `latest` stops planning once the checks are spent.
      expect(h.evaluated).toHaveLength(strategy === 'auto' ? runs.length : MAX_ELIGIBILITY_CHECKS)
      const notChecked = `not checked: ${MAX_ELIGIBILITY_CHECKS} candidates were checked first`
      expect(choice.rejected.slice(-2)).toEqual([
        { arn: arn(`r${MAX_ELIGIBILITY_CHECKS}`), reason: notChecked },
        { arn: arn(`r${MAX_ELIGIBILITY_CHECKS + 1}`), reason: notChecked }
      ])
    }
  )

  it('finds a good run behind a long streak of failures', async () => {
    const runs: Run[] = []
    for (let i = 0; i < 30; i++)
      runs.push(run(`f${i}`, threeSteps, { A: 'Failed' }, { status: 'Failed', commit: 'c' }))
    runs.push(run('good', fiveSteps))
    const h = history(runs)
    const choice = await h.find()
    expect(choice.chosen?.record.arn).toBe(arn('good'))
    expect(h.read).toHaveLength(MAX_FAILED_CANDIDATES + 1)
    expect(h.evaluated).toHaveLength(MAX_FAILED_CANDIDATES + 1)
  })
})
