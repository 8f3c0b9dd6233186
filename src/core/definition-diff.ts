import { childPath } from './data-locations.js'
import { isObject, ownFields, stepReferences } from './definition.js'
import type { StepGraph } from './graph.js'
import type { DefinitionDiff, StepDiff, StepNode } from './types.js'

/** Paths reported per step (and for the pipeline level) before the rest is summed up as "…and N more". */
export const MAX_PATHS = 20

/**
 * `neutral`: the step differs only in keys that cannot change what it produces (reported, selects
 * nothing). `ClassifiedStepDiff` is types.ts's `StepDiff` with this value and the optional fields below.
 */
export type StepDiffChange = StepDiff['change'] | 'neutral'

export interface ClassifiedStepDiff {
  step: string
  change: StepDiffChange
  /** Output-affecting JSON paths: these select the step. Empty for `neutral`, `added` and `removed`. */
  paths: string[]
  /** Differences that cannot change the step's output (DisplayName, RetryPolicies, …): reported only. */
  neutral?: string[]
  /**
   * Code locations the SDK rewrites on every upsert (an `@step` build folder, a content-hashed or
   * timestamped code upload): their text says nothing, the step's mapped files decide.
   */
  volatile?: string[]
  /** `CacheConfig` differs: a selected step may still be served from SageMaker's step cache. */
  cacheConfigChanged?: boolean
}

export interface ClassifiedDefinitionDiff extends Omit<DefinitionDiff, 'steps'> {
  steps: ClassifiedStepDiff[]
}

/**
 * Step keys whose difference cannot change what the step produces:
 * - `DisplayName`, `Description`: shown by Studio and `ListPipelineExecutionSteps`, never sent to the
 *   job (reference §3.3, common keys of `Step.to_request`).
 * - `RetryPolicies`: whether the service retries a failed attempt (reference §3.3); a successful
 *   attempt's output is the same.
 * - `CacheConfig`: whether a previous successful result may be served, and for how long. It is not
 *   part of any cache key (survey §3.1: the keys are job arguments per step type) nor of the job. But a
 *   selected step whose key attributes are unchanged can be answered from the cache instead of running
 *   (survey §3.2), so the diff flags it for the planner to warn.
 */
const NEUTRAL_STEP_KEYS = new Set(['DisplayName', 'Description', 'RetryPolicies', 'CacheConfig'])

/** `sagemaker.utils.sagemaker_timestamp()`: `%Y-%m-%d-%H-%M-%S-%f` cut to milliseconds. */
const WHOLE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}$/
/**
 * What the SDK generates inside a code upload's folder names: a timestamp as above, or a hex digest,
 * md5 (older SDKs, as in the corpus) or sha256 (`hash_files_or_dirs`), alone or after a name
 * (`<step>-<hash>`).
 */
const GENERATED =
  /(?<!\d)\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}(?!\d)|(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{32})(?![0-9a-f])/g
/** The `@step` HMAC key, `secrets.token_hex(32)` drawn anew by every `StepsCompiler`. */
const FUNCTION_SECRET_PATH = 'Arguments.Environment.REMOTE_FUNCTION_SECRET_KEY'

/**
 * Compares the definition a reference run ran with the one about to run. Reuse is keyed by step name
 * (reference §1.4), so a step whose own object changed in an output-affecting key must re-run even if no
 * mapped file changed; a step that moved between Condition branches changed too, since it now runs
 * under another outcome. Nested branch arrays are left out of a Condition's comparison: those steps are
 * compared on their own. Each difference is one of (SPEC "What selects a step", rule 2):
 * - output-affecting (`paths`): selects the step;
 * - neutral (`neutral`): see `NEUTRAL_STEP_KEYS`, and DependsOn entries a property reference implies;
 * - volatile (`volatile`): see `isVolatile`.
 * A step with no output-affecting difference is `neutral`.
 *
 * @param referenceDoc, currentDoc the raw documents, for the pipeline-level keys (Parameters, …)
 */
export function diffDefinitions(
  reference: StepGraph,
  current: StepGraph,
  referenceDoc?: unknown,
  currentDoc?: unknown
): ClassifiedDefinitionDiff {
  const steps: ClassifiedStepDiff[] = []
  for (const name of current.topologicalOrder()) {
    const before = reference.steps.get(name)
    if (!before) steps.push({ step: name, change: 'added', paths: [] })
    else {
      const diff = diffStep(before, current.step(name))
      if (diff) steps.push(diff)
    }
  }
  for (const name of reference.topologicalOrder()) {
    if (!current.has(name)) steps.push({ step: name, change: 'removed', paths: [] })
  }
  const pipeline =
    isObject(referenceDoc) && isObject(currentDoc) ? diffPipeline(referenceDoc, currentDoc) : []
  return { steps, pipeline: capped(pipeline) }
}

function diffStep(before: StepNode, now: StepNode): ClassifiedStepDiff | undefined {
  const paths: string[] = []
  const neutral: string[] = []
  const volatile: string[] = []
  let cacheConfigChanged = false
  const from = placement(before)
  const to = placement(now)
  if (from !== to) paths.push(`(moved from ${from} to ${to})`)

  const a = ownFields(before)
  const b = ownFields(now)
  const builds = [buildTime(a), buildTime(b)] as const
  for (const key of unionKeys(a, b)) {
    if (key === 'DependsOn') {
      diffDependsOn(before, now, paths, neutral)
    } else if (NEUTRAL_STEP_KEYS.has(key)) {
      const count = neutral.length
      diffValues(a[key], b[key], key, path => neutral.push(path))
      if (key === 'CacheConfig' && neutral.length > count) cacheConfigChanged = true
    } else {
      diffValues(a[key], b[key], key, (path, x, y) =>
        (isVolatile(path, x, y, builds) ? volatile : paths).push(path)
      )
    }
  }
  if (paths.length + neutral.length + volatile.length === 0) return undefined
  const diff: ClassifiedStepDiff = {
    step: now.name,
    change: paths.length > 0 ? 'changed' : 'neutral',
    paths: capped(paths)
  }
  if (neutral.length > 0) diff.neutral = capped(neutral)
  if (volatile.length > 0) diff.volatile = capped(volatile)
  if (cacheConfigChanged) diff.cacheConfigChanged = true
  return diff
}

/**
 * DependsOn is compared as a set: the service waits for every entry, in no order. In the SDK's
 * `PipelineGraph` (reference §3.7, step 3) a DependsOn entry and a `Steps.X` property reference make
 * the same edge. So an entry X that only one definition has changes nothing about when the step runs
 * if the other definition orders X first anyway, through a `Steps.X` reference in the step's own object:
 * neutral. Otherwise the step now waits, or no longer waits, for X, and with it for X's side effects (an
 * endpoint deployed, a model registered, a file written to a fixed S3 path): output-affecting.
 * Reported as `DependsOn[+X]` (added) and `DependsOn[-X]` (removed).
 */
function diffDependsOn(before: StepNode, now: StepNode, paths: string[], neutral: string[]): void {
  const a = dependsOn(before)
  const b = dependsOn(now)
  const readBefore = new Set(stepReferences(before))
  const readNow = new Set(stepReferences(now))
  for (const x of [...b].filter(x => !a.has(x)).sort())
    (readBefore.has(x) ? neutral : paths).push(`DependsOn[+${x}]`)
  for (const x of [...a].filter(x => !b.has(x)).sort())
    (readNow.has(x) ? neutral : paths).push(`DependsOn[-${x}]`)
}

function dependsOn(step: StepNode): Set<string> {
  const list = step.raw.DependsOn
  return new Set(Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string') : [])
}

/**
 * A leaf difference that is a code location the SDK rewrites without the code necessarily changing,
 * so that the planner judges the step by its mapped files instead of by this text:
 * - `@step` build folder. The SDK's `StepsCompiler` stamps `pipeline_build_time = sagemaker_timestamp()`
 *   once per compilation (every upsert), passes it to every function step as `--func_step_s3_dir`, and
 *   uploads the pickled function, its dependencies and the workspace under
 *   `<s3_base_uri>/<step>/<build time>/…` and `<s3_base_uri>/sm_rf_user_ws/<build time>/…`; the channel
 *   of the workspace is named after it too. A string that differs only where one side has its own build
 *   time and the other side its own is volatile. So is `Environment.REMOTE_FUNCTION_SECRET_KEY`, the
 *   HMAC key of the pickles, drawn anew per compilation (`secrets.token_hex(32)`).
 * - SDK code upload. Processing and Training code goes to `s3://<bucket>/<pipeline>/code/<hash>/<file>`
 *   (survey §3.1, "S3 Artifact Folder Structure"), in older SDKs to
 *   `<base job name>-<timestamp>/input/code/<file>` and `…/source/sourcedir.tar.gz`, and a model's
 *   inference code to `<base job name>-<timestamp>/sourcedir.tar.gz`. Two such S3 URIs
 *   with the same bucket, the same basename and the same folders but for generated parts (`GENERATED`:
 *   a hash or a timestamp, the rest of the folder name equal) are volatile.
 * Anything else (another basename, bucket or folder, a data path, a timestamp outside these places)
 * stays output-affecting.
 */
function isVolatile(
  path: string,
  x: unknown,
  y: unknown,
  [before, after]: readonly [string | undefined, string | undefined]
): boolean {
  if (typeof x !== 'string' || typeof y !== 'string') return false
  if (before !== undefined && after !== undefined) {
    if (path === FUNCTION_SECRET_PATH) return true
    const mark = '\u0000'
    if (x.split(before).join(mark) === y.split(after).join(mark)) return true
  }
  return isCodeUploadChange(x, y)
}

/** The `--func_step_s3_dir` value of an `@step` function step (a build timestamp), if it is one. */
function buildTime(own: Record<string, unknown>): string | undefined {
  const args = isObject(own.Arguments) ? own.Arguments : undefined
  const spec = isObject(args?.AlgorithmSpecification) ? args.AlgorithmSpecification : undefined
  const list = spec?.ContainerArguments
  if (!Array.isArray(list)) return undefined
  const i = list.indexOf('--func_step_s3_dir')
  const value: unknown = i >= 0 ? list[i + 1] : undefined
  return typeof value === 'string' && WHOLE_TIMESTAMP.test(value) ? value : undefined
}

function isCodeUploadChange(x: string, y: string): boolean {
  const a = codeUpload(x)
  const b = codeUpload(y)
  if (!a || !b || a.length !== b.length) return false
  // [bucket, …folders, basename]: bucket and basename must be equal, folders equal or both generated.
  if (a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false
  return a.every((s, i) => s === b[i] || sameGenerated(s, b[i]!))
}

/**
 * The segments `[bucket, …folders, basename]` of an SDK code upload URI (a JSON-quoted one too, as in
 * `sagemaker_submit_directory`): one with a `code` or `source` folder or named `sourcedir.tar.gz`.
 * Undefined for anything else. The quote, if any, is kept on the bucket so quoted ≠ unquoted.
 */
function codeUpload(value: string): string[] | undefined {
  const m = /^("?)s3:\/\/([^"]*)\1$/.exec(value)
  if (!m) return undefined
  const segments = m[2]!.split('/')
  if (segments.some(s => s === '')) return undefined
  const folders = segments.slice(1, -1)
  const basename = segments.at(-1)!
  const isCode = folders.includes('code') || folders.includes('source') || basename === 'sourcedir.tar.gz'
  return isCode ? [`${m[1]}${segments[0]}`, ...segments.slice(1)] : undefined
}

/** Two different folder names equal but for generated parts. */
function sameGenerated(a: string, b: string): boolean {
  const mask = (s: string): string => s.replace(GENERATED, '\u0000')
  return mask(a) === mask(b)
}

function placement(step: StepNode): string {
  return step.condition ? `${step.branch ?? 'If'}Steps of ${step.condition}` : 'the top level'
}

/** Top-level keys other than Steps; Parameters are matched by Name so that reordering them is no change. */
function diffPipeline(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const paths: string[] = []
  const add = (path: string): void => {
    paths.push(path)
  }
  for (const key of unionKeys(before, after)) {
    if (key === 'Steps') continue
    if (key === 'Parameters' && byName(before.Parameters) && byName(after.Parameters)) {
      diffValues(byName(before.Parameters), byName(after.Parameters), 'Parameters', add)
    } else {
      diffValues(before[key], after[key], childPath('', key), add)
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

/**
 * Calls `found` with the path of every differing leaf and the two values there; a value present on one
 * side only is reported at its own path (the other value undefined).
 */
function diffValues(
  a: unknown,
  b: unknown,
  path: string,
  found: (path: string, a: unknown, b: unknown) => void
): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const at = `${path}[${i}]`
      if (i >= a.length || i >= b.length) found(at, a[i], b[i])
      else diffValues(a[i], b[i], at, found)
    }
    return
  }
  if (isObject(a) && isObject(b)) {
    for (const key of unionKeys(a, b)) {
      const at = childPath(path, key)
      if (!(key in a) || !(key in b)) found(at, a[key], b[key])
      else diffValues(a[key], b[key], at, found)
    }
    return
  }
  if (!Object.is(a, b)) found(path === '' ? '(whole value)' : path, a, b)
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
}

function capped(paths: string[]): string[] {
  if (paths.length <= MAX_PATHS) return paths
  return [...paths.slice(0, MAX_PATHS), `…and ${paths.length - MAX_PATHS} more`]
}
