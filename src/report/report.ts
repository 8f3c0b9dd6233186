import { formatBinding, type PlanBinding } from '../core/commands.js'
import type { StepGraph } from '../core/graph.js'
import type { ChangeSet, ExecutionRecord, Plan, StepState } from '../core/types.js'
import { type Coverage, coverageSection } from './coverage.js'
import { clip, code, count, link, plural, text, shortSha } from './markdown.js'
import { redactReasons, redactText } from './redact.js'
import {
  alert,
  changedFilesSection,
  diagram,
  executionId,
  type Limits,
  planTable,
  referenceSection,
  type ReportData
} from './sections.js'
import { formatDuration } from '../core/duration.js'
import { estimateTimeSaved } from './time-saved.js'

export type ReportStatus = 'Planned' | 'Skipped' | 'Executing' | 'Succeeded' | 'Failed' | 'Stopped'

export interface ReportInput {
  pipeline: string
  graph: StepGraph
  plan: Plan
  mode: 'plan' | 'start' | 'wait'
  status: ReportStatus
  head: { sha: string; ref?: string; pr?: number }
  changes: ChangeSet
  reference?: { record: ExecutionRecord; displayName?: string; consoleUrl: string }
  rejected: Array<{ arn: string; reason: string }>
  execution?: { arn: string; displayName: string; consoleUrl: string }
  /** Step states of the new execution, with mode: wait (or whatever is known at the end). */
  finalSteps?: ReadonlyMap<string, StepState>
  coverage?: Coverage
  warnings: string[]
  errors?: string[]
  /** Link to the workflow run. */
  runUrl?: string
  /** Epoch ms, for "2 h ago" and the "updated" line. */
  now: number
  /** What the plan was computed from: a hidden line in the comment that `/sagemaker run` checks. */
  binding?: PlanBinding
}

/** GitHub rejects comments over 65,536 characters; keep a margin for the adapter's own additions. */
export const COMMENT_LIMIT = 64_000
/** GitHub's job summary limit is 1 MiB per step (bytes). */
export const SUMMARY_LIMIT_BYTES = 1_000_000

const COMMENT_LEVELS: readonly Limits[] = [
  { rows: 150, reasons: 3, text: 200, files: 100, items: 20, diagramFull: 60, diagramPruned: 120 },
  { rows: 50, reasons: 2, text: 120, files: 30, items: 10, diagramFull: 40, diagramPruned: 60 },
  { rows: 15, reasons: 1, text: 80, files: 10, items: 5, diagramFull: 0, diagramPruned: 0 },
  { rows: 0, reasons: 1, text: 40, files: 0, items: 1, diagramFull: 0, diagramPruned: 0 }
]
const SUMMARY_LEVELS: readonly Limits[] = [
  { rows: 5000, reasons: 6, text: 300, files: 2000, items: 100, diagramFull: 80, diagramPruned: 150 },
  { rows: 1000, reasons: 4, text: 200, files: 500, items: 50, diagramFull: 60, diagramPruned: 120 },
  ...COMMENT_LEVELS
]

const STATUS: Readonly<Record<ReportStatus, { emoji: string; label: string; verb: string }>> = {
  Planned: { emoji: '📝', label: 'Plan:', verb: 'would run' },
  Skipped: { emoji: '⏭️', label: 'Skipped:', verb: 'runs' },
  Executing: { emoji: '⏳', label: 'Running', verb: '' },
  Succeeded: { emoji: '✅', label: 'Succeeded:', verb: 'ran' },
  Failed: { emoji: '❌', label: 'Failed:', verb: 'ran' },
  Stopped: { emoji: '⏹️', label: 'Stopped:', verb: 'started' }
}

const STARTED = { emoji: '🚀', label: 'Started:', verb: 'runs' }

/**
 * The hidden first line that identifies this action's comment for one pipeline, so the adapter can
 * update it in place instead of adding a second one. The name is percent-encoded where it could end
 * the HTML comment (`<`, `>`, `!`) or the quoted value, keeping the marker unique per pipeline.
 */
export function commentMarker(pipeline: string): string {
  const safe = pipeline.replace(
    // eslint-disable-next-line no-control-regex -- control characters must not reach the marker
    /[%"<>!&\u0000-\u001f\u007f]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
  return `<!-- sagemaker-selective-execution pipeline="${safe}" -->`
}

/**
 * The sticky PR comment. The first lines answer the reviewer's question (what runs, what is reused
 * from where, what it saves); details follow, collapsed. Lists shrink level by level until the body
 * fits GitHub's comment limit, whatever the size of the pipeline or the diff.
 */
export function renderComment(report: ReportInput): string {
  const input = redactInput(report)
  const marker = commentMarker(input.pipeline)
  const hidden = input.binding ? `${formatBinding(input.binding)}\n` : ''
  const data = prepare(input)
  return fit(
    COMMENT_LEVELS,
    limits => `${marker}\n${hidden}${renderBody(input, data, limits, false)}`,
    COMMENT_LIMIT,
    s => s.length
  )
}

/** The same report for the job summary: fuller lists, GitHub's 1 MiB summary limit. */
export function renderSummary(report: ReportInput): string {
  const input = redactInput(report)
  const data = prepare(input)
  return fit(
    SUMMARY_LEVELS,
    limits => renderBody(input, data, limits, true),
    SUMMARY_LIMIT_BYTES,
    s => Buffer.byteLength(s, 'utf8')
  )
}

function fit(
  levels: readonly Limits[],
  render: (l: Limits) => string,
  max: number,
  size: (s: string) => number
): string {
  let last = ''
  for (const limits of levels) {
    last = render(limits)
    if (size(last) <= max) return last
  }
  // Unreachable with the smallest level's bounds; never hand GitHub a body it would reject.
  const note = '\n\n…(report truncated to fit GitHub’s size limit)'
  let cut = last.slice(0, max - note.length * 4)
  while (size(cut + note) > max) cut = cut.slice(0, Math.floor(cut.length * 0.9))
  return cut + note
}

/**
 * The report's input with every value that may carry a credential made safe to publish, before
 * anything clips it (a clipped secret would leave a prefix no mask recognises): secret-looking
 * parameter values (by name or shape) become `***`, and credential-shaped text (`ghp_…`, `AKIA…`, PEM
 * blocks) in reasons, warnings, errors and failure reasons becomes `***`.
 */
export function redactInput(input: ReportInput): ReportInput {
  const plan: Plan = {
    ...input.plan,
    reasons: redactReasons(input.plan.reasons),
    warnings: input.plan.warnings.map(w => redactText(w)),
    ...(input.plan.fullRunReason !== undefined ? { fullRunReason: redactText(input.plan.fullRunReason) } : {})
  }
  const finalSteps = input.finalSteps
    ? new Map(
        [...input.finalSteps].map(([name, state]) => [
          name,
          state.failureReason === undefined
            ? state
            : { ...state, failureReason: redactText(state.failureReason) }
        ])
      )
    : undefined
  return {
    ...input,
    plan,
    warnings: input.warnings.map(w => redactText(w)),
    ...(input.errors ? { errors: input.errors.map(e => redactText(e)) } : {}),
    rejected: input.rejected.map(r => ({ ...r, reason: redactText(r.reason) })),
    changes: input.changes.detail
      ? { ...input.changes, detail: redactText(input.changes.detail) }
      : input.changes,
    finalSteps
  }
}

function prepare(input: ReportInput): ReportData {
  const fileSteps = new Map<string, string[]>()
  for (const [step, reasons] of Object.entries(input.plan.reasons)) {
    for (const r of reasons) {
      if (r.kind !== 'file' && r.kind !== 'all-steps-file') continue
      const list = fileSteps.get(r.file) ?? []
      const entry = r.kind === 'all-steps-file' ? '*' : step
      if (!list.includes(entry)) list.push(entry)
      fileSteps.set(r.file, list)
    }
  }
  const files = input.changes.files
  const orderedFiles = [...files.filter(f => fileSteps.has(f)), ...files.filter(f => !fileSteps.has(f))]
  const finished = input.status === 'Succeeded' || input.status === 'Failed' || input.status === 'Stopped'
  return {
    pipeline: input.pipeline,
    graph: input.graph,
    plan: input.plan,
    changes: input.changes,
    reference: input.reference,
    rejected: input.rejected,
    finalSteps: input.finalSteps,
    finished,
    saved: estimateTimeSaved(input.plan, input.reference?.record),
    fileSteps,
    orderedFiles,
    now: input.now
  }
}

function renderBody(input: ReportInput, data: ReportData, limits: Limits, summary: boolean): string {
  const warnings = [...new Set([...input.plan.warnings, ...input.warnings])]
  const sections = [
    headline(input, data, limits),
    alert('CAUTION', input.errors ?? [], limits),
    alert('WARNING', warnings, limits),
    links(input, limits),
    input.coverage ? coverageSection(input.coverage, input.now, limits) : '',
    // Nothing runs: the headline says it all, a table of "not run" rows would only be noise.
    input.plan.selected.length > 0 ? planTable(data, limits) : '',
    input.plan.selected.length > 0 ? diagram(data, limits) : '',
    referenceSection(data, limits),
    changedFilesSection(data, limits),
    footer(input, summary)
  ]
  return `${sections.filter(s => s.trim().length > 0).join('\n\n')}\n`
}

function headline(input: ReportInput, data: ReportData, limits: Limits): string {
  const { plan, graph } = input
  // With `mode: start` nothing updates the comment later: "Started" stays true, "Running" would not.
  const status = input.status === 'Executing' && input.mode !== 'wait' ? STARTED : STATUS[input.status]
  const { emoji, verb } = status
  let { label } = status
  const failed = failedSteps(input)
  if (failed.length > 0) {
    const names = failed.slice(0, 3).map(s => code(clip(s, 60)))
    label = `Failed at ${names.join(', ')}${failed.length > 3 ? ` +${failed.length - 3} more` : ''}:`
  }
  const pipeline = code(clip(input.pipeline, Math.min(limits.text, 100)))
  const total = graph.size
  let body: string
  if (plan.selected.length === 0) {
    const files = input.changes.files.length
    const by = files > 0 ? ` by the ${plural(files, 'changed file')}` : ''
    body = `no step of ${pipeline} is affected${by} — nothing ${input.mode === 'plan' ? 'to start' : 'started'}`
  } else if (plan.fullRun) {
    const why = plan.fullRunReason ? ` — ${text(clip(plan.fullRunReason, limits.text))}` : ''
    body = `full run of all ${plural(total, 'step')} of ${pipeline}${why}`
    if (!label.endsWith(':')) label += ':'
  } else {
    body = `${verb ? `${verb} ` : ''}${count(plan.selected.length)} of ${plural(total, 'step')} of ${pipeline}`
    const ref = input.reference
    if (plan.reused.length > 0 && ref) {
      const name = link(code(clip(ref.displayName ?? executionId(ref.record.arn), 40)), ref.consoleUrl)
      const commit = ref.record.commit ? ` (commit ${shortSha(ref.record.commit)})` : ''
      body += `, reusing ${count(plan.reused.length)} from run ${name}${commit}`
    }
    if (plan.notRun.length > 0) body += `, skipping ${count(plan.notRun.length)} unaffected`
    if (data.saved) body += ` — ${data.finished ? 'saved' : 'saves'} ${formatDuration(data.saved.seconds)}`
  }
  return `### ${emoji} ${label} ${body}`
}

function failedSteps(input: ReportInput): string[] {
  if (!input.finalSteps) return []
  return input.graph.topologicalOrder().filter(n => input.finalSteps!.get(n)?.status === 'Failed')
}

function links(input: ReportInput, limits: Limits): string {
  const parts: string[] = []
  if (input.execution) {
    const name = code(clip(input.execution.displayName || executionId(input.execution.arn), limits.text))
    parts.push(`**Execution:** ${link(name, input.execution.consoleUrl)} (SageMaker console)`)
  } else if (input.mode === 'plan') {
    parts.push('Plan only (`mode: plan`): nothing was started.')
  }
  if (input.runUrl) parts.push(link('workflow run', input.runUrl))
  return parts.join(' · ')
}

function footer(input: ReportInput, summary: boolean): string {
  const parts = [`commit ${shortSha(input.head.sha)}`]
  if (input.head.ref) parts[0] += ` on ${code(clip(input.head.ref, 100))}`
  if (summary && input.head.pr !== undefined && Number.isSafeInteger(input.head.pr))
    parts.push(`PR #${input.head.pr}`)
  if (Math.abs(input.now) <= 8.64e15) {
    const when = new Date(input.now).toISOString().slice(0, 16).replace('T', ' ')
    parts.push(`updated ${when} UTC`)
  }
  parts.push('sagemaker-selective-execution')
  return `<sub>${parts.join(' · ')}</sub>`
}
