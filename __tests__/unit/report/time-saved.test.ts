import { describe, expect, it } from '@jest/globals'
import type { ExecutionRecord, Plan } from '../../../src/core/types.js'
import { formatDuration } from '../../../src/core/duration.js'
import { estimateTimeSaved, formatAge } from '../../../src/report/time-saved.js'
import { abaloneGraph, evaluatePlan, MINUTE, referenceRecord } from './fixture.js'

function plan(reused: string[], notRun: string[] = []): Plan {
  return { selected: ['x'], reasons: {}, reused, notRun, fullRun: false, needsReference: true, warnings: [] }
}

function record(
  steps: Record<string, { start?: number; end?: number; reusedFrom?: string }>
): ExecutionRecord {
  const map = new Map(
    Object.entries(steps).map(([name, s]) => [
      name,
      { status: 'Succeeded' as const, startTime: s.start, endTime: s.end, reusedFrom: s.reusedFrom }
    ])
  )
  return { arn: 'arn:ref', status: 'Succeeded', createdAt: 0, steps: map }
}

describe('estimateTimeSaved', () => {
  it('sums the reference durations of the reused Abalone steps (10 + 25 min)', () => {
    const graph = abaloneGraph()
    const saved = estimateTimeSaved(evaluatePlan(graph), referenceRecord(graph))
    expect(saved?.seconds).toBe(35 * 60)
    expect(saved?.known).toBe(2)
    expect(saved?.basis).toContain('2 steps')
  })

  it('counts not-run steps too', () => {
    const saved = estimateTimeSaved(
      plan(['a'], ['b']),
      record({ a: { start: 0, end: 1000 }, b: { start: 5000, end: 8500 } })
    )
    expect(saved?.seconds).toBe(4.5)
  })

  it('leaves out unknown durations and says how many were known', () => {
    const saved = estimateTimeSaved(
      plan(['a', 'b', 'c', 'd']),
      record({
        a: { start: 0, end: 60_000 },
        b: { start: 0 }, // still no end time
        c: { start: 0, end: 90_000, reusedFrom: 'arn:older' } // reused there: it did not run
      })
    )
    expect(saved?.seconds).toBe(60)
    expect(saved?.known).toBe(1)
    expect(saved?.skipped).toBe(4)
    expect(saved?.basis).toContain('1 of the 4 steps')
  })

  it('ignores negative durations', () => {
    expect(estimateTimeSaved(plan(['a']), record({ a: { start: 10, end: 5 } }))).toBeUndefined()
  })

  it('is undefined without a reference, with nothing skipped, or with no known duration', () => {
    const ref = record({ a: { start: 0, end: MINUTE } })
    expect(estimateTimeSaved(plan(['a']), undefined)).toBeUndefined()
    expect(estimateTimeSaved(plan([]), ref)).toBeUndefined()
    expect(estimateTimeSaved(plan(['zzz']), ref)).toBeUndefined()
  })

  it('counts a step listed twice once', () => {
    expect(estimateTimeSaved(plan(['a'], ['a']), record({ a: { start: 0, end: 2000 } }))?.seconds).toBe(2)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [-5, '0 s'],
    [Number.NaN, '0 s'],
    [40, '40 s'],
    [59.4, '59 s'],
    [59.6, '~1 min'],
    [25 * 60, '~25 min'],
    [25 * 60 + 20, '~25 min'],
    [3599, '1 h'],
    [3900, '1 h 5 min'],
    [7200, '2 h'],
    [25 * 3600, '1 d 1 h'],
    [48 * 3600, '2 d']
  ])('%p s → %p', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected)
  })
})

describe('formatAge', () => {
  it.each([
    [30_000, 'just now'],
    [-60_000, 'just now'],
    [5 * MINUTE, '5 min ago'],
    [3 * 60 * MINUTE, '3 h ago'],
    [47 * 60 * MINUTE, '47 h ago'],
    [5 * 24 * 60 * MINUTE, '5 d ago']
  ])('%p ms ago → %p', (ago, expected) => {
    expect(formatAge(1_000_000_000_000 - ago, 1_000_000_000_000)).toBe(expected)
  })
})
