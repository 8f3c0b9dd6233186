/**
 * Seeding: a realistic history written in a few lines ("a Succeeded full run 2 days ago, a Failed
 * run yesterday that failed at Abalone-Train"). Each seeded execution is a normal execution started
 * in the past with a scenario that produces the declared outcome, so its steps, times and metadata
 * look exactly like those of a live run; a declaration the simulation cannot honour is an error
 * that says why. ARNs are derived from the pipeline name and the execution's index.
 */
import type { ExecutionStatus } from '../../../src/core/types.js'
import type { Faults } from './faults.js'
import { digest } from './metadata.js'
import { addVersion, createPipeline, latestVersion } from './pipelines.js'
import { defaultDuration, normalizeScenario, type Scenario } from './scenario.js'
import { createExecution } from './start.js'
import type { EmulatorState, Execution, Pipeline } from './state.js'

export interface SeedDocument {
  pipelines: SeedPipeline[]
  /** Applied after the pipelines, as by setFaults (e.g. a concurrentUpsert of a seeded pipeline). */
  faults?: Faults
}

export interface SeedPipeline {
  name: string
  /** The definition as an object or a JSON string. */
  definition: unknown
  roleArn?: string
  description?: string
  /** MaxParallelExecutionSteps of the pipeline. */
  parallelism?: number
  /** Becomes the pipeline's scenario (live runs use it too). */
  scenario?: Scenario
  /** Oldest first or in any order; `selective.source` refers to an index in this list. */
  executions?: SeedExecution[]
}

export interface SeedExecution {
  status: Exclude<ExecutionStatus, 'Stopping'>
  /** "-3h", "-2d", "-30m", "-45s", "-1w" before now, or epoch seconds. */
  createdAt: string | number
  /** 12 lowercase alphanumerics; default derived from the pipeline name and the index. */
  id?: string
  displayName?: string
  description?: string
  parameters?: Record<string, string | number | boolean>
  steps?: Record<string, SeedStep>
  selective?: { source?: number | string; selectedSteps: string[] }
  /** Shorthand for `steps: {<name>: {status: 'Failed'}}`. */
  failedStep?: string
  parallelism?: number
}

export interface SeedStep {
  status?: 'Succeeded' | 'Failed'
  failureReason?: string
  /** Condition steps: the branch taken, whatever the operands say. */
  outcome?: boolean | 'True' | 'False'
  durationSeconds?: number
}

export interface SeedResult {
  pipelines: Array<{ name: string; arn: string; executions: string[] }>
}

export function seededExecutionId(pipeline: string, index: number): string {
  return digest(`${pipeline}#seed#${index}`, 12)
}

export function seededExecutionArn(
  pipeline: string,
  index: number,
  region = 'us-east-1',
  account = '123456789012'
): string {
  return `arn:aws:sagemaker:${region}:${account}:pipeline/${pipeline}/execution/${seededExecutionId(pipeline, index)}`
}

export function applySeed(state: EmulatorState, doc: SeedDocument): SeedResult {
  if (!doc || !Array.isArray(doc.pipelines)) throw new Error('a seed document is {pipelines: [...]}')
  const result: SeedResult = { pipelines: [] }
  for (const [p, spec] of doc.pipelines.entries()) {
    const where = `seed pipelines[${p}] (${spec.name})`
    const pipeline = seedPipeline(state, spec, where)
    const arns: string[] = []
    for (const [i, run] of (spec.executions ?? []).entries()) {
      arns.push(seedExecution(state, pipeline, run, i, arns, `${where} executions[${i}]`).arn)
    }
    result.pipelines.push({ name: pipeline.name, arn: pipeline.arn, executions: arns })
  }
  return result
}

function seedPipeline(state: EmulatorState, spec: SeedPipeline, where: string): Pipeline {
  const definition = typeof spec.definition === 'string' ? spec.definition : JSON.stringify(spec.definition)
  let pipeline = state.pipelines.get(spec.name)
  if (!pipeline) {
    createPipeline(state, {
      PipelineName: spec.name,
      PipelineDefinition: definition,
      RoleArn: spec.roleArn ?? `arn:aws:iam::${state.config.account}:role/SageMakerPipelineRole`,
      ClientRequestToken: `seed-${digest(spec.name, 32)}`,
      ...(spec.description !== undefined ? { PipelineDescription: spec.description } : {}),
      ...(spec.parallelism !== undefined
        ? { ParallelismConfiguration: { MaxParallelExecutionSteps: spec.parallelism } }
        : {})
    })
    pipeline = state.pipelines.get(spec.name)!
  } else addVersion(state, pipeline, definition)
  if (spec.scenario !== undefined) {
    const steps = pipeline.versions.flatMap(v => [...v.graph.steps.keys()])
    pipeline.scenario = normalizeScenario(spec.scenario, `${where}.scenario`, steps)
  }
  return pipeline
}

function seedExecution(
  state: EmulatorState,
  pipeline: Pipeline,
  run: SeedExecution,
  index: number,
  earlier: string[],
  where: string
): Execution {
  const now = state.clock.now()
  const createdAt = seedTime(run.createdAt, now, where)
  const graph = latestVersion(pipeline).graph
  const steps = { ...(run.steps ?? {}) }
  if (run.failedStep !== undefined) steps[run.failedStep] = { ...steps[run.failedStep], status: 'Failed' }
  const scenario: Scenario = structuredClone(pipeline.scenario)
  const forced: Record<string, boolean> = {}
  for (const [name, step] of Object.entries(steps)) {
    if (!graph.has(name)) throw new Error(`${where}: "${name}" is not a step of pipeline ${pipeline.name}`)
    if (step.durationSeconds !== undefined) (scenario.durations ??= {})[name] = step.durationSeconds
    if (step.status === 'Failed')
      (scenario.failures ??= {})[name] = step.failureReason ?? `Seeded failure of step ${name}`
    if (step.status === 'Succeeded' && scenario.failures) delete scenario.failures[name]
    if (step.outcome !== undefined) forced[name] = step.outcome === true || step.outcome === 'True'
  }
  const failSteps = graph.topologicalOrder().filter(n => graph.step(n).type === 'Fail')
  const failing = Object.values(steps).some(s => s.status === 'Failed')
  if (run.status === 'Failed' && !failing && failSteps.length > 0) {
    // Steer every enclosing Condition towards the first Fail step.
    let child = failSteps[0]!
    for (const condition of graph.enclosingConditions(child)) {
      forced[condition] ??= graph.step(child).branch === 'If'
      child = condition
    }
  }
  for (const name of graph.topologicalOrder()) {
    if (graph.step(name).type !== 'Condition' || forced[name] !== undefined) continue
    const outcomes = (scenario.conditionOutcomes ??= {})
    if (outcomes[name] === undefined) outcomes[name] = !leadsToFail(name, 'If') || leadsToFail(name, 'Else')
  }
  function leadsToFail(condition: string, branch: 'If' | 'Else'): boolean {
    const roots = [...graph.steps.values()]
      .filter(s => s.condition === condition && s.branch === branch)
      .map(s => s.name)
    return roots.length > 0 && graph.closure(roots).some(n => graph.step(n).type === 'Fail')
  }

  const body: Record<string, unknown> = {
    PipelineParameters: Object.entries(run.parameters ?? {}).map(([Name, v]) => ({ Name, Value: String(v) }))
  }
  if (run.displayName !== undefined) body.PipelineExecutionDisplayName = run.displayName
  if (run.description !== undefined) body.PipelineExecutionDescription = run.description
  if (run.parallelism !== undefined)
    body.ParallelismConfiguration = { MaxParallelExecutionSteps: run.parallelism }
  if (run.selective) {
    const source = run.selective.source
    const sourceArn = typeof source === 'number' ? earlier[source] : source
    if (typeof source === 'number' && sourceArn === undefined) {
      throw new Error(
        `${where}: selective.source ${source} must be the index of an earlier execution in the list`
      )
    }
    body.SelectiveExecutionConfig = {
      SelectedSteps: run.selective.selectedSteps.map(StepName => ({ StepName })),
      ...(sourceArn !== undefined ? { SourcePipelineExecutionArn: sourceArn } : {})
    }
  }
  const id = run.id ?? seededExecutionId(pipeline.name, index)
  if (!/^[a-z0-9]{12}$/.test(id))
    throw new Error(`${where}: id must be 12 lowercase letters or digits, got "${id}"`)
  const execution = createExecution(state, pipeline, body, { createdAt, id, scenario })
  try {
    if (Object.keys(forced).length > 0) execution.forcedOutcomes = forced
    if (run.status === 'Failed' && !failing && failSteps.length === 0) {
      // Nothing says where it failed: the step that would have finished last did.
      const trial = [...state.simulate(execution, Infinity).runs.values()].filter(
        r => r.reusedFrom === undefined
      )
      const last = trial.sort((a, b) => (b.end ?? 0) - (a.end ?? 0))[0]
      if (last) (execution.scenario.failures ??= {})[last.name] = `Seeded failure of step ${last.name}`
    }
    shapeToStatus(state, execution, run.status, now, where)
    check(state, execution, run, steps, where)
  } catch (error) {
    pipeline.executions.splice(pipeline.executions.indexOf(execution), 1)
    state.executions.delete(execution.arn)
    throw error
  }
  return execution
}

/** Fits the run into the time since createdAt, then stops or holds it if the declared status says so. */
function shapeToStatus(
  state: EmulatorState,
  execution: Execution,
  status: SeedExecution['status'],
  now: number,
  where: string
): void {
  let trial = state.simulate(execution, Infinity)
  let duration = (trial.endedAt ?? now) - execution.createdAt
  if (status !== 'Executing' && execution.createdAt + duration > now) {
    const room = now - execution.createdAt
    if (room <= 0) throw new Error(`${where}: a ${status} run must have been created before now`)
    const factor = (room * 0.9) / duration
    const durations = (execution.scenario.durations ??= {})
    for (const node of execution.version.graph.steps.values()) {
      durations[node.name] = (durations[node.name] ?? defaultDuration(node.type)) * factor
    }
    trial = state.simulate(execution, Infinity)
    duration = (trial.endedAt ?? now) - execution.createdAt
  }
  if (status === 'Stopped')
    state.addEvent(execution, { kind: 'stop', at: execution.createdAt + duration / 2 })
  if (status === 'Executing') {
    execution.holdAt = execution.createdAt + duration <= now ? execution.createdAt + duration / 2 : now
  }
  execution.cached = undefined
}

function check(
  state: EmulatorState,
  execution: Execution,
  run: SeedExecution,
  steps: Record<string, SeedStep>,
  where: string
): void {
  const snap = state.snapshot(execution)
  const failed = [...snap.runs.values()]
    .filter(r => r.status === 'Failed')
    .map(r => `${r.name}: ${r.failureReason ?? 'failed'}`)
  if (snap.status !== run.status) {
    throw new Error(
      `${where}: declared ${run.status}, but such a run ends ${snap.status}` +
        (failed.length > 0 ? ` (${failed.join('; ')})` : '') +
        '. Set steps.<Condition>.outcome, failedStep or the scenario so that it ends as declared.'
    )
  }
  for (const [name, step] of Object.entries(steps)) {
    const got = snap.runs.get(name)?.status
    if (step.status !== undefined && got !== step.status) {
      throw new Error(
        `${where}: step ${name} is declared ${step.status}, but in such a run it is ${got ?? 'not run'}`
      )
    }
  }
}

function seedTime(value: string | number, now: number, where: string): number {
  if (typeof value === 'number') return value * 1000
  const relative = /^-(\d+(?:\.\d+)?)([smhdw])$/.exec(value.trim())
  if (relative) {
    const unit = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 }[
      relative[2] as 's' | 'm' | 'h' | 'd' | 'w'
    ]
    return now - Number(relative[1]) * unit
  }
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000
  throw new Error(
    `${where}: createdAt ${JSON.stringify(value)} is not "-3h", "-2d", "-30m", "-45s", "-1w" or epoch seconds`
  )
}
