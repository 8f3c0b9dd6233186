/**
 * The emulator's own reading of a pipeline's step graph, for the selection rules: a topological
 * order, reachability both ways, the Conditions around a step and the weak components of a set of
 * steps. It takes only the steps and edges from the definition parser and computes everything else
 * here, never through the planner's or the graph class's traversals: the emulator is the oracle that
 * grades the action's planner, so the two must be separate implementations that happen to agree.
 */
import type { StepGraph } from '../../../src/core/graph.js'

export class Dag {
  /** Every step, parents before children; ties keep definition order. */
  readonly order: readonly string[]
  private readonly rank = new Map<string, number>()
  private readonly up = new Map<string, string[]>()
  private readonly down = new Map<string, string[]>()
  private readonly within = new Map<string, string | undefined>()

  constructor(graph: StepGraph) {
    const names = [...graph.steps.keys()]
    for (const name of names) {
      this.up.set(name, [])
      this.down.set(name, [])
      this.within.set(name, graph.steps.get(name)!.condition)
    }
    for (const child of names) {
      for (const parent of graph.parents(child)) {
        this.up.get(child)!.push(parent)
        this.down.get(parent)!.push(child)
      }
    }
    this.order = kahn(names, this.up, this.down)
    this.order.forEach((name, i) => this.rank.set(name, i))
  }

  has(name: string): boolean {
    return this.rank.has(name)
  }

  parents(name: string): readonly string[] {
    return this.up.get(name) ?? []
  }

  /** Steps reachable from `names` against the edges, by at least one edge. */
  ancestors(names: Iterable<string>): Set<string> {
    return reach(names, this.up)
  }

  /** Steps reachable from `names` along the edges, by at least one edge. */
  descendants(names: Iterable<string>): Set<string> {
    return reach(names, this.down)
  }

  /** The names in topological order, duplicates dropped. */
  sorted(names: Iterable<string>): string[] {
    return [...new Set(names)].sort((a, b) => this.rank.get(a)! - this.rank.get(b)!)
  }

  /** The Condition steps whose branches hold the step, innermost first. */
  conditionsAround(name: string): string[] {
    const out: string[] = []
    for (let c = this.within.get(name); c !== undefined; c = this.within.get(c)) out.push(c)
    return out
  }

  /** The weak components of the subgraph on `names`, each in topological order, ordered by their first step. */
  components(names: Iterable<string>): string[][] {
    const members = new Set(names)
    const component = new Map<string, number>()
    const groups: string[][] = []
    for (const first of this.sorted(members)) {
      if (component.has(first)) continue
      const group: string[] = []
      const queue = [first]
      component.set(first, groups.length)
      while (queue.length > 0) {
        const name = queue.shift()!
        group.push(name)
        for (const next of [...this.parents(name), ...(this.down.get(name) ?? [])]) {
          if (members.has(next) && !component.has(next)) {
            component.set(next, groups.length)
            queue.push(next)
          }
        }
      }
      groups.push(this.sorted(group))
    }
    return groups
  }
}

const dags = new WeakMap<StepGraph, Dag>()

/** The Dag of a parsed definition, built once per graph. */
export function dagOf(graph: StepGraph): Dag {
  let dag = dags.get(graph)
  if (!dag) {
    dag = new Dag(graph)
    dags.set(graph, dag)
  }
  return dag
}

function reach(start: Iterable<string>, next: ReadonlyMap<string, string[]>): Set<string> {
  const found = new Set<string>()
  const pending = [...start]
  while (pending.length > 0) {
    for (const n of next.get(pending.pop()!) ?? []) {
      if (found.has(n)) continue
      found.add(n)
      pending.push(n)
    }
  }
  return found
}

/** Kahn's algorithm, always taking the ready step that comes first in the definition. */
function kahn(
  names: string[],
  up: ReadonlyMap<string, string[]>,
  down: ReadonlyMap<string, string[]>
): string[] {
  const position = new Map(names.map((n, i) => [n, i]))
  const waiting = new Map(names.map(n => [n, new Set(up.get(n)).size]))
  const ready: number[] = []
  const push = (name: string): void => {
    const p = position.get(name)!
    let lo = 0
    let hi = ready.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (ready[mid]! < p) lo = mid + 1
      else hi = mid
    }
    ready.splice(lo, 0, p)
  }
  for (const n of names) if (waiting.get(n) === 0) push(n)
  const order: string[] = []
  while (ready.length > 0) {
    const name = names[ready.shift()!]!
    order.push(name)
    for (const child of new Set(down.get(name))) {
      const left = waiting.get(child)! - 1
      waiting.set(child, left)
      if (left === 0) push(child)
    }
  }
  if (order.length !== names.length) throw new Error('the step graph has a cycle')
  return order
}
