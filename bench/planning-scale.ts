import { parseDefinition } from '../src/core/definition.js'
import type { StepGraph } from '../src/core/graph.js'
import { loadMappingFile } from '../src/core/mapping.js'
import { planSelection } from '../src/core/planner.js'
import type { ExecutionRecord, PipelineMapping, Plan, PlanRequest } from '../src/core/types.js'
import { changedFiles, definitionText, mappingText, PIPELINE } from './synthetic.js'
import { performance } from 'node:perf_hooks'
import { median, perDoubling } from './stats.js'

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
  /** Time ratio per doubling of the axis; undefined when either time is under the noise floor. */
  perDoubling?: number
}

export interface PlanningResult {
  parse: Array<{ steps: number; bytes: number; ms: number }>
  mapping: Array<{ steps: number; globs: number; loadMs: number; checkMs: number }>
  cases: PlanCase[]
  growth: Growth[]
  /**
   * Growth per doubling of each axis fitted over every case at once: the pooled slope of log(time) on
   * log(input) within each combination of the other two axes (times under the noise floor left out).
   * One slow sample moves a fit over a dozen points much less than it moves the pair it belongs to,
   * so this is what the goal is judged on.
   */
  fittedPerDoubling: Record<Growth['axis'], number | undefined>
  /** Worst growth per doubling over the measurable pairs, per axis (one noisy sample shows here). */
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
 *
 * Every measurement takes one batch per round, and each round goes through all of them in turn, so a
 * burst of load from a neighbour on the machine lands on a few samples of many cases rather than on
 * every sample of a few. A plan's change set is built just before its batch and dropped after it, so no
 * case runs with a heap holding every other case's 100,000 file names (the action holds one); with
 * `collectGarbage` (and node --expose-gc) the heap is also collected before each batch, so that no case
 * pays for the garbage another left behind. That costs seconds, which the quick mode does not spend.
 */
export function measurePlanning(
  settings: { rounds: number; minBatchMs: number; collectGarbage: boolean },
  log: (line: string) => void
): PlanningResult {
  const { rounds, minBatchMs } = settings
  collect = settings.collectGarbage ? (globalThis as { gc?: () => void }).gc : undefined
  if (settings.collectGarbage && !collect) log('planning: run node with --expose-gc for steadier numbers')
  warmUp()
  const jobs: Job[] = []
  const parse: PlanningResult['parse'] = []
  const mapping: PlanningResult['mapping'] = []
  const cases: PlanCase[] = []
  for (const steps of STEP_LEVELS) {
    const text = definitionText(steps)
    const graph = parseDefinition(text, `synthetic ${steps}-step definition`)
    if (graph.size !== steps)
      throw new Error(`the synthetic definition has ${graph.size} steps, not ${steps}`)
    const parsed = { steps, bytes: text.length, ms: 0 }
    parse.push(parsed)
    jobs.push(
      job(
        () => () => parseDefinition(text),
        minBatchMs,
        ms => (parsed.ms = ms)
      )
    )

    for (const globs of GLOB_LEVELS) {
      const synthetic = mappingText(steps, globs)
      const loaded = loadMappingFile(synthetic.text, 'synthetic mapping')
      const pipelineMapping = loaded.forPipeline(PIPELINE, graph)
      const entry = { steps, globs, loadMs: 0, checkMs: 0 }
      mapping.push(entry)
      jobs.push(
        job(
          () => () => loadMappingFile(synthetic.text, 'synthetic mapping'),
          minBatchMs,
          ms => (entry.loadMs = ms)
        )
      )
      jobs.push(
        job(
          () => () => loaded.forPipeline(PIPELINE, graph),
          minBatchMs,
          ms => (entry.checkMs = ms)
        )
      )
      for (const files of FILE_LEVELS) {
        const setup = (): (() => unknown) => {
          const request = planRequest(graph, pipelineMapping, changedFiles(files, steps, synthetic))
          return () => planSelection(request)
        }
        const c: PlanCase = { steps, files, globs, planMs: 0, selected: 0, fullRun: false }
        cases.push(c)
        const first = (): (() => unknown) => {
          const fn = setup()
          const plan = fn() as Plan
          c.selected = plan.selected.length
          c.fullRun = plan.fullRun
          return fn
        }
        jobs.push(job(setup, minBatchMs, ms => (c.planMs = ms), first))
      }
    }
  }
  log(
    `planning: ${jobs.length} measurements, ${rounds} rounds${collect ? ', a full collection before each batch' : ''} …`
  )
  for (let round = 0; round < rounds; round++) for (const j of jobs) j.sample()
  for (const j of jobs) j.done()
  for (const c of cases) {
    log(
      `planning: ${c.steps} steps × ${c.files} files × ${c.globs} globs: ${c.planMs.toFixed(3)} ms (${c.fullRun ? 'full run' : `${c.selected} selected`})`
    )
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
    fittedPerDoubling: {
      steps: fitted(cases, 'steps'),
      files: fitted(cases, 'files'),
      globs: fitted(cases, 'globs')
    },
    worstPerDoubling: { steps: worst('steps'), files: worst('files'), globs: worst('globs') },
    largestMs: largest.planMs
  }
}

/** `global.gc` (node --expose-gc) when asked for: steadier numbers, but each call costs a full collection. */
let collect: (() => void) | undefined

interface Job {
  /** Times one batch. */
  sample(): void
  /** Reports the median milliseconds per call. */
  done(): void
}

/**
 * `setup` builds what one batch needs (untimed) and returns the call to time. The first batch starts
 * with one untimed call (`firstSetup` makes its own, to look at the result). Calls shorter than
 * `minBatchMs` are grouped into batches that last about that long.
 */
function job(
  setup: () => () => unknown,
  minBatchMs: number,
  report: (ms: number) => void,
  firstSetup?: () => () => unknown
): Job {
  let size = 0
  const samples: number[] = []
  const time = (fn: () => unknown, calls: number): number => {
    collect?.()
    const start = performance.now()
    for (let i = 0; i < calls; i++) fn()
    return (performance.now() - start) / calls
  }
  return {
    sample: () => {
      if (size > 0) {
        samples.push(time(setup(), size))
        return
      }
      // The first batch: one call (after firstSetup's warm-up call) sizes the batches, and is the
      // first sample itself when it is long enough, so a 300 ms plan is not run twice for nothing.
      let fn: () => unknown
      if (firstSetup) fn = firstSetup()
      else {
        fn = setup()
        fn()
      }
      const once = time(fn, 1)
      size = Math.max(1, Math.min(100_000, Math.ceil(minBatchMs / Math.max(once, 0.001))))
      samples.push(size === 1 ? once : time(fn, size))
    },
    done: () => report(median(samples))
  }
}

/** The first cases measured would otherwise pay for the JIT compiling the planner. */
function warmUp(): void {
  const steps = STEP_LEVELS[1]
  const graph = parseDefinition(definitionText(steps))
  const synthetic = mappingText(steps, GLOB_LEVELS[1])
  const mapping = loadMappingFile(synthetic.text, 'synthetic mapping').forPipeline(PIPELINE, graph)
  const request = planRequest(graph, mapping, changedFiles(FILE_LEVELS[1], steps, synthetic))
  for (let i = 0; i < 5; i++) planSelection(request)
}

function planRequest(graph: StepGraph, mapping: PipelineMapping, files: string[]): PlanRequest {
  return {
    graph,
    mapping,
    changes: { files, complete: true, detail: 'synthetic' },
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
  const add = (
    axis: Growth['axis'],
    a: PlanCase | undefined,
    b: PlanCase | undefined,
    factor: number
  ): void => {
    if (!a || !b) return
    const g: Growth = {
      axis,
      from: { steps: a.steps, files: a.files, globs: a.globs },
      factor,
      beforeMs: a.planMs,
      afterMs: b.planMs
    }
    if (Math.min(a.planMs, b.planMs) >= NOISE_FLOOR_MS)
      g.perDoubling = perDoubling(a.planMs, b.planMs, factor)
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

/** 2^b for the pooled within-group least-squares slope b of log(planMs) on log(axis value). */
export function fitted(cases: PlanCase[], axis: Growth['axis']): number | undefined {
  const groups = new Map<string, Array<{ x: number; y: number }>>()
  for (const c of cases) {
    if (c.planMs < NOISE_FLOOR_MS) continue
    const key = (['steps', 'files', 'globs'] as const)
      .filter(a => a !== axis)
      .map(a => c[a])
      .join('×')
    const points = groups.get(key) ?? []
    points.push({ x: Math.log2(c[axis]), y: Math.log2(c.planMs) })
    groups.set(key, points)
  }
  let sxy = 0
  let sxx = 0
  for (const points of groups.values()) {
    if (points.length < 2) continue
    const mx = points.reduce((s, p) => s + p.x, 0) / points.length
    const my = points.reduce((s, p) => s + p.y, 0) / points.length
    for (const p of points) {
      sxy += (p.x - mx) * (p.y - my)
      sxx += (p.x - mx) ** 2
    }
  }
  return sxx > 0 ? 2 ** (sxy / sxx) : undefined
}

/** Growth per doubling of a series measured at levels `levels` (parse time over steps, for one). */
export function seriesPerDoubling(
  levels: readonly number[],
  ms: readonly number[]
): Array<number | undefined> {
  return levels
    .slice(1)
    .map((level, i) =>
      Math.min(ms[i]!, ms[i + 1]!) >= NOISE_FLOOR_MS
        ? perDoubling(ms[i]!, ms[i + 1]!, level / levels[i]!)
        : undefined
    )
}
