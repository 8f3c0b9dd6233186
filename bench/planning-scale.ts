import { parseDefinition } from '../src/core/definition.js'
import type { StepGraph } from '../src/core/graph.js'
import { loadMappingFile } from '../src/core/mapping.js'
import { planSelection } from '../src/core/planner.js'
import type { ExecutionRecord, PipelineMapping, PlanRequest } from '../src/core/types.js'
import { changedFiles, definitionText, mappingText, PIPELINE } from './synthetic.js'
import { perDoubling, timeIt } from './stats.js'

export const STEP_LEVELS = [50, 500, 5000] as const
export const FILE_LEVELS = [100, 10_000, 100_000] as const
export const GLOB_LEVELS = [10, 1000] as const

/** Below this a time is mostly fixed cost and timer noise: its growth says nothing about scaling. */
export const NOISE_FLOOR_MS = 1

export interface PlanCase {
  steps: number
  files: number
  globs: number
  /** Median milliseconds per planSelection call (mapping loaded and definition parsed beforehand). */
  planMs: number
  selected: number
  fullRun: boolean
}

export interface Growth {
  axis: 'steps' | 'files' | 'globs'
  /** The case grown from, and the factor its axis grew by. */
  from: { steps: number; files: number; globs: number }
  factor: number
  beforeMs: number
  afterMs: number
  /** Time ratio per doubling of the axis; undefined when `afterMs` is under the noise floor. */
  perDoubling?: number
}

export interface PlanningResult {
  parse: Array<{ steps: number; bytes: number; ms: number }>
  mapping: Array<{ steps: number; globs: number; loadMs: number; checkMs: number }>
  cases: PlanCase[]
  growth: Growth[]
  /** Worst growth per doubling over the measurable pairs, per axis. */
  worstPerDoubling: Record<Growth['axis'], number | undefined>
  /** Plan time at the largest case (5,000 steps × 100,000 files × 1,000 globs). */
  largestMs: number
}

const REFERENCE: ExecutionRecord = {
  arn: `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${PIPELINE}/execution/bench00000000`,
  status: 'Succeeded',
  createdAt: 0,
  commit: 'a'.repeat(40),
  steps: new Map()
}

/**
 * Planning time over synthetic pipelines, mapping files and change sets of growing size. Parsing the
 * definition and loading the mapping file are timed on their own: the action does each once per run,
 * while the planner runs once per reference candidate.
 */
export function measurePlanning(batches: number, log: (line: string) => void): PlanningResult {
  const parse: PlanningResult['parse'] = []
  const mapping: PlanningResult['mapping'] = []
  const cases: PlanCase[] = []
  for (const steps of STEP_LEVELS) {
    const text = definitionText(steps)
    const graph = parseDefinition(text, `synthetic ${steps}-step definition`)
    if (graph.size !== steps) throw new Error(`the synthetic definition has ${graph.size} steps, not ${steps}`)
    parse.push({ steps, bytes: text.length, ms: timeIt(() => parseDefinition(text), batches).ms })

    for (const globs of GLOB_LEVELS) {
      const synthetic = mappingText(steps, globs)
      const loaded = loadMappingFile(synthetic.text, 'synthetic mapping')
      const pipelineMapping = loaded.forPipeline(PIPELINE, graph)
      mapping.push({
        steps,
        globs,
        loadMs: timeIt(() => loadMappingFile(synthetic.text, 'synthetic mapping'), batches).ms,
        checkMs: timeIt(() => loaded.forPipeline(PIPELINE, graph), batches).ms
      })
      for (const files of FILE_LEVELS) {
        const request = planRequest(graph, pipelineMapping, changedFiles(files, steps, synthetic))
        const plan = planSelection(request)
        const { ms } = timeIt(() => planSelection(request), batches)
        cases.push({ steps, files, globs, planMs: ms, selected: plan.selected.length, fullRun: plan.fullRun })
        log(
          `planning: ${steps} steps × ${files} files × ${globs} globs: ${ms.toFixed(3)} ms (${plan.fullRun ? 'full run' : `${plan.selected.length} selected`})`
        )
      }
    }
  }
  const growth = growthOf(cases)
  const worst = (axis: Growth['axis']): number | undefined => {
    const values = growth.filter(g => g.axis === axis && g.perDoubling !== undefined).map(g => g.perDoubling!)
    return values.length > 0 ? Math.max(...values) : undefined
  }
  const largest = cases.find(
    c => c.steps === STEP_LEVELS.at(-1) && c.files === FILE_LEVELS.at(-1) && c.globs === GLOB_LEVELS.at(-1)
  )!
  return {
    parse,
    mapping,
    cases,
    growth,
    worstPerDoubling: { steps: worst('steps'), files: worst('files'), globs: worst('globs') },
    largestMs: largest.planMs
  }
}

function planRequest(graph: StepGraph, mapping: PipelineMapping, files: string[]): PlanRequest {
  return {
    graph,
    mapping,
    changes: { files, complete: true, detail: 'synthetic' },
    parameterChanges: [],
    selection: 'affected',
    downstream: true,
    reference: REFERENCE
  }
}

/** Every pair of cases that differ in one axis by one level. */
function growthOf(cases: PlanCase[]): Growth[] {
  const at = (steps: number, files: number, globs: number): PlanCase | undefined =>
    cases.find(c => c.steps === steps && c.files === files && c.globs === globs)
  const out: Growth[] = []
  const add = (axis: Growth['axis'], a: PlanCase | undefined, b: PlanCase | undefined, factor: number): void => {
    if (!a || !b) return
    const g: Growth = {
      axis,
      from: { steps: a.steps, files: a.files, globs: a.globs },
      factor,
      beforeMs: a.planMs,
      afterMs: b.planMs
    }
    if (b.planMs >= NOISE_FLOOR_MS) g.perDoubling = perDoubling(a.planMs, b.planMs, factor)
    out.push(g)
  }
  for (const c of cases) {
    const next = <T extends readonly number[]>(levels: T, value: number): number | undefined =>
      levels[levels.indexOf(value) + 1]
    const s = next(STEP_LEVELS, c.steps)
    const f = next(FILE_LEVELS, c.files)
    const g = next(GLOB_LEVELS, c.globs)
    if (s) add('steps', c, at(s, c.files, c.globs), s / c.steps)
    if (f) add('files', c, at(c.steps, f, c.globs), f / c.files)
    if (g) add('globs', c, at(c.steps, c.files, g), g / c.globs)
  }
  return out
}

/** Growth per doubling of a series measured at levels `levels` (parse time over steps, for one). */
export function seriesPerDoubling(levels: readonly number[], ms: readonly number[]): Array<number | undefined> {
  return levels.slice(1).map((level, i) =>
    ms[i + 1]! >= NOISE_FLOOR_MS ? perDoubling(ms[i]!, ms[i + 1]!, level / levels[i]!) : undefined
  )
}
