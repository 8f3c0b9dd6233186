import type { StepGraph } from './graph.js'
import type { ChangeSet, ExecutionRecord, PipelineMapping, StepNode, StepState } from './types.js'

export interface CoverageStep {
  step: string
  /** createdAt (epoch ms) of the newest execution in which the step ran (reused entries do not count). */
  lastRun?: number
  /** createdAt of the newest execution in which it ran successfully (a Fail step: ran to its end). */
  lastSuccess?: number
  /** Condition steps: the distinct outcomes seen where they ran, most recent first. */
  outcomes: Array<'True' | 'False'>
  /** It succeeded, but no success is known to have seen the current content of its mapped files. */
  stale: boolean
  covered: boolean
  /** Why it is not covered, or why an older success covers it. */
  note?: string
}

/** One execution to start: the uncovered steps it seeds and the parameters that steer its Conditions. */
export interface CoverageTarget {
  steps: string[]
  parameters: Record<string, string>
}

export interface CoverageReport {
  /** Covered steps / all steps × 100, one decimal. */
  percent: number
  /** Every step, in topological order. */
  steps: CoverageStep[]
  uncovered: string[]
  /** Ordered by the topological rank of their first step. */
  targets: CoverageTarget[]
  warnings: string[]
}

export interface CoverageInput {
  graph: StepGraph
  mapping?: PipelineMapping
  /** Recent executions, newest first, with their step states (ExecutionRecord.steps) and recorded commit. */
  executions: ExecutionRecord[]
  /** Files changed between a commit and head, for each distinct `commit` of `executions` (absent → unknown). */
  changesSince: ReadonlyMap<string, ChangeSet>
}

/**
 * Which steps have been exercised with the code they would run today, and the fewest executions that
 * exercise the rest. "Today" is judged by the mapped files only (a tree diff from the commit a success
 * ran at), so a success counts whatever branch it ran on; anything that cannot be judged counts as
 * stale, never as covered. Rarely taken branches are what this is for: a rerun takes the branch its
 * Condition chooses, so steps on opposite branches, or needing different forcing parameters, get
 * separate executions.
 */
export function computeCoverage(input: CoverageInput): CoverageReport {
  const { graph, mapping } = input
  const executions = [...input.executions].sort((a, b) => b.createdAt - a.createdAt)
  const changes = new ChangeIndex(mapping, input.changesSince)
  const warnings: string[] = []
  const steps = graph.topologicalOrder().map(name => stepCoverage(graph.step(name), executions, changes))
  const uncovered = steps.filter(s => !s.covered).map(s => s.step)
  const total = graph.size
  const percent = total === 0 ? 100 : Math.round(((total - uncovered.length) * 1000) / total) / 10

  if (executions.length === 0) {
    warnings.push('no executions of the pipeline were found, so no step counts as covered')
  } else if (changes.mapsAnyFiles()) {
    const unrecorded = executions.filter(e => e.commit === undefined).length
    if (unrecorded > 0) {
      warnings.push(
        `${unrecorded} of the ${executions.length} executions read have no recorded commit (started outside the action); their successes count as stale for steps with mapped files`
      )
    }
  }

  const requirements = branchRequirements(graph)
  warnings.push(...coverageEntryWarnings(graph, mapping, requirements))
  for (const name of uncovered) {
    const both = [...requirements.get(name)!].filter(([, b]) => b === 'both').map(([c]) => c)
    if (both.length > 0) {
      warnings.push(
        `${name} depends on steps in both branches of ${both.join(', ')}; an execution takes only one branch, so it will likely never run`
      )
    }
    const forcing = mapping?.coverage.get(name)
    if (forcing && Object.keys(forcing).length > 0) continue
    const untaken = untakenBranch(graph, name, executions)
    if (untaken) warnings.push(untaken)
  }

  return { percent, steps, uncovered, targets: groupTargets(uncovered, mapping, requirements), warnings }
}

function stepCoverage(node: StepNode, executions: ExecutionRecord[], changes: ChangeIndex): CoverageStep {
  const runs: Array<{ execution: ExecutionRecord; state: StepState }> = []
  for (const execution of executions) {
    const state = execution.steps.get(node.name)
    if (state && state.reusedFrom === undefined) runs.push({ execution, state })
  }
  const out: CoverageStep = { step: node.name, outcomes: [], stale: false, covered: false }
  if (node.type === 'Condition') {
    out.outcomes = [...new Set(runs.flatMap(r => (r.state.outcome ? [r.state.outcome] : [])))]
  }
  const successes = runs.filter(r => succeeded(node, r.state)).map(r => r.execution)
  if (runs[0]) out.lastRun = runs[0].execution.createdAt
  const newest = successes[0]
  if (!newest) {
    out.note =
      runs.length === 0
        ? `never ran in the ${executions.length} executions read`
        : `ran ${runs.length} time${runs.length === 1 ? '' : 's'} but never succeeded (last status: ${runs[0]!.state.status})`
    return out
  }
  out.lastSuccess = newest.createdAt
  const newestWhy = changes.staleness(node.name, newest)
  if (newestWhy === undefined) {
    out.covered = true
    return out
  }
  // A tree diff makes any success at a commit whose mapped files equal head's a valid one, old or not.
  const current = successes.slice(1).find(e => changes.staleness(node.name, e) === undefined)
  if (current) {
    out.covered = true
    out.note = `its newest success is stale (${newestWhy}), but ${current.arn} ran it at ${shortCommit(current.commit!)} with the current files`
  } else {
    out.stale = true
    out.note = newestWhy
  }
  return out
}

/** A Fail step always ends Failed: having run to its end is its success. */
function succeeded(node: StepNode, state: StepState): boolean {
  if (node.type === 'Fail') return state.status === 'Failed' || state.status === 'Succeeded'
  return state.status === 'Succeeded'
}

/** What changed since each commit, matched against the mapping once per commit. */
class ChangeIndex {
  private readonly byCommit = new Map<string, Map<string, string[]>>()
  private readonly allStepsKey = '\u0000all-steps'

  constructor(
    private readonly mapping: PipelineMapping | undefined,
    private readonly changesSince: ReadonlyMap<string, ChangeSet>
  ) {}

  mapsAnyFiles(): boolean {
    return this.mapping !== undefined && (this.mapping.allSteps.length > 0 || this.mapping.steps.size > 0)
  }

  /** Undefined when the step's mapped files are unchanged since the execution's commit; else why not. */
  staleness(step: string, execution: ExecutionRecord): string | undefined {
    const mapping = this.mapping
    if (!mapping || (mapping.allSteps.length === 0 && (mapping.steps.get(step)?.length ?? 0) === 0)) {
      return undefined
    }
    const commit = execution.commit
    if (commit === undefined) {
      return `its success in ${execution.arn} has no recorded commit, so what changed since is unknown`
    }
    const set = this.changesSince.get(commit)
    if (!set) return `the files changed since ${shortCommit(commit)} are not known`
    const hits = this.hitsSince(commit, set)
    const files = [...new Set([...(hits.get(step) ?? []), ...(hits.get(this.allStepsKey) ?? [])])]
    if (files.length > 0) {
      const others = files.length - 1
      const more = others > 0 ? ` and ${others} more file${others === 1 ? '' : 's'}` : ''
      return `${files[0]}${more} changed since ${shortCommit(commit)}`
    }
    if (!set.complete) {
      return `the list of files changed since ${shortCommit(commit)} is incomplete${set.detail ? ` (${set.detail})` : ''}`
    }
    return undefined
  }

  private hitsSince(commit: string, set: ChangeSet): Map<string, string[]> {
    const cached = this.byCommit.get(commit)
    if (cached) return cached
    const hits = new Map<string, string[]>()
    const add = (key: string, file: string): void => {
      const list = hits.get(key)
      if (list) list.push(file)
      else hits.set(key, [file])
    }
    for (const file of set.files) {
      const match = this.mapping!.match(file)
      if (match.ignored) continue
      if (match.allSteps !== undefined) add(this.allStepsKey, file)
      for (const { step } of match.steps) add(step, file)
    }
    this.byCommit.set(commit, hits)
    return hits
  }
}

function shortCommit(commit: string): string {
  return /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 7) : commit
}

type Branch = 'If' | 'Else' | 'both'

/**
 * Condition → branch each step needs taken to run at all: its own nesting and that of every ancestor
 * (a step after a branch step runs only when that branch does). `both` marks a step that needs both.
 */
function branchRequirements(graph: StepGraph): Map<string, Map<string, Branch>> {
  const out = new Map<string, Map<string, Branch>>()
  for (const name of graph.topologicalOrder()) {
    const need = new Map<string, Branch>()
    const add = (condition: string, branch: Branch): void => {
      const current = need.get(condition)
      need.set(condition, current === undefined || current === branch ? branch : 'both')
    }
    for (const parent of graph.parents(name)) for (const [c, b] of out.get(parent)!) add(c, b)
    const node = graph.step(name)
    if (node.condition && node.branch) add(node.condition, node.branch)
    out.set(name, need)
  }
  return out
}

function coverageEntryWarnings(
  graph: StepGraph,
  mapping: PipelineMapping | undefined,
  requirements: Map<string, Map<string, Branch>>
): string[] {
  const warnings: string[] = []
  for (const step of mapping?.coverage.keys() ?? []) {
    if (!graph.has(step)) {
      warnings.push(`coverage names step "${step}", which is not in the pipeline; it is ignored`)
    } else if (requirements.get(step)!.size === 0) {
      warnings.push(
        `coverage: ${step} is not inside a Condition's branch (nor after one), so forcing parameters cannot decide whether it runs`
      )
    }
  }
  return warnings
}

/**
 * The warning for an uncovered branch step that no execution read reached: the Condition on its path
 * that was never seen choosing the way it needs, innermost first. Undefined when it was reached.
 */
function untakenBranch(graph: StepGraph, name: string, executions: ExecutionRecord[]): string | undefined {
  const path: Array<{ condition: string; branch: 'If' | 'Else' }> = []
  for (let node = graph.step(name); node.condition && node.branch; node = graph.step(node.condition)) {
    path.push({ condition: node.condition, branch: node.branch })
  }
  if (path.length === 0) return undefined
  const outcomeIn = (e: ExecutionRecord, condition: string): 'True' | 'False' | undefined => {
    const state = e.steps.get(condition)
    return state && state.reusedFrom === undefined ? state.outcome : undefined
  }
  const wanted = (branch: 'If' | 'Else'): 'True' | 'False' => (branch === 'If' ? 'True' : 'False')
  const reached = executions.some(e => {
    const own = e.steps.get(name)
    if (own && own.reusedFrom === undefined) return true
    return path.every(p => outcomeIn(e, p.condition) === wanted(p.branch))
  })
  if (reached) return undefined
  const blocking =
    path.find(p => !executions.some(e => outcomeIn(e, p.condition) === wanted(p.branch))) ?? path[0]!
  const seen = [...new Set(executions.flatMap(e => outcomeIn(e, blocking.condition) ?? []))]
  const seenText = seen.length > 0 ? `outcomes seen: ${seen.join(', ')}` : 'it was never seen deciding'
  const reads = graph.step(blocking.condition).parameters
  const example =
    reads.length > 0 ? `{ ${reads.map(p => `${p}: …`).join(', ')} }` : '{ <ParameterName>: <value> }'
  return (
    `${name} is in the ${blocking.branch} branch of ${blocking.condition}, which no execution read was seen taking (${seenText}); ` +
    `a plain rerun will likely take the same branch again. Add coverage: { ${name}: { parameters: ${example} } } to the mapping file ` +
    `with values that make ${blocking.condition} take ${blocking.branch}`
  )
}

/**
 * Greedy grouping in topological order: each uncovered step joins the first target whose parameters
 * agree with its forcing parameters and whose steps need no opposite Condition branch; otherwise it
 * starts a target of its own. Steps without forcing parameters therefore join the first target they can.
 */
function groupTargets(
  uncovered: string[],
  mapping: PipelineMapping | undefined,
  requirements: Map<string, Map<string, Branch>>
): CoverageTarget[] {
  const groups: Array<{ target: CoverageTarget; need: Map<string, Branch> }> = []
  for (const step of uncovered) {
    const parameters = mapping?.coverage.get(step) ?? {}
    const need = requirements.get(step)!
    const fits = (g: (typeof groups)[number]): boolean =>
      Object.entries(parameters).every(([k, v]) => (g.target.parameters[k] ?? v) === v) &&
      [...need].every(([c, b]) => {
        const has = g.need.get(c)
        return has === undefined || (has === b && b !== 'both')
      })
    const group = groups.find(fits)
    if (group) {
      group.target.steps.push(step)
      Object.assign(group.target.parameters, parameters)
      for (const [c, b] of need) group.need.set(c, b)
    } else {
      groups.push({ target: { steps: [step], parameters: { ...parameters } }, need: new Map(need) })
    }
  }
  return groups.map(g => g.target)
}
