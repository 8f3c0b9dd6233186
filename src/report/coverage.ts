import { clip, code, count, more, text } from './markdown.js'
import type { Limits } from './sections.js'
import { formatAge } from './time-saved.js'

export interface CoverageStep {
  step: string
  /** Epoch ms of the last execution in which the step ran, and in which it succeeded. */
  lastRun?: number
  lastSuccess?: number
  /** Condition outcomes or end states seen in recent runs, most recent first. */
  outcomes?: string[]
  /** Its mapped files changed after it last ran successfully. */
  stale: boolean
  covered: boolean
}

export interface Coverage {
  percent: number
  steps: CoverageStep[]
  /** Steps the coverage run targets now. */
  targeted: string[]
}

/**
 * The coverage view (`selection: coverage`): the percentage, then a table with the steps that need
 * attention first, so rarely-taken branches that no run has exercised stand out.
 */
export function coverageSection(coverage: Coverage, now: number, limits: Limits): string {
  const percent = Number.isFinite(coverage.percent) ? Number(coverage.percent.toFixed(1)) : 0
  const covered = coverage.steps.filter(s => s.covered).length
  const targeted = new Set(coverage.targeted)
  const lines = [
    `### Coverage: ${percent} %`,
    '',
    `${count(covered)} of ${count(coverage.steps.length)} steps ran successfully since their mapped files last changed.`
  ]
  if (coverage.targeted.length > 0) {
    const names = coverage.targeted.slice(0, Math.max(1, limits.items)).map(s => code(clip(s, limits.text)))
    const trailer = more(coverage.targeted.length - names.length)
    lines.push(`Targeted by this run: ${names.join(', ')}${trailer ? ` ${trailer}` : ''}.`)
  }
  if (limits.rows === 0 || coverage.steps.length === 0) return lines.join('\n')

  const ordered = [...coverage.steps.filter(s => !s.covered), ...coverage.steps.filter(s => s.covered)]
  const shown = ordered.slice(0, limits.rows)
  lines.push('', '| Step | Status | Last run | Last success | Outcomes |', '|---|---|---|---|---|')
  for (const s of shown) {
    const status = s.covered
      ? '✅ covered'
      : targeted.has(s.step)
        ? '🎯 targeted'
        : s.stale
          ? '⚠️ stale'
          : '❌ not covered'
    const outcomes = (s.outcomes ?? []).slice(0, 3).map(o => text(clip(o, limits.text)))
    const extraOutcomes = (s.outcomes?.length ?? 0) > 3 ? ', …' : ''
    lines.push(
      `| ${code(clip(s.step, limits.text), 'table')} | ${status} | ${age(s.lastRun, now)} | ${age(s.lastSuccess, now)} | ${outcomes.join(', ') || '—'}${extraOutcomes} |`
    )
  }
  const trailer = more(ordered.length - shown.length, 'steps')
  if (trailer) lines.push('', trailer)
  return lines.join('\n')
}

function age(at: number | undefined, now: number): string {
  return at === undefined ? 'never' : formatAge(at, now)
}
