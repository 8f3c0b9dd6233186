import { parseDocument } from 'yaml'
import type { MappingDelta } from './freshness.js'
import type { PipelineMapping } from './types.js'

/** One pipeline's globs as a mapping file wrote them, without checking them against a definition. */
export interface MappingGlobs {
  steps: ReadonlyMap<string, string[]>
  allSteps: string[]
  ignore: string[]
}

/**
 * Reads a pipeline's globs from a mapping file's text as it stood at an older commit. Lenient: an
 * older file is not re-validated (its steps may have been renamed since); it only has to say which
 * globs each step had. Undefined when the file does not list the pipeline; throws when unreadable.
 */
export function readMappingGlobs(text: string, pipeline: string): MappingGlobs | undefined {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message.split('\n')[0])
  const root: unknown = doc.toJS({ maxAliasCount: 100 })
  const pipelines = field(root, 'pipelines')
  if (!isRecord(pipelines)) return undefined
  const key =
    Object.keys(pipelines).find(k => k === pipeline) ??
    Object.keys(pipelines).find(k => k.toLowerCase() === pipeline.toLowerCase())
  if (key === undefined) return undefined
  const entry = pipelines[key]
  const steps = new Map<string, string[]>()
  const stepEntries = field(entry, 'steps')
  if (isRecord(stepEntries))
    for (const [step, globs] of Object.entries(stepEntries)) steps.set(step, list(globs))
  return { steps, allSteps: list(field(entry, 'all-steps')), ignore: list(field(entry, 'ignore')) }
}

/**
 * SPEC rule 6: an edit to the mapping never hides a code change made with it. Steps whose globs were
 * added, removed or edited count as changed; an edit to `all-steps` or `ignore`, or a file that did not
 * list the pipeline (or could not be read) at the older commit, makes every step count as changed.
 *
 * @param before the globs at the older commit; `undefined` when absent there, an Error when unreadable
 * @param head the mapping that will be used (undefined: no mapping file at head)
 */
export function mappingDelta(
  before: MappingGlobs | undefined | Error,
  head: PipelineMapping | undefined
): MappingDelta {
  if (before instanceof Error)
    return {
      all: `the mapping file at that commit cannot be read (${before.message.slice(0, 200)})`,
      steps: new Set()
    }
  if (!before && !head) return { steps: new Set() }
  if (!before) return { all: 'the mapping file did not map this pipeline at that commit', steps: new Set() }
  if (!head) return { all: 'the mapping file no longer maps this pipeline', steps: new Set() }
  if (!sameList(before.allSteps, head.allSteps))
    return { all: 'its all-steps globs changed', steps: new Set() }
  if (!sameList(before.ignore, head.ignore)) return { all: 'its ignore globs changed', steps: new Set() }
  const changed = new Set<string>()
  for (const step of new Set([...before.steps.keys(), ...head.steps.keys()])) {
    if (!sameList(before.steps.get(step) ?? [], head.steps.get(step) ?? [])) changed.add(step)
  }
  return { steps: changed }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const sorted = [...b].sort()
  return [...a].sort().every((x, i) => x === sorted[i])
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.map(v => String(v))
  return []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
}
