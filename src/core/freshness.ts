import { diffDefinitions } from './definition-diff.js'
import type { StepGraph } from './graph.js'
import type { ChangeSet, ExecutionStatus, ParameterDef, PipelineMapping, Reason, StepState } from './types.js'

/**
 * Freshness: whether the output a reference run holds for a step stands for head (SPEC.md, "What
 * selects a step" and its freshness paragraph). An output is judged against the run that *produced*
 * it, found by following `SelectiveExecutionResult.SourcePipelineExecutionArn` from the reference
 * until a run that actually ran the step: its commit (tree diff to head, mapping-file edits), the
 * definition it ran and its parameter values must equal head's for that step, and the upstream
 * outputs it consumed must themselves stand for head. Anything that cannot be established is stale.
 *
 * Pure: the facts about past runs come in through a lookup; what is missing comes back as `needs`,
 * which the caller reads and then asks again (see `phases/history.ts`).
 */

/** The definition a run executed, parsed. */
export interface RunDefinition {
  graph: StepGraph
  document: unknown
  /** `definitionHash` of the document: equal hashes are one definition, diffed once. */
  hash: string
}

/** How the mapping file differs between a run's commit and head, for one pipeline (SPEC rule 6). */
export interface MappingDelta {
  /** Set when every step counts as changed (all-steps or ignore edited, file added or unreadable). */
  all?: string
  /** Steps whose globs were added, removed or edited. */
  steps: ReadonlySet<string>
}

/** What is known of one past execution. A field the judge has not asked for yet may be absent. */
export interface RunFacts {
  arn: string
  status?: ExecutionStatus
  /** The commit its provenance records (absent: started outside the action and never adopted). */
  commit?: string
  /** Step entries of `ListPipelineExecutionSteps`. */
  steps?: ReadonlyMap<string, StepState>
  /** The parameter values it ran with, as listed (declared parameters missing here took their default). */
  parameters?: ReadonlyMap<string, string>
  definition?: RunDefinition
  /** Files that differ between its commit and head. */
  changes?: ChangeSet
  mapping?: MappingDelta
  /** Why this run cannot be read at all (beyond the lineage bound, refused by the API). */
  unavailable?: string
}

/** A fact the judge needs about a run; `run` is its status and provenance. */
export type FactField = 'run' | 'steps' | 'parameters' | 'definition' | 'changes' | 'mapping'

/** What the new execution will be: the definition that runs and the parameter values it gets. */
export interface HeadState {
  graph: StepGraph
  definition: RunDefinition
  /** Every value the new run gets: the definition's defaults plus overrides (or a resumed run's values). */
  parameters: ReadonlyMap<string, string>
  mapping?: PipelineMapping
}

export interface Judgement {
  /** Steps whose output in the reference does not stand for head, each with why. */
  stale: Map<string, Reason[]>
  /** Steps without output in the reference only because a Condition there took the other branch. */
  branchExcluded: Set<string>
  /** Step → the run that produced the (fresh) output the reference holds. */
  producers: Map<string, string>
  /** Steps whose code location moved since their producing run (judged by their mapped files instead). */
  codeMoved: Set<string>
  /** Facts to read before the judgement is final; empty when it is final. */
  needs: Array<{ arn: string; field: FactField }>
}

type StepDiffOf = ReturnType<typeof diffDefinitions>['steps'][number]

type Resolved =
  | { producer: string }
  | { none: StepState['status'] | 'NotRun'; run: string }
  | { unknown: string }
  | { pending: true }

const MAX_CHAIN = 25

export function judgeReference(
  reference: string,
  head: HeadState,
  lookup: (arn: string) => RunFacts | undefined
): Judgement {
  const { graph } = head
  const needs = new Map<string, { arn: string; field: FactField }>()
  const need = (arn: string, field: FactField): void => {
    needs.set(`${arn} ${field}`, { arn, field })
  }
  /** The facts of a run when they hold every field asked for; otherwise records the needs. */
  const factsWith = (arn: string, fields: FactField[]): RunFacts | 'pending' | { unavailable: string } => {
    const facts = lookup(arn)
    if (facts?.unavailable) return { unavailable: facts.unavailable }
    let pending = false
    for (const field of fields) {
      if (!has(facts, field)) {
        need(arn, field)
        pending = true
      }
    }
    return pending || !facts ? 'pending' : facts
  }

  const resolveMemo = new Map<string, Resolved>()
  const resolve = (step: string, run: string): Resolved => {
    const key = `${run}\u0000${step}`
    let r = resolveMemo.get(key)
    if (!r) {
      r = follow(step, run)
      resolveMemo.set(key, r)
    }
    return r
  }
  const follow = (step: string, start: string): Resolved => {
    const seen = new Set<string>()
    let run = start
    for (;;) {
      if (seen.has(run) || seen.size >= MAX_CHAIN) {
        return { unknown: `the chain of reused outputs from ${start} does not end (at ${run})` }
      }
      seen.add(run)
      const facts = factsWith(run, ['steps'])
      if (facts === 'pending') return { pending: true }
      if ('unavailable' in facts) return { unknown: `${run} cannot be read (${facts.unavailable})` }
      const entry = facts.steps!.get(step)
      if (!entry) return { none: 'NotRun', run }
      if (entry.status !== 'Succeeded') return { none: entry.status, run }
      if (!entry.reusedFrom) return { producer: run }
      run = entry.reusedFrom
    }
  }

  // Per producing run: what changed for each step since it (files, mapping, definition, parameters).
  const ownMemo = new Map<string, Reason[] | 'pending'>()
  const codeMoved = new Set<string>()
  const diffMemo = new Map<string, Map<string, StepDiffOf>>()
  const fileMemo = new Map<string, Map<string, Reason[]>>()
  const own = (step: string, producer: string): Reason[] | 'pending' => {
    const key = `${producer}\u0000${step}`
    let r = ownMemo.get(key)
    if (!r) {
      r = ownReasons(step, producer)
      ownMemo.set(key, r)
    }
    return r
  }
  const ownReasons = (step: string, producer: string): Reason[] | 'pending' => {
    const run = factsWith(producer, ['run'])
    if (run === 'pending') return 'pending'
    if ('unavailable' in run)
      return [{ kind: 'producer-unknown', detail: `${producer} cannot be read (${run.unavailable})` }]
    if (!run.commit) return [{ kind: 'unrecorded-producer', run: producer }]
    const facts = factsWith(producer, ['changes', 'mapping', 'definition', 'parameters'])
    if (facts === 'pending') return 'pending'
    if ('unavailable' in facts)
      return [{ kind: 'producer-unknown', detail: facts.unavailable ?? 'unreadable' }]
    // Named in the reason only when the output comes from an older run than the reference.
    const since = producer === reference ? undefined : producer
    const reasons: Reason[] = []
    const changes = facts.changes!
    if (!changes.complete) {
      reasons.push({
        kind: 'unknown-changes',
        detail: changes.detail ?? 'the changed files could not be read whole'
      })
    } else {
      reasons.push(...(filesFor(producer, changes).get(step) ?? []))
      reasons.push(...(filesFor(producer, changes).get('') ?? []))
    }
    const delta = facts.mapping!
    if (delta.all) reasons.push({ kind: 'mapping', detail: delta.all })
    else if (delta.steps.has(step))
      reasons.push({ kind: 'mapping', detail: 'its globs in the mapping file changed' })

    const diff = stepDiffs(facts.definition!).get(step)
    if (diff?.change === 'added') reasons.push({ kind: 'new-step' })
    else if (diff && diff.change !== 'removed') {
      const paths = [...diff.paths]
      // A volatile code location (an upload path the SDK rewrites on every upsert) says nothing by its
      // text: the step's mapped files decide. A step without mapped files cannot be judged, so it runs.
      const volatile = (diff as { volatile?: string[] }).volatile ?? []
      if (volatile.length > 0 && !head.mapping?.steps.get(step)?.length) paths.push(...volatile)
      else if (volatile.length > 0) codeMoved.add(step)
      if (paths.length > 0) reasons.push({ kind: 'definition', paths, since })
    }

    for (const name of graph.step(step).parameters) {
      const to = head.parameters.get(name)
      const from = facts.parameters!.get(name) ?? defaultOf(facts.definition!.graph.parameters.get(name))
      const def = graph.parameters.get(name)
      if (!sameValue(def, from, to)) {
        const reason: Reason = since ? { kind: 'parameter', name, since } : { kind: 'parameter', name }
        if (from !== undefined) reason.from = from
        if (to !== undefined) reason.to = to
        reasons.push(reason)
      }
    }
    return reasons
  }
  /** Step → file reasons for a producer's change set ('' holds the all-steps reasons). */
  const filesFor = (producer: string, changes: ChangeSet): Map<string, Reason[]> => {
    let m = fileMemo.get(producer)
    if (m) return m
    m = new Map()
    const add = (step: string, reason: Reason): void => {
      const list = m.get(step) ?? []
      list.push(reason)
      m.set(step, list)
    }
    if (head.mapping) {
      for (const file of changes.files) {
        const match = head.mapping.match(file)
        if (match.ignored) continue
        if (match.allSteps !== undefined) add('', { kind: 'all-steps-file', file, glob: match.allSteps })
        for (const { step, glob } of match.steps) {
          add(
            step,
            producer === reference
              ? { kind: 'file', file, glob }
              : { kind: 'file', file, glob, since: producer }
          )
        }
      }
    }
    fileMemo.set(producer, m)
    return m
  }
  const stepDiffs = (definition: RunDefinition): Map<string, StepDiffOf> => {
    let m = diffMemo.get(definition.hash)
    if (!m) {
      const diff =
        definition.hash === head.definition.hash
          ? { steps: [] as StepDiffOf[] }
          : diffDefinitions(definition.graph, graph, definition.document, head.definition.document)
      m = new Map(diff.steps.map(d => [d.step, d]))
      diffMemo.set(definition.hash, m)
    }
    return m
  }

  // Whether the output a run `view` holds for a step stands for head, upstream included: the first
  // reason it does not, 'pending' while facts are missing, or undefined when it does.
  const standsMemo = new Map<string, Reason | 'pending' | null>()
  const standsFor = (step: string, view: string): Reason | 'pending' | undefined => {
    const key = `${view}\u0000${step}`
    if (!standsMemo.has(key)) standsMemo.set(key, judgeInView(step, view) ?? null)
    return standsMemo.get(key) ?? undefined
  }
  const judgeInView = (step: string, view: string): Reason | 'pending' | undefined => {
    const r = resolve(step, view)
    if ('pending' in r) return 'pending'
    if ('unknown' in r) return { kind: 'producer-unknown', detail: r.unknown }
    if ('none' in r) return { kind: 'failed-in-reference', status: r.none }
    const reasons = own(step, r.producer)
    if (reasons === 'pending') return 'pending'
    if (reasons.length > 0) return reasons[0]
    return consumed(step, r.producer)
  }
  /** Whether every upstream output the producer consumed for this step stands for head. */
  const consumed = (step: string, producer: string): Reason | 'pending' | undefined => {
    let pending = false
    for (const parent of graph.sorted(graph.parents(step))) {
      const verdict = standsFor(parent, producer)
      if (verdict === 'pending') pending = true
      else if (verdict) return { kind: 'stale-input', step: parent, run: producer }
    }
    return pending ? 'pending' : undefined
  }

  const stale = new Map<string, Reason[]>()
  const branchExcluded = new Set<string>()
  const producers = new Map<string, string>()
  const refFacts = factsWith(reference, ['steps'])
  const excluded =
    refFacts !== 'pending' && !('unavailable' in refFacts)
      ? untakenBranches(graph, refFacts.steps!)
      : new Set<string>()
  for (const step of graph.topologicalOrder()) {
    const r = resolve(step, reference)
    if ('pending' in r) continue
    if ('unknown' in r) {
      stale.set(step, [{ kind: 'producer-unknown', detail: r.unknown }])
      continue
    }
    if ('none' in r) {
      if (r.none === 'NotRun' && r.run === reference && excluded.has(step)) {
        // No output by design (its Condition took the other branch). Its own changes still select it
        // (SPEC rule 1): the next time its branch is taken, it must be what head says.
        const reasons = own(step, reference)
        if (reasons === 'pending') continue
        if (reasons.length > 0) stale.set(step, reasons)
        else branchExcluded.add(step)
      } else stale.set(step, [{ kind: 'failed-in-reference', status: r.none }])
      continue
    }
    const reasons = own(step, r.producer)
    if (reasons === 'pending') continue
    const all = [...reasons]
    // Outputs the reference ran itself consumed the reference's own upstream outputs, which the
    // closure already judges; an output carried over from an older run consumed that run's.
    if (r.producer !== reference && all.length === 0) {
      const input = consumed(step, r.producer)
      if (input === 'pending') continue
      if (input) all.push(input)
    }
    if (all.length > 0) stale.set(step, all)
    else producers.set(step, r.producer)
  }
  return { stale, branchExcluded, producers, codeMoved, needs: [...needs.values()] }
}

function has(facts: RunFacts | undefined, field: FactField): boolean {
  if (!facts) return false
  switch (field) {
    case 'run':
      return facts.status !== undefined
    case 'steps':
      return facts.steps !== undefined
    case 'parameters':
      return facts.parameters !== undefined
    case 'definition':
      return facts.definition !== undefined
    case 'changes':
      return facts.changes !== undefined
    case 'mapping':
      return facts.mapping !== undefined
  }
}

function defaultOf(def: ParameterDef | undefined): string | undefined {
  const v = def?.defaultValue
  if (v === undefined) return undefined
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  return String(v)
}

/**
 * Two values of one parameter are the same when the service would see the same value: Booleans
 * ignore case, Integers and Floats compare as numbers ("6" and "6.0", "0.70" and "0.7"), Strings as
 * text. An absent value equals only an absent one.
 */
export function sameValue(
  def: ParameterDef | undefined,
  a: string | undefined,
  b: string | undefined
): boolean {
  if (a === undefined || b === undefined) return a === b
  switch (def?.type) {
    case 'Boolean':
      return a.trim().toLowerCase() === b.trim().toLowerCase()
    case 'Integer':
    case 'Float': {
      const x = Number(a.trim())
      const y = Number(b.trim())
      return a.trim() !== '' && b.trim() !== '' && !Number.isNaN(x) && x === y
    }
    default:
      return a === b
  }
}

/**
 * Steps absent from a run because a Condition took the other branch: those nested in the untaken
 * branch of a Condition that reported an outcome, and everything downstream of them.
 */
export function untakenBranches(graph: StepGraph, steps: ReadonlyMap<string, StepState>): Set<string> {
  const direct: string[] = []
  for (const node of graph.steps.values()) {
    if (!node.condition) continue
    const outcome = steps.get(node.condition)?.outcome
    if (!outcome) continue
    const taken = outcome === 'True' ? 'If' : 'Else'
    if (node.branch !== taken) direct.push(node.name)
  }
  return new Set(graph.closure(direct))
}
