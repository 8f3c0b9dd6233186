/**
 * Evaluates the expression language of pipeline definitions for real (reference §3.4–§3.5): literals,
 * `Get` of parameters, execution variables and step properties, `Std:Join`, `Std:JsonGet` over a
 * property file or an S3 URI, and the Condition types (Equals, GreaterThan[OrEqualTo],
 * LessThan[OrEqualTo], In, Not, Or; a top-level list is ANDed). A value nothing supplies raises
 * `MissingValue`, so the caller can fall back to the scenario's `conditionOutcomes` or fail the step
 * with a reason a person can act on.
 */
import { isObject } from '../../../src/core/definition.js'
import type { ParameterType } from '../../../src/core/types.js'
import type { StepOutputs } from './scenario.js'

export class MissingValue extends Error {
  constructor(readonly what: string) {
    super(what)
    this.name = 'MissingValue'
  }
}

export interface TypedParameter {
  type: ParameterType
  value: string | number | boolean
}

export interface ExpressionContext {
  parameters: ReadonlyMap<string, TypedParameter>
  /** `Execution.<Var>` values: PipelineExecutionId, PipelineExecutionArn, PipelineName, … */
  execution: Readonly<Record<string, string>>
  /** Outputs of a step that ran (or was reused) in this execution; undefined when it did not. */
  outputs(step: string): StepOutputs | undefined
  /** `Steps.<Condition>.Outcome`, when that Condition has been evaluated. */
  outcome(step: string): boolean | undefined
}

/** Resolves a definition value to a JSON value. */
export function resolve(value: unknown, ctx: ExpressionContext): unknown {
  if (!isObject(value)) return value
  if (typeof value.Get === 'string') return get(value.Get, ctx)
  if (isObject(value['Std:Join'])) return render(value, ctx)
  if (isObject(value['Std:JsonGet'])) return jsonGet(value['Std:JsonGet'], ctx)
  return value
}

/** Renders a value as text, the way a Fail step's ErrorMessage or a Join shows it. */
export function render(value: unknown, ctx: ExpressionContext): string {
  if (isObject(value) && isObject(value['Std:Join'])) {
    const join = value['Std:Join']
    const on = typeof join.On === 'string' ? join.On : ''
    const parts = Array.isArray(join.Values) ? join.Values : []
    return parts.map(p => render(p, ctx)).join(on)
  }
  if (isObject(value) && typeof value.Get === 'string' && value.Get.startsWith('Parameters.')) {
    const p = ctx.parameters.get(value.Get.slice('Parameters.'.length))
    if (p?.type === 'Float' && typeof p.value === 'number') return formatFloat(p.value)
  }
  const resolved = resolve(value, ctx)
  if (resolved === undefined || resolved === null) return ''
  if (typeof resolved === 'boolean') return resolved ? 'true' : 'false'
  return typeof resolved === 'object' ? JSON.stringify(resolved) : String(resolved)
}

/** Java prints a double with at least one decimal: 6 → "6.0". */
export function formatFloat(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n)
}

/** True when every condition of the list holds. */
export function evaluateConditions(conditions: unknown, ctx: ExpressionContext): boolean {
  if (!Array.isArray(conditions)) throw new MissingValue('the Condition step has no Conditions list')
  return conditions.every(c => evaluate(c, ctx))
}

function evaluate(condition: unknown, ctx: ExpressionContext): boolean {
  if (!isObject(condition))
    throw new MissingValue(`a condition is not an object: ${JSON.stringify(condition)}`)
  const type = condition.Type
  switch (type) {
    case 'Equals':
      return equals(resolve(condition.LeftValue, ctx), resolve(condition.RightValue, ctx))
    case 'GreaterThan':
    case 'GreaterThanOrEqualTo':
    case 'LessThan':
    case 'LessThanOrEqualTo': {
      const c = compare(resolve(condition.LeftValue, ctx), resolve(condition.RightValue, ctx))
      if (type === 'GreaterThan') return c > 0
      if (type === 'GreaterThanOrEqualTo') return c >= 0
      if (type === 'LessThan') return c < 0
      return c <= 0
    }
    case 'In': {
      const query = resolve(condition.QueryValue, ctx)
      const values = Array.isArray(condition.Values) ? condition.Values : []
      return values.some(v => equals(query, resolve(v, ctx)))
    }
    case 'Not':
      return !evaluate(condition.Condition ?? condition.Expression, ctx)
    case 'Or':
      return (Array.isArray(condition.Conditions) ? condition.Conditions : []).some(c => evaluate(c, ctx))
    default:
      throw new MissingValue(`the condition type ${JSON.stringify(type)} is not one the service knows`)
  }
}

function equals(a: unknown, b: unknown): boolean {
  const na = numeric(a, b)
  const nb = numeric(b, a)
  if (na !== undefined && nb !== undefined) return na === nb
  return scalarText(a) === scalarText(b)
}

function compare(a: unknown, b: unknown): number {
  const na = numeric(a, b)
  const nb = numeric(b, a)
  if (na !== undefined && nb !== undefined) return na - nb
  const sa = scalarText(a)
  const sb = scalarText(b)
  return sa < sb ? -1 : sa > sb ? 1 : 0
}

/** A number, or a numeric string compared against a number. */
function numeric(value: unknown, other: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (
    typeof value === 'string' &&
    (typeof other === 'number' || typeof other === 'string') &&
    value.trim() !== ''
  ) {
    const n = Number(value)
    if (Number.isFinite(n) && (typeof other === 'number' || Number.isFinite(Number(other)))) return n
  }
  return undefined
}

function scalarText(value: unknown): string {
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase()
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

function get(path: string, ctx: ExpressionContext): unknown {
  if (path.startsWith('Parameters.')) {
    const p = ctx.parameters.get(path.slice('Parameters.'.length))
    if (!p) throw new MissingValue(`${path} is not a parameter of this execution`)
    return p.value
  }
  if (path.startsWith('Execution.')) {
    const v = ctx.execution[path.slice('Execution.'.length)]
    if (v === undefined) throw new MissingValue(`${path} is not an execution variable`)
    return v
  }
  const m = /^Steps\.([^.[]+)\.?(.*)$/.exec(path)
  if (!m) throw new MissingValue(`${path} is not a Get the service knows`)
  const [, step, property] = m as unknown as [string, string, string]
  if (property === 'Outcome') {
    const outcome = ctx.outcome(step)
    if (outcome !== undefined) return outcome
  }
  const outputs = ctx.outputs(step)
  if (!outputs) throw new MissingValue(`${path}: step "${step}" has not run in this execution`)
  if (property.startsWith('PropertyFiles.')) {
    const file = property.slice('PropertyFiles.'.length)
    if (outputs.propertyFiles && file in outputs.propertyFiles) return outputs.propertyFiles[file]
    throw new MissingValue(`${path}: the scenario gives step "${step}" no property file "${file}"`)
  }
  const properties = outputs.properties ?? {}
  const key = Object.keys(properties).find(k => normalizePath(k) === normalizePath(property))
  if (key !== undefined) return properties[key]
  throw new MissingValue(`${path}: the scenario gives step "${step}" no property "${property}"`)
}

function jsonGet(spec: Record<string, unknown>, ctx: ExpressionContext): unknown {
  const path = typeof spec.Path === 'string' ? spec.Path : ''
  let document: unknown
  let source: string
  if (spec.PropertyFile !== undefined) {
    const ref = isObject(spec.PropertyFile) ? spec.PropertyFile.Get : undefined
    source = typeof ref === 'string' ? ref : JSON.stringify(spec.PropertyFile)
    document = resolve(spec.PropertyFile, ctx)
  } else {
    source = `S3Uri ${JSON.stringify(spec.S3Uri)}`
    document = s3Document(spec.S3Uri, ctx)
  }
  if (typeof document === 'string') {
    try {
      document = JSON.parse(document)
    } catch {
      throw new MissingValue(`${source} is not a JSON document`)
    }
  }
  const found = lookup(document, path)
  if (found === undefined) throw new MissingValue(`${source} has no value at path "${path}"`)
  return found
}

/** The JSON a step wrote to an S3 URI: a property file of a step the URI is built from, by name. */
function s3Document(uriExpression: unknown, ctx: ExpressionContext): unknown {
  const steps = [...new Set(getters(uriExpression).flatMap(g => /^Steps\.([^.[]+)/.exec(g)?.[1] ?? []))]
  let uri: string | undefined
  try {
    uri = render(uriExpression, ctx)
  } catch {
    uri = undefined
  }
  for (const step of steps) {
    const files = ctx.outputs(step)?.propertyFiles ?? {}
    const names = Object.keys(files)
    const hit =
      names.find(n => n === uri) ??
      names.find(n => uri !== undefined && uri.endsWith(`/${n}`)) ??
      (names.length === 1 ? names[0] : undefined)
    if (hit !== undefined) return files[hit]
  }
  throw new MissingValue(
    `the JSON at ${uri ?? 'an S3 URI'}: the scenario gives ${steps.length > 0 ? `step ${steps.map(s => `"${s}"`).join(', ')}` : 'no step'} no property file for it`
  )
}

/** Reads `a.b.c`, `a[0]`, `Result['x']['y']` out of a JSON value. */
export function lookup(document: unknown, path: string): unknown {
  let current = document
  for (const segment of pathSegments(path)) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment]
    else if (isObject(current) && typeof segment === 'string') current = current[segment]
    else return undefined
    if (current === undefined) return undefined
  }
  return current
}

function pathSegments(path: string): Array<string | number> {
  const out: Array<string | number> = []
  const re = /\[(\d+)\]|\[['"]([^'"]*)['"]\]|([^.[\]]+)/g
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(Number(m[1]))
    else out.push((m[2] ?? m[3])!)
  }
  return out
}

function normalizePath(path: string): string {
  return path.replace(/\["([^"]*)"\]/g, "['$1']")
}

function getters(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) getters(v, out)
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Get' && typeof v === 'string') out.push(v)
      else getters(v, out)
    }
  }
  return out
}
