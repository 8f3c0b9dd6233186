/**
 * Where an execution stands at a given virtual time, computed by replaying it from its start: a step
 * starts when all its parents have succeeded (within MaxParallelExecutionSteps, in topological
 * order), runs for its scenario duration and then succeeds or fails. A Condition is evaluated when
 * it finishes and blocks everything downstream of its untaken branch; a Fail step fails with its
 * rendered message. After a failure nothing new starts and the run ends once the running steps
 * finish; a stop turns running steps to Stopping, then Stopped. Pure given the records, so the same
 * question always gets the same answer and no timers are needed.
 */
import type { StepNode } from '../../../src/core/types.js'
import { evaluateConditions, MissingValue, render, type ExpressionContext } from './expressions.js'
import { defaultDuration, failureFor, type Scenario } from './scenario.js'
import type { Execution, Snapshot, StepRun } from './state.js'

/** How long stopping a running step takes (virtual). */
export const STOP_DELAY_MS = 5_000
export const STEP_FAILURE = 'Step failure: One or multiple steps failed.'

interface Running {
  run: StepRun
  naturalEnd: number
  end: number
  failure?: string
  stopRequested: boolean
}

export function simulate(execution: Execution, until: number): Snapshot {
  const graph = execution.version.graph
  const order = graph.topologicalOrder()
  const runs = new Map<string, StepRun>()
  for (const [name, run] of execution.reused) runs.set(name, run)
  const attempts = new Map<string, number>()
  const blocked = new Set<string>()
  const running = new Map<string, Running>()
  const events = [...execution.events].sort((a, b) => a.at - b.at)
  let next = 0
  let scenario: Scenario = execution.scenario
  let parallelism = execution.parallelism ?? Infinity
  let failed = false
  let endedByFailStep = false
  let stopping = false
  let endedAt: number | undefined
  let lastModifiedAt = Math.max(
    execution.createdAt,
    execution.lastModifiedAt <= until ? execution.lastModifiedAt : 0
  )
  let t = execution.createdAt
  const hold = execution.holdAt ?? Infinity

  const ctx = expressionContext(execution, runs)

  const startReady = (): void => {
    if (failed || stopping || t >= hold) return
    for (const name of order) {
      if (running.size >= parallelism) return
      if (!execution.toRun.has(name) || runs.has(name) || blocked.has(name)) continue
      if (![...graph.parents(name)].every(p => runs.get(p)?.status === 'Succeeded')) continue
      const node = graph.step(name)
      const attempt = (attempts.get(name) ?? 0) + 1
      attempts.set(name, attempt)
      const duration = (scenario.durations?.[name] ?? defaultDuration(node.type)) * 1000
      const run: StepRun = { name, status: 'Executing', start: t, attempt }
      const outputs = scenario.outputs?.[name]
      if (outputs) run.outputs = outputs
      runs.set(name, run)
      running.set(name, {
        run,
        naturalEnd: t + duration,
        end: t + duration,
        failure: failureFor(scenario, name, attempt),
        stopRequested: false
      })
      lastModifiedAt = Math.max(lastModifiedAt, t)
    }
  }

  const finish = (name: string, r: Running): void => {
    running.delete(name)
    const { run } = r
    run.end = t
    lastModifiedAt = Math.max(lastModifiedAt, t)
    if (r.stopRequested && t < r.naturalEnd) {
      run.status = 'Stopped'
      return
    }
    const node = graph.step(name)
    if (r.failure !== undefined) return fail(run, r.failure)
    if (node.type === 'Fail') {
      const message = safeRender(node.raw.Arguments, ctx)
      run.failMessage = message
      endedByFailStep = true
      return fail(run, message === '' ? undefined : message)
    }
    if (node.type === 'Condition') {
      const outcome = conditionOutcome(execution, node, scenario, ctx)
      if (typeof outcome === 'string') return fail(run, outcome)
      run.outcome = outcome ? 'True' : 'False'
      const untaken = [...graph.steps.values()].filter(
        s => s.condition === name && s.branch === (outcome ? 'Else' : 'If')
      )
      if (untaken.length > 0) for (const s of graph.closure(untaken.map(u => u.name))) blocked.add(s)
    }
    run.status = 'Succeeded'
  }

  const fail = (run: StepRun, reason: string | undefined): void => {
    run.status = 'Failed'
    if (reason !== undefined) run.failureReason = reason.slice(0, 1024)
    failed = true
  }

  for (;;) {
    startReady()
    if (running.size === 0 && endedAt === undefined) endedAt = t
    let nextEnd = Infinity
    for (const r of running.values()) {
      const end = r.end > hold && !r.stopRequested ? Infinity : r.end
      nextEnd = Math.min(nextEnd, end)
    }
    const nextEvent = events[next]?.at ?? Infinity
    const when = Math.min(nextEnd, nextEvent)
    if (when === Infinity || when > until) break
    t = Math.max(t, when)
    if (nextEnd <= nextEvent) {
      for (const [name, r] of [...running])
        if (r.end <= t && !(r.end > hold && !r.stopRequested)) finish(name, r)
      continue
    }
    const event = events[next++]!
    lastModifiedAt = Math.max(lastModifiedAt, t)
    if (event.kind === 'parallelism') parallelism = event.value
    else if (event.kind === 'stop' && endedAt === undefined) {
      stopping = true
      for (const r of running.values()) {
        r.stopRequested = true
        r.run.status = 'Stopping'
        r.end = Math.min(r.end, t + STOP_DELAY_MS)
      }
    } else if (event.kind === 'retry' && endedAt !== undefined && failed && !stopping) {
      failed = false
      endedAt = undefined
      scenario = event.scenario
      if (event.parallelism !== undefined) parallelism = event.parallelism
      for (const [name, run] of runs)
        if (run.status === 'Failed' && run.reusedFrom === undefined) runs.delete(name)
    }
  }

  for (const r of running.values()) {
    if (r.stopRequested) r.run.status = 'Stopping'
    else
      r.run.status =
        until < r.run.start + startingPeriod(r.naturalEnd - r.run.start) ? 'Starting' : 'Executing'
  }
  const snap: Snapshot = { status: 'Executing', runs, lastModifiedAt, endedByFailStep }
  if (endedAt !== undefined) {
    snap.endedAt = endedAt
    snap.status = stopping ? 'Stopped' : failed ? 'Failed' : 'Succeeded'
    if (snap.status === 'Failed') snap.failureReason = STEP_FAILURE
  } else if (stopping) snap.status = 'Stopping'
  return snap
}

/** A step shows Starting for its first tenth, at most 10 s, before its job is up. */
function startingPeriod(duration: number): number {
  return Math.min(10_000, duration / 10)
}

/** The outcome, or the failure reason when nothing decides it. */
function conditionOutcome(
  execution: Execution,
  node: StepNode,
  scenario: Scenario,
  ctx: ExpressionContext
): boolean | string {
  const forced = execution.forcedOutcomes?.[node.name]
  if (forced !== undefined) return forced
  const args = node.raw.Arguments as Record<string, unknown> | undefined
  try {
    return evaluateConditions(args?.Conditions, ctx)
  } catch (error) {
    if (!(error instanceof MissingValue)) throw error
    const given = scenario.conditionOutcomes?.[node.name]
    if (given !== undefined) return given
    return (
      `The emulator could not evaluate Condition step "${node.name}": ${error.message}. ` +
      `Give the value in the scenario's outputs, or the outcome in conditionOutcomes["${node.name}"].`
    )
  }
}

function safeRender(args: unknown, ctx: ExpressionContext): string {
  const message = (args as Record<string, unknown> | undefined)?.ErrorMessage
  if (message === undefined) return ''
  try {
    return render(message, ctx)
  } catch (error) {
    if (error instanceof MissingValue) return `(unrendered ErrorMessage: ${error.message})`
    throw error
  }
}

/** What expressions see: the execution's parameters and variables, and the steps that succeeded so far. */
export function expressionContext(
  execution: Execution,
  runs: ReadonlyMap<string, StepRun>
): ExpressionContext {
  return {
    parameters: execution.parameters,
    execution: {
      PipelineExecutionId: execution.id,
      PipelineExecutionArn: execution.arn,
      PipelineName: execution.pipeline.name,
      PipelineArn: execution.pipeline.arn,
      StartDateTime: new Date(execution.createdAt).toISOString(),
      CurrentDateTime: new Date(execution.createdAt).toISOString()
    },
    outputs: step => {
      const run = runs.get(step)
      return run?.status === 'Succeeded' ? (run.outputs ?? {}) : undefined
    },
    outcome: step => {
      const run = runs.get(step)
      return run?.outcome === undefined ? undefined : run.outcome === 'True'
    }
  }
}
