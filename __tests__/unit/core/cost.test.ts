import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_MINUTES,
  FALLBACK_MINUTES,
  TIMED_RUNS,
  estimateStepMinutes,
  median,
  planMinutes
} from '../../../src/core/cost.js'
import { formatDuration, formatEstimate, ranMillis } from '../../../src/core/duration.js'
import type { Plan, StepState } from '../../../src/core/types.js'
import { graphOf } from '../../../__fixtures__/graphs.js'

const graph = graphOf(['Prep', 'Fit<Prep', 'Odd<Fit'])
// graphOf makes Processing steps unless told otherwise; give each its own type for the defaults.
for (const [name, type] of [
  ['Prep', 'Processing'],
  ['Fit', 'Training'],
  ['Odd', 'SomethingNew']
] as const)
  (graph.step(name) as { type: string }).type = type

const MIN = 60_000
const ran = (minutes: number, extra: Partial<StepState> = {}): StepState => ({
  status: 'Succeeded',
  startTime: 1_000_000,
  endTime: 1_000_000 + minutes * MIN,
  ...extra
})

describe('estimateStepMinutes', () => {
  it('falls back to the step type, then to FALLBACK_MINUTES, when no run timed a step', () => {
    const { minutes, measured } = estimateStepMinutes(graph, [])
    expect(minutes.get('Prep')).toBe(DEFAULT_MINUTES.Processing)
    expect(minutes.get('Fit')).toBe(DEFAULT_MINUTES.Training)
    expect(minutes.get('Odd')).toBe(FALLBACK_MINUTES)
    expect(measured.size).toBe(0)
  })

  it('takes the median over the newest runs that ran the step, skipping reused and untimed entries', () => {
    const untimed: StepState = { status: 'Succeeded' }
    const runs = [
      new Map([['Fit', ran(50)]]),
      new Map([['Fit', ran(999, { reusedFrom: 'arn:older' })]]),
      new Map([['Fit', untimed]]),
      new Map([['Fit', ran(10)]]),
      new Map([['Fit', ran(20)]]),
      new Map([['Prep', ran(4)]])
    ]
    const { minutes, measured } = estimateStepMinutes(graph, runs)
    expect(minutes.get('Fit')).toBe(20)
    expect(minutes.get('Prep')).toBe(4)
    expect([...measured].sort()).toEqual(['Fit', 'Prep'])
    expect(minutes.get('Odd')).toBe(FALLBACK_MINUTES)
  })

  it(`reads only the newest ${TIMED_RUNS} timings of a step`, () => {
    const runs = [1, 1, 1, 2, 2, 90, 90, 90, 90].map(m => new Map([['Fit', ran(m)]]))
    expect(estimateStepMinutes(graph, runs).minutes.get('Fit')).toBe(1)
  })

  it('ignores an end before the start', () => {
    const runs = [new Map([['Fit', ran(5, { endTime: 0 })]])]
    expect(estimateStepMinutes(graph, runs).minutes.get('Fit')).toBe(DEFAULT_MINUTES.Training)
  })

  it('a failed step that ran counts as timed (it spent the minutes)', () => {
    const runs = [new Map([['Fit', ran(7, { status: 'Failed' })]])]
    expect(estimateStepMinutes(graph, runs).minutes.get('Fit')).toBe(7)
  })
})

describe('median, planMinutes, formatEstimate', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })

  it('a plan costs its selected steps; a full run every step', () => {
    const minutes = new Map([
      ['Prep', 1],
      ['Fit', 30],
      ['Odd', 2]
    ])
    const selective = { selected: ['Fit', 'Odd'], fullRun: false } as Plan
    expect(planMinutes(selective, graph, minutes)).toBe(32)
    expect(planMinutes({ ...selective, fullRun: true }, graph, minutes)).toBe(33)
    expect(planMinutes(selective, graph, new Map())).toBe(2 * FALLBACK_MINUTES)
  })

  it('formats estimates in the units of the time saved, always approximate', () => {
    expect(formatEstimate(0)).toBe('~0 s')
    expect(formatEstimate(0.2)).toBe('~12 s')
    expect(formatEstimate(12.4)).toBe('~12 min')
    expect(formatEstimate(59.4)).toBe('~59 min')
    expect(formatEstimate(60)).toBe('~1 h')
    expect(formatEstimate(125)).toBe('~2 h 5 min')
    expect(formatEstimate(60 * 26)).toBe('~1 d 2 h')
    // The same figure the time-saved line prints, with the mark of an estimate.
    expect(formatEstimate(125)).toBe(`~${formatDuration(125 * 60)}`)
  })
})

describe('ranMillis', () => {
  it('is the recorded duration of a step that ran there', () => {
    expect(ranMillis({ status: 'Succeeded', startTime: 1000, endTime: 4000 })).toBe(3000)
    expect(ranMillis({ status: 'Failed', startTime: 1000, endTime: 1000 })).toBe(0)
  })
  it('is unknown for a reused step, a missing time or an end before the start', () => {
    expect(ranMillis(undefined)).toBeUndefined()
    expect(
      ranMillis({ status: 'Succeeded', startTime: 1000, endTime: 4000, reusedFrom: 'arn' })
    ).toBeUndefined()
    expect(ranMillis({ status: 'Succeeded', startTime: 1000 })).toBeUndefined()
    expect(ranMillis({ status: 'Succeeded', endTime: 4000 })).toBeUndefined()
    expect(ranMillis({ status: 'Succeeded', startTime: 4000, endTime: 1000 })).toBeUndefined()
  })
})
