/**
 * The rules a selective execution must pass (reference §1), applied the way the real service would
 * be hardest on the action where it is not documented: 1 to 50 distinct steps of the pipeline, a
 * path-convex selection, weakly connected (when `requireConnected`), including the Condition of any
 * branch step, and upstream outputs drawn from a Succeeded or Failed execution of the same pipeline
 * in which every non-selected ancestor succeeded. Then the entries a new execution shows for the
 * steps it reuses.
 *
 * This is the oracle that grades the action's planner: it reads the graph with the emulator's own
 * code (dag.ts) and shares none of the planner's functions.
 */
import { dagOf, type Dag } from './dag.js'
import type { StepGraph } from '../../../src/core/graph.js'
import { javaList, notFound, validationError } from './protocol.js'
import { runMetadata } from './steps.js'
import { suggestion } from './suggest.js'
import type { EmulatorState, Execution, Pipeline, StepRun } from './state.js'

/** `SelectiveExecutionConfig.SelectedSteps` holds 1 to 50 steps (reference §1.1, §1.9). */
export const MAX_SELECTED_STEPS = 50
/** Names and groups shown in one message at most; the rest are counted. */
const SHOWN = 20
const SHOWN_GROUPS = 3

export interface SelectionRequest {
  SourcePipelineExecutionArn?: string
  SelectedSteps: Array<{ StepName: string }>
}

export interface CheckedSelection {
  selected: string[]
  source?: Execution
  reused: Map<string, StepRun>
}

/** Validates a SelectiveExecutionConfig against the pipeline version that will run; returns the reuse plan. */
export function checkSelection(
  state: EmulatorState,
  pipeline: Pipeline,
  graph: StepGraph,
  config: SelectionRequest
): CheckedSelection {
  const dag = dagOf(graph)
  const names = config.SelectedSteps.map(s => s.StepName)
  if (names.length < 1 || names.length > MAX_SELECTED_STEPS) {
    throw validationError(
      `Invalid SelectedSteps: between 1 and ${MAX_SELECTED_STEPS} steps can be selected, got ${names.length}.`
    )
  }
  const chosen = new Set<string>()
  for (const name of names) {
    if (!dag.has(name)) {
      throw validationError(
        `Step '${name}' in SelectedSteps is not a step of pipeline '${pipeline.name}'.${suggestion(name, dag.order)}`
      )
    }
    if (chosen.has(name)) throw validationError(`Step '${name}' appears more than once in SelectedSteps.`)
    chosen.add(name)
  }
  const selected = dag.sorted(chosen)
  checkBranches(dag, selected, chosen)
  checkConvex(dag, chosen)
  if (state.config.requireConnected) checkConnected(dag, selected)

  const dependents = selected.filter(n => dag.parents(n).some(p => !chosen.has(p)))
  const arn = config.SourcePipelineExecutionArn
  if (arn === undefined || arn === '') {
    if (dependents.length > 0) {
      const dependencies = dag.sorted(dependents.flatMap(n => dag.parents(n).filter(p => !chosen.has(p))))
      throw validationError(
        `Invalid SourcePipelineExecutionArn: null. The selected steps ${javaList(dependents)} have dependencies on ${javaList(dependencies)}`
      )
    }
    return { selected, reused: new Map() }
  }

  const source = sourceExecution(state, pipeline, arn)
  const snapshot = state.snapshot(source)
  if (snapshot.status !== 'Succeeded' && snapshot.status !== 'Failed') {
    throw validationError(
      `Invalid SourcePipelineExecutionArn: '${arn}' is in status ${snapshot.status}; ` +
        `the reference execution must be Succeeded or Failed.`
    )
  }
  const unusable = dag.sorted([...dag.ancestors(chosen)].filter(n => !chosen.has(n))).flatMap(n => {
    const run = snapshot.runs.get(n)
    return run?.status === 'Succeeded' ? [] : [`${n} (${run ? run.status : 'not run'})`]
  })
  if (unusable.length > 0) {
    throw validationError(
      `Invalid SourcePipelineExecutionArn: '${arn}'. The selected steps depend on steps with no successful result ` +
        `in that execution: ${shortList(unusable)}`
    )
  }

  // Every non-selected step not downstream of the selection that the source shows as ended is copied,
  // ancestors and unrelated steps alike (docs/emulator.md, choice 10).
  const downstream = dag.descendants(chosen)
  const reused = new Map<string, StepRun>()
  for (const name of dag.order) {
    if (chosen.has(name) || downstream.has(name)) continue
    const run = snapshot.runs.get(name)
    if (!run || run.end === undefined) continue
    const producer = run.producer ?? source.arn
    const entry: StepRun = {
      ...run,
      reusedFrom: state.config.reusedSourceArn === 'producer' ? producer : source.arn,
      producer
    }
    const metadata = runMetadata(source, run)
    if (metadata) entry.metadata = metadata
    reused.set(name, entry)
  }
  return { selected, source, reused }
}

/** A selected step nested in a Condition branch needs that Condition (and every enclosing one) selected. */
function checkBranches(dag: Dag, selected: string[], chosen: ReadonlySet<string>): void {
  for (const name of selected) {
    const missing = dag.conditionsAround(name).filter(c => !chosen.has(c))
    if (missing.length > 0) {
      throw validationError(
        `Invalid SelectedSteps: step '${name}' is in a branch of Condition step '${missing[0]}', which is not selected. ` +
          `A branch step can only be selected together with its Condition step${missing.length > 1 ? `s ${javaList(missing)}` : ''}.`
      )
    }
  }
}

/** The non-selected steps on a path between two selected ones: descendants(S) ∩ ancestors(S) \ S, in order. */
export function stepsBetween(dag: Dag, chosen: ReadonlySet<string>): string[] {
  const below = dag.descendants(chosen)
  return dag.sorted([...dag.ancestors(chosen)].filter(n => below.has(n) && !chosen.has(n)))
}

/** "All step(s) in all path(s) between two selected steps should be included": descendants(S) ∩ ancestors(S) ⊆ S. */
function checkConvex(dag: Dag, chosen: ReadonlySet<string>): void {
  const between = stepsBetween(dag, chosen)
  if (between.length === 0) return
  const one = between.length === 1
  throw validationError(
    `Invalid SelectedSteps: all steps on all paths between two selected steps must be selected; ` +
      `${shortList(between)} ${one ? 'lies' : 'lie'} between selected steps and ${one ? 'is' : 'are'} not selected.`
  )
}

/** The Developer Guide's "connected in the DAG", read as weak connectivity ([U] §1.1; option requireConnected). */
function checkConnected(dag: Dag, selected: string[]): void {
  const groups = dag.components(selected)
  if (groups.length <= 1) return
  const shown = groups.slice(0, SHOWN_GROUPS).map(g => shortList(g))
  const more = groups.length - shown.length
  throw validationError(
    `Invalid SelectedSteps: the selected steps must be connected in the pipeline DAG; ` +
      `${shown.join(' and ')}${more > 0 ? ` and ${more} more group${more === 1 ? '' : 's'}` : ''} are not connected to each other.`
  )
}

/** The execution named as source: it must exist and belong to this pipeline. */
function sourceExecution(state: EmulatorState, pipeline: Pipeline, arn: string): Execution {
  const source = state.executions.get(arn)
  if (source?.pipeline === pipeline) return source
  if (source || !arn.startsWith(`${pipeline.arn}/execution/`)) {
    throw validationError(
      `Invalid SourcePipelineExecutionArn: '${arn}' is not an execution of pipeline '${pipeline.name}'.`
    )
  }
  throw notFound(`Pipeline execution '${arn}' does not exist.`)
}

/** A Java-style list of at most SHOWN names, the rest counted: `[A, B, … 7 more]`. */
function shortList(names: string[]): string {
  if (names.length <= SHOWN) return javaList(names)
  return javaList([...names.slice(0, SHOWN), `… ${names.length - SHOWN} more`])
}
