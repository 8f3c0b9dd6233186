import type { Edge, EdgeKind, ParameterDef, StepNode } from './types.js'

/** The kind of an edge the definition does not declare: one step reads an S3 location another writes. */
export const HIDDEN_EDGE_KIND: EdgeKind = 'data'

/**
 * A step reading an S3 location that another step writes (the same URI, or one under it), found in
 * their own objects by `parseDefinition` (see data-locations.ts). One entry per read.
 */
export interface DataEdge {
  /** The step that writes the location. */
  from: string
  /** The step that reads it. */
  to: string
  /** JSON path of the read inside `to`, e.g. `Arguments.ModelMetrics.ModelQuality.Statistics.S3Uri`. */
  path: string
  /** The URI read; `{Parameters.X}` / `{Execution.X}` stand for values a `Std:Join` takes at run time. */
  uri: string
  /**
   * The written path is built from `Execution.PipelineExecutionId`: a run that reuses `from` finds its
   * output under the producing run's id, but `to` rebuilds the path from its own run's id, so the output
   * is not where `to` looks.
   */
  executionScoped: boolean
  /**
   * The graph gained a `data` edge for it: the definition's own edges do not order `from` before `to`,
   * so the service may run them in either order. False: they are ordered already (no edge added).
   */
  added: boolean
}

/** What `parseDefinition` learns beside the edges; a graph built by hand has none of it. */
export interface GraphFacts {
  dataEdges?: DataEdge[]
  /** Step → JSON paths where it builds an S3 path from `Execution.PipelineExecutionId`. */
  executionIdPaths?: ReadonlyMap<string, readonly string[]>
}

/**
 * The pipeline DAG as the service runs it: every step (nested Condition branches included) and the
 * edges that order them, plus the `data` edges `parseDefinition` adds where one step reads what another
 * writes without the definition saying so. Built by `parseDefinition`; immutable afterwards.
 * Traversals return names in topological order so that plans, reports and CLI output are stable.
 */
export class StepGraph {
  readonly steps: ReadonlyMap<string, StepNode>
  readonly parameters: ReadonlyMap<string, ParameterDef>
  private readonly parentsOf = new Map<string, Set<string>>()
  private readonly childrenOf = new Map<string, Set<string>>()
  private readonly edgeKinds = new Map<string, Set<EdgeKind>>()
  private readonly order: string[]
  private readonly rank = new Map<string, number>()
  private readonly facts: GraphFacts

  /**
   * @param steps in definition order (depth first through Condition branches)
   * @param edges may repeat; kinds are merged. Both ends must be steps; cycles are rejected.
   * @param facts data edges and execution-id paths found by the parser; their steps must be in the graph
   */
  constructor(
    steps: StepNode[],
    edges: Array<{ from: string; to: string; kind: EdgeKind }>,
    parameters: ParameterDef[] = [],
    facts: GraphFacts = {}
  ) {
    this.steps = new Map(steps.map(s => [s.name, s]))
    this.parameters = new Map(parameters.map(p => [p.name, p]))
    for (const s of steps) {
      this.parentsOf.set(s.name, new Set())
      this.childrenOf.set(s.name, new Set())
    }
    for (const e of edges) {
      if (!this.steps.has(e.from) || !this.steps.has(e.to)) {
        throw new Error(`edge ${e.from} → ${e.to} names a step that is not in the graph`)
      }
      this.childrenOf.get(e.from)!.add(e.to)
      this.parentsOf.get(e.to)!.add(e.from)
      const key = edgeKey(e.from, e.to)
      const kinds = this.edgeKinds.get(key) ?? new Set<EdgeKind>()
      kinds.add(e.kind)
      this.edgeKinds.set(key, kinds)
    }
    this.order = this.topologicalSort(steps.map(s => s.name))
    this.order.forEach((name, i) => this.rank.set(name, i))
    for (const d of facts.dataEdges ?? []) this.sorted([d.from, d.to])
    this.sorted(facts.executionIdPaths?.keys() ?? [])
    this.facts = facts
  }

  get size(): number {
    return this.steps.size
  }

  has(name: string): boolean {
    return this.steps.has(name)
  }

  step(name: string): StepNode {
    const s = this.steps.get(name)
    if (!s) throw new Error(`unknown step "${name}"`)
    return s
  }

  /** All step names in a topological order (ties broken by definition order). */
  topologicalOrder(): string[] {
    return [...this.order]
  }

  parents(name: string): ReadonlySet<string> {
    return this.parentsOf.get(name) ?? new Set()
  }

  children(name: string): ReadonlySet<string> {
    return this.childrenOf.get(name) ?? new Set()
  }

  /** Deduplicated edges in a stable order (by topological rank of `from`, then `to`). */
  edges(): Edge[] {
    const out: Edge[] = []
    for (const from of this.order) {
      const tos = [...this.children(from)].sort((a, b) => this.rank.get(a)! - this.rank.get(b)!)
      for (const to of tos) out.push({ from, to, kinds: [...this.edgeKinds.get(edgeKey(from, to))!].sort() })
    }
    return out
  }

  /** The given steps plus everything reachable from them, in topological order. */
  closure(names: Iterable<string>): string[] {
    return this.sorted(this.reach(names, n => this.children(n), true))
  }

  /** Strict descendants of the given steps (not the steps themselves unless reachable from another). */
  descendants(names: Iterable<string>): string[] {
    return this.sorted(this.reach(names, n => this.children(n), false))
  }

  /** Strict ancestors of the given steps. */
  ancestors(names: Iterable<string>): string[] {
    return this.sorted(this.reach(names, n => this.parents(n), false))
  }

  /** Sorts step names topologically; unknown names are an error. */
  sorted(names: Iterable<string>): string[] {
    const list = [...new Set(names)]
    for (const n of list) if (!this.rank.has(n)) throw new Error(`unknown step "${n}"`)
    return list.sort((a, b) => this.rank.get(a)! - this.rank.get(b)!)
  }

  /** Steps that read a parameter, directly in their own object. */
  readersOf(parameter: string): string[] {
    return this.order.filter(n => this.steps.get(n)!.parameters.includes(parameter))
  }

  /**
   * Reads of S3 locations another step writes, by the reader's topological rank, then the writer's, then
   * the path read. Those with `added` are also edges of kind `data` in `edges()`.
   */
  dataEdges(): DataEdge[] {
    const r = (n: string): number => this.rank.get(n)!
    return [...(this.facts.dataEdges ?? [])].sort(
      (a, b) => r(a.to) - r(b.to) || r(a.from) - r(b.from) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    )
  }

  /**
   * Steps that build an S3 path from `{"Get": "Execution.PipelineExecutionId"}` (in a `Std:Join`), in
   * topological order: what the path names differs in every run, so no definition can say where a reused
   * output of theirs lies. `dataEdges()` with `executionScoped` shows which reads actually depend on it.
   */
  volatileExecutionIdSteps(): string[] {
    return this.sorted(this.facts.executionIdPaths?.keys() ?? [])
  }

  /** Where a step builds a path from the execution id (JSON paths in its object); empty when nowhere. */
  executionIdPaths(name: string): readonly string[] {
    return this.facts.executionIdPaths?.get(name) ?? []
  }

  /** Every Condition enclosing the step, innermost first. */
  enclosingConditions(name: string): string[] {
    const out: string[] = []
    let current = this.steps.get(name)?.condition
    while (current) {
      out.push(current)
      current = this.steps.get(current)?.condition
    }
    return out
  }

  private reach(
    start: Iterable<string>,
    next: (n: string) => ReadonlySet<string>,
    includeStart: boolean
  ): Set<string> {
    const seen = new Set<string>()
    const stack: string[] = []
    for (const s of start) {
      if (!this.steps.has(s)) throw new Error(`unknown step "${s}"`)
      if (includeStart) seen.add(s)
      stack.push(s)
    }
    while (stack.length > 0) {
      const n = stack.pop()!
      for (const m of next(n)) {
        if (!seen.has(m)) {
          seen.add(m)
          stack.push(m)
        }
      }
    }
    return seen
  }

  /** Kahn's algorithm; the queue is kept in definition order so the result is deterministic. */
  private topologicalSort(definitionOrder: string[]): string[] {
    const position = new Map(definitionOrder.map((n, i) => [n, i]))
    const indegree = new Map(definitionOrder.map(n => [n, this.parentsOf.get(n)!.size]))
    const ready = new MinHeap<string>((a, b) => position.get(a)! - position.get(b)!)
    for (const n of definitionOrder) if (indegree.get(n) === 0) ready.push(n)
    const out: string[] = []
    while (ready.size > 0) {
      const n = ready.pop()
      out.push(n)
      for (const m of this.childrenOf.get(n)!) {
        const d = indegree.get(m)! - 1
        indegree.set(m, d)
        if (d === 0) ready.push(m)
      }
    }
    if (out.length !== definitionOrder.length) {
      throw new CycleError(this.findCycle(definitionOrder.filter(n => indegree.get(n)! > 0)))
    }
    return out
  }

  private findCycle(candidates: string[]): string[] {
    const inCycleSet = new Set(candidates)
    const start = candidates[0]!
    const path: string[] = []
    const index = new Map<string, number>()
    // Every leftover node keeps a leftover parent, so walking parents must come back on itself.
    let current = start
    while (!index.has(current)) {
      index.set(current, path.length)
      path.push(current)
      current = [...this.parentsOf.get(current)!].find(c => inCycleSet.has(c))!
    }
    return [...path.slice(index.get(current)), current].reverse()
  }
}

export class CycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`the pipeline's steps form a cycle: ${cycle.join(' → ')}`)
    this.name = 'CycleError'
  }
}

function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`
}

/** A binary heap, so the deterministic topological sort stays O(n log n) on 5,000-step graphs. */
class MinHeap<T> {
  private readonly items: T[] = []
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length
  }

  push(item: T): void {
    const a = this.items
    a.push(item)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.compare(a[i]!, a[parent]!) >= 0) break
      ;[a[i], a[parent]] = [a[parent]!, a[i]!]
      i = parent
    }
  }

  pop(): T {
    const a = this.items
    const top = a[0]!
    const last = a.pop()!
    if (a.length > 0) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && this.compare(a[l]!, a[m]!) < 0) m = l
        if (r < a.length && this.compare(a[r]!, a[m]!) < 0) m = r
        if (m === i) break
        ;[a[i], a[m]] = [a[m]!, a[i]!]
        i = m
      }
    }
    return top
  }
}
