import type { StepGraph } from '../core/graph.js'
import type { Plan, StepState } from '../core/types.js'

/** Colour classes of the diagram; `legend` in the report explains them with matching squares. */
export type NodeClass = 'run' | 'reuse' | 'notRun' | 'succeeded' | 'failed' | 'stopped'

const CLASS_STYLES: Readonly<Record<NodeClass, string>> = {
  run: 'fill:#ffd8a8,stroke:#e8590c,color:#000',
  reuse: 'fill:#d0ebff,stroke:#1c7ed6,color:#000',
  notRun: 'fill:#f1f3f5,stroke:#adb5bd,color:#868e96,stroke-dasharray:4 3',
  succeeded: 'fill:#d3f9d8,stroke:#2b8a3e,color:#000',
  failed: 'fill:#ffe3e3,stroke:#c92a2a,color:#000',
  stopped: 'fill:#e9ecef,stroke:#495057,color:#000'
}

/** GitHub's Mermaid refuses diagrams above 50,000 characters or 500 edges; stay clear of both. */
export const MERMAID_MAX_TEXT = 40_000
export const MERMAID_MAX_EDGES = 400

export interface MermaidOptions {
  /** Draw only these steps (a pruned view of a large pipeline) and the edges between them. */
  only?: Iterable<string>
  /**
   * `finalSteps` is the end state: a selected step missing from it did not run (untaken branch,
   * downstream of a failure). When false, a missing step is still pending and keeps the `run` colour.
   */
  finished?: boolean
  /** Longest label, in characters of the step name. */
  maxLabel?: number
}

/**
 * The pipeline DAG as a Mermaid flowchart, coloured by what the plan does with each step (and, once
 * known, how it ended), so a reviewer sees at once which part of the pipeline the change touches.
 * Node ids are `n<topological index>` because step names may hold anything; labels are quoted and
 * every character outside a small safe set is written as a Mermaid entity (`#60;`), so no name can
 * end a label, inject HTML or close the code fence.
 */
export function renderMermaid(
  graph: StepGraph,
  plan: Plan,
  finalSteps?: ReadonlyMap<string, StepState>,
  options: MermaidOptions = {}
): string {
  const order = graph.topologicalOrder()
  const ids = new Map(order.map((name, i) => [name, `n${i}`]))
  const shown = options.only ? new Set(options.only) : undefined
  const visible = shown ? order.filter(n => shown.has(n)) : order
  const maxLabel = options.maxLabel ?? 60
  const classify = classifier(plan, finalSteps, options.finished ?? true)

  const lines = ['```mermaid', 'flowchart TD']
  for (const name of visible) {
    const label = `"${mermaidText(clipLabel(name, maxLabel))}"`
    const shape = graph.step(name).type === 'Condition' ? `{${label}}` : `[${label}]`
    lines.push(`  ${ids.get(name)}${shape}`)
  }
  for (const edge of graph.edges()) {
    if (shown && (!shown.has(edge.from) || !shown.has(edge.to))) continue
    const target = graph.step(edge.to)
    const branch =
      edge.kinds.includes('condition') && target.condition === edge.from ? target.branch : undefined
    lines.push(`  ${ids.get(edge.from)} -->${branch ? `|${branch}|` : ''} ${ids.get(edge.to)}`)
  }
  const members = new Map<NodeClass, string[]>()
  for (const name of visible) {
    const cls = classify(name)
    const list = members.get(cls) ?? []
    list.push(ids.get(name)!)
    members.set(cls, list)
  }
  for (const [cls, style] of Object.entries(CLASS_STYLES)) lines.push(`  classDef ${cls} ${style}`)
  for (const [cls, nodes] of members) lines.push(`  class ${nodes.join(',')} ${cls}`)
  lines.push('```')
  return lines.join('\n')
}

/** The colour class of one step: the plan's disposition, refined by the step's final state. */
export function classifier(
  plan: Plan,
  finalSteps: ReadonlyMap<string, StepState> | undefined,
  finished: boolean
): (name: string) => NodeClass {
  const selected = new Set(plan.selected)
  const reused = new Set(plan.reused)
  return name => {
    const state = finalSteps?.get(name)
    if (state?.reusedFrom !== undefined) return 'reuse'
    if (!selected.has(name)) return reused.has(name) ? 'reuse' : 'notRun'
    if (!finalSteps) return 'run'
    switch (state?.status) {
      case 'Succeeded':
        return 'succeeded'
      case 'Failed':
        return 'failed'
      case 'Stopped':
      case 'Stopping':
        return 'stopped'
      case 'Starting':
      case 'Executing':
        return 'run'
      default:
        return finished ? 'notRun' : 'run'
    }
  }
}

export interface DiagramChoice {
  /** Steps to draw; undefined when the diagram is left out. */
  steps?: string[]
  /** Said under the diagram (pruned) or instead of it (left out). */
  note?: string
}

/**
 * Which steps a readable (and renderable) diagram can show: the whole pipeline when it is small, else
 * the steps that run with their immediate neighbours, else nothing, with a note saying so.
 */
export function chooseDiagram(
  graph: StepGraph,
  plan: Plan,
  fullUpTo: number,
  prunedUpTo: number
): DiagramChoice {
  const all = graph.topologicalOrder()
  if (all.length <= fullUpTo) return fits(graph, all) ? { steps: all } : tooLarge(all.length)
  if (plan.selected.length === 0 || plan.fullRun) return tooLarge(all.length)
  const focus = new Set(plan.selected)
  for (const name of plan.selected) {
    for (const p of graph.parents(name)) focus.add(p)
    for (const c of graph.children(name)) focus.add(c)
  }
  if (focus.size > prunedUpTo) return tooLarge(all.length)
  const steps = graph.sorted(focus)
  if (!fits(graph, steps)) return tooLarge(all.length)
  return {
    steps,
    note: `Showing ${steps.length} of ${all.length} steps: the ones that run and their immediate neighbours.`
  }
}

function fits(graph: StepGraph, steps: string[]): boolean {
  const set = new Set(steps)
  let edges = 0
  for (const name of steps) for (const c of graph.children(name)) if (set.has(c)) edges++
  return edges <= MERMAID_MAX_EDGES
}

function tooLarge(total: number): DiagramChoice {
  return { note: `The pipeline graph (${total} steps) is too large to draw here.` }
}

function clipLabel(name: string, max: number): string {
  const chars = Array.from(name)
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`
}

/** Mermaid entity codes (`#60;`) for anything but letters, digits and harmless punctuation. */
export function mermaidText(value: string): string {
  let out = ''
  for (const ch of value) out += /^[A-Za-z0-9 _.,:/-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`
  return out
}
