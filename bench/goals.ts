import type { Goal, Results } from './results.js'
import { ratio, ms } from './table.js'

/**
 * The goals of issue 6 and, for each, where a miss becomes a failure. The goals themselves are for
 * the record (a 2-core machine shared with other jobs makes a 1.1× ratio or a 2.2× growth wobble);
 * a miss past the limit is no longer noise, and fails the run, quick mode (CI) included. Call counts
 * are deterministic, so a repeated call fails outright.
 */
export const LIMITS = {
  coldStart: { goal: 1.1, limit: 1.5 },
  perDoubling: { goal: 2.2, limit: 3 },
  largestPlanMs: { goal: 1000, limit: 3000 },
  callsAboveMinimum: { goal: 2, limit: 4 },
  /** Steps run ÷ the smallest sound selection: reported; only under-selection (unsound) fails. */
  stepsRunRatio: { goal: 1 }
}

export function goals(results: Results): Goal[] {
  const out: Goal[] = []
  const cold = results.coldStart
  if (cold) {
    const measured = Number.isFinite(cold.ratio)
    out.push({
      name: 'cold start: action ÷ bare bundle',
      goal: `≤ ${ratio(LIMITS.coldStart.goal)}`,
      value: ratio(cold.ratio),
      met: measured ? cold.ratio <= LIMITS.coldStart.goal : undefined,
      badlyMissed: !measured || cold.ratio > LIMITS.coldStart.limit,
      limit: ratio(LIMITS.coldStart.limit),
      note: cold.problems.length > 0 ? cold.problems.join('; ') : undefined
    })
  }

  const planning = results.planning
  if (planning) {
    const worst = Math.max(...Object.values(planning.fittedPerDoubling).map(v => v ?? 0))
    const axis = Object.entries(planning.fittedPerDoubling).find(([, v]) => v === worst)?.[0] ?? ''
    out.push({
      name: 'planning: time growth per doubling of the input (fitted, worst axis)',
      goal: `≤ ${ratio(LIMITS.perDoubling.goal)}`,
      value: `${ratio(worst)} (${axis})`,
      met: worst <= LIMITS.perDoubling.goal,
      badlyMissed: worst > LIMITS.perDoubling.limit,
      limit: ratio(LIMITS.perDoubling.limit)
    })
    out.push({
      name: 'planning: largest plan (5,000 steps × 100,000 files × 1,000 globs)',
      goal: `< ${ms(LIMITS.largestPlanMs.goal)} ms`,
      value: `${ms(planning.largestMs)} ms`,
      met: planning.largestMs < LIMITS.largestPlanMs.goal,
      badlyMissed: planning.largestMs > LIMITS.largestPlanMs.limit,
      limit: `${ms(LIMITS.largestPlanMs.limit)} ms`
    })
  }

  for (const s of results.scenarios ?? []) {
    const repeated = s.repeated.map(r => `${r.label} ×${r.times}`).join(', ')
    const value = `${s.excess} above the minimum${repeated ? `; repeated: ${repeated}` : ''}`
    if (!s.available) {
      out.push({
        name: `API calls: ${s.name}`,
        goal: 'no repeated call, ≤ 2 above the minimum',
        value: 'not available',
        badlyMissed: false,
        limit: `a repeated call or > ${LIMITS.callsAboveMinimum.limit} above`,
        note: s.note
      })
      continue
    }
    out.push({
      name: `API calls: ${s.name}`,
      goal: 'no repeated call, ≤ 2 above the minimum',
      value,
      met: s.repeated.length === 0 && s.excess <= LIMITS.callsAboveMinimum.goal,
      badlyMissed: s.repeated.length > 0 || s.excess > LIMITS.callsAboveMinimum.limit,
      limit: `a repeated call or > ${LIMITS.callsAboveMinimum.limit} above`,
      note: s.note
    })
  }
  const minimal = results.minimal
  if (minimal) {
    const t = minimal.total
    const v = minimal.violations
    out.push({
      name: 'steps-run ratio over corpus change sets (action ÷ minimal sound)',
      goal: `${ratio(LIMITS.stepsRunRatio.goal)}, no case above`,
      value:
        `${ratio(t.ratio)} (${t.actionSteps}/${t.minimalSteps} steps over ${t.cases} cases; ` +
        `${t.excessCases} with excess; ${v.length} under-selected)`,
      met: minimal.problems.length === 0 && t.excessCases === 0 && v.length === 0,
      badlyMissed: v.length > 0 || minimal.problems.length > 0,
      limit: 'any step the oracle requires left unrun (unsound)',
      note:
        [
          v.length > 0
            ? `UNSOUND: ${v.length} case(s) run fewer steps than required: ${v
                .slice(0, 5)
                .map(x => `${x.definition} ${x.label} misses ${x.missing.join(', ')}`)
                .join('; ')}`
            : '',
          minimal.problems.length > 0 ? `not measured: ${minimal.problems.join('; ')}` : ''
        ]
          .filter(Boolean)
          .join(' | ') || undefined
    })
  }
  return out
}
