import { UserError } from '../errors.js'
import { findDataEdges, isObject, scanStep } from './data-locations.js'
import { CycleError, HIDDEN_EDGE_KIND, StepGraph, type GraphFacts } from './graph.js'
import { jsonErrorOffset } from './json-position.js'
import type { EdgeKind, ParameterDef, ParameterType, StepNode } from './types.js'

export { isObject }

/** The only pipeline definition schema version the service knows. */
export const DEFINITION_VERSION = '2020-12-01'

const STEP_NAME = /^[A-Za-z0-9\-_]{1,64}$/
const PARAMETER_TYPES: readonly ParameterType[] = ['String', 'Integer', 'Float', 'Boolean']

export class DefinitionError extends UserError {
  constructor(source: string, message: string) {
    super(`${source}: ${message}`)
    this.name = 'DefinitionError'
  }
}

export interface ParseOptions {
  /**
   * Add the `data` edges the definition does not declare (default true; see `findDataEdges`): the
   * planner needs them. The SageMaker emulator stands for the service, which knows only the declared
   * edges: it passes false.
   */
  dataEdges?: boolean
}

/**
 * Reads a SageMaker pipeline definition (the JSON of `DescribePipeline.PipelineDefinition`) into the
 * DAG the service runs, by the rules of the SDK's `PipelineGraph` (reference §3.7): every step,
 * Condition branches included at any depth; edges from `DependsOn`, from every `{"Get": "Steps.X…"}`
 * in a step's own object (not in a Condition's branch arrays) and from a Condition to each step it
 * encloses. Then the data edges the definition leaves implicit (`findDataEdges`, kind `data`) and, per
 * step, the S3 paths it builds from the execution id (`StepGraph.volatileExecutionIdSteps`).
 *
 * @param source names the document in error messages (a file path, "the reference run", …)
 */
export function parseDefinition(
  definition: unknown,
  source = 'pipeline definition',
  options: ParseOptions = {}
): StepGraph {
  const doc = typeof definition === 'string' ? parseJson(definition, source) : definition
  if (!isObject(doc)) throw new DefinitionError(source, 'the definition must be a JSON object')
  if (doc.Version !== DEFINITION_VERSION) {
    throw new DefinitionError(
      source,
      `unknown definition Version ${JSON.stringify(doc.Version)}; the service accepts only "${DEFINITION_VERSION}"`
    )
  }
  if (!Array.isArray(doc.Steps)) throw new DefinitionError(source, '"Steps" must be an array of step objects')

  const parameters = readParameters(doc.Parameters, source)
  const steps: StepNode[] = []
  collectSteps(doc.Steps, 'Steps', undefined, undefined, steps, new Set(), source)

  const names = new Set(steps.map(s => s.name))
  const edges: Array<{ from: string; to: string; kind: EdgeKind }> = []
  for (const step of steps) {
    const dependsOn = step.raw.DependsOn
    if (dependsOn !== undefined) {
      if (!Array.isArray(dependsOn) || dependsOn.some(d => typeof d !== 'string')) {
        throw new DefinitionError(source, `step "${step.name}": DependsOn must be a list of step names`)
      }
      for (const d of dependsOn as string[]) {
        if (!names.has(d)) {
          throw new DefinitionError(
            source,
            `step "${step.name}" depends on "${d}", which is not a step of this pipeline`
          )
        }
        edges.push({ from: d, to: step.name, kind: 'depends-on' })
      }
    }
    for (const ref of stepReferences(step)) {
      if (!names.has(ref)) {
        throw new DefinitionError(
          source,
          `step "${step.name}" reads "Steps.${ref}…", but there is no step named "${ref}"`
        )
      }
      edges.push({ from: ref, to: step.name, kind: 'property' })
    }
    if (step.condition) edges.push({ from: step.condition, to: step.name, kind: 'condition' })
  }

  const scans = new Map(steps.map(s => [s.name, scanStep(ownFields(s))]))
  const executionIdPaths = new Map<string, string[]>()
  for (const [name, scan] of scans) {
    if (scan.executionIdPaths.length > 0) executionIdPaths.set(name, scan.executionIdPaths)
  }
  const build = (all: typeof edges, facts: GraphFacts): StepGraph => {
    try {
      return new StepGraph(steps, all, parameters, facts)
    } catch (error) {
      if (error instanceof CycleError) throw new DefinitionError(source, error.message)
      throw error
    }
  }
  const graph = build(edges, { executionIdPaths })
  if (options.dataEdges === false) return graph
  const found = findDataEdges(graph, scans)
  if (found.length === 0) return graph
  const added = found.filter(d => d.added).map(d => ({ from: d.from, to: d.to, kind: HIDDEN_EDGE_KIND }))
  return build([...edges, ...added], { dataEdges: found, executionIdPaths })
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const offset = jsonErrorOffset(text)
    let where = ''
    if (offset >= 0) {
      const before = text.slice(0, offset)
      const line = before.split('\n').length
      const column = offset - before.lastIndexOf('\n')
      where = ` at line ${line}, column ${column}`
    }
    throw new DefinitionError(source, `invalid JSON${where}: ${message}`)
  }
}

function readParameters(value: unknown, source: string): ParameterDef[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new DefinitionError(source, '"Parameters" must be an array')
  const seen = new Set<string>()
  return value.map((p, i) => {
    if (!isObject(p) || typeof p.Name !== 'string' || p.Name === '') {
      throw new DefinitionError(source, `Parameters[${i}] has no Name`)
    }
    if (seen.has(p.Name)) throw new DefinitionError(source, `parameter "${p.Name}" is declared twice`)
    seen.add(p.Name)
    const type = p.Type ?? 'String'
    if (!PARAMETER_TYPES.includes(type as ParameterType)) {
      throw new DefinitionError(
        source,
        `parameter "${p.Name}" has Type ${JSON.stringify(type)}; expected one of ${PARAMETER_TYPES.join(', ')}`
      )
    }
    const def: ParameterDef = { name: p.Name, type: type as ParameterType }
    const dv = p.DefaultValue
    if (typeof dv === 'string' || typeof dv === 'number' || typeof dv === 'boolean') def.defaultValue = dv
    if (Array.isArray(p.EnumValues)) def.enumValues = p.EnumValues.map(String)
    return def
  })
}

function collectSteps(
  list: unknown[],
  path: string,
  condition: string | undefined,
  branch: 'If' | 'Else' | undefined,
  out: StepNode[],
  seen: Set<string>,
  source: string
): void {
  list.forEach((raw, i) => {
    const where = `${path}[${i}]`
    if (!isObject(raw)) throw new DefinitionError(source, `${where} is not a step object`)
    const name = raw.Name
    if (typeof name !== 'string' || !STEP_NAME.test(name)) {
      throw new DefinitionError(
        source,
        `${where} has the step name ${JSON.stringify(name)}; names are 1-64 characters of A-Z, a-z, 0-9, - and _`
      )
    }
    if (typeof raw.Type !== 'string') throw new DefinitionError(source, `step "${name}" has no Type`)
    if (seen.has(name)) {
      throw new DefinitionError(
        source,
        `the step name "${name}" is used twice (${where} and an earlier step); names must be unique across the top level and all Condition branches`
      )
    }
    seen.add(name)
    const node: StepNode = { name, type: raw.Type, parameters: [], raw }
    if (condition) {
      node.condition = condition
      node.branch = branch
    }
    node.parameters = [
      ...new Set(
        getters(ownFields(node))
          .filter(g => g.startsWith('Parameters.'))
          .map(g => g.slice(11))
      )
    ]
    out.push(node)
    if (raw.Type === 'Condition') {
      const args = isObject(raw.Arguments) ? raw.Arguments : {}
      for (const [key, b] of [
        ['IfSteps', 'If'],
        ['ElseSteps', 'Else']
      ] as const) {
        const nested = args[key]
        if (nested === undefined) continue
        if (!Array.isArray(nested))
          throw new DefinitionError(source, `step "${name}": Arguments.${key} must be an array`)
        collectSteps(nested, `${where}.Arguments.${key}`, name, b, out, seen, source)
      }
    }
  })
}

/** The step object without a Condition's nested branch arrays: those steps speak for themselves (used for edges and for the definition diff). */
export function ownFields(step: StepNode): Record<string, unknown> {
  if (step.type !== 'Condition' || !isObject(step.raw.Arguments)) return step.raw
  const { IfSteps: _if, ElseSteps: _else, ...args } = step.raw.Arguments
  return { ...step.raw, Arguments: args }
}

/** Names of the steps this step reads through `{"Get": "Steps.<name>…"}` in its own object. */
export function stepReferences(step: StepNode): string[] {
  const refs = new Set<string>()
  for (const g of getters(ownFields(step))) {
    if (!g.startsWith('Steps.')) continue
    const m = /^Steps\.([^.[]+)/.exec(g)
    if (m) refs.add(m[1]!)
  }
  return [...refs]
}

/** Every string value stored under a key named "Get", anywhere below `value`. */
function getters(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) getters(v, out)
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Get' && typeof v === 'string') out.push(v)
      else getters(v, out)
    }
  }
  return out
}
