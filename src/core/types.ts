/**
 * Domain types of the pure planning core. Nothing here touches the network, `@actions/core` or the
 * clock: the adapters turn the outside world into these values and the planner turns them into a Plan.
 */

export type ParameterType = 'String' | 'Integer' | 'Float' | 'Boolean'

export interface ParameterDef {
  name: string
  /** `String` when the definition omits `Type` (the CloudFormation user-guide example does). */
  type: ParameterType
  defaultValue?: string | number | boolean
  enumValues?: string[]
}

export interface StepNode {
  name: string
  type: string
  /** The Condition step whose IfSteps/ElseSteps hold this step (the innermost one). */
  condition?: string
  branch?: 'If' | 'Else'
  /** Parameters this step reads through `{"Get": "Parameters.X"}` in its own object. */
  parameters: string[]
  /** The step object as written in the definition, with a Condition's branch arrays left in place. */
  raw: Record<string, unknown>
}

/** Why an edge exists: `DependsOn`, a `Steps.X` property reference, or Condition → nested step. */
/** `data`: an S3 location one step writes and another reads without declaring the dependency. */
export type EdgeKind = 'depends-on' | 'property' | 'condition' | 'data'

export interface Edge {
  from: string
  to: string
  kinds: EdgeKind[]
}

/** StepStatus values of `ListPipelineExecutionSteps` (there is no Skipped / NotStarted). */
export type StepStatus = 'Starting' | 'Executing' | 'Stopping' | 'Stopped' | 'Failed' | 'Succeeded'

export type ExecutionStatus = 'Executing' | 'Stopping' | 'Stopped' | 'Failed' | 'Succeeded'

/** One step entry of a past execution, as the planner needs it. */
export interface StepState {
  status: StepStatus
  /** The step was not run in that execution but reused from another one (`SelectiveExecutionResult`). */
  reusedFrom?: string
  /** `Condition.Outcome` for Condition steps. */
  outcome?: 'True' | 'False'
  startTime?: number
  endTime?: number
  failureReason?: string
  /** ARNs of what the step made, by Metadata key (`TrainingJob`, `Model`, `RegisterModel`, …). */
  metadata?: Record<string, string>
}

/** A past execution seen as a candidate reference run. Times are epoch milliseconds. */
export interface ExecutionRecord {
  arn: string
  status: ExecutionStatus
  createdAt: number
  /** Absent when the run was started outside the action (no provenance recorded). */
  commit?: string
  /** Step name → state. Steps that never ran (untaken branch, downstream of a failure) are absent. */
  steps: Map<string, StepState>
}

/** Why a step runs. Every selected step carries at least one. */
export type Reason =
  | { kind: 'file'; file: string; glob: string; since?: string }
  | { kind: 'all-steps-file'; file: string; glob: string }
  | { kind: 'unknown-changes'; detail: string }
  | { kind: 'definition'; paths: string[]; since?: string }
  | { kind: 'new-step' }
  | { kind: 'parameter'; name: string; from?: string; to?: string; since?: string }
  | { kind: 'upstream'; step: string }
  | { kind: 'enclosing-condition'; of: string }
  | { kind: 'explicit' }
  | { kind: 'selection-all' }
  | { kind: 'failed-in-reference'; status: StepStatus | 'NotRun' }
  | { kind: 'coverage'; detail: string }
  /** The output the reference holds was produced by a run with no recorded commit. */
  | { kind: 'unrecorded-producer'; run: string }
  /** The output's producing run cannot be established (chain broken, beyond the lineage bound). */
  | { kind: 'producer-unknown'; detail: string }
  /** The producing run (not the reference) consumed an upstream output that does not stand for head. */
  | { kind: 'stale-input'; step: string; run: string }
  /** The mapping file changed for this step since the producing run (SPEC rule 6). */
  | { kind: 'mapping'; detail: string }
  /** No output in the reference (a Condition there took the other branch), but a step that runs needs it. */
  | { kind: 'needed-upstream'; of: string }
  /** Added (without its downstream closure) to join unconnected parts of the selection, named by their first steps. */
  | { kind: 'connects'; parts: string[] }

/** How each step of the pipeline is treated by the execution the plan describes. */
export type Disposition = 'run' | 'reuse' | 'not-run'

export interface Plan {
  /** Steps to run, in topological order. With `fullRun` this is every step. */
  selected: string[]
  reasons: Record<string, Reason[]>
  /** Non-selected steps whose outputs come from the reference run (the selection's ancestors). */
  reused: string[]
  /** Non-selected steps that will not run and whose outputs are not needed by the selection. */
  notRun: string[]
  fullRun: boolean
  fullRunReason?: string
  /** The selection depends on upstream outputs, so a reference run is required. */
  needsReference: boolean
  warnings: string[]
}

export type SelectionMode = 'affected' | 'all' | 'failed' | 'coverage' | 'adopt'

/** Files that differ between the reference run's commit and head. */
export interface ChangeSet {
  files: string[]
  /** False when the list may be truncated or the history could not be read: every step is selected. */
  complete: boolean
  /** Why the list is incomplete, or where it came from ("git diff abc..def", "GitHub compare API"). */
  detail?: string
}

export interface StepDiff {
  step: string
  /** `neutral`: only differences that cannot change the step's output; it selects nothing. */
  change: 'added' | 'removed' | 'changed' | 'neutral'
  /** Output-affecting JSON paths (they select the step), e.g. `Arguments.HyperParameters.max_depth`. */
  paths: string[]
  /** Differences that cannot change the output (DisplayName, RetryPolicies, CacheConfig, implied DependsOn). */
  neutral?: string[]
  /** Code locations the SDK rewrites on every upsert: judged by the step's mapped files, not by their text. */
  volatile?: string[]
  cacheConfigChanged?: boolean
}

export interface DefinitionDiff {
  steps: StepDiff[]
  /** Differences outside any step (Parameters, PipelineExperimentConfig, …), as JSON paths. */
  pipeline: string[]
}

/** What one file selects, per the mapping file. */
export interface FileMatch {
  ignored: boolean
  /** The `all-steps` glob that matched, if any. */
  allSteps?: string
  /** Each step with the first of its globs that matched. */
  steps: Array<{ step: string; glob: string }>
}

/** One pipeline's entry of the mapping file, compiled and checked against its step graph. */
export interface PipelineMapping {
  pipeline: string
  steps: ReadonlyMap<string, string[]>
  allSteps: string[]
  ignore: string[]
  /** Step → forcing parameters for `selection: coverage`. */
  coverage: ReadonlyMap<string, Record<string, string>>
  match(file: string): FileMatch
}

export interface PlanRequest {
  graph: import('./graph.js').StepGraph
  /** Absent when there is no mapping file: then no file selects a step. */
  mapping?: PipelineMapping
  /** Files changed in one commit range: what selects steps when there is no `freshness` judgement. */
  changes: ChangeSet
  selection: SelectionMode
  /** Explicit step names (the `steps` input); they override `selection`. */
  explicitSteps?: string[]
  /** Extra seeds decided by the caller (coverage targets), with their reasons. */
  seeds?: Record<string, Reason[]>
  downstream: boolean
  /** Estimated compute minutes per step (absent ones count 1): what joining unconnected parts costs. */
  stepMinutes?: ReadonlyMap<string, number>
  /** The candidate reference run; absent when there is none. A Failed one must carry its step states: its failed steps run again. */
  reference?: ExecutionRecord
  /**
   * The freshness judgement of every step's output in the reference (core/freshness.ts): files,
   * definition and parameters, each reused output judged against the run that produced it. When given
   * it replaces `changes`, which describes one commit range.
   */
  freshness?: {
    stale: ReadonlyMap<string, Reason[]>
    branchExcluded: ReadonlySet<string>
    /** Steps whose code location (judged by their files) moved since the producing run. */
    codeMoved?: ReadonlySet<string>
  }
}
