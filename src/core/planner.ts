import { UserError, didYouMean } from '../errors.js'
import type { StepGraph } from './graph.js'
import type { ExecutionRecord, Plan, PlanRequest, Reason } from './types.js'

/** `SelectiveExecutionConfig.SelectedSteps` holds at most 50 steps (reference §1.9). */
export const MAX_SELECTED_STEPS = 50

/**
 * Turns what changed (files, step definitions, parameter values) and what the user asked for into the
 * steps to run, the steps whose outputs come from the reference run and the steps left alone. It errs
 * towards running more: every change since the reference re-runs what it touches whatever the mode, a
 * branch step never runs without its Condition, and any selection the service might reject or that
 * lacks a reference becomes a full run with the reason spelled out.
 */
export function planSelection(request: PlanRequest): Plan {
  const { graph } = request
  const book = new ReasonBook()
  const warnings: string[] = []
  const explicit = checkStepNames(graph, request.explicitSteps ?? [], 'Input "steps"')
  let selection = request.selection
  if (explicit.length > 0 && selection !== 'affected') {
    warnings.push(
      `the steps input overrides selection: ${selection}; ${explicit.join(', ')} and what changed are selected`
    )
    selection = 'affected'
  }

  if (selection === 'all') {
    for (const name of graph.topologicalOrder()) book.add(name, { kind: 'selection-all' })
    return fullRun(graph, book, 'selection: all runs every step', warnings)
  }
  const judged = request.freshness
  if (!judged && !request.changes.complete) {
    const detail = request.changes.detail ?? 'the list of changed files could not be read whole'
    for (const name of graph.topologicalOrder()) book.add(name, { kind: 'unknown-changes', detail })
    return fullRun(
      graph,
      book,
      `the changed files are not known exactly (${detail}), so every step runs`,
      warnings
    )
  }

  if (judged) {
    // Every step whose output in the reference does not stand for head runs (files, definition,
    // parameters, mapping edits, no output at all), judged against the run that produced it.
    for (const [name, reasons] of judged.stale) for (const reason of reasons) book.add(name, reason)
    if (
      selection === 'failed' &&
      ![...judged.stale.values()].flat().some(r => r.kind === 'failed-in-reference')
    ) {
      warnings.push(
        `the reference run ${request.reference?.arn ?? ''} has no failed steps; there is nothing to resume`.replace(
          'run  has',
          'run has'
        )
      )
    }
  } else {
    addAffected(request, book, warnings)
    if (selection === 'failed') addFailed(graph, request.reference, book, warnings)
    // Whatever the mode, a Failed reference's failed steps have no outputs at that commit: they run again
    // (the run this plan starts must leave every step's outputs in place).
    else if (request.reference?.status === 'Failed') addFailed(graph, request.reference, book, [])
  }
  for (const name of explicit) book.add(name, { kind: 'explicit' })
  for (const [name, reasons] of Object.entries(request.seeds ?? {})) {
    checkStepNames(graph, [name], 'selection seeds')
    if (reasons.length === 0) book.add(name, { kind: 'explicit' })
    for (const reason of reasons) book.add(name, reason)
  }

  const cost = request.stepMinutes ? (n: string) => request.stepMinutes!.get(n) ?? 1 : () => 1
  const selected = expand(graph, book, request.downstream, judged?.branchExcluded, cost)
  return finish(request, selected, book, warnings)
}

/**
 * The documented rule for `SelectedSteps` (reference §1.1): every step on a directed path between two
 * selected steps is selected too, i.e. descendants(S) ∩ ancestors(S) ⊆ S.
 */
export function isPathConvex(graph: StepGraph, names: Iterable<string>): boolean {
  const set = new Set(names)
  if (set.size < 2) return true
  const below = new Set(graph.descendants(set))
  return graph.ancestors(set).every(n => set.has(n) || !below.has(n))
}

/** Whether the subgraph induced on the names is connected when edge direction is ignored ([U] §1.1). */
export function isWeaklyConnected(graph: StepGraph, names: Iterable<string>): boolean {
  return connectedGroups(graph, names).length <= 1
}

/** The weakly connected components of the induced subgraph, each in topological order, ordered by their first step. */
export function connectedGroups(graph: StepGraph, names: Iterable<string>): string[][] {
  const set = new Set(names)
  const seen = new Set<string>()
  const groups: string[][] = []
  for (const start of graph.sorted(set)) {
    if (seen.has(start)) continue
    const group: string[] = []
    const stack = [start]
    seen.add(start)
    while (stack.length > 0) {
      const n = stack.pop()!
      group.push(n)
      for (const m of [...graph.parents(n), ...graph.children(n)]) {
        if (set.has(m) && !seen.has(m)) {
          seen.add(m)
          stack.push(m)
        }
      }
    }
    groups.push(graph.sorted(group))
  }
  return groups
}

/**
 * Steps that did not run in `record` because a Condition took the other branch: those nested in the
 * untaken branch of a Condition that reported an outcome, and everything downstream of them. They are
 * absent from the record by design, not because of a failure.
 */
export function branchExcludedSteps(graph: StepGraph, record: ExecutionRecord): Set<string> {
  const direct: string[] = []
  for (const node of graph.steps.values()) {
    if (!node.condition) continue
    const outcome = record.steps.get(node.condition)?.outcome
    if (!outcome) continue
    const taken = outcome === 'True' ? 'If' : 'Else'
    if (node.branch !== taken) direct.push(node.name)
  }
  return new Set(graph.closure(direct))
}

/** Reasons per step, deduplicated, in the order they were found. Membership means "selected". */
class ReasonBook {
  private readonly byStep = new Map<string, Map<string, Reason>>()

  add(step: string, reason: Reason): void {
    const reasons = this.byStep.get(step) ?? new Map<string, Reason>()
    reasons.set(reasonKey(reason), reason)
    this.byStep.set(step, reasons)
  }

  has(step: string): boolean {
    return this.byStep.has(step)
  }

  names(): string[] {
    return [...this.byStep.keys()]
  }

  reasons(step: string): Reason[] {
    return [...(this.byStep.get(step)?.values() ?? [])]
  }

  copy(): ReasonBook {
    const copy = new ReasonBook()
    for (const [step, reasons] of this.byStep) copy.byStep.set(step, new Map(reasons))
    return copy
  }
}

function reasonKey(reason: Reason): string {
  return JSON.stringify(reason, Object.keys(reason).sort())
}

function checkStepNames(graph: StepGraph, names: string[], source: string): string[] {
  const known = graph.topologicalOrder()
  for (const name of names) {
    if (graph.has(name)) continue
    const listed =
      known.length <= 10 ? known.join(', ') : `${known.slice(0, 10).join(', ')}, … (${known.length} steps)`
    throw new UserError(
      `${source}: "${name}" is not a step of this pipeline${didYouMean(name, known)}; its steps are ${listed}`
    )
  }
  return [...new Set(names)]
}

/**
 * Seeds from the files changed in one commit range, for a plan without a freshness judgement (no
 * reference run: every step's output is judged by its producing run otherwise, in core/freshness.ts).
 */
function addAffected(request: PlanRequest, book: ReasonBook, warnings: string[]): void {
  const { graph, mapping } = request
  const everyStep = graph.topologicalOrder()
  if (mapping) {
    for (const file of request.changes.files) {
      const match = mapping.match(file)
      if (match.ignored) continue
      if (match.allSteps !== undefined) {
        for (const name of everyStep) book.add(name, { kind: 'all-steps-file', file, glob: match.allSteps })
      }
      for (const { step, glob } of match.steps) {
        if (graph.has(step)) book.add(step, { kind: 'file', file, glob })
        else warnings.push(`the mapping names step "${step}" for ${file}, but the pipeline has no such step`)
      }
    }
  }
}

function addFailed(
  graph: StepGraph,
  reference: ExecutionRecord | undefined,
  book: ReasonBook,
  warnings: string[]
): void {
  if (!reference) {
    warnings.push(
      'selection: failed resumes a reference run, but there is none; only what changed is selected'
    )
    return
  }
  const excluded = branchExcludedSteps(graph, reference)
  let found = 0
  for (const name of graph.topologicalOrder()) {
    const state = reference.steps.get(name)
    if (state ? state.status === 'Succeeded' : excluded.has(name)) continue
    book.add(name, { kind: 'failed-in-reference', status: state ? state.status : 'NotRun' })
    found++
  }
  if (found === 0) {
    warnings.push(`the reference run ${reference.arn} has no failed steps; there is nothing to resume`)
  }
}

/**
 * The selection, recomputed from scratch until the steps it needs are all in the book, so that the
 * order in which steps are met never matters. Every step selected for a reason other than `explicit`
 * (SPEC rule 7: with `downstream: true`, every step) is *unlimited*: it brings its enclosing Conditions,
 * its whole downstream closure, and anything either reaches, all unlimited too. Steps named in `steps`
 * bring their Conditions (limited, unless a change also brings them). Steps on a path between selected
 * steps are filled in (path convexity). A step the selection needs whose output the reference lacks (a
 * Condition there took the other branch) is added with `needed-upstream`, and everything is recomputed.
 * A selection in several unconnected parts is joined through a common upstream step when one exists
 * (`connects`, see {@link chooseConnectors}).
 */
function expand(
  graph: StepGraph,
  book: ReasonBook,
  downstream: boolean,
  noOutput: ReadonlySet<string> | undefined,
  cost: StepCost
): Set<string> {
  for (;;) {
    const { selected, how } = settle(graph, book, downstream, noOutput)
    const connectors = chooseConnectors(graph, book, downstream, noOutput, selected, cost)
    if (connectors) {
      for (const step of connectors.steps) book.add(step, { kind: 'connects', parts: connectors.parts })
      continue
    }
    for (const name of graph.sorted(how.keys())) {
      const reason = how.get(name)!
      if (reason !== 'closure') book.add(name, reason)
      else
        for (const parent of graph.sorted(graph.parents(name))) {
          if (selected.has(parent)) book.add(name, { kind: 'upstream', step: parent })
        }
    }
    return selected
  }
}

/** {@link grow}, then every step the selection needs whose output the reference lacks, until none is missing. */
function settle(
  graph: StepGraph,
  book: ReasonBook,
  downstream: boolean,
  noOutput: ReadonlySet<string> | undefined
): { selected: Set<string>; how: Map<string, How> } {
  for (;;) {
    const { selected, unlimited, how } = grow(graph, book, downstream)
    // Steps the selection needs whose output the reference lacks run for it, with their closure.
    const missing = graph.ancestors(selected).filter(n => noOutput?.has(n) && !unlimited.has(n))
    if (missing.length === 0) return { selected, how }
    for (const name of missing) {
      const of = graph.sorted(graph.descendants([name])).find(d => selected.has(d)) ?? ''
      book.add(name, { kind: 'needed-upstream', of })
    }
  }
}

/**
 * How a step the book does not hold joined the selection: as the Condition enclosing a selected step
 * (that reason is recorded), or by the closure or path convexity (`closure`: its reasons are then its
 * selected parents, once the selection is final).
 */
type How = Reason | 'closure'

/** Reasons that select a step without its downstream closure. */
function isLimited(reason: Reason, downstream: boolean): boolean {
  return reason.kind === 'connects' || (!downstream && reason.kind === 'explicit')
}

/** The fixed point of the book's steps under enclosing Conditions, downstream closure and path convexity. */
function grow(
  graph: StepGraph,
  book: ReasonBook,
  downstream: boolean
): { selected: Set<string>; unlimited: Set<string>; how: Map<string, How> } {
  const selected = new Set(book.names())
  const unlimited = new Set([...selected].filter(n => !book.reasons(n).every(r => isLimited(r, downstream))))
  const how = new Map<string, How>()
  for (let grew = true; grew;) {
    grew = false
    const add = (set: Set<string>, name: string, reason?: How): void => {
      if (set.has(name)) return
      set.add(name)
      if (reason && !how.has(name) && !book.has(name)) how.set(name, reason)
      grew = true
    }
    for (const name of graph.sorted(selected)) {
      for (const condition of graph.enclosingConditions(name)) {
        add(selected, condition, { kind: 'enclosing-condition', of: name })
        if (unlimited.has(name)) add(unlimited, condition)
      }
    }
    for (const name of graph.descendants(unlimited)) {
      add(selected, name, 'closure')
      add(unlimited, name)
    }
    const above = new Set(graph.ancestors(selected))
    for (const name of graph.descendants(selected)) {
      if (above.has(name)) add(selected, name, 'closure')
    }
  }
  return { selected, unlimited, how }
}

/** Estimated compute minutes of a step (1 per step when nothing better is known: fewest steps). */
export type StepCost = (step: string) => number

/** Candidate connectors tried one by one per unconnected selection (the closest first). */
export const MAX_CONNECTOR_CANDIDATES = 64
/** Of those, the closest ones also tried two at a time. */
export const MAX_CONNECTOR_PAIRS_FROM = 24
/**
 * Each trial re-plans the whole graph: trials per search are capped at this many step visits divided
 * by the number of steps (at least 4), so that a 5,000-step pipeline tries its 4 closest connectors and
 * a 60-step one every single and pair above.
 */
export const CONNECTOR_BUDGET = 40_000

/**
 * Joins a selection in several weakly connected parts, which SageMaker is assumed to reject (the
 * developer guide says the selected steps must be "connected"; whether the service enforces it is
 * unverified, [U] §1.1). A connector is a step upstream of two or more parts; it is added with the
 * steps on its paths to the selection (path convexity), its enclosing Conditions, and whatever they
 * need, but without its downstream closure: it runs again from the same fresh inputs, so the outputs
 * of its other descendants stay fresh. Of the single connectors and the pairs of the closest ones,
 * the cheapest that joins every part wins (then the fewer connectors, then the closer); when none
 * does, the single connector leaving the fewest parts is added and the search repeats. Nothing when
 * the selection is connected or no step joins two parts.
 */
function chooseConnectors(
  graph: StepGraph,
  book: ReasonBook,
  downstream: boolean,
  noOutput: ReadonlySet<string> | undefined,
  selected: Set<string>,
  cost: StepCost
): { steps: string[]; parts: string[] } | undefined {
  // Joining only adds steps: past the service's limit the run is a full run anyway.
  if (selected.size > MAX_SELECTED_STEPS) return undefined
  const parts = connectedGroups(graph, selected)
  if (parts.length < 2) return undefined
  const partOf = new Map<string, number>()
  parts.forEach((part, i) => {
    for (const name of part) partOf.set(name, i)
  })
  // The closest common upstream steps first (reverse topological order).
  const candidates = graph
    .ancestors(selected)
    .filter(name => {
      const joined = new Set<number>()
      for (const d of graph.descendants([name])) if (partOf.has(d)) joined.add(partOf.get(d)!)
      return joined.size >= 2
    })
    .reverse()
    .slice(0, MAX_CONNECTOR_CANDIDATES)
  const total = (names: Iterable<string>): number => [...names].reduce((sum, n) => sum + cost(n), 0)
  const tryWith = (steps: string[]) => {
    const trial = book.copy()
    for (const step of steps) trial.add(step, { kind: 'connects', parts: [] })
    const joined = settle(graph, trial, downstream, noOutput).selected
    return { steps, parts: connectedGroups(graph, joined).length, cost: total(joined) }
  }
  type Option = ReturnType<typeof tryWith>
  const better = (a: Option, b: Option | undefined): boolean =>
    !b || a.parts < b.parts || (a.parts === b.parts && a.cost < b.cost)
  let trials = Math.max(4, Math.floor(CONNECTOR_BUDGET / graph.size))
  let best: Option | undefined
  for (const step of candidates) {
    if (trials-- <= 0) break
    const option = tryWith([step])
    if (better(option, best)) best = option
  }
  const pairsFrom = candidates.slice(0, MAX_CONNECTOR_PAIRS_FROM)
  for (let i = 0; i < pairsFrom.length && trials > 0; i++) {
    for (let j = i + 1; j < pairsFrom.length && trials-- > 0; j++) {
      const option = tryWith([pairsFrom[i]!, pairsFrom[j]!])
      if (option.parts === 1 && (best?.parts !== 1 || option.cost < best.cost)) best = option
    }
  }
  // No connector reduces the parts: the selection stays unconnected and becomes a full run.
  if (!best || best.parts >= parts.length) return undefined
  return { steps: best.steps, parts: parts.map(p => p[0]!) }
}

function finish(request: PlanRequest, selectedSet: Set<string>, book: ReasonBook, warnings: string[]): Plan {
  const { graph } = request
  const selected = graph.sorted(selectedSet)
  warnCachedFileChanges(graph, selected, book, warnings, request.freshness?.codeMoved)
  const reused = graph.ancestors(selected).filter(n => !selectedSet.has(n))
  const reusedSet = new Set(reused)
  const groups = connectedGroups(graph, selected)
  let reason: string | undefined
  if (selected.length > 0 && selected.length === graph.size) reason = 'every step is affected'
  else if (selected.length > MAX_SELECTED_STEPS) {
    reason = `${selected.length} steps selected; a selective execution allows at most ${MAX_SELECTED_STEPS}`
  } else if (groups.length > 1) {
    reason = `the selection has unconnected parts that share no upstream step (${groups.map(g => shortList(g, 5)).join(' | ')}); the selected steps of a selective execution are assumed to have to be connected (the developer guide's word; unverified), so every step runs`
  } else if (reused.length > 0 && !request.reference) {
    reason = `no eligible reference run, and the selection depends on upstream steps ${shortList(reused, 10)}`
  }
  if (reason) return fullRun(graph, book, reason, warnings)

  // A step that reads, by an S3 path built from the execution id, what a reused step wrote in another
  // run reads a location the new run never wrote: the service cannot see that dependency.
  for (const edge of graph.dataEdges()) {
    if (edge.executionScoped && selectedSet.has(edge.to) && reusedSet.has(edge.from)) {
      warnings.push(
        `${edge.to} reads ${edge.uri}, which ${edge.from} writes under the execution id: in a selective run it reads the new run's path, which the reused ${edge.from} never wrote. Build the path from a Steps.${edge.from} property instead.`
      )
    }
  }
  if (!request.downstream && selected.length > 0) {
    const skipped = graph.descendants(selected).filter(n => !selectedSet.has(n))
    if (skipped.length > 0) {
      warnings.push(
        `downstream: false leaves ${shortList(skipped, 10)} unrun although they depend on the selection`
      )
    }
  }
  return {
    selected,
    reasons: reasonsOf(book, selected),
    reused,
    notRun: graph.topologicalOrder().filter(n => !selectedSet.has(n) && !reusedSet.has(n)),
    fullRun: false,
    needsReference: reused.length > 0,
    warnings
  }
}

/** A run without SelectiveExecutionConfig: every step, each keeping its reasons (`selection-all` if it had none). */
function fullRun(graph: StepGraph, book: ReasonBook, fullRunReason: string, warnings: string[]): Plan {
  const selected = graph.topologicalOrder()
  for (const name of selected) if (!book.has(name)) book.add(name, { kind: 'selection-all' })
  return {
    selected,
    reasons: reasonsOf(book, selected),
    reused: [],
    notRun: [],
    fullRun: true,
    fullRunReason,
    needsReference: false,
    warnings
  }
}

function reasonsOf(book: ReasonBook, selected: string[]): Record<string, Reason[]> {
  return Object.fromEntries(selected.map(n => [n, book.reasons(n)]))
}

function shortList(names: string[], max: number): string {
  return names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} and ${names.length - max} more`
}

/**
 * A step selected only because its files changed, whose definition is the same as in the reference and
 * whose `CacheConfig` is enabled, will most likely be answered from SageMaker's step cache: same
 * arguments, same cached result. The change then does not take effect until the pipeline definition
 * carries it (the SDK uploads code to content-hashed S3 paths when the pipeline is upserted).
 */
function warnCachedFileChanges(
  graph: StepGraph,
  selected: string[],
  book: ReasonBook,
  warnings: string[],
  codeMoved: ReadonlySet<string> = new Set()
): void {
  const cached = selected.filter(name => {
    // A new code location is part of the cache key: no cache hit to fear.
    if (codeMoved.has(name)) return false
    const kinds = new Set(book.reasons(name).map(r => r.kind))
    const cache = graph.step(name).raw.CacheConfig as { Enabled?: unknown } | undefined
    return (
      cache?.Enabled === true &&
      (kinds.has('file') || kinds.has('all-steps-file')) &&
      !kinds.has('definition') &&
      !kinds.has('new-step') &&
      !kinds.has('parameter')
    )
  })
  if (cached.length > 0) {
    warnings.push(
      `${shortList(cached, 10)} ${cached.length === 1 ? 'has' : 'have'} CacheConfig enabled and the same definition as in the reference run: ` +
        'SageMaker will likely serve the cached result, so the file change would not take effect. Update the pipeline ' +
        '(upsert it, which uploads the changed code) before this step, or disable caching for it.'
    )
  }
}
