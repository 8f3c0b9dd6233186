import type { StepGraph } from '../core/graph.js'
import type { ChangeSet, ExecutionRecord, Plan, Reason, StepState } from '../core/types.js'
import { chooseDiagram, MERMAID_MAX_TEXT, renderMermaid } from './mermaid.js'
import { clip, clipMiddle, code, count, details, link, more, plural, text, shortSha } from './markdown.js'
import { describeReason } from '../core/reason-text.js'
import { formatDuration, ranMillis } from '../core/duration.js'
import { formatAge, type TimeSaved } from './time-saved.js'

/** How much of each list a rendering may show; `report.ts` tries generous limits first. */
export interface Limits {
  /** Rows of the plan table (and of the coverage table). */
  rows: number
  /** Reasons shown per step. */
  reasons: number
  /** Longest name or sentence, in characters, before escaping. */
  text: number
  files: number
  /** Rejected candidates, warnings, errors. */
  items: number
  /** Largest pipeline drawn whole; 0 leaves the diagram out. */
  diagramFull: number
  /** Largest pruned diagram (the steps that run and their neighbours). */
  diagramPruned: number
}

/** What every section needs, computed once per report whatever the limits. */
export interface ReportData {
  pipeline: string
  graph: StepGraph
  /** The plan with secret-looking parameter values and credential-shaped text already `***`. */
  plan: Plan
  changes: ChangeSet
  reference?: { record: ExecutionRecord; displayName?: string; consoleUrl: string }
  rejected: Array<{ arn: string; reason: string }>
  finalSteps?: ReadonlyMap<string, StepState>
  /** The execution has ended: a selected step missing from `finalSteps` did not run. */
  finished: boolean
  saved?: TimeSaved
  /** Changed file → the steps it selects (`*` for an all-steps glob), from the plan's reasons. */
  fileSteps: ReadonlyMap<string, string[]>
  /** Changed files, those that select a step first. */
  orderedFiles: string[]
  now: number
}

type Disposition = 'run' | 'reuse' | 'notRun'

const DISPOSITION_CELL: Readonly<Record<Disposition, string>> = {
  run: '▶️ run',
  reuse: '♻️ reuse',
  notRun: '➖ not run'
}

export function planTable(data: ReportData, limits: Limits): string {
  const { graph, plan, finalSteps } = data
  const selected = new Set(plan.selected)
  const reused = new Set(plan.reused)
  const disposition = (name: string): Disposition =>
    selected.has(name) ? 'run' : reused.has(name) ? 'reuse' : 'notRun'
  const order = graph.topologicalOrder()
  let rows: string[]
  if (order.length <= limits.rows) {
    rows = order
  } else {
    // A large pipeline: the steps that run first, then the reused steps whose outputs they read;
    // the far ancestors and the steps that do not run are only counted.
    const feeding = (n: string): boolean => [...graph.children(n)].some(c => selected.has(c))
    rows = [...order.filter(n => selected.has(n)), ...order.filter(n => reused.has(n) && feeding(n))].slice(
      0,
      limits.rows
    )
  }
  const shown = new Set(rows)
  const hidden: Record<Disposition, number> = { run: 0, reuse: 0, notRun: 0 }
  for (const name of order) if (!shown.has(name)) hidden[disposition(name)]++

  const out: string[] = []
  if (rows.length > 0) {
    out.push(finalSteps ? '| Step | Plan | Result | Why |' : '| Step | Plan | Why |')
    out.push(finalSteps ? '|---|---|---|---|' : '|---|---|---|')
    for (const name of rows) {
      const d = disposition(name)
      const cells = [stepCell(graph, name, limits), DISPOSITION_CELL[d]]
      if (finalSteps) cells.push(resultCell(finalSteps.get(name), d === 'run', data.finished, limits))
      cells.push(d === 'reuse' ? reuseCell(graph, selected, name, limits) : whyCell(plan, name, d, limits))
      out.push(`| ${cells.join(' | ')} |`)
    }
  }
  const notes = [
    hidden.run > 0 ? more(hidden.run, hidden.run === 1 ? 'step that runs' : 'steps that run') : '',
    hidden.reuse > 0 ? more(hidden.reuse, hidden.reuse === 1 ? 'reused step' : 'reused steps') : '',
    hidden.notRun > 0
      ? `${plural(hidden.notRun, 'step')} not run (unaffected, output not needed) not listed`
      : ''
  ].filter(Boolean)
  if (notes.length > 0) out.push('', notes.join(' · '))
  return out.join('\n')
}

function stepCell(graph: StepGraph, name: string, limits: Limits): string {
  const step = graph.step(name)
  const tags = [
    step.type === 'Condition' || step.type === 'Fail' ? step.type : '',
    step.branch ? `${step.branch} branch` : ''
  ]
  const note = tags.filter(Boolean).join(' · ')
  return `${code(clip(name, limits.text), 'table')}${note ? ` <sub>${note}</sub>` : ''}`
}

/** A reused step matters through the steps that read its output: name them. */
function reuseCell(graph: StepGraph, selected: ReadonlySet<string>, name: string, limits: Limits): string {
  const readers = graph.sorted([...graph.children(name)].filter(c => selected.has(c)))
  if (readers.length === 0) return 'unchanged: reference output needed upstream of the steps that run'
  const names = readers.slice(0, 2).map(r => code(clip(r, limits.text), 'table'))
  const extra = readers.length > 2 ? ` +${count(readers.length - 2)} more` : ''
  return `unchanged: reference output read by ${names.join(', ')}${extra}`
}

function whyCell(plan: Plan, name: string, d: Disposition, limits: Limits): string {
  if (d === 'notRun') return 'unchanged, output not needed'
  const reasons = [...(plan.reasons[name] ?? [])].sort((a, b) => rank(a) - rank(b))
  if (reasons.length === 0) return plan.fullRunReason ? text(clip(plan.fullRunReason, limits.text)) : '—'
  const shown = reasons.slice(0, Math.max(1, limits.reasons))
  const cell = shown
    .map(r => text(clip(describeReason(clipReason(r, limits.text)), limits.text * 2)))
    .join('; ')
  const hidden = reasons.length - shown.length
  return hidden > 0 ? `${cell}; +${count(hidden)} more` : cell
}

/** Shortens the names inside a reason, so a long name is cut inside its code span, not across it. */
function clipReason(reason: Reason, max: number): Reason {
  const short = (v: string): string => clipMiddle(v, Math.max(8, Math.floor(max / 2)))
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(reason)) {
    out[key] =
      key === 'kind'
        ? v
        : typeof v === 'string'
          ? short(v)
          : Array.isArray(v)
            ? v.map(x => short(String(x)))
            : v
  }
  return out as Reason
}

/** Direct causes (a file, the definition, a parameter) before inherited ones (an upstream step). */
function rank(reason: Reason): number {
  return reason.kind === 'upstream' ? 2 : reason.kind === 'enclosing-condition' ? 1 : 0
}

function resultCell(
  state: StepState | undefined,
  selected: boolean,
  finished: boolean,
  limits: Limits
): string {
  if (!state) return selected ? (finished ? '⏭️ did not run' : '⏳ pending') : '—'
  if (state.reusedFrom !== undefined) return '♻️ reused'
  const ran = ranMillis(state)
  const took = ran !== undefined ? ` in ${formatDuration(ran / 1000)}` : ''
  const outcome = state.outcome
    ? ` · condition ${state.outcome === 'True' ? 'true → If' : 'false → Else'}`
    : ''
  switch (state.status) {
    case 'Succeeded':
      return `✅ Succeeded${took}${outcome}`
    case 'Failed': {
      const why = state.failureReason ? `: ${text(clip(state.failureReason, limits.text))}` : ''
      return `❌ Failed${took}${why}`
    }
    case 'Stopped':
    case 'Stopping':
      return `⏹️ ${state.status}`
    case 'Starting':
    case 'Executing':
      return `⏳ ${state.status}`
  }
}

const LEGEND_PLAN = '🟧 runs · 🟦 reused from the reference run · ⬜ not run'
const LEGEND_FINAL = '🟩 succeeded · 🟥 failed · ⬛ stopped · 🟧 running · 🟦 reused · ⬜ not run'

export function diagram(data: ReportData, limits: Limits): string {
  if (limits.diagramFull === 0)
    return '<sub>Pipeline graph left out to keep this report within size limits.</sub>'
  const choice = chooseDiagram(data.graph, data.plan, limits.diagramFull, limits.diagramPruned)
  if (!choice.steps) return `<sub>${text(choice.note ?? '')}</sub>`
  const mermaid = renderMermaid(data.graph, data.plan, data.finalSteps, {
    only: choice.steps,
    finished: data.finished,
    maxLabel: Math.min(60, limits.text)
  })
  if (mermaid.length > MERMAID_MAX_TEXT) return '<sub>The pipeline graph is too large to draw here.</sub>'
  const legend = [data.finalSteps ? LEGEND_FINAL : LEGEND_PLAN, choice.note].filter(Boolean).join(' · ')
  const title = `Pipeline graph (${plural(choice.steps.length, 'step')})`
  return details(title, `${mermaid}\n\n<sub>${legend}</sub>`, choice.steps.length <= 25)
}

export function referenceSection(data: ReportData, limits: Limits): string {
  const { reference, plan, saved } = data
  const lines: string[] = []
  if (reference) {
    const { record } = reference
    const name = reference.displayName ?? executionId(record.arn)
    const commit = record.commit ? `commit ${shortSha(record.commit)}` : 'no recorded commit'
    const age = `started ${formatAge(record.createdAt, data.now)}`
    lines.push(
      `**Reference run:** ${link(code(clip(name, limits.text)), reference.consoleUrl)} · ${commit} · ${record.status} · ${age}`
    )
  } else {
    const why = plan.fullRun
      ? 'none (full run: every step runs)'
      : plan.selected.length === 0
        ? 'none'
        : plan.needsReference
          ? 'none found'
          : 'none needed: the steps that run have no upstream steps'
    lines.push(`**Reference run:** ${why}`)
  }
  if (saved) lines.push(`**Time saved:** ${formatDuration(saved.seconds)}, the ${saved.basis}.`)
  let out = lines.join('<br>\n')
  if (data.rejected.length > 0 && limits.items > 0) {
    const items = data.rejected
      .slice(0, limits.items)
      .map(r => `- ${code(clip(executionId(r.arn), limits.text))}: ${text(clip(r.reason, limits.text))}`)
    const trailer = more(data.rejected.length - items.length)
    const body = [...items, ...(trailer ? [trailer] : [])].join('\n')
    const summary = `${plural(data.rejected.length, 'other candidate run')} not used`
    out += `\n\n${details(summary, body)}`
  }
  return out
}

/** The execution id (last part of the ARN) is what the console shows and short enough to read. */
export function executionId(arn: string): string {
  const id = arn.split('/').pop()
  return id && id.length > 0 ? id : arn
}

export function changedFilesSection(data: ReportData, limits: Limits): string {
  const { changes, orderedFiles, fileSteps } = data
  const affecting = orderedFiles.filter(f => fileSteps.has(f)).length
  const status = changes.complete
    ? changes.detail
      ? `Compared with ${text(clip(changes.detail, limits.text))}.`
      : ''
    : `⚠️ The list of changed files is incomplete${changes.detail ? ` (${text(clip(changes.detail, limits.text))})` : ''}, so every step runs.`
  if (orderedFiles.length === 0) return `**Changed files:** none. ${status}`.trim()
  const summary = `Changed files: ${count(orderedFiles.length)} (${affecting > 0 ? count(affecting) : 'none'} mapped to steps)`
  if (limits.files === 0) return `**${summary}** ${status}`.trim()
  const items = orderedFiles.slice(0, limits.files).map(file => {
    const steps = fileSteps.get(file)
    if (!steps) return `- ${code(clipMiddle(file, limits.text))}`
    if (steps.includes('*')) return `- ${code(clipMiddle(file, limits.text))} → all steps`
    const names = steps.slice(0, 3).map(s => code(clip(s, limits.text)))
    const extra = steps.length > 3 ? ` +${count(steps.length - 3)} more` : ''
    return `- ${code(clipMiddle(file, limits.text))} → ${names.join(', ')}${extra}`
  })
  const trailer = more(orderedFiles.length - items.length, 'files')
  const body = [status, '', ...items, ...(trailer ? ['', trailer] : [])].join('\n').trim()
  return details(summary, body)
}

/** A GitHub alert block (`> [!WARNING]`) listing messages, each escaped, capped at `limits.items`. */
export function alert(kind: 'WARNING' | 'CAUTION', messages: readonly string[], limits: Limits): string {
  if (messages.length === 0) return ''
  const shown = messages.slice(0, Math.max(1, limits.items))
  const lines = shown.map(m => `> - ${text(clip(m, limits.text))}`)
  const trailer = more(messages.length - shown.length)
  return [`> [!${kind}]`, ...lines, ...(trailer ? [`> ${trailer}`] : [])].join('\n')
}
