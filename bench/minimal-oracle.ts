/**
 * An independent brute-force oracle for the *smallest* sound selection, for the bench's "minimal"
 * section. It imports nothing from src/: it reads the raw definition JSON itself and knows only the
 * rules below, written from SPEC.md ("What selects a step", "Reference run") and the service's rule for
 * `SelectedSteps` (path-convex, weakly connected).
 *
 * The graph: every step, Condition branches included at any depth; an edge X → Y for each `DependsOn`
 * entry X of Y, for each `{"Get": "Steps.X…"}` anywhere in Y's own object (a Condition's IfSteps and
 * ElseSteps excluded: those steps speak for themselves), and from a Condition to each step nested in
 * its branches. Readers of a parameter: steps whose own object holds `{"Get": "Parameters.P"}`.
 *
 * The selection S for a set of changed steps, against a reference run in which every step succeeded:
 * (a) the changed steps and their downstream closure (*required*);
 * (b) each selected branch step's enclosing Conditions; for a required step the Condition is required
 *     too, with its closure (SPEC rule 4: both branches, the run takes whichever the Condition decides);
 * (c) path-convex: every step on a directed path between two steps of S is in S;
 * (d) weakly connected (edges undirected, on the induced subgraph).
 * Steps added only to connect (*connectors*) re-run with the inputs they had, so neither they nor their
 * other descendants need re-running: (a) applies to changed steps only, (b) and (c) to connectors too.
 * If no connected S smaller than the whole pipeline exists, the answer is every step (a full run).
 */

export interface OracleStep {
  name: string
  type: string
  /** The innermost Condition whose IfSteps/ElseSteps hold the step. */
  condition?: string
}

export interface OracleGraph {
  /** In definition order (depth first through Condition branches). */
  steps: OracleStep[]
  parents: ReadonlyMap<string, ReadonlySet<string>>
  children: ReadonlyMap<string, ReadonlySet<string>>
  /** Parameter name → steps that read it directly. */
  readers: ReadonlyMap<string, readonly string[]>
}

/** A step of a hand-made graph: its parents (edges into it) and, for a branch step, its Condition. */
export interface HandStep {
  name: string
  type?: string
  parents?: string[]
  condition?: string
  reads?: string[]
}

/** A graph from plain data (tests). The Condition → branch step edge is added, as for a definition. */
export function handGraph(steps: HandStep[]): OracleGraph {
  const edges: Array<[string, string]> = []
  const readers = new Map<string, string[]>()
  for (const s of steps) {
    for (const p of s.parents ?? []) edges.push([p, s.name])
    if (s.condition) edges.push([s.condition, s.name])
    for (const r of s.reads ?? []) readers.set(r, [...(readers.get(r) ?? []), s.name])
  }
  return build(
    steps.map(s => ({ name: s.name, type: s.type ?? 'Processing', condition: s.condition })),
    edges,
    readers
  )
}

/** The graph of a raw pipeline definition (the JSON of `DescribePipeline.PipelineDefinition`). */
export function definitionGraph(definition: unknown): OracleGraph {
  const doc = (typeof definition === 'string' ? JSON.parse(definition) : definition) as Record<
    string,
    unknown
  >
  const steps: OracleStep[] = []
  const owns = new Map<string, Record<string, unknown>>()
  const collect = (list: unknown, condition: string | undefined): void => {
    if (!Array.isArray(list)) return
    for (const raw of list as Array<Record<string, unknown>>) {
      const name = String(raw.Name)
      const type = String(raw.Type)
      steps.push(condition ? { name, type, condition } : { name, type })
      const args = raw.Arguments as Record<string, unknown> | undefined
      if (type === 'Condition' && args && typeof args === 'object') {
        const { IfSteps, ElseSteps, ...rest } = args
        owns.set(name, { ...raw, Arguments: rest })
        collect(IfSteps, name)
        collect(ElseSteps, name)
      } else owns.set(name, raw)
    }
  }
  collect(doc.Steps, undefined)

  const edges: Array<[string, string]> = []
  const readers = new Map<string, string[]>()
  for (const step of steps) {
    const own = owns.get(step.name)!
    if (Array.isArray(own.DependsOn)) for (const d of own.DependsOn) edges.push([String(d), step.name])
    const gets: string[] = []
    collectGets(own, gets)
    for (const g of gets) {
      const ref = /^Steps\.([^.[]+)/.exec(g)
      if (ref) edges.push([ref[1]!, step.name])
      const param = /^Parameters\.([^.[]+)/.exec(g)
      if (param) {
        const list = readers.get(param[1]!) ?? []
        if (!list.includes(step.name)) list.push(step.name)
        readers.set(param[1]!, list)
      }
    }
    if (step.condition) edges.push([step.condition, step.name])
  }
  return build(steps, edges, readers)
}

function collectGets(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const v of value) collectGets(v, out)
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Get' && typeof v === 'string') out.push(v)
      else collectGets(v, out)
    }
  }
}

function build(
  steps: OracleStep[],
  edges: Array<[string, string]>,
  readers: Map<string, string[]>
): OracleGraph {
  const parents = new Map<string, Set<string>>(steps.map(s => [s.name, new Set()]))
  const children = new Map<string, Set<string>>(steps.map(s => [s.name, new Set()]))
  for (const [from, to] of edges) {
    if (!parents.has(from) || !parents.has(to)) throw new Error(`edge ${from} → ${to} names an unknown step`)
    children.get(from)!.add(to)
    parents.get(to)!.add(from)
  }
  return { steps, parents, children, readers }
}

/** Everything reachable from the names through `next`, the names themselves not included unless reached. */
function reach(names: Iterable<string>, next: (n: string) => Iterable<string>): Set<string> {
  const out = new Set<string>()
  const stack = [...names]
  while (stack.length > 0) {
    for (const m of next(stack.pop()!)) {
      if (!out.has(m)) {
        out.add(m)
        stack.push(m)
      }
    }
  }
  return out
}

export function descendants(g: OracleGraph, names: Iterable<string>): Set<string> {
  return reach(names, n => g.children.get(n) ?? [])
}

export function ancestors(g: OracleGraph, names: Iterable<string>): Set<string> {
  return reach(names, n => g.parents.get(n) ?? [])
}

/** Every Condition around a step, innermost first. */
export function enclosingConditions(g: OracleGraph, name: string): string[] {
  const byName = new Map(g.steps.map(s => [s.name, s]))
  const out: string[] = []
  for (let c = byName.get(name)?.condition; c; c = byName.get(c)?.condition) out.push(c)
  return out
}

export function isConnected(g: OracleGraph, names: ReadonlySet<string>): boolean {
  const [first] = names
  if (first === undefined) return true
  const seen = new Set([first])
  const stack = [first]
  while (stack.length > 0) {
    const n = stack.pop()!
    for (const m of [...g.parents.get(n)!, ...g.children.get(n)!]) {
      if (names.has(m) && !seen.has(m)) {
        seen.add(m)
        stack.push(m)
      }
    }
  }
  return seen.size === names.size
}

export function isConvex(g: OracleGraph, names: ReadonlySet<string>): boolean {
  const below = descendants(g, names)
  return [...ancestors(g, names)].every(n => names.has(n) || !below.has(n))
}

/** (a) and (b) for changed steps: their closure, their Conditions and those Conditions' closures. */
export function requiredSteps(g: OracleGraph, changed: Iterable<string>): Set<string> {
  const out = new Set(changed)
  for (let size = -1; size !== out.size;) {
    size = out.size
    for (const n of [...out]) for (const c of enclosingConditions(g, n)) out.add(c)
    for (const d of descendants(g, out)) out.add(d)
  }
  return out
}

/** The least superset satisfying (b) for every member (Conditions only, no closure) and (c). */
export function hull(g: OracleGraph, names: Iterable<string>): Set<string> {
  const out = new Set(names)
  for (let size = -1; size !== out.size;) {
    size = out.size
    for (const n of [...out]) for (const c of enclosingConditions(g, n)) out.add(c)
    const above = ancestors(g, out)
    for (const d of descendants(g, out)) if (above.has(d)) out.add(d)
  }
  return out
}

export interface MinimalSelection {
  /** The selection, in definition order; every step when `all`. */
  selected: string[]
  /** Changed steps, their closures, their Conditions and those Conditions' closures: missing any is unsound. */
  required: string[]
  /** Steps in `selected` beyond `required` (to connect, or on a path between). */
  connectors: string[]
  /** No connected selection smaller than the pipeline (or over `maxSelected`): a full run. */
  all: boolean
  /** The search stopped at its seed cap before proving minimality (the answer may not be the smallest). */
  capped: boolean
}

export interface OracleOptions {
  /** Connector seeds tried at most (each seed's hull fills in the paths it needs); default 4. */
  maxSeeds?: number
  /** Tie-break between selections of one size: the cheapest by this cost, then by names. */
  cost?: (step: string) => number
  /** The service's limit on `SelectedSteps`; a larger selection is a full run. Default 50. */
  maxSelected?: number
}

/**
 * The smallest S satisfying (a)–(d), by brute force: the required steps alone, else the required steps
 * plus every set of up to `maxSeeds` connector seeds, each closed under (b) and (c) (`hull`), keeping the
 * smallest connected result. Any valid S is the hull of the required steps plus its own extra steps,
 * so this is exact whenever the smallest S needs at most `maxSeeds` seeds; a size-k search stops once
 * `required + k` cannot beat the best found. Otherwise `capped` says the answer may be too large.
 */
export function minimalSelection(
  g: OracleGraph,
  changed: Iterable<string>,
  options: OracleOptions = {}
): MinimalSelection {
  const maxSeeds = options.maxSeeds ?? 4
  const maxSelected = options.maxSelected ?? 50
  const cost = options.cost ?? (() => 0)
  const order = g.steps.map(s => s.name)
  const sorted = (set: ReadonlySet<string>): string[] => order.filter(n => set.has(n))
  const required = requiredSteps(g, changed)
  const answer = (set: ReadonlySet<string> | undefined, capped: boolean): MinimalSelection => {
    const all = !set || set.size === order.length || set.size > maxSelected
    const selected = all ? order : sorted(set)
    return {
      selected,
      required: sorted(required),
      connectors: selected.filter(n => !required.has(n)),
      all,
      capped
    }
  }
  if (required.size === 0) return answer(required, false)
  if (isConnected(g, required)) return answer(required, false)

  // Required steps in different pieces of the whole pipeline: nothing can connect them.
  const first = required.values().next().value as string
  const piece = reach([first], n => [...g.parents.get(n)!, ...g.children.get(n)!])
  if ([...required].some(n => n !== first && !piece.has(n))) return answer(undefined, false)
  const candidates = order.filter(n => !required.has(n))
  let best: Set<string> | undefined
  let bestKey = ''
  const keyOf = (set: Set<string>): string => {
    const minutes = [...set].reduce((sum, n) => sum + cost(n), 0)
    return `${String(set.size).padStart(6, '0')} ${minutes.toFixed(3).padStart(12, '0')} ${sorted(set).join(',')}`
  }
  let proven = false
  for (let k = 1; k <= maxSeeds; k++) {
    if (best && required.size + k >= best.size) {
      proven = true
      break
    }
    for (const seeds of combinations(candidates, k)) {
      const h = hull(g, [...required, ...seeds])
      if (best && h.size > best.size) continue
      if (!isConnected(g, h)) continue
      const key = keyOf(h)
      if (!best || key < bestKey) {
        best = h
        bestKey = key
      }
    }
  }
  if (!proven && best && required.size + maxSeeds + 1 >= best.size) proven = true
  // Nothing found within the cap: every step is an answer (a full run), but perhaps not the smallest.
  if (!best) return answer(undefined, candidates.length > maxSeeds)
  return answer(best, !proven)
}

/** k-subsets of the list, in lexicographic order of positions. */
export function* combinations<T>(list: readonly T[], k: number, start = 0): Generator<T[]> {
  if (k === 0) {
    yield []
    return
  }
  for (let i = start; i <= list.length - k; i++) {
    for (const rest of combinations(list, k - 1, i + 1)) yield [list[i]!, ...rest]
  }
}
