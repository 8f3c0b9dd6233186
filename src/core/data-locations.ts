import type { DataEdge, StepGraph } from './graph.js'

/**
 * The S3 locations a step reads and writes as written in its own object, for the data dependencies
 * the definition does not declare: a step that reads a literal S3 URI another step writes depends on
 * that step's output, though the service sees no edge between them (no `Get: Steps.X`, no DependsOn).
 * The SDK examples build such paths at definition time, e.g. a RegisterModel's `ModelMetrics` pointing
 * at `<evaluation output>/evaluation.json`, rendered into a plain string.
 *
 * Pure, no I/O. Kept apart from definition.ts so that the parser and the definition diff can both use
 * it without an import cycle.
 */

/**
 * Where a step writes, by JSON path inside the step object (the job's request shape):
 * Processing `ProcessingOutputConfig.Outputs[].S3Output.S3Uri`; Training, AutoML and a Tuning step's
 * `TrainingJobDefinition(s)` `OutputDataConfig.S3OutputPath`; Transform `TransformOutput.S3OutputPath`.
 */
const WRITES = [
  /(?:^|\.)ProcessingOutputConfig\.Outputs\[\d+\]\.S3Output\.S3Uri$/,
  /(?:^|\.)OutputDataConfig\.S3OutputPath$/,
  /(?:^|\.)TransformOutput\.S3OutputPath$/
]

/**
 * A key on the way to a value that makes it a place the step writes rather than reads: `…Output…`
 * (ProcessingOutputConfig, OutputDataConfig, DebugHookConfig.S3OutputPath, ProfilerConfig.S3OutputPath,
 * TensorBoardOutputConfig, a hyperparameter `output_path`, …) and `CheckpointConfig` (the job's own
 * checkpoints). Such a value is never counted as an input.
 */
const WRITE_KEY = /output|^CheckpointConfig$/i

/**
 * `Execution.*` variables that have one value for a whole execution, so two steps of one run render them
 * alike. `CurrentDateTime` is evaluated anew at each use and `TrainingJobName`/`ProcessingJobName` differ
 * per step: a path that holds them matches nothing.
 */
const RUN_CONSTANTS = new Set([
  'Execution.PipelineExecutionId',
  'Execution.PipelineExecutionArn',
  'Execution.PipelineName',
  'Execution.PipelineArn',
  'Execution.StartDateTime'
])

const EXECUTION_ID = 'Execution.PipelineExecutionId'

/** One S3 location in a step's own object. */
export interface S3Location {
  /** JSON path inside the step object, e.g. `Arguments.ProcessingInputs[2].S3Input.S3Uri`. */
  path: string
  /**
   * The URI as the run will see it, without a trailing slash; `{Parameters.X}` and `{Execution.X}` stand
   * for the values a `Std:Join` takes at run time (one value per run, so equal text is an equal path).
   */
  uri: string
}

/** What one walk over a step's own object finds. */
export interface StepScan {
  /**
   * S3 locations the step reads and writes: a string starting `s3://` (a JSON-quoted one too: the SDK
   * JSON-encodes hyperparameters) or a `Std:Join` that renders to one from literals, parameters and run
   * constants. A `Std:Join` holding a `Steps.X` reference is left out: that dependency is an edge
   * already. URIs lose their trailing slashes, so `s3://b/out/` and `s3://b/out` are one location.
   */
  reads: S3Location[]
  writes: S3Location[]
  /**
   * JSON paths of the `Std:Join`s that build a path (joined on "/", not an ARN) from
   * `{"Get": "Execution.PipelineExecutionId"}`: what such a path names differs in every run, so a
   * reused output at it cannot be found from the new run's definition.
   */
  executionIdPaths: string[]
}

export function scanStep(own: unknown): StepScan {
  const out: StepScan = { reads: [], writes: [], executionIdPaths: [] }
  visit(own, '', false, (path, value, writeKey) => {
    const join = joinOf(value)
    if (join && join.on === '/' && join.values.some(v => isObject(v) && v.Get === EXECUTION_ID)) {
      const first = join.values[0]
      if (!(typeof first === 'string' && first.startsWith('arn:'))) out.executionIdPaths.push(path)
    }
    const uri = renderS3(value)
    if (uri === undefined) return
    if (WRITES.some(w => w.test(path))) out.writes.push({ path, uri })
    else if (!writeKey) out.reads.push({ path, uri })
  })
  return out
}

/**
 * The data dependencies the definition leaves implicit: a step whose S3 URI (a literal `s3://…`, or a
 * `Std:Join` of literals, parameters and run constants) equals or lies under a URI another step writes
 * (`WRITES`) reads that step's output. Selective execution reuses by step name and follows only the
 * declared edges (reference §1.2, §3.7), so without an edge a changed writer would not select its
 * reader, and a selected reader would not keep its writer's output from the reference.
 *
 * `added` is judged against the declared edges only (what the service orders). A pair the declared
 * edges order the other way (the reader runs first and reads what an earlier run left there), or that
 * would close a cycle with the data edges added before it, gets no edge and is not listed. Candidates
 * are taken readers first in topological order, then writers in that order, so the result is
 * deterministic.
 *
 * @param graph the declared DAG
 * @param scans `scanStep` of every step's own object
 */
export function findDataEdges(graph: StepGraph, scans: ReadonlyMap<string, StepScan>): DataEdge[] {
  const order = graph.topologicalOrder()
  const rank = new Map(order.map((n, i) => [n, i]))
  const writers = new Map<string, Array<{ step: string; at: S3Location }>>()
  for (const name of order) {
    for (const at of scans.get(name)?.writes ?? []) {
      const list = writers.get(at.uri) ?? []
      list.push({ step: name, at })
      writers.set(at.uri, list)
    }
  }
  if (writers.size === 0) return []

  // Declared reachability. On a topological order a path stays within the ranks of its ends, so the
  // first query from a step searches only there; a step asked about again gets all its descendants
  // once (one writer read by thousands of steps stays linear).
  const asked = new Set<string>()
  const below = new Map<string, Set<string>>()
  const declared = (from: string, to: string): boolean => {
    const limit = rank.get(to)!
    if (rank.get(from)! >= limit) return false
    let all = below.get(from)
    if (!all && asked.has(from)) {
      all = reach(from, n => graph.children(n))
      below.set(from, all)
    }
    asked.add(from)
    return all
      ? all.has(to)
      : reach(
          from,
          n => graph.children(n),
          m => rank.get(m)! <= limit
        ).has(to)
  }
  const extra = new Map<string, string[]>()
  const closesCycle = (reader: string, writer: string): boolean =>
    extra.size > 0 && reach(reader, n => [...graph.children(n), ...(extra.get(n) ?? [])]).has(writer)

  const decided = new Map<string, boolean | 'none'>()
  const out: DataEdge[] = []
  for (const reader of order) {
    for (const read of scans.get(reader)?.reads ?? []) {
      const sources = prefixes(read.uri)
        .flatMap(p => writers.get(p) ?? [])
        .filter((w, i, all) => w.step !== reader && all.findIndex(o => o.step === w.step) === i)
        .sort((a, b) => rank.get(a.step)! - rank.get(b.step)!)
      for (const w of sources) {
        const key = `${w.step}\u0000${reader}`
        let added = decided.get(key)
        if (added === undefined) {
          if (declared(w.step, reader)) added = false
          else if (declared(reader, w.step) || closesCycle(reader, w.step)) added = 'none'
          else {
            added = true
            extra.set(w.step, [...(extra.get(w.step) ?? []), reader])
          }
          decided.set(key, added)
        }
        if (added === 'none') continue
        out.push({
          from: w.step,
          to: reader,
          path: read.path,
          uri: read.uri,
          executionScoped: w.at.uri.includes(`{${EXECUTION_ID}}`),
          added
        })
      }
    }
  }
  return out
}

/** `from` and every step reachable from it through `next`, entering only steps that pass `keep`. */
function reach(
  from: string,
  next: (n: string) => Iterable<string>,
  keep: (n: string) => boolean = () => true
): Set<string> {
  const seen = new Set([from])
  const stack = [from]
  while (stack.length > 0) {
    for (const m of next(stack.pop()!)) {
      if (!seen.has(m) && keep(m)) {
        seen.add(m)
        stack.push(m)
      }
    }
  }
  return seen
}

/**
 * The URI and each shorter prefix ending at a "/", down to the first key segment. Never the bare bucket:
 * a Training job writes under `<S3OutputPath>/<job name>/`, and the SDK's default output path is the
 * bucket itself (`s3://bucket/`, as in the corpus), so "everything in the bucket" would make every
 * read of it an edge.
 */
function prefixes(uri: string): string[] {
  const bucketEnd = uri.indexOf('/', 5)
  if (bucketEnd < 0) return []
  const out = [uri]
  for (let i = uri.lastIndexOf('/'); i > bucketEnd; i = uri.lastIndexOf('/', i - 1)) out.push(uri.slice(0, i))
  return out
}

/** `path` extended by an object key, in the notation of the definition diff (`a.b`, `a["x.y"]`). */
export function childPath(path: string, key: string): string {
  if (/^[A-Za-z0-9_$-]+$/.test(key)) return path === '' ? key : `${path}.${key}`
  return `${path}[${JSON.stringify(key)}]`
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Calls `found` for every string and every `Std:Join` (not descending into it) below `value`, with its
 * JSON path and whether a key on the way names a place the step writes.
 */
function visit(
  value: unknown,
  path: string,
  writeKey: boolean,
  found: (path: string, value: unknown, writeKey: boolean) => void
): void {
  if (typeof value === 'string' || joinOf(value)) {
    found(path, value, writeKey)
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => visit(v, `${path}[${i}]`, writeKey, found))
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value))
      visit(v, childPath(path, k), writeKey || WRITE_KEY.test(k), found)
  }
}

function joinOf(value: unknown): { on: string; values: unknown[] } | undefined {
  if (!isObject(value) || Object.keys(value).length !== 1 || !isObject(value['Std:Join'])) return undefined
  const { On: on, Values: values } = value['Std:Join']
  if (typeof on !== 'string' || !Array.isArray(values)) return undefined
  return { on, values }
}

/** The S3 URI a value stands for (see `S3Location.uri`), or undefined when it is not one. */
function renderS3(value: unknown): string | undefined {
  let text: string | undefined
  if (typeof value === 'string') {
    text = /^"s3:\/\/.*"$/.test(value) ? value.slice(1, -1) : value
  } else {
    const join = joinOf(value)
    if (!join) return undefined
    const parts: string[] = []
    for (const v of join.values) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') parts.push(String(v))
      else if (isObject(v) && typeof v.Get === 'string' && isRunConstant(v.Get)) parts.push(`{${v.Get}}`)
      else return undefined
    }
    text = parts.join(join.on)
  }
  if (!/^s3:\/\/[^/]+/.test(text)) return undefined
  return text.replace(/\/+$/, '')
}

function isRunConstant(get: string): boolean {
  return RUN_CONSTANTS.has(get) || /^Parameters\.[^.[]+$/.test(get)
}
