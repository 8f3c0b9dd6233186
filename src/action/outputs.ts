import * as core from '@actions/core'
import type { Plan, Reason } from '../core/types.js'
import { redactReasons, redactText } from '../report/redact.js'

export type RunStatus = 'Planned' | 'Skipped' | 'Executing' | 'Succeeded' | 'Failed' | 'Stopped'

/** Everything the action reports through step outputs (SPEC.md "Action outputs"). */
export interface Outcome {
  status: RunStatus
  plan?: Plan
  executionArn?: string
  executionDisplayName?: string
  /** Coverage may start one execution per set of forcing parameters. */
  executions?: Array<{ arn: string; targeted: string[] }>
  referenceArn?: string
  changedFiles: string[]
  consoleUrl?: string
  commentUrl?: string
  coverage?: { percent: number; uncovered: string[] }
  /** The `artifacts` output: step → where its output stands for head (SPEC.md "Comment commands, … promotion"). */
  artifacts?: Record<string, unknown>
}

/**
 * GitHub refuses an output over 1 MB, and a job's outputs together over 1 MB when a workflow maps
 * them into job outputs; a 10,000-file change made `plan` 1.95 MB and `changed-files` 1.5 MB. Each
 * output gets a byte budget, and the budgets together stay under 1 MB with room to spare. Lists cut
 * to their budget stay valid JSON arrays ending with a marker entry; `plan` stays valid JSON with
 * `truncated: true`. The job summary carries the full report.
 */
export const OUTPUT_BUDGETS: Readonly<Record<string, number>> = {
  plan: 350_000,
  'changed-files': 200_000,
  'selected-steps': 100_000,
  'reused-steps': 100_000,
  'uncovered-steps': 50_000,
  artifacts: 100_000
}
/** Every other output (status, ARNs, URLs, the coverage percentage), in characters. */
export const SCALAR_MAX = 2048
/** What all outputs together never exceed, in bytes (GitHub's limit is 1 MB). */
export const TOTAL_OUTPUT_BYTES = 1_000_000

/** The only module that calls `core.setOutput`. Every output is set, empty when it does not apply. */
export function writeOutputs(outcome: Outcome): void {
  for (const [name, value] of Object.entries(renderOutputs(outcome))) core.setOutput(name, value)
}

/** The outputs as strings, each within its budget (see `OUTPUT_BUDGETS`). Pure: the tests read it. */
export function renderOutputs(outcome: Outcome): Record<string, string> {
  const plan = outcome.plan
  const out: Record<string, string> = {
    status: scalar(outcome.status),
    'execution-arn': scalar(outcome.executionArn),
    'reference-execution-arn': scalar(outcome.referenceArn),
    'selected-steps': jsonList(plan?.selected ?? [], OUTPUT_BUDGETS['selected-steps']!),
    'reused-steps': jsonList(plan?.reused ?? [], OUTPUT_BUDGETS['reused-steps']!),
    'changed-files': jsonList(outcome.changedFiles, OUTPUT_BUDGETS['changed-files']!),
    plan: plan ? planOutput(plan, outcome, OUTPUT_BUDGETS.plan!) : '',
    'console-url': scalar(outcome.consoleUrl),
    'comment-url': scalar(outcome.commentUrl),
    artifacts: outcome.artifacts ? jsonObject(outcome.artifacts, OUTPUT_BUDGETS.artifacts!) : ''
  }
  if (outcome.coverage) {
    out.coverage = outcome.coverage.percent.toFixed(1)
    out['uncovered-steps'] = jsonList(outcome.coverage.uncovered, OUTPUT_BUDGETS['uncovered-steps']!)
  }
  return out
}

/** The `plan` output: stable, documented keys a later workflow step can read with `fromJSON`. */
export function planJson(
  plan: Plan,
  outcome: Pick<Outcome, 'status' | 'referenceArn' | 'executionArn'>
): Record<string, unknown> {
  return {
    status: outcome.status,
    fullRun: plan.fullRun,
    fullRunReason: plan.fullRunReason === undefined ? null : redactText(plan.fullRunReason),
    reference: outcome.referenceArn ?? null,
    execution: outcome.executionArn ?? null,
    selected: plan.selected,
    reused: plan.reused,
    notRun: plan.notRun,
    // Secret-looking parameter values are `***` here as in the report: outputs are echoed and stored.
    reasons: redactReasons(plan.reasons),
    warnings: plan.warnings.map(w => redactText(w))
  }
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

function scalar(value: string | undefined): string {
  if (value === undefined) return ''
  return value.length <= SCALAR_MAX ? value : `${value.slice(0, SCALAR_MAX - 1)}…`
}

/** The marker entry that ends a cut list. */
export function moreEntry(hidden: number): string {
  return `… ${hidden.toLocaleString('en-US')} more: see the job summary`
}

/**
 * A JSON array of `items` in at most `maxBytes`: as many entries as fit, in order, then one marker
 * entry saying how many were left out. Always a valid JSON array of strings.
 */
export function jsonList(items: readonly string[], maxBytes: number): string {
  const whole = JSON.stringify(items)
  if (bytes(whole) <= maxBytes) return whole
  // Room for the marker with the largest count it could carry, and the brackets.
  const reserve = bytes(JSON.stringify(moreEntry(items.length))) + 3
  const kept: string[] = []
  let size = 2
  for (const item of items) {
    const entry = bytes(JSON.stringify(item)) + (kept.length > 0 ? 1 : 0)
    if (size + entry + reserve > maxBytes) break
    kept.push(item)
    size += entry
  }
  return JSON.stringify([...kept, moreEntry(items.length - kept.length)])
}

/** A JSON object in at most `maxBytes`: whole, or its first keys and `"…": "<n> more: see the job summary"`. */
function jsonObject(value: Record<string, unknown>, maxBytes: number): string {
  const whole = JSON.stringify(value)
  if (bytes(whole) <= maxBytes) return whole
  const keys = Object.keys(value)
  const reserve = bytes(JSON.stringify({ '…': moreEntry(keys.length) }))
  const kept: Record<string, unknown> = {}
  let size = 2
  for (const key of keys) {
    const entry = bytes(JSON.stringify({ [key]: value[key] })) - 2 + 1
    if (size + entry + reserve > maxBytes) break
    kept[key] = value[key]
    size += entry
  }
  return JSON.stringify({ ...kept, '…': moreEntry(keys.length - Object.keys(kept).length) })
}

/** How much of the plan each shrinking level keeps. */
interface PlanLevel {
  /** Reasons kept per step. */
  reasons: number
  warnings: number
  /** Longest warning and full-run reason, in characters. */
  text: number
}
const PLAN_LEVELS: readonly PlanLevel[] = [
  { reasons: 20, warnings: 50, text: 1000 },
  { reasons: 3, warnings: 10, text: 300 },
  { reasons: 0, warnings: 3, text: 200 }
]

/**
 * The `plan` output in at most `maxBytes`: whole when it fits; otherwise fewer reasons per step and
 * fewer, shorter warnings, level by level, with `truncated: true` and `omitted` counting what was
 * left out; at the last level the step lists themselves are cut like `jsonList`.
 */
function planOutput(plan: Plan, outcome: Outcome, maxBytes: number): string {
  const full = planJson(plan, outcome)
  const whole = JSON.stringify(full)
  if (bytes(whole) <= maxBytes) return whole
  const reasons = full.reasons as Record<string, Reason[]>
  const warnings = full.warnings as string[]
  const totalReasons = Object.values(reasons).reduce((n, list) => n + list.length, 0)
  let last = ''
  for (const level of PLAN_LEVELS) {
    const keptReasons: Record<string, Reason[]> = {}
    let kept = 0
    for (const [step, list] of Object.entries(reasons)) {
      if (level.reasons === 0) break
      keptReasons[step] = list.slice(0, level.reasons)
      kept += keptReasons[step].length
    }
    const keptWarnings = warnings.slice(0, level.warnings).map(w => clip(w, level.text))
    const shrunk = {
      ...full,
      fullRunReason: typeof full.fullRunReason === 'string' ? clip(full.fullRunReason, level.text) : null,
      reasons: keptReasons,
      warnings: keptWarnings,
      truncated: true,
      omitted: { reasons: totalReasons - kept, warnings: warnings.length - keptWarnings.length }
    }
    last = JSON.stringify(shrunk)
    if (bytes(last) <= maxBytes) return last
  }
  // The step lists alone are too long: a third of the budget each, cut with their marker entries.
  const share = Math.floor((maxBytes - 2_000) / 3)
  const minimal = JSON.parse(last) as Record<string, unknown>
  minimal.selected = JSON.parse(jsonList(plan.selected, share)) as string[]
  minimal.reused = JSON.parse(jsonList(plan.reused, share)) as string[]
  minimal.notRun = JSON.parse(jsonList(plan.notRun, share)) as string[]
  return JSON.stringify(minimal)
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
