import { isMap, isScalar, parseDocument, type Scalar } from 'yaml'
import { UserError, didYouMean, errorMessage } from '../errors.js'
import type { StepGraph } from './graph.js'
import type { ParameterChange, ParameterDef } from './types.js'

/**
 * Reads the `parameters` input: a YAML or JSON mapping of parameter name to value. Values go over the
 * wire as strings, so numbers and booleans keep the text the user wrote (`1.50` stays "1.50", `True`
 * stays "True") rather than a re-serialisation that could change them; `resolveParameters` later turns
 * the values of Boolean parameters into the SDK's "True"/"False".
 */
export function parseParameterOverrides(text: string, source = 'Input "parameters"'): Record<string, string> {
  if (text.trim() === '') return {}
  const doc = parseDocument(text)
  const problem = doc.errors[0]
  if (problem) throw new UserError(`${source}: not valid YAML or JSON: ${problem.message.split('\n')[0]}`)
  const contents = doc.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) return {}
  if (!isMap(contents)) {
    throw new UserError(
      `${source}: expected a mapping of parameter name to value (e.g. "MaxDepth: 6"), got ${describe(toJS(doc, source))}`
    )
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
      throw new UserError(`${source}: every entry needs a parameter name as its key, got ${describe(key)}`)
    }
  }
  const js = toJS(doc, source) as Record<string, unknown>
  const out: Record<string, string> = {}
  for (const pair of contents.items) {
    const key = (pair.key as Scalar).value as string | number | boolean
    const name = typeof key === 'string' ? key : ((pair.key as Scalar).source ?? String(key))
    const value = js[String(key)]
    if (typeof value === 'string') out[name] = value
    else if (typeof value === 'number' || typeof value === 'boolean') {
      out[name] = isScalar(pair.value) && pair.value.source !== undefined ? pair.value.source : String(value)
    } else {
      throw new UserError(
        `${source}: parameter "${name}" has ${describe(value)}; a value must be a string, number or boolean`
      )
    }
  }
  return out
}

/** Resolves aliases; a document that expands too far (an alias bomb) is refused rather than crashing. */
function toJS(doc: ReturnType<typeof parseDocument>, source: string): unknown {
  try {
    return doc.toJS()
  } catch (error) {
    throw new UserError(`${source}: cannot be read: ${errorMessage(error)}`, { cause: error })
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null || value === undefined) return 'no value (null)'
  if (typeof value === 'object') return 'a nested mapping'
  return `the ${typeof value} ${JSON.stringify(value)}`
}

export interface ResolvedParameters {
  /** What StartPipelineExecution gets; declared parameters absent here take their default. */
  values: Record<string, string>
  /** Values that differ from the reference run's; their readers must re-run. */
  changes: ParameterChange[]
  warnings: string[]
}

/**
 * The parameter values of the new run: the reference run's (so that re-run steps see what the reused
 * ones saw, reference §1.10) plus the overrides, checked against the declarations so that a typo fails
 * before anything starts. A reference value for a parameter the definition no longer declares is
 * dropped (the service would reject it) and reported as a change to nothing.
 *
 * @param referenceValues undefined when there is no reference run (full run): then only overrides are sent
 */
export function resolveParameters(
  graph: StepGraph,
  referenceValues: Record<string, string> | undefined,
  overrides: Record<string, string>
): ResolvedParameters {
  const checked: Record<string, string> = {}
  for (const [name, value] of Object.entries(overrides)) {
    const def = graph.parameters.get(name)
    if (!def) {
      const declared = [...graph.parameters.keys()]
      const known =
        declared.length > 0 ? `its parameters are ${declared.join(', ')}` : 'it declares no parameters'
      throw new UserError(
        `Input "parameters": "${name}" is not a parameter of this pipeline${didYouMean(name, declared)}; ${known}`
      )
    }
    checked[name] = checkValue(def, value)
  }
  if (referenceValues === undefined) return { values: checked, changes: [], warnings: [] }

  const values: Record<string, string> = {}
  const changes: ParameterChange[] = []
  const dropped: string[] = []
  for (const [name, value] of Object.entries(referenceValues)) {
    if (graph.parameters.has(name)) values[name] = value
    else {
      dropped.push(name)
      changes.push({ name, from: value })
    }
  }
  for (const [name, value] of Object.entries(checked)) {
    const before = referenceValues[name]
    values[name] = value
    if (before === undefined || !sameValue(graph.parameters.get(name)!, before, value)) {
      const change: ParameterChange = { name, to: value }
      if (before !== undefined) change.from = before
      changes.push(change)
    }
  }
  const warnings =
    dropped.length > 0
      ? [
          `the reference run's parameters ${dropped.join(', ')} are no longer declared by the pipeline and are not passed`
        ]
      : []
  return { values, changes, warnings }
}

const INTEGER = /^[+-]?\d+$/
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const BOOLEAN = /^(true|false)$/i

/** Validates an override against its declaration; Boolean values become "True"/"False", as the SDK sends them. */
function checkValue(def: ParameterDef, value: string): string {
  const fail = (accepted: string): never => {
    throw new UserError(
      `Input "parameters": ${def.name} is a${def.type === 'Integer' ? 'n' : ''} ${def.type} parameter; "${value}" is not ${accepted}`
    )
  }
  if (def.type === 'Integer' && !INTEGER.test(value.trim())) fail('a whole number (e.g. 5)')
  if (def.type === 'Float' && !FLOAT.test(value.trim())) fail('a number (e.g. 0.2)')
  if (def.type === 'Boolean') {
    if (!BOOLEAN.test(value.trim())) fail('true or false')
    value = value.trim().toLowerCase() === 'true' ? 'True' : 'False'
  }
  if (def.enumValues && !def.enumValues.includes(value)) {
    throw new UserError(
      `Input "parameters": ${def.name} accepts only ${def.enumValues.map(v => JSON.stringify(v)).join(', ')}; got "${value}"${didYouMean(value, def.enumValues)}`
    )
  }
  return value
}

/** Boolean values compare case-insensitively (the service stores a boolean); everything else as text. */
function sameValue(def: ParameterDef, a: string, b: string): boolean {
  if (def.type === 'Boolean') return a.trim().toLowerCase() === b.trim().toLowerCase()
  return a === b
}
