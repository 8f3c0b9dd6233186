/**
 * `PipelineExecutionStep` entries as `ListPipelineExecutionSteps` returns them (reference §2.4),
 * built from a simulated step run. Reused entries carry `SelectiveExecutionResult` and the metadata
 * the source execution showed.
 */
import { stepMetadata } from './metadata.js'
import { epochSeconds } from './protocol.js'
import type { Execution, Snapshot, StepRun } from './state.js'

export function runMetadata(execution: Execution, run: StepRun): Record<string, unknown> | undefined {
  if (run.metadata) return run.metadata
  if (run.status === 'Starting') return undefined
  const node = execution.version.graph.steps.get(run.name)
  if (!node) return undefined
  const facts = { attempt: run.attempt, finished: run.end !== undefined, outputs: run.outputs }
  return stepMetadata(execution.meta, node, { ...facts, outcome: run.outcome, failMessage: run.failMessage })
}

export function stepEntry(execution: Execution, run: StepRun): Record<string, unknown> {
  const node = execution.version.graph.steps.get(run.name)
  const entry: Record<string, unknown> = { StepName: run.name }
  if (typeof node?.raw.DisplayName === 'string') entry.StepDisplayName = node.raw.DisplayName
  if (typeof node?.raw.Description === 'string') entry.StepDescription = node.raw.Description
  entry.StartTime = epochSeconds(run.start)
  if (run.end !== undefined) entry.EndTime = epochSeconds(run.end)
  entry.StepStatus = run.status
  if (run.failureReason !== undefined) entry.FailureReason = run.failureReason
  const metadata = runMetadata(execution, run)
  if (metadata) entry.Metadata = metadata
  entry.AttemptCount = run.attempt
  if (run.reusedFrom !== undefined)
    entry.SelectiveExecutionResult = { SourcePipelineExecutionArn: run.reusedFrom }
  return entry
}

/** Newest first: by start time, later topological position first on a tie. */
export function stepsNewestFirst(execution: Execution, snapshot: Snapshot): StepRun[] {
  const rank = new Map(execution.version.graph.topologicalOrder().map((n, i) => [n, i]))
  return [...snapshot.runs.values()].sort(
    (a, b) => b.start - a.start || (rank.get(b.name) ?? 0) - (rank.get(a.name) ?? 0)
  )
}
