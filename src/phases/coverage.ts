import * as core from '@actions/core'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { listExecutionSteps, listExecutions, type ExecutionSummary } from '../adapters/sagemaker.js'
import { collectChanges, type ChangeSources } from './changes.js'
import { computeCoverage, type CoverageReport } from '../core/coverage.js'
import type { StepGraph } from '../core/graph.js'
import { parseProvenance } from '../core/provenance.js'
import type { ChangeSet, ExecutionRecord, PipelineMapping, Reason, StepState } from '../core/types.js'
import { HISTORY_LIMIT } from './plan.js'

/** How many recent finished executions the coverage report reads (each costs one ListPipelineExecutionSteps). */
export const COVERAGE_HISTORY = 25

/**
 * Reads the recent history for `selection: coverage`: which steps ran and succeeded since their mapped
 * files last changed, and which targets (uncovered steps grouped by compatible forcing parameters)
 * need an execution.
 */
export async function measureCoverage(
  client: SageMakerClient,
  pipeline: string,
  graph: StepGraph,
  mapping: PipelineMapping | undefined,
  sources: ChangeSources,
  head: string
): Promise<{
  report: CoverageReport
  summaries: ExecutionSummary[]
  steps: Map<string, Map<string, StepState>>
}> {
  // The whole searchable history is listed once: the reference search of each target reuses it.
  const summaries: ExecutionSummary[] = []
  for await (const s of listExecutions(client, pipeline, HISTORY_LIMIT)) summaries.push(s)
  const finished = summaries
    .filter(s => s.status !== 'Executing' && s.status !== 'Stopping')
    .slice(0, COVERAGE_HISTORY)
  const executions: ExecutionRecord[] = []
  const steps = new Map<string, Map<string, StepState>>()
  for (const s of finished) {
    steps.set(s.arn, await listExecutionSteps(client, s.arn))
    executions.push({
      arn: s.arn,
      status: s.status,
      createdAt: s.startTime,
      commit: parseProvenance(s.description)?.sha,
      steps: steps.get(s.arn)!
    })
  }

  const changesSince = new Map<string, ChangeSet>()
  for (const commit of new Set(executions.map(e => e.commit).filter((c): c is string => !!c))) {
    changesSince.set(commit, await collectChanges({ from: commit, to: head, threeDot: false }, sources))
  }
  const report = computeCoverage({ graph, mapping, executions, changesSince })
  for (const w of report.warnings) core.warning(w)
  core.info(
    `Coverage: ${report.percent.toFixed(1)} % of ${graph.size} steps; uncovered: ${report.uncovered.join(', ') || 'none'}`
  )
  return { report, summaries, steps }
}

/** Seeds for one coverage target: each step with the reason it is targeted. */
export function coverageSeeds(report: CoverageReport, steps: string[]): Record<string, Reason[]> {
  const byStep = new Map(report.steps.map(s => [s.step, s]))
  const seeds: Record<string, Reason[]> = {}
  for (const step of steps) {
    const s = byStep.get(step)
    const detail = !s?.lastSuccess
      ? 'never ran successfully in the recent history'
      : s.stale
        ? (s.note ?? 'its files changed since it last succeeded')
        : 'not covered'
    seeds[step] = [{ kind: 'coverage', detail }]
  }
  return seeds
}

/**
 * With `mode: wait`, a coverage execution passes when every targeted step ran (a targeted Fail step
 * that ran is the expected outcome). Returns a message naming each step that did not run and the
 * outcome its Condition took, or undefined when all ran.
 */
export function coverageShortfall(
  graph: StepGraph,
  targeted: string[],
  steps: ReadonlyMap<string, StepState>
): string | undefined {
  const problems: string[] = []
  for (const step of targeted) {
    const state = steps.get(step)
    const ran = state && !state.reusedFrom
    const ok = ran && (state.status === 'Succeeded' || graph.step(step).type === 'Fail')
    if (ok) continue
    const condition = graph.step(step).condition
    const outcome = condition ? steps.get(condition)?.outcome : undefined
    const wanted = graph.step(step).branch === 'If' ? 'True' : 'False'
    if (!ran && condition) {
      problems.push(
        `${step} did not run: its Condition ${condition} ` +
          (outcome ? `evaluated to ${outcome} (the step needs ${wanted})` : 'did not report an outcome') +
          '; check the forcing parameters in the mapping file'
      )
    } else if (!ran) problems.push(`${step} did not run`)
    else
      problems.push(`${step} ended ${state.status}${state.failureReason ? `: ${state.failureReason}` : ''}`)
  }
  return problems.length > 0 ? problems.join('; ') : undefined
}
