import * as log from '../action/log.js'
import { computeCoverage, type CoverageReport } from '../core/coverage.js'
import type { StepGraph } from '../core/graph.js'
import type { ChangeSet, ExecutionRecord, PipelineMapping, Reason, StepState } from '../core/types.js'
import type { ChangeTracker } from './changes.js'
import type { History } from './history.js'
import type { Outcome } from '../action/outputs.js'
import { startAndReport, finalReport, type DeliverOptions } from './deliver.js'
import { waitForExecution } from './execute.js'
import { planRun, type Planned, type PlanOptions } from './plan.js'
import { runParameters } from '../core/parameters.js'
import { planDigest } from '../core/provenance.js'

/** How many recent finished executions the coverage report reads (each costs one ListPipelineExecutionSteps). */
export const COVERAGE_HISTORY = 25

/**
 * Reads the recent history for `selection: coverage`: which steps ran and succeeded since their mapped
 * files last changed, and which targets (uncovered steps grouped by compatible forcing parameters)
 * need an execution. Runs without a recorded commit prove nothing about the code they ran and cover
 * nothing, as they are never references.
 */
export async function measureCoverage(options: {
  history: History
  changes: ChangeTracker
  graph: StepGraph
  mapping: PipelineMapping | undefined
}): Promise<CoverageReport> {
  const { history, graph, mapping } = options
  const finished = (await history.runs())
    .filter(s => s.status !== 'Executing' && s.status !== 'Stopping' && s.provenance?.sha)
    .slice(0, COVERAGE_HISTORY)
  const executions: ExecutionRecord[] = await Promise.all(
    finished.map(async s => ({
      arn: s.arn,
      status: s.status,
      createdAt: s.startTime,
      commit: s.provenance?.sha,
      steps: new Map<string, StepState>(await history.steps(s.arn))
    }))
  )
  const changesSince = new Map<string, ChangeSet>()
  for (const commit of new Set(executions.map(e => e.commit).filter((c): c is string => !!c))) {
    changesSince.set(commit, await options.changes.changesSince(commit))
  }
  const report = computeCoverage({ graph, mapping, executions, changesSince })
  for (const w of report.warnings) log.warning(w)
  log.info(
    `Coverage: ${report.percent.toFixed(1)} % of ${graph.size} steps; uncovered: ${report.uncovered.join(', ') || 'none'}`
  )
  return report
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

/**
 * `selection: coverage`: measures coverage, then starts one execution per target (uncovered steps
 * with compatible forcing parameters), each planned like any run (what changed is added), and with
 * `mode: wait` checks that every targeted step ran.
 */
export async function runCoverage(
  plan: Omit<PlanOptions, 'seeds' | 'head'> & { head: PlanOptions['head'] },
  deliver: DeliverOptions,
  overrides: Record<string, string>
): Promise<{ outcome: Outcome; failure?: string }> {
  const { head } = plan
  const report = await log.group('Coverage', () =>
    measureCoverage({
      history: plan.history,
      changes: plan.changes,
      graph: head.graph,
      mapping: head.mapping
    })
  )
  const coverage = { percent: report.percent, uncovered: report.uncovered }
  const view = (targeted: string[]): DeliverOptions['coverage'] => ({
    percent: report.percent,
    steps: report.steps,
    targeted
  })
  if (report.targets.length === 0) {
    const planned: Planned = {
      plan: {
        selected: [],
        reasons: {},
        reused: [],
        notRun: head.graph.topologicalOrder(),
        fullRun: false,
        needsReference: false,
        warnings: []
      },
      head: plan.changes.head,
      changes: { files: [], complete: true },
      producers: new Map(),
      rejected: []
    }
    const outcome: Outcome = { status: 'Skipped', plan: planned.plan, changedFiles: [], coverage }
    await startAndReport(planned, { ...deliver, coverage: view([]) })
    return { outcome }
  }

  const runs: Array<{ planned: Planned; outcome: Outcome; targeted: string[] }> = []
  for (const [index, target] of report.targets.entries()) {
    const params = runParameters(head.graph, { ...target.parameters, ...overrides })
    const targetHead = { ...head, parameters: params.values }
    plan.history.setHeadParameters(params.values)
    const planned = await log.group(
      `Coverage target ${index + 1} of ${report.targets.length}: ${target.steps.join(', ')}`,
      () => planRun({ ...plan, head: targetHead, seeds: coverageSeeds(report, target.steps) })
    )
    const outcome = await startAndReport(planned, {
      ...deliver,
      parameters: params.send,
      values: params.values,
      inputs: planDigest({ base: deliver.inputs, target: target.steps, parameters: [...params.send] }),
      suffix: report.targets.length > 1 ? `coverage-${index + 1}` : 'coverage',
      coverage: view(target.steps),
      publish: index === 0
    })
    runs.push({ planned, outcome: { ...outcome, coverage }, targeted: target.steps })
  }

  const first = runs[0]!
  const outcome: Outcome = {
    ...first.outcome,
    executions: runs
      .filter(r => r.outcome.executionArn)
      .map(r => ({ arn: r.outcome.executionArn!, targeted: r.targeted }))
  }
  if (deliver.settings.mode !== 'wait') return { outcome }

  const failures: string[] = []
  const allStates = new Map<string, StepState>()
  for (const r of runs) {
    if (!r.outcome.executionArn) continue
    const final = await log.group(`Wait for ${r.outcome.executionArn}`, () =>
      waitForExecution(
        deliver.client,
        r.outcome.executionArn!,
        deliver.settings.waitTimeoutMinutes,
        head.graph
      )
    )
    if (r === first) outcome.status = final.status
    for (const [k, v] of final.steps) allStates.set(k, v)
    const shortfall =
      final.status === 'Executing'
        ? `${r.outcome.executionArn} did not end in time`
        : coverageShortfall(head.graph, r.targeted, final.steps)
    if (shortfall) failures.push(shortfall)
    else
      log.info(
        `Coverage target reached: ${r.targeted.join(', ')} ran as intended (execution ${final.status}).`
      )
  }
  await finalReport(first.planned, outcome, allStates, {
    ...deliver,
    coverage: view(report.targets.flatMap(t => t.steps))
  })
  return failures.length > 0
    ? { outcome, failure: `Coverage check failed: ${failures.join('; ')}` }
    : { outcome }
}
