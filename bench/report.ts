import {
  FILE_LEVELS,
  GLOB_LEVELS,
  seriesPerDoubling,
  STEP_LEVELS,
  type PlanningResult
} from './planning-scale.js'
import type { ColdStartResult } from './cold-start.js'
import { KIND_TEXT, type MinimalResult, type MinimalRow } from './minimal.js'
import type { Results } from './results.js'
import type { ScenarioResult } from './scenarios.js'
import { bytes, count, mark, minutes, ms, ratio, table } from './table.js'

/** The terminal report: one table per measurement, then the goals. */
export function render(results: Results): string[] {
  const out = [
    `sagemaker-selective-execution bench (${results.mode}; node ${results.node}, ${results.platform}, ${results.cpus} cpus)`
  ]
  if (results.coldStart) out.push('', ...coldStart(results.coldStart))
  if (results.planning) out.push('', ...planning(results.planning))
  if (results.scenarios) out.push('', ...apiCalls(results.scenarios), '', ...stepsRun(results.scenarios))
  if (results.minimal) out.push('', ...minimalTable(results.minimal))
  out.push('', 'Goals')
  out.push(
    ...table(
      ['goal', 'target', 'measured', ''],
      results.goals.map(g => [g.name, g.goal, g.value, g.met === undefined ? '–' : mark(g.met)]),
      'llll'
    )
  )
  for (const g of results.goals) if (g.note) out.push(`  note (${g.name}): ${g.note}`)
  return out
}

function coldStart(r: ColdStartResult): string[] {
  return [
    `1. Cold start: spawn → first request at a local endpoint, median of ${r.runs} interleaved runs`,
    ...table(
      ['program', 'first request', 'to exit', 'bundle', 'what'],
      r.variants.map(v => [
        v.name,
        `${ms(v.firstRequestMs)} ms`,
        `${ms(v.exitMs)} ms`,
        bytes(v.bundleBytes),
        v.description
      ])
    ),
    `  action ÷ bare = ${ratio(r.ratio)} (goal ≤ 1.10×)` +
      (Number.isFinite(r.ratioToSdkCall) ? `; action ÷ bare+sdk = ${ratio(r.ratioToSdkCall)}` : ''),
    ...r.problems.map(p => `  problem: ${p}`)
  ]
}

function planning(r: PlanningResult): string[] {
  const rows: string[][] = []
  for (const steps of STEP_LEVELS) {
    for (const globs of GLOB_LEVELS) {
      const cells = FILE_LEVELS.map(files => {
        const c = r.cases.find(x => x.steps === steps && x.files === files && x.globs === globs)
        return c ? `${ms(c.planMs)}${c.fullRun ? ' F' : ` ${c.selected}`}` : 'n/a'
      })
      rows.push([count(steps), count(globs), ...cells])
    }
  }
  const parseGrowth = seriesPerDoubling(
    r.parse.map(p => p.steps),
    r.parse.map(p => p.ms)
  )
  const fit = r.fittedPerDoubling
  const worst = r.worstPerDoubling
  return [
    '2. Planning: median ms per planSelection (F: full run, else steps selected); definition and mapping prepared',
    ...table(['steps', 'globs', ...FILE_LEVELS.map(f => `${count(f)} files`)], rows),
    `  growth per doubling of the input, fitted over all cases ≥ 1 ms: steps ${ratio(fit.steps)}, files ${ratio(fit.files)}, ` +
      `globs ${ratio(fit.globs)} (goal ≤ 2.20×); worst single pair: steps ${ratio(worst.steps)}, files ${ratio(worst.files)}, ` +
      `globs ${ratio(worst.globs)}`,
    `  largest case ${ms(r.largestMs)} ms (goal < 1000 ms)`,
    `  parseDefinition: ${r.parse.map(p => `${count(p.steps)} steps (${bytes(p.bytes)}) ${ms(p.ms)} ms`).join(', ')}; ` +
      `per doubling ${parseGrowth.map(ratio).join(', ')}`,
    `  loadMappingFile: ${GLOB_LEVELS.map(g => `${count(g)} globs ${ms(median(r.mapping.filter(m => m.globs === g).map(m => m.loadMs)))} ms`).join(', ')}; ` +
      `forPipeline (step names checked) ≤ ${ms(Math.max(...r.mapping.map(m => m.checkMs)))} ms`
  ]
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? Number.NaN
}

/** `GET /repos/{owner}/{repo}/issues/{issue_number}/comments` → `GitHub GET …/issues/{issue_number}/comments`. */
function operationLabel(service: 'sagemaker' | 'github', op: string): string {
  return service === 'github' ? `GitHub ${op.replace('/repos/{owner}/{repo}', '…')}` : op
}

function apiCalls(scenarios: ScenarioResult[]): string[] {
  const rows: string[][] = []
  for (const service of ['sagemaker', 'github'] as const) {
    const ops = new Set<string>()
    for (const s of scenarios)
      for (const op of [...Object.keys(s[service]), ...Object.keys(s.minimum[service])]) ops.add(op)
    for (const op of [...ops].sort()) {
      rows.push([
        operationLabel(service, op),
        ...scenarios.map(s => {
          const actual = s[service][op] ?? 0
          const min = s.minimum[service][op] ?? 0
          if (!s.available) return actual > 0 ? `${actual}/${min} ?` : 'n/a'
          return actual === 0 && min === 0 ? '–' : `${actual}/${min}${actual > min ? ' +' : ''}`
        })
      ])
    }
  }
  const totals = (s: ScenarioResult): [number, number] => {
    const sum = (c: Record<string, number>): number => Object.values(c).reduce((a, b) => a + b, 0)
    return [sum(s.sagemaker) + sum(s.github), sum(s.minimum.sagemaker) + sum(s.minimum.github)]
  }
  rows.push(['total', ...scenarios.map(s => totals(s).join('/'))])
  rows.push(['above the minimum', ...scenarios.map(s => (s.available ? String(s.excess) : 'n/a'))])
  rows.push([
    'repeated calls (beyond the minimum)',
    ...scenarios.map(s => (s.available ? String(s.repeated.length) : 'n/a'))
  ])
  rows.push([
    'goal: none repeated, ≤ 2 above',
    ...scenarios.map(s => (s.available ? mark(s.repeated.length === 0 && s.excess <= 2) : 'not available'))
  ])
  const notes: string[] = []
  for (const s of scenarios) {
    if (s.note) notes.push(`  ${s.name}: ${s.note}`)
    for (const r of s.repeated)
      notes.push(`  ${s.name}: repeated ×${r.times}: ${r.label} ${r.detail}`.trimEnd())
    for (const r of s.expectedRepeats) {
      notes.push(`  ${s.name}: repeated ×${r.times}, as the minimum allows: ${r.label} ${r.detail}`.trimEnd())
    }
    for (const b of s.belowMinimum) notes.push(`  ${s.name}: below the stated minimum: ${b}`)
  }
  return [
    '3. API calls per run (actual/minimum; the minimum of each scenario is justified in bench/scenarios.ts)',
    ...table(['operation', ...scenarios.map(s => s.name)], rows),
    ...notes
  ]
}

function stepsRun(scenarios: ScenarioResult[]): string[] {
  const rows = scenarios.map(s => {
    const st = s.steps
    if (!s.available || !st) return [s.name, 'n/a', 'n/a', 'n/a', s.note ?? '']
    const share = `${Math.round((100 * st.run) / st.total)} %`
    const saved = `${minutes(st.secondsSaved)} of ${minutes(st.fullRunSeconds)} (${Math.round((100 * st.secondsSaved) / st.fullRunSeconds)} %)`
    return [s.name, `${st.run}/${st.total}`, share, saved, st.fullRun ? 'full run' : st.selected.join(', ')]
  })
  return [
    '4. Steps run ÷ steps of a full run, and the compute time the skipped steps would have taken (DEMO_DURATIONS)',
    ...table(['scenario', 'steps run', 'share', 'compute saved', 'selected'], rows, 'lrrll')
  ]
}

type Sums = Pick<
  MinimalRow,
  | 'cases'
  | 'actionSteps'
  | 'minimalSteps'
  | 'ratio'
  | 'excessCases'
  | 'actionMinutes'
  | 'minimalMinutes'
  | 'fullMinutes'
>

/** The sums of a row as cells: cases, steps run, minimal, ratio, cases with excess, minutes ÷ full run. */
function sumCells(r: Sums): string[] {
  const share = (m: number): string => (r.fullMinutes > 0 ? (m / r.fullMinutes).toFixed(2) : 'n/a')
  return [
    String(r.cases),
    String(r.actionSteps),
    String(r.minimalSteps),
    r.ratio === undefined ? `excess +${r.actionSteps}` : r.ratio.toFixed(2),
    String(r.excessCases),
    share(r.actionMinutes),
    share(r.minimalMinutes)
  ]
}

function minimalTable(r: MinimalResult): string[] {
  const header = [
    'kind',
    'cases',
    'run',
    'minimal',
    'run ÷ min',
    'excess',
    'run min ÷ full',
    'min min ÷ full'
  ]
  const out = [
    `5. Steps run ÷ the smallest sound selection (independent oracle, bench/minimal-oracle.ts), over ${r.definitions} corpus definitions and ${r.cases} change sets`,
    ...table(
      ['definition', ...header],
      r.rows.map(row => [row.definition.replace(/\.json$/, ''), row.kind, ...sumCells(row)]),
      'll'
    ),
    '',
    '  per change kind, whole corpus:',
    ...table(header, [...r.kinds.map(k => [k.kind, ...sumCells(k)]), ['all', ...sumCells(r.total)]], 'l'),
    ...r.kinds.map(k => `  ${k.kind}: ${KIND_TEXT[k.kind]}`),
    `  run: steps the action runs (a full run counts every step); minimal: the oracle's smallest selection; ` +
      `excess: cases running more than it. Minutes are ASSUMED per step type: ${Object.entries(r.stepMinutes)
        .map(([t, m]) => `${t} ${m}`)
        .join(', ')}; a full run counts every step once.`,
    `  pairs per definition ≤ ${r.settings.pairsPerDefinition}; neutral edits on ${r.settings.neutralStepsPerEdit > 0 ? `≤ ${r.settings.neutralStepsPerEdit} steps` : 'every applicable step'} per edit type`
  ]
  const examples = r.rows.filter(row => row.example)
  if (examples.length > 0) {
    out.push('  one case with excess per definition and kind:')
    for (const row of examples)
      out.push(`    ${row.definition.replace(/\.json$/, '')} ${row.kind}: ${row.example}`)
  }
  if (r.capped.length > 0) {
    out.push(
      `  oracle search capped (minimal may be too large) in ${r.capped.length} case(s): ${r.capped
        .slice(0, 10)
        .map(c => `${c.definition} ${c.label}`)
        .join('; ')}`
    )
  }
  for (const p of r.problems) out.push(`  problem: ${p}`)
  if (r.violations.length > 0) {
    out.push(
      `  ✗✗ UNSOUND: the action runs fewer steps than the oracle requires in ${r.violations.length} case(s):`
    )
    for (const v of r.violations) {
      out.push(
        `    ✗ ${v.definition} ${v.kind} ${v.label}: missing ${v.missing.join(', ')} (ran ${v.action.join(', ') || 'nothing'})`
      )
    }
  } else out.push('  soundness: every step the oracle requires is run by the action, in every case')
  return out
}
