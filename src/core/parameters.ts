import { isMap, isScalar, parseDocument, type Scalar } from 'yaml'
import { UserError, didYouMean, errorMessage } from '../errors.js'
import type { StepGraph } from './graph.js'
import type { ParameterDef } from './types.js'

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
  // No prototype: a parameter may be called __proto__, constructor or toString.
  const out = Object.create(null) as Record<string, string>
  for (const pair of contents.items) {
    const key = (pair.key as Scalar).value as string | number | boolean
    const name = typeof key === 'string' ? key : ((pair.key as Scalar).source ?? String(key))
    const value = Object.prototype.hasOwnProperty.call(js, String(key)) ? js[String(key)] : undefined
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

export interface RunParameters {
  /** What StartPipelineExecution gets: the overrides (or, resuming, the resumed run's values plus overrides). */
  send: Map<string, string>
  /** Every value the new run sees: `send`, and each other declared parameter's default. */
  values: Map<string, string>
  warnings: string[]
}

/**
 * The parameter values of the new run (SPEC "parameters"): the definition's defaults plus the
 * overrides, exactly as a plain start would see them; values are never inherited from a reference
 * run, except when resuming one (`selection: failed`), whose values are continued and checked
 * against the declarations that will run. Everything is validated before anything starts.
 *
 * @param resumed the values of the run being resumed (ListPipelineParametersForExecution), if any
 */
export function runParameters(
  graph: StepGraph,
  overrides: Record<string, string>,
  resumed?: ReadonlyMap<string, string>
): RunParameters {
  const send = new Map<string, string>()
  const warnings: string[] = []
  if (resumed) {
    const dropped: string[] = []
    for (const [name, value] of resumed) {
      const def = graph.parameters.get(name)
      if (!def) dropped.push(name)
      else if (!Object.prototype.hasOwnProperty.call(overrides, name)) {
        send.set(
          name,
          checkValue(
            def,
            value,
            `The resumed run's value of parameter ${name}`,
            ' (pass another in the parameters input)'
          )
        )
      }
    }
    if (dropped.length > 0) {
      warnings.push(
        `the resumed run's parameters ${dropped.join(', ')} are no longer declared by the pipeline and are not passed`
      )
    }
  }
  for (const [name, value] of Object.entries(overrides)) {
    const def = graph.parameters.get(name)
    if (!def) {
      const declared = [...graph.parameters.keys()]
      const known =
        declared.length > 0 ? `its parameters are ${declared.join(', ')}` : 'it declares no parameters'
      throw new UserError(
        `Input "parameters": "${clip(name)}" is not a parameter of this pipeline${didYouMean(name, declared)}; ${known}`
      )
    }
    send.set(name, checkValue(def, value, 'Input "parameters"', ''))
  }
  const values = new Map<string, string>()
  for (const [name, def] of graph.parameters) {
    const v = send.get(name) ?? defaultText(def)
    if (v !== undefined) values.set(name, v)
  }
  return { send, values, warnings }
}

/** A declared default as the service passes it (Booleans as the SDK writes them). */
export function defaultText(def: ParameterDef): string | undefined {
  const v = def.defaultValue
  if (v === undefined) return undefined
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  return String(v)
}

function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`
}

const INTEGER = /^[+-]?\d+$/
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const BOOLEAN = /^(true|false)$/i

/** Validates a value against its declaration; Boolean values become "True"/"False", as the SDK sends them. */
function checkValue(def: ParameterDef, value: string, source: string, hint: string): string {
  const fail = (accepted: string): never => {
    throw new UserError(
      `${source}: ${def.name} is a${def.type === 'Integer' ? 'n' : ''} ${def.type} parameter; "${clip(value)}" is not ${accepted}${hint}`
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
      `${source}: ${def.name} accepts only ${def.enumValues.map(v => JSON.stringify(v)).join(', ')}; got "${clip(value)}"${didYouMean(value, def.enumValues)}${hint}`
    )
  }
  return value
}
