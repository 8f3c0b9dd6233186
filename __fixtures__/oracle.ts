/**
 * An independent oracle for the soundness core, written from SPEC.md ("What selects a step", "Freshness
 * is judged per reused step…", "Changed files", "Reference run") and nothing else: it imports nothing
 * from src/, knows no StepGraph, glob or definition diff, and works on a *model* of a pipeline and its
 * history (versions instead of documents). Clarity over speed: plain recursion over small worlds.
 *
 * The model (also what `random-history.ts` generates and turns into real documents and RunFacts):
 * - a pipeline: steps in definition order, each with DependsOn parents, an optional enclosing Condition
 *   and branch, the parameters it reads and whether the shared library glob maps it;
 * - commits as versions of a fixed set of files (`filesOf`) plus the mapping file's version per step,
 *   for all-steps and for ignore;
 * - definitions as a code version per step (output-affecting), a cosmetic version per step (DisplayName:
 *   behaviour-neutral) and a default per parameter;
 * - runs: commit (or none), definition, listed parameter values and per step an entry: ran with a
 *   status, reused from another run, or absent.
 */

export type ParamType = 'String' | 'Integer' | 'Float' | 'Boolean'

export interface ModelStep {
  name: string
  /** DependsOn: earlier steps. */
  dependsOn: string[]
  /** The innermost Condition whose IfSteps/ElseSteps hold this step. */
  condition?: string
  branch?: 'If' | 'Else'
  isCondition: boolean
  /** Parameters read through `{"Get": "Parameters.X"}`. */
  reads: string[]
  /** Also mapped by the shared library glob (`lib/**`). */
  shared: boolean
}

export interface ModelParameter {
  name: string
  type: ParamType
}

export interface Pipeline {
  /** In definition order; every reference (DependsOn, condition) points to an earlier step. */
  steps: ModelStep[]
  parameters: ModelParameter[]
}

/** The globs of the mapping file at one commit, as versions (equal versions: equal globs). */
export interface MappingVersion {
  steps: ReadonlyMap<string, number>
  allSteps: number
  ignore: number
}

/** The repository at one commit. */
export interface Commit {
  /** File → content version, for every file of `filesOf(pipeline)`. */
  files: ReadonlyMap<string, number>
  /** The mapping file there: its globs, or it did not map the pipeline, or it could not be read. */
  mapping: MappingVersion | 'absent' | 'unreadable'
}

/** A pipeline definition, as versions. */
export interface DefinitionVersion {
  /** Output-affecting version of each step's own object. */
  code: ReadonlyMap<string, number>
  /** DisplayName version: behaviour-neutral, never selects. */
  cosmetic: ReadonlyMap<string, number>
  /** Each parameter's DefaultValue as text (undefined: no default declared). */
  defaults: ReadonlyMap<string, string | undefined>
}

export type Entry =
  | { ran: 'Succeeded' | 'Failed' | 'Stopped'; outcome?: 'True' | 'False' }
  | { reusedFrom: string; outcome?: 'True' | 'False' }

export interface Run {
  arn: string
  /** Absent: started outside the action and never adopted (no recorded commit). */
  commit?: Commit
  /** The tree diff from its commit to head cannot be read whole. */
  changesIncomplete?: boolean
  /** The run cannot be read at all. */
  unavailable?: boolean
  definition: DefinitionVersion
  /** Values as ListPipelineParametersForExecution lists them; a missing one took the definition's default. */
  parameters: ReadonlyMap<string, string>
  /** Step → entry of ListPipelineExecutionSteps; a missing step has no entry. */
  entries: ReadonlyMap<string, Entry>
}

export interface HeadModel {
  /** Head's commit; its mapping must be a MappingVersion (the mapping file that will be used). */
  commit: Commit & { mapping: MappingVersion }
  definition: DefinitionVersion
  /** Every value the new run gets. */
  parameters: ReadonlyMap<string, string>
}

export interface World {
  pipeline: Pipeline
  head: HeadModel
  /** Oldest first. */
  runs: Run[]
  reference: string
}

// ---------------------------------------------------------------------------------------------------
// Files and what they map to at head (the rules the generated mapping file encodes as globs).

export const ALL_STEPS_FILE = 'pipeline.py'
export const SHARED_FILE = 'lib/shared.py'
const IGNORED_FILE = 'docs/guide.md'
const UNMAPPED_FILE = 'data/raw.csv'

export const stepFile = (step: string): string => `src/${step}/main.py`
const stepNotes = (step: string): string => `src/${step}/NOTES.md`

/** Every file of the model repository. */
export function filesOf(pipeline: Pipeline): string[] {
  return [
    ...pipeline.steps.flatMap(s => [stepFile(s.name), stepNotes(s.name)]),
    SHARED_FILE,
    ALL_STEPS_FILE,
    IGNORED_FILE,
    UNMAPPED_FILE
  ]
}

/** What a changed file selects under head's mapping: Markdown is ignored, `pipeline.py` is all-steps. */
export function fileSelects(pipeline: Pipeline, file: string): { all: boolean; steps: string[] } {
  if (file.endsWith('.md')) return { all: false, steps: [] }
  if (file === ALL_STEPS_FILE) return { all: true, steps: [] }
  if (file === SHARED_FILE)
    return { all: false, steps: pipeline.steps.filter(s => s.shared).map(s => s.name) }
  const owner = pipeline.steps.find(s => file === stepFile(s.name))
  return { all: false, steps: owner ? [owner.name] : [] }
}

// ---------------------------------------------------------------------------------------------------
// The DAG, from the model alone.

export function stepOf(pipeline: Pipeline, name: string): ModelStep {
  const s = pipeline.steps.find(x => x.name === name)
  if (!s) throw new Error(`no step ${name}`)
  return s
}

/** Parents: DependsOn entries and the enclosing Condition (the service orders a branch step after it). */
export function parentsOf(pipeline: Pipeline, name: string): string[] {
  const s = stepOf(pipeline, name)
  return [...new Set([...s.dependsOn, ...(s.condition ? [s.condition] : [])])]
}

export function childrenOf(pipeline: Pipeline, name: string): string[] {
  return pipeline.steps.filter(s => parentsOf(pipeline, s.name).includes(name)).map(s => s.name)
}

/** Strict descendants of a set. */
export function descendantsOf(pipeline: Pipeline, names: Iterable<string>): Set<string> {
  const out = new Set<string>()
  const visit = (n: string): void => {
    for (const c of childrenOf(pipeline, n)) {
      if (!out.has(c)) {
        out.add(c)
        visit(c)
      }
    }
  }
  for (const n of names) visit(n)
  return out
}

/** Strict ancestors of a set. */
export function ancestorsOf(pipeline: Pipeline, names: Iterable<string>): Set<string> {
  const out = new Set<string>()
  const visit = (n: string): void => {
    for (const p of parentsOf(pipeline, n)) {
      if (!out.has(p)) {
        out.add(p)
        visit(p)
      }
    }
  }
  for (const n of names) visit(n)
  return out
}

/** Every Condition around a step, innermost first. */
export function conditionsAround(pipeline: Pipeline, name: string): string[] {
  const out: string[] = []
  for (let c = stepOf(pipeline, name).condition; c; c = stepOf(pipeline, c).condition) out.push(c)
  return out
}

/** Whether the steps form one piece when edge direction is ignored (the empty set does). */
export function isConnected(pipeline: Pipeline, names: ReadonlySet<string>): boolean {
  const [first] = names
  if (first === undefined) return true
  const seen = new Set([first])
  const stack = [first]
  while (stack.length > 0) {
    const n = stack.pop()!
    for (const m of [...parentsOf(pipeline, n), ...childrenOf(pipeline, n)]) {
      if (names.has(m) && !seen.has(m)) {
        seen.add(m)
        stack.push(m)
      }
    }
  }
  return seen.size === names.size
}

// ---------------------------------------------------------------------------------------------------
// Freshness.

/** Two values of one parameter as the service sees them: Booleans ignore case, numbers compare as numbers. */
export function sameParameterValue(type: ParamType, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  if (type === 'Boolean') return a.trim().toLowerCase() === b.trim().toLowerCase()
  if (type === 'Integer' || type === 'Float') {
    const x = Number(a)
    const y = Number(b)
    return !Number.isNaN(x) && x === y
  }
  return a === b
}

/** Where the output a run holds for a step comes from: the run that actually ran it, or why there is none. */
export type Origin = { producer: string } | { none: string }

/**
 * Follows a run's entry for a step through "reused from" links to the run that ran it. No output when an
 * entry is missing or not Succeeded anywhere on the way, a run cannot be read, or the links loop.
 */
export function originOf(world: World, step: string, view: string): Origin {
  const visited: string[] = []
  for (let arn = view; ;) {
    if (visited.includes(arn)) return { none: `the reuse links loop (${[...visited, arn].join(' → ')})` }
    visited.push(arn)
    const run = world.runs.find(r => r.arn === arn)
    if (!run) return { none: `${arn} is not a known run` }
    if (run.unavailable) return { none: `${arn} cannot be read` }
    const entry = run.entries.get(step)
    if (!entry) return { none: `no entry in ${arn}` }
    if ('reusedFrom' in entry) {
      arn = entry.reusedFrom
      continue
    }
    if (entry.ran !== 'Succeeded') return { none: `${entry.ran} in ${arn}` }
    return { producer: arn }
  }
}

/** Why the producing run's own inputs for a step (files, mapping, definition, parameters) differ from head's. */
export function ownDifferences(world: World, step: string, producer: string): string[] {
  const { pipeline, head } = world
  const run = world.runs.find(r => r.arn === producer)!
  const why: string[] = []
  if (!run.commit) return [`${producer} recorded no commit`]
  if (run.changesIncomplete) why.push(`the files changed since ${producer} are not known`)
  else {
    for (const file of filesOf(pipeline)) {
      if (run.commit.files.get(file) === head.commit.files.get(file)) continue
      const selects = fileSelects(pipeline, file)
      if (selects.all || selects.steps.includes(step)) why.push(`${file} changed since ${producer}`)
    }
  }
  const before = run.commit.mapping
  const now = head.commit.mapping
  if (before === 'absent' || before === 'unreadable')
    why.push(`the mapping file was ${before} at ${producer}`)
  else if (before.allSteps !== now.allSteps || before.ignore !== now.ignore)
    why.push(`the all-steps or ignore globs changed since ${producer}`)
  else if (before.steps.get(step) !== now.steps.get(step))
    why.push(`the globs of ${step} changed since ${producer}`)

  if (run.definition.code.get(step) !== head.definition.code.get(step))
    why.push(`${step}'s definition changed since ${producer}`)

  for (const name of stepOf(pipeline, step).reads) {
    const type = pipeline.parameters.find(p => p.name === name)!.type
    const then = run.parameters.has(name) ? run.parameters.get(name) : run.definition.defaults.get(name)
    if (!sameParameterValue(type, then, head.parameters.get(name)))
      why.push(`parameter ${name} differs from ${producer}`)
  }
  return why
}

/**
 * Whether the output `view` holds for a step stands for head: it has a producer, the producer's own
 * inputs equal head's, and every upstream output the producer consumed (its parents, seen from the
 * producer) stands for head too. Returns the reasons it does not (empty: it stands).
 */
export function whyNotFresh(
  world: World,
  step: string,
  view: string,
  memo = new Map<string, string[]>()
): string[] {
  const key = `${view}\u0000${step}`
  const known = memo.get(key)
  if (known) return known
  const origin = originOf(world, step, view)
  let why: string[]
  if ('none' in origin) why = [`no output: ${origin.none}`]
  else {
    why = ownDifferences(world, step, origin.producer)
    if (why.length === 0) {
      for (const parent of parentsOf(world.pipeline, step)) {
        if (whyNotFresh(world, parent, origin.producer, memo).length > 0) {
          why = [`${origin.producer} consumed ${parent}, which does not stand for head`]
          break
        }
      }
    }
  }
  memo.set(key, why)
  return why
}

/**
 * Steps without an entry in the reference only because a Condition there took the other branch: the
 * steps of the untaken branch of each Condition that reported an outcome, and everything downstream of
 * them (a step waiting for a step that never ran never runs either).
 */
export function untaken(world: World): Set<string> {
  const ref = world.runs.find(r => r.arn === world.reference)
  if (!ref || ref.unavailable) return new Set()
  const direct: string[] = []
  for (const s of world.pipeline.steps) {
    if (!s.condition) continue
    const outcome = ref.entries.get(s.condition)?.outcome
    if (!outcome) continue
    if (s.branch !== (outcome === 'True' ? 'If' : 'Else')) direct.push(s.name)
  }
  return new Set([...direct, ...descendantsOf(world.pipeline, direct)])
}

export type Verdict =
  | { kind: 'fresh'; producer: string }
  | { kind: 'stale'; why: string[] }
  /** No entry in the reference because a Condition took the other branch, and nothing changed for it since. */
  | { kind: 'excluded' }

/** The verdict on every step's output in the reference. */
export function verdicts(world: World): Map<string, Verdict> {
  const memo = new Map<string, string[]>()
  const excluded = untaken(world)
  const ref = world.runs.find(r => r.arn === world.reference)
  const out = new Map<string, Verdict>()
  for (const s of world.pipeline.steps) {
    const readable = ref && !ref.unavailable
    if (readable && !ref.entries.has(s.name) && excluded.has(s.name)) {
      // No output by design; but what changed for it since the reference still selects it (rule 1:
      // files changed since the reference's commit, and likewise its definition and parameters), so
      // that the next run taking its branch runs what head says.
      const own = ownDifferences(world, s.name, world.reference)
      out.set(s.name, own.length > 0 ? { kind: 'stale', why: own } : { kind: 'excluded' })
      continue
    }
    const why = whyNotFresh(world, s.name, world.reference, memo)
    const origin = originOf(world, s.name, world.reference)
    out.set(
      s.name,
      why.length === 0 && 'producer' in origin
        ? { kind: 'fresh', producer: origin.producer }
        : { kind: 'stale', why }
    )
  }
  return out
}

/** Adds enclosing Conditions and the downstream closure until nothing changes. */
function closeOver(pipeline: Pipeline, selected: Set<string>): void {
  for (let size = -1; size !== selected.size;) {
    size = selected.size
    for (const n of [...selected]) for (const c of conditionsAround(pipeline, n)) selected.add(c)
    for (const d of descendantsOf(pipeline, selected)) selected.add(d)
  }
}

/**
 * The smallest sound selection: the stale steps, their enclosing Conditions and the downstream closure
 * (to a fixpoint), plus every ancestor of the selection without output in the reference (an untaken
 * branch) with what it brings in.
 */
export function minimalSelection(world: World, judged = verdicts(world)): Set<string> {
  const { pipeline } = world
  const selected = new Set([...judged].filter(([, v]) => v.kind === 'stale').map(([n]) => n))
  for (;;) {
    closeOver(pipeline, selected)
    const needed = [...ancestorsOf(pipeline, selected)].filter(
      n => !selected.has(n) && judged.get(n)?.kind === 'excluded'
    )
    if (needed.length === 0) return selected
    for (const n of needed) selected.add(n)
  }
}

/**
 * The smallest connected selection containing `selection` that adding at most two *connectors* makes:
 * upstream steps that run again without their downstream closure (their other outputs stay fresh),
 * each bringing the steps on its paths to the selection, its enclosing Conditions and every ancestor
 * without output in the reference (those with their closure), to a fixpoint. Brute force over every
 * single upstream step and every pair of them; `undefined` when none joins the selection. Only
 * upstream steps can help: any other step next to the selection is below it, so already in it.
 */
export function connectedSelection(
  world: World,
  selection: ReadonlySet<string>,
  judged = verdicts(world)
): Set<string> | undefined {
  const { pipeline } = world
  if (isConnected(pipeline, selection)) return new Set(selection)
  const upstream = [...ancestorsOf(pipeline, selection)].filter(n => !selection.has(n))
  let best: Set<string> | undefined
  const consider = (connectors: string[]): void => {
    const joined = withConnectors(world, judged, selection, connectors)
    if (isConnected(pipeline, joined) && (!best || joined.size < best.size)) best = joined
  }
  for (let i = 0; i < upstream.length; i++) {
    consider([upstream[i]!])
    for (let j = i + 1; j < upstream.length; j++) consider([upstream[i]!, upstream[j]!])
  }
  return best
}

function withConnectors(
  world: World,
  judged: Map<string, Verdict>,
  selection: ReadonlySet<string>,
  connectors: string[]
): Set<string> {
  const { pipeline } = world
  const closed = new Set(selection)
  const all = new Set([...selection, ...connectors])
  for (let size = -1; size !== all.size + closed.size;) {
    size = all.size + closed.size
    for (const n of [...all]) for (const c of conditionsAround(pipeline, n)) all.add(c)
    const below = descendantsOf(pipeline, all)
    for (const n of ancestorsOf(pipeline, all)) if (below.has(n)) all.add(n)
    for (const n of ancestorsOf(pipeline, all))
      if (!closed.has(n) && judged.get(n)?.kind === 'excluded') closed.add(n)
    closeOver(pipeline, closed)
    for (const n of closed) all.add(n)
  }
  return all
}

/** When a selection cannot be sent as a selective execution, per SPEC "Reference run" (connectivity: [U]). */
export function forcesFullRun(pipeline: Pipeline, selected: ReadonlySet<string>): string | undefined {
  if (selected.size > 0 && selected.size === pipeline.steps.length) return 'every step'
  if (selected.size > 50) return 'more than 50 steps'
  if (!isConnected(pipeline, selected)) return 'disconnected'
  return undefined
}
