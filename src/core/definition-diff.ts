import { isObject, ownFields } from './definition.js'
import type { StepGraph } from './graph.js'
import type { DefinitionDiff, StepDiff, StepNode } from './types.js'

/** Paths reported per step (and for the pipeline level) before the rest is summed up as "…and N more". */
export const MAX_PATHS = 20

/** Step keys that change how a step is shown, not what it runs. */
const COSMETIC_STEP_KEYS = new Set(['DisplayName', 'Description'])

/**
 * Compares the definition a reference run ran with the one about to run. Reuse is keyed by step name
 * (reference §1.4), so a step whose own object changed must re-run even if no mapped file changed; a
 * step that moved between Condition branches changed too, since it now runs under another outcome.
 * Nested branch arrays are left out of a Condition's comparison: those steps are compared on their own.
 *
 * @param referenceDoc, currentDoc the raw documents, for the pipeline-level keys (Parameters, …)
 */
export function diffDefinitions(
  reference: StepGraph,
  current: StepGraph,
  referenceDoc?: unknown,
  currentDoc?: unknown
): DefinitionDiff {
  const steps: StepDiff[] = []
  for (const name of current.topologicalOrder()) {
    const now = current.step(name)
    const before = reference.steps.get(name)
    if (!before) {
      steps.push({ step: name, change: 'added', paths: [] })
      continue
    }
    const paths: string[] = []
    const from = placement(before)
    const to = placement(now)
    if (from !== to) paths.push(`(moved from ${from} to ${to})`)
    diffValues(comparable(before), comparable(now), '', paths)
    if (paths.length > 0) steps.push({ step: name, change: 'changed', paths: capped(paths) })
  }
  for (const name of reference.topologicalOrder()) {
    if (!current.has(name)) steps.push({ step: name, change: 'removed', paths: [] })
  }
  const pipeline =
    isObject(referenceDoc) && isObject(currentDoc) ? diffPipeline(referenceDoc, currentDoc) : []
  return { steps, pipeline: capped(pipeline) }
}

function placement(step: StepNode): string {
  return step.condition ? `${step.branch ?? 'If'}Steps of ${step.condition}` : 'the top level'
}

function comparable(step: StepNode): unknown {
  const own = ownFields(step)
  if (!isObject(own)) return own
  return Object.fromEntries(Object.entries(own).filter(([k]) => !COSMETIC_STEP_KEYS.has(k)))
}

/** Top-level keys other than Steps; Parameters are matched by Name so that reordering them is no change. */
function diffPipeline(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const paths: string[] = []
  for (const key of unionKeys(before, after)) {
    if (key === 'Steps') continue
    if (key === 'Parameters' && byName(before.Parameters) && byName(after.Parameters)) {
      diffValues(byName(before.Parameters), byName(after.Parameters), 'Parameters', paths)
    } else {
      diffValues(before[key], after[key], segment('', key), paths)
    }
  }
  return paths
}

/** A Parameters array as an object keyed by Name, or undefined when it is not a list of named objects. */
function byName(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return {}
  if (!Array.isArray(value)) return undefined
  const out: Record<string, unknown> = {}
  for (const p of value) {
    if (!isObject(p) || typeof p.Name !== 'string' || p.Name in out) return undefined
    out[p.Name] = p
  }
  return out
}

/** Appends the path of every differing leaf; a value present on one side only is reported at its own path. */
function diffValues(a: unknown, b: unknown, path: string, out: string[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const at = `${path}[${i}]`
      if (i >= a.length || i >= b.length) out.push(at)
      else diffValues(a[i], b[i], at, out)
    }
    return
  }
  if (isObject(a) && isObject(b)) {
    for (const key of unionKeys(a, b)) {
      const at = segment(path, key)
      if (!(key in a) || !(key in b)) out.push(at)
      else diffValues(a[key], b[key], at, out)
    }
    return
  }
  if (!Object.is(a, b)) out.push(path === '' ? '(whole value)' : path)
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
}

function segment(path: string, key: string): string {
  if (/^[A-Za-z0-9_$-]+$/.test(key)) return path === '' ? key : `${path}.${key}`
  return `${path}[${JSON.stringify(key)}]`
}

function capped(paths: string[]): string[] {
  if (paths.length <= MAX_PATHS) return paths
  return [...paths.slice(0, MAX_PATHS), `…and ${paths.length - MAX_PATHS} more`]
}
