/**
 * The rules a selective execution must pass (reference §1), applied the way the real service would
 * be hardest on the action where it is not documented: the selection must be path-convex, weakly
 * connected (when `requireConnected`), include the Condition of any branch step, and draw its
 * upstream outputs from a Succeeded or Failed execution of the same pipeline in which every
 * non-selected ancestor succeeded. Then the entries a new execution shows for the steps it reuses.
 */
import { connectedGroups, isPathConvex, isWeaklyConnected } from '../../../src/core/planner.js'
import type { StepGraph } from '../../../src/core/graph.js'
import { didYouMean } from '../../../src/errors.js'
import { javaList, notFound, validationError } from './protocol.js'
import { runMetadata } from './steps.js'
import type { EmulatorState, Execution, Pipeline, StepRun } from './state.js'

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
  const names = config.SelectedSteps.map(s => s.StepName)
  const seen = new Set<string>()
  for (const name of names) {
    if (!graph.has(name)) {
      throw validationError(
        `Step '${name}' in SelectedSteps is not a step of pipeline '${pipeline.name}'.${didYouMean(name, graph.steps.keys())}`
      )
    }
    if (seen.has(name)) throw validationError(`Step '${name}' appears more than once in SelectedSteps.`)
    seen.add(name)
  }
  const selected = graph.sorted(names)

  for (const name of selected) {
    const missing = graph.enclosingConditions(name).filter(c => !seen.has(c))
    if (missing.length > 0) {
      throw validationError(
        `Invalid SelectedSteps: step '${name}' is in a branch of Condition step '${missing[0]}', which is not selected. ` +
          `A branch step can only be selected together with its Condition step${missing.length > 1 ? `s ${javaList(missing)}` : ''}.`
      )
    }
  }
  if (!isPathConvex(graph, selected)) {
    const below = new Set(graph.descendants(selected))
    const between = graph.ancestors(selected).filter(n => below.has(n) && !seen.has(n))
    throw validationError(
      `Invalid SelectedSteps: all steps on all paths between two selected steps must be selected; ` +
        `${javaList(between)} ${between.length === 1 ? 'lies' : 'lie'} between selected steps and ${between.length === 1 ? 'is' : 'are'} not selected.`
    )
  }
  if (state.config.requireConnected && !isWeaklyConnected(graph, selected)) {
    const groups = connectedGroups(graph, selected)
    throw validationError(
      `Invalid SelectedSteps: the selected steps must be connected in the pipeline DAG; ` +
        `${groups.map(g => javaList(g)).join(' and ')} are not connected to each other.`
    )
  }

  const dependents = selected.filter(n => [...graph.parents(n)].some(p => !seen.has(p)))
  const dependencies = graph.sorted(dependents.flatMap(n => [...graph.parents(n)].filter(p => !seen.has(p))))
  const arn = config.SourcePipelineExecutionArn
  if (arn === undefined || arn === '') {
    if (dependencies.length > 0) {
      throw validationError(
        `Invalid SourcePipelineExecutionArn: null. The selected steps ${javaList(dependents)} have dependencies on ${javaList(dependencies)}`
      )
    }
    return { selected, reused: new Map() }
  }

  const source = state.executions.get(arn)
  if (!source) {
    if (!arn.startsWith(`${pipeline.arn}/execution/`)) {
      throw validationError(
        `Invalid SourcePipelineExecutionArn: '${arn}' is not an execution of pipeline '${pipeline.name}'.`
      )
    }
    throw notFound(`Pipeline execution '${arn}' does not exist.`)
  }
  if (source.pipeline !== pipeline) {
    throw validationError(
      `Invalid SourcePipelineExecutionArn: '${arn}' is not an execution of pipeline '${pipeline.name}'.`
    )
  }
  const snapshot = state.snapshot(source)
  if (snapshot.status !== 'Succeeded' && snapshot.status !== 'Failed') {
    throw validationError(
      `Invalid SourcePipelineExecutionArn: '${arn}' is in status ${snapshot.status}; ` +
        `the reference execution must be Succeeded or Failed.`
    )
  }
  const unusable = graph
    .ancestors(selected)
    .filter(n => !seen.has(n))
    .flatMap(n => {
      const run = snapshot.runs.get(n)
      return run?.status === 'Succeeded' ? [] : [`${n} (${run ? run.status : 'not run'})`]
    })
  if (unusable.length > 0) {
    throw validationError(
      `Invalid SourcePipelineExecutionArn: '${arn}'. The selected steps depend on steps with no successful result ` +
        `in that execution: ${javaList(unusable)}`
    )
  }

  const downstream = new Set(graph.descendants(selected))
  const reused = new Map<string, StepRun>()
  for (const name of graph.topologicalOrder()) {
    if (seen.has(name) || downstream.has(name)) continue
    const run = snapshot.runs.get(name)
    if (!run || run.end === undefined) continue
    const metadata = runMetadata(source, run)
    reused.set(name, metadata ? { ...run, reusedFrom: arn, metadata } : { ...run, reusedFrom: arn })
  }
  return { selected, source, reused }
}
