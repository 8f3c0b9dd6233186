import { createHash } from 'node:crypto'

/**
 * What the action records about every execution it starts, in `PipelineExecutionDescription`, so that a
 * later run can tell which commit produced a reference run's outputs. The description is one line:
 *
 *   sagemaker-selective-execution/v1 {"sha":"<40 hex>","ref":"refs/heads/x","pr":12,"repo":"o/r","run":"123/1","def":"<16 hex>"}
 *
 * `sha` is the head commit the steps ran from; `def` a hash of the definition that ran (so a later run can
 * skip fetching an identical definition). Fields may be added; readers ignore what they do not know.
 */
export interface Provenance {
  sha: string
  ref?: string
  pr?: number
  repo?: string
  /** `<workflow run id>/<attempt>` */
  run?: string
  /** `definitionHash` of the definition the execution ran. */
  def?: string
  /** The pipeline version the execution was started pinned to: then `def` is what it ran. */
  version?: number
  /** The workflow job (GITHUB_JOB) that started it. */
  job?: string
  /** Digest of the plan's inputs (`planDigest`): a re-run attempt with the same inputs attaches to it. */
  inputs?: string
  /** Set by `selection: adopt`: who vouched that the run ran `sha` (the workflow run that stamped it). */
  adopted?: string
  /** `parametersDigest` of every parameter value the run got: equal digests, equal values (no read). */
  params?: string
  /** Login of who approved the run with a `/sagemaker run` comment. */
  approvedBy?: string
  /** URL of that approving comment. */
  approval?: string
  /** With an approval: the digest of the plan binding it approved (one execution per approved plan). */
  binding?: string
}

export const PROVENANCE_PREFIX = 'sagemaker-selective-execution/v1 '
const MAX_DESCRIPTION = 3072
const SHA = /^[0-9a-f]{7,64}$/

export function formatProvenance(p: Provenance): string {
  const text = PROVENANCE_PREFIX + JSON.stringify(p)
  if (text.length <= MAX_DESCRIPTION) return text
  // Only a pathological ref can get here; the commit is what matters, keep it.
  const { ref: _ref, ...rest } = p
  return PROVENANCE_PREFIX + JSON.stringify(rest)
}

/** The provenance of a description written by this action, or undefined for any other text. */
export function parseProvenance(description: string | undefined): Provenance | undefined {
  if (!description) return undefined
  const at = description.indexOf(PROVENANCE_PREFIX)
  if (at < 0) return undefined
  try {
    const value: unknown = JSON.parse(description.slice(at + PROVENANCE_PREFIX.length))
    if (typeof value !== 'object' || value === null) return undefined
    const v = value as Record<string, unknown>
    if (typeof v.sha !== 'string' || !SHA.test(v.sha)) return undefined
    const p: Provenance = { sha: v.sha }
    if (typeof v.ref === 'string') p.ref = v.ref
    if (typeof v.pr === 'number' && Number.isInteger(v.pr)) p.pr = v.pr
    if (typeof v.repo === 'string') p.repo = v.repo
    if (typeof v.run === 'string') p.run = v.run
    if (typeof v.def === 'string') p.def = v.def
    if (typeof v.version === 'number' && Number.isInteger(v.version) && v.version > 0) p.version = v.version
    if (typeof v.job === 'string') p.job = v.job
    if (typeof v.inputs === 'string') p.inputs = v.inputs
    if (typeof v.adopted === 'string') p.adopted = v.adopted
    if (typeof v.params === 'string') p.params = v.params
    if (typeof v.approvedBy === 'string') p.approvedBy = v.approvedBy
    if (typeof v.approval === 'string') p.approval = v.approval
    if (typeof v.binding === 'string') p.binding = v.binding
    return p
  } catch {
    return undefined
  }
}

/**
 * A display name a person can read in the console: `pr-12-abc1234-run-987`, `push-main-abc1234`, …
 * Valid for the service: ≤ 82 characters of `[a-zA-Z0-9-]`, starting and ending alphanumeric.
 */
export function displayName(parts: {
  pr?: number
  ref?: string
  sha: string
  runId?: string
  prefix?: string
}): string {
  const short = parts.sha.slice(0, 7)
  const words: string[] = []
  if (parts.prefix) words.push(parts.prefix)
  if (parts.pr !== undefined) words.push(`pr-${parts.pr}`)
  else if (parts.ref) words.push(parts.ref.replace(/^refs\/(heads|tags)\//, ''))
  words.push(short)
  if (parts.runId) words.push(`run-${parts.runId}`)
  let name = words
    .join('-')
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (name.length > 82) {
    // Keep the distinctive end (sha and run id); trim the branch name in the middle.
    const tail = [short, parts.runId ? `run-${parts.runId}` : ''].filter(Boolean).join('-')
    name = `${name.slice(0, Math.max(1, 81 - tail.length)).replace(/-+$/, '')}-${tail}`.slice(0, 82)
  }
  return name.replace(/^-+|-+$/g, '') || short
}

/**
 * The idempotency token of a start, from (repository, workflow run, attempt, job, pipeline, the plan's
 * inputs): a retried or re-entered job step gets back the execution it already started, while two
 * action steps with different inputs in one job, or one pipeline in two jobs, never collide. 64 hex
 * characters (the service accepts 32..128).
 */
export function clientRequestToken(
  repository: string,
  runId: string,
  runAttempt: string,
  pipeline: string,
  job = '',
  inputs = ''
): string {
  const parts: string[] = [repository, runId, runAttempt, pipeline]
  if (job || inputs) parts.push(job, inputs)
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

/** The digest of a run's parameter values (every declared parameter's value), order-independent. */
export function parametersDigest(values: ReadonlyMap<string, string>): string {
  return planDigest([...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** A short digest of what a plan was computed from (any JSON value): equal inputs, equal digest. */
export function planDigest(inputs: unknown): string {
  return createHash('sha256').update(canonicalJson(inputs)).digest('hex').slice(0, 16)
}

/** Short hash of a definition's canonical JSON (keys sorted), so equal definitions hash alike. */
export function definitionHash(definition: unknown): string {
  return createHash('sha256').update(canonicalJson(definition)).digest('hex').slice(0, 16)
}

export function canonicalJson(value: unknown): string {
  if (value instanceof Map) return canonicalJson([...(value as Map<unknown, unknown>)])
  if (value instanceof Set) return canonicalJson([...(value as Set<unknown>)])
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
