/**
 * Test-only graph builders: a compact spec that goes through the real definition parser, and
 * fast-check arbitraries for random DAGs with Condition steps nested in branches (at any depth).
 */
import fc from 'fast-check'
import { parseDefinition } from '../src/core/definition.js'
import { StepGraph } from '../src/core/graph.js'
import type { EdgeKind, ExecutionRecord, StepNode, StepState, StepStatus } from '../src/core/types.js'

/**
 * One step of a compact spec. A string is `'Name'` or `'Name<Parent1,Parent2'` (DependsOn). An object
 * with `if`/`else` is a Condition step holding those steps in its branches.
 */
export type StepSpec =
  | string
  | {
      name: string
      type?: string
      after?: string[]
      /** Parameters read through `{"Get": "Parameters.X"}`. */
      reads?: string[]
      /** Steps read through `{"Get": "Steps.X.Outcome"}`-style property references. */
      refs?: string[]
      /** Extra fields merged into `Arguments`. */
      args?: Record<string, unknown>
      if?: StepSpec[]
      else?: StepSpec[]
    }

export interface ParameterSpec {
  Name: string
  Type?: string
  DefaultValue?: string | number | boolean
  EnumValues?: string[]
}

/** A definition document (Version 2020-12-01) for the spec, as the service would hold it. */
export function definitionOf(steps: StepSpec[], parameters: ParameterSpec[] = []): Record<string, unknown> {
  return { Version: '2020-12-01', Metadata: {}, Parameters: parameters, Steps: steps.map(stepObject) }
}

/** Builds the StepGraph of a compact spec through `parseDefinition`, so edges follow the real rules. */
export function graphOf(steps: StepSpec[], parameters: ParameterSpec[] = []): StepGraph {
  return parseDefinition(definitionOf(steps, parameters), 'test spec')
}

function stepObject(spec: StepSpec): Record<string, unknown> {
  if (typeof spec === 'string') {
    const [name, parents] = spec.split('<') as [string, string | undefined]
    return stepObject({
      name: name.trim(),
      after: parents ? parents.split(',').map(p => p.trim()) : undefined
    })
  }
  const isCondition = spec.if !== undefined || spec.else !== undefined
  const args: Record<string, unknown> = { ...spec.args }
  for (const p of spec.reads ?? []) args[`param_${p}`] = { Get: `Parameters.${p}` }
  for (const r of spec.refs ?? []) args[`ref_${r}`] = { Get: `Steps.${r}.Outcome` }
  if (isCondition) {
    args.IfSteps = (spec.if ?? []).map(stepObject)
    args.ElseSteps = (spec.else ?? []).map(stepObject)
  }
  const step: Record<string, unknown> = {
    Name: spec.name,
    Type: spec.type ?? (isCondition ? 'Condition' : 'Processing'),
    Arguments: args
  }
  if (spec.after && spec.after.length > 0) step.DependsOn = spec.after
  return step
}

/** Shape of one random step; indices refer to earlier steps so every edge points forward (acyclic). */
interface RandomStep {
  condition: boolean
  /** 0: top level; otherwise picks an earlier Condition (mod their count) to nest in. */
  nest: number
  branch: boolean
  parents: number[]
  reads: number[]
}

const randomStep: fc.Arbitrary<RandomStep> = fc.record({
  condition: fc.boolean(),
  nest: fc.nat({ max: 6 }),
  branch: fc.boolean(),
  parents: fc.array(fc.nat({ max: 40 }), { maxLength: 3 }),
  reads: fc.array(fc.nat({ max: 3 }), { maxLength: 2 })
})

export const RANDOM_PARAMETERS = ['P0', 'P1', 'P2', 'P3']

/**
 * Random pipeline DAGs of 1..maxSteps steps (names S0, S1, …): about a third are Conditions, steps nest
 * in earlier Conditions' IfSteps/ElseSteps (so nesting goes several levels deep), and each step depends
 * on up to three earlier steps. Steps read parameters P0..P3.
 */
export function arbitraryGraph(maxSteps = 14): fc.Arbitrary<StepGraph> {
  return fc.array(randomStep, { minLength: 1, maxLength: maxSteps }).map(buildRandomGraph)
}

export function buildRandomGraph(specs: RandomStep[]): StepGraph {
  const nodes: StepNode[] = []
  const edges: Array<{ from: string; to: string; kind: EdgeKind }> = []
  const conditions: number[] = []
  specs.forEach((spec, i) => {
    const name = `S${i}`
    const node: StepNode = {
      name,
      type: spec.condition ? 'Condition' : 'Processing',
      parameters: [...new Set(spec.reads.map(r => RANDOM_PARAMETERS[r % RANDOM_PARAMETERS.length]!))],
      raw: { Name: name }
    }
    node.raw.Type = node.type
    if (spec.nest > 0 && conditions.length > 0) {
      const c = conditions[spec.nest % conditions.length]!
      node.condition = `S${c}`
      node.branch = spec.branch ? 'If' : 'Else'
      edges.push({ from: `S${c}`, to: name, kind: 'condition' })
    }
    if (i > 0) {
      for (const p of new Set(spec.parents.map(p => p % i)))
        edges.push({ from: `S${p}`, to: name, kind: 'depends-on' })
    }
    nodes.push(node)
    if (node.type === 'Condition') conditions.push(i)
  })
  return new StepGraph(
    nodes,
    edges,
    RANDOM_PARAMETERS.map(name => ({ name, type: 'String' as const }))
  )
}

const STATES: Array<StepStatus | 'absent' | 'reused'> = [
  'Succeeded',
  'Succeeded',
  'Succeeded',
  'reused',
  'Failed',
  'Stopped',
  'Executing',
  'absent',
  'absent'
]

/** A random past execution of `graph`: per step a status, a reuse marker or absence; Conditions get an outcome. */
export function arbitraryRecord(
  graph: StepGraph,
  arn = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/ref'
): fc.Arbitrary<ExecutionRecord> {
  const names = graph.topologicalOrder()
  return fc
    .record({
      status: fc.constantFrom<ExecutionRecord['status']>(
        'Succeeded',
        'Failed',
        'Failed',
        'Stopped',
        'Executing'
      ),
      states: fc.array(fc.constantFrom(...STATES), { minLength: names.length, maxLength: names.length }),
      outcomes: fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
      commit: fc.option(fc.constantFrom('abc123', 'def456'), { nil: undefined })
    })
    .map(({ status, states, outcomes, commit }) => {
      const steps = new Map<string, StepState>()
      names.forEach((name, i) => {
        const s = states[i]!
        if (s === 'absent') return
        const state: StepState =
          s === 'reused' ? { status: 'Succeeded', reusedFrom: 'arn:older' } : { status: s }
        if (graph.step(name).type === 'Condition' && state.status === 'Succeeded')
          state.outcome = outcomes[i] ? 'True' : 'False'
        steps.set(name, state)
      })
      const record: ExecutionRecord = { arn, status, createdAt: 0, steps }
      if (commit) record.commit = commit
      return record
    })
}

/** A record in which every listed step Succeeded (Conditions took the If branch unless told otherwise). */
export function recordOf(
  arn: string,
  steps: Record<string, StepStatus | StepState>,
  options: { status?: ExecutionRecord['status']; commit?: string; createdAt?: number } = {}
): ExecutionRecord {
  const record: ExecutionRecord = {
    arn,
    status: options.status ?? 'Succeeded',
    createdAt: options.createdAt ?? 0,
    steps: new Map(Object.entries(steps).map(([n, s]) => [n, typeof s === 'string' ? { status: s } : s]))
  }
  if (options.commit !== undefined) record.commit = options.commit
  return record
}
