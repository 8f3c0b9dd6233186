import { isObject } from '../../src/core/definition.js'
import type { ExecutionRecord, ExecutionStatus, StepState, StepStatus } from '../../src/core/types.js'
import { UserError } from '../../src/errors.js'

const STATUSES: readonly StepStatus[] = [
  'Starting',
  'Executing',
  'Stopping',
  'Stopped',
  'Failed',
  'Succeeded'
]

/** The ARN the CLI gives the reference run it is handed (there is no real execution behind it). */
export const REFERENCE_ARN = 'reference'

/**
 * Reads `plan --reference-steps FILE`: the step states of the reference run, in either of two shapes.
 *
 * 1. The `ListPipelineExecutionSteps` response, as `aws sagemaker list-pipeline-execution-steps` prints
 *    it: `{"PipelineExecutionSteps": [{"StepName", "StepStatus", "SelectiveExecutionResult"?,
 *    "Metadata"?: {"Condition"?: {"Outcome"}}, "StartTime"?, "EndTime"?, "FailureReason"?}]}`. A step
 *    listed twice keeps its first entry (the API lists newest first).
 * 2. A map of step name to state: `{"Abalone-Train": {"status": "Succeeded", "reusedFrom"?, "outcome"?,
 *    "startTime"?, "endTime"?, "failureReason"?}}`, or just `{"Abalone-Train": "Succeeded"}`.
 *
 * Times are epoch seconds (as the API sends them) or ISO 8601 strings. Steps absent from the file did
 * not run in the reference. The run's status follows from its steps: Executing if one is still going,
 * else Failed if one failed, else Stopped if one stopped, else Succeeded.
 */
export function parseReferenceSteps(doc: unknown, source: string): ExecutionRecord {
  if (!isObject(doc))
    throw new UserError(`${source}: expected a JSON object (see plan --help for the format)`)
  const steps = new Map<string, StepState>()
  if ('PipelineExecutionSteps' in doc) {
    const list = doc.PipelineExecutionSteps
    if (!Array.isArray(list)) throw new UserError(`${source}: PipelineExecutionSteps must be a list`)
    list.forEach((entry, i) => {
      const where = `${source}: PipelineExecutionSteps[${i}]`
      if (!isObject(entry) || typeof entry.StepName !== 'string' || entry.StepName === '') {
        throw new UserError(`${where} has no StepName`)
      }
      if (steps.has(entry.StepName)) return
      const state: StepState = { status: status(entry.StepStatus, `${where}.StepStatus`) }
      const reused = isObject(entry.SelectiveExecutionResult)
        ? entry.SelectiveExecutionResult.SourcePipelineExecutionArn
        : undefined
      if (typeof reused === 'string') state.reusedFrom = reused
      const condition =
        isObject(entry.Metadata) && isObject(entry.Metadata.Condition) ? entry.Metadata.Condition : undefined
      if (condition?.Outcome !== undefined)
        state.outcome = outcome(condition.Outcome, `${where}.Metadata.Condition.Outcome`)
      times(state, entry.StartTime, entry.EndTime, where)
      if (typeof entry.FailureReason === 'string') state.failureReason = entry.FailureReason
      steps.set(entry.StepName, state)
    })
  } else {
    for (const [name, value] of Object.entries(doc)) {
      const where = `${source}: ${name}`
      if (typeof value === 'string') {
        steps.set(name, { status: status(value, where) })
        continue
      }
      if (!isObject(value)) throw new UserError(`${where} must be a status string or an object with "status"`)
      const state: StepState = { status: status(value.status, `${where}.status`) }
      if (value.reusedFrom !== undefined) {
        if (typeof value.reusedFrom !== 'string')
          throw new UserError(`${where}.reusedFrom must be an execution ARN`)
        state.reusedFrom = value.reusedFrom
      }
      if (value.outcome !== undefined) state.outcome = outcome(value.outcome, `${where}.outcome`)
      times(state, value.startTime, value.endTime, where)
      if (typeof value.failureReason === 'string') state.failureReason = value.failureReason
      steps.set(name, state)
    }
  }
  return { arn: REFERENCE_ARN, status: executionStatus(steps), createdAt: 0, steps }
}

function status(value: unknown, where: string): StepStatus {
  if (typeof value === 'string' && STATUSES.includes(value as StepStatus)) return value as StepStatus
  throw new UserError(
    `${where} is ${JSON.stringify(value) ?? 'missing'}; a step status is one of ${STATUSES.join(', ')}`
  )
}

function outcome(value: unknown, where: string): 'True' | 'False' {
  if (value === 'True' || value === true) return 'True'
  if (value === 'False' || value === false) return 'False'
  throw new UserError(`${where} is ${JSON.stringify(value)}; a Condition outcome is "True" or "False"`)
}

function times(state: StepState, start: unknown, end: unknown, where: string): void {
  const startTime = epochMs(start, `${where} start time`)
  const endTime = epochMs(end, `${where} end time`)
  if (startTime !== undefined) state.startTime = startTime
  if (endTime !== undefined) state.endTime = endTime
}

function epochMs(value: unknown, where: string): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value * 1000)
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value)
  throw new UserError(`${where} is ${JSON.stringify(value)}; give epoch seconds or an ISO 8601 date`)
}

function executionStatus(steps: Map<string, StepState>): ExecutionStatus {
  const all = [...steps.values()].map(s => s.status)
  if (all.some(s => s === 'Starting' || s === 'Executing' || s === 'Stopping')) return 'Executing'
  if (all.includes('Failed')) return 'Failed'
  if (all.includes('Stopped')) return 'Stopped'
  return 'Succeeded'
}
