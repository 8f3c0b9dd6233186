import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDefinition } from '../src/core/definition.js'
import { judgeReference, type RunDefinition, type RunFacts } from '../src/core/freshness.js'
import type { StepGraph } from '../src/core/graph.js'
import { loadMappingFile } from '../src/core/mapping.js'
import { runParameters } from '../src/core/parameters.js'
import { planSelection } from '../src/core/planner.js'
import { definitionHash } from '../src/core/provenance.js'
import { decideReference } from '../src/core/reference.js'
import type { ExecutionRecord, ParameterDef } from '../src/core/types.js'
import {
  ancestors,
  definitionGraph,
  descendants,
  minimalSelection,
  type MinimalSelection,
  type OracleGraph
} from './minimal-oracle.js'

/**
 * Steps run against the smallest sound selection, over every corpus definition
 * (`__fixtures__/definitions/`) and a fixed set of change sets per definition. The action's side is the
 * pure engine driven as the CLI's `plan` drives it (`judgeReference` against a reference run in which
 * every step succeeded, then `planSelection`, then `decideReference`), so that definition and parameter
 * changes go through the real definition diff and parameter comparison. The minimal side is the
 * independent brute-force oracle of `minimal-oracle.ts`. A step the oracle requires (a changed step, its
 * closure, its Conditions) that the action does not run is a soundness violation: the bench fails.
 */

/**
 * ASSUMED compute minutes per step type, for the "minutes ÷ full run" columns: typical defaults, not
 * measurements. A full run counts every step once, both branches of every Condition included.
 */
export const STEP_MINUTES: Readonly<Record<string, number>> = {
  Training: 30,
  Tuning: 120,
  Processing: 10,
  Transform: 15,
  Model: 1,
  RegisterModel: 1,
  Condition: 0,
  Lambda: 1,
  Fail: 0
}
/** Any other type (QualityCheck, ClarifyCheck, EMR, Callback, Lineage, …). */
export const OTHER_STEP_MINUTES = 5

export const KINDS = ['file', 'pair', 'parameter', 'neutral', 'step-reupsert'] as const
export type ChangeKind = (typeof KINDS)[number]

export const KIND_TEXT: Record<ChangeKind, string> = {
  file: "one step's mapped file changed (each non-Condition step)",
  pair: 'the files of two unconnected steps (neither an ancestor of the other) changed',
  parameter: "one parameter's value changed (each declared parameter)",
  neutral:
    'a behaviour-neutral definition edit (RetryPolicies, CacheConfig.ExpireAfter, DisplayName/Description, a DependsOn a property reference implies)',
  'step-reupsert': '@step pipeline upserted again: new build timestamp in every code path, files unchanged'
}

export interface MinimalSettings {
  /** Unconnected pairs per definition at most, spread evenly over all of them. */
  pairsPerDefinition: number
  /** Steps edited per neutral edit type and definition at most (spread evenly); 0 for all. */
  neutralStepsPerEdit: number
}

export interface MinimalCase {
  definition: string
  kind: ChangeKind
  /** What changed, e.g. `file Abalone-Train`, `retry Abalone-Eval`. */
  label: string
  /** Steps run by the action (every step for a full run). */
  action: string[]
  fullRun: boolean
  fullRunReason?: string
  /** The oracle's smallest selection (empty: nothing to run). */
  minimal: string[]
  minimalAll: boolean
  capped: boolean
  /** Run by the action beyond the minimal selection. */
  extra: string[]
  /** Required by the oracle, not run by the action: a soundness violation. */
  missing: string[]
  actionMinutes: number
  minimalMinutes: number
  fullMinutes: number
}

export interface MinimalRow {
  definition: string
  kind: ChangeKind
  cases: number
  actionSteps: number
  minimalSteps: number
  /** actionSteps ÷ minimalSteps; 1 when both are 0; undefined when only the minimal is 0 (pure excess). */
  ratio?: number
  excessCases: number
  /** One case with excess: `label: +extra steps (full run: reason)`. */
  example?: string
  actionMinutes: number
  minimalMinutes: number
  fullMinutes: number
}

export interface MinimalResult {
  definitions: number
  cases: number
  settings: MinimalSettings
  stepMinutes: Record<string, number>
  rows: MinimalRow[]
  /** The same sums per change kind over the whole corpus. */
  kinds: Array<Omit<MinimalRow, 'definition' | 'example'>>
  total: Omit<MinimalRow, 'definition' | 'kind' | 'example'>
  /** Cases where the action runs fewer steps than the oracle requires. Must be empty. */
  violations: Array<{
    definition: string
    kind: ChangeKind
    label: string
    missing: string[]
    action: string[]
  }>
  /** Cases whose oracle search hit its seed cap (the "minimal" may be larger than the true minimum). */
  capped: Array<{ definition: string; label: string }>
  /** Definitions the section could not measure, with why. */
  problems: string[]
}

const REFERENCE_ARN = 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/bench/execution/reference'
const PIPELINE = 'Bench'
const STEP_DECORATOR_DEFINITION = 'idea-to-production-step-decorator-describe.json'
const BUILD_TIME = /^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}$/
const NEW_BUILD_TIME = '2031-01-02-03-04-05-678'

export function stepMinutes(type: string): number {
  return STEP_MINUTES[type] ?? OTHER_STEP_MINUTES
}

export function measureMinimal(
  root: string,
  settings: MinimalSettings,
  log: (line: string) => void
): MinimalResult {
  const dir = join(root, '__fixtures__', 'definitions')
  const files = readdirSync(dir)
    .filter(f => f.endsWith('.json'))
    .sort()
  log(`minimal: ${files.length} corpus definitions …`)
  const cases: MinimalCase[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      cases.push(...measureDefinition(file, readFileSync(join(dir, file), 'utf8'), settings))
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return summarise(files.length, cases, settings, problems)
}

/** Every change set of one definition, each planned by the action and by the oracle. */
export function measureDefinition(file: string, text: string, settings: MinimalSettings): MinimalCase[] {
  const base = JSON.parse(text) as Record<string, unknown>
  const engine = new Engine(base)
  const oracle = definitionGraph(base)
  const types = new Map(oracle.steps.map(s => [s.name, s.type]))
  const minutes = (names: readonly string[]): number =>
    names.reduce((sum, n) => sum + stepMinutes(types.get(n) ?? ''), 0)
  const fullMinutes = minutes(oracle.steps.map(s => s.name))
  const out: MinimalCase[] = []

  const record = (
    kind: ChangeKind,
    label: string,
    changed: string[],
    head: { doc?: unknown; files?: string[]; overrides?: Record<string, string> }
  ): void => {
    const plan = engine.plan(head.doc ?? base, head.files ?? [], head.overrides ?? {})
    const min: MinimalSelection = minimalSelection(oracle, changed, {
      cost: n => stepMinutes(types.get(n) ?? '')
    })
    const minimal = min.selected
    const run = new Set(plan.run)
    const minimalSet = new Set(minimal)
    out.push({
      definition: file,
      kind,
      label,
      action: plan.run,
      fullRun: plan.fullRun,
      ...(plan.fullRunReason ? { fullRunReason: plan.fullRunReason } : {}),
      minimal,
      minimalAll: min.all,
      capped: min.capped,
      extra: plan.run.filter(n => !minimalSet.has(n)),
      missing: min.required.filter(n => !run.has(n)),
      actionMinutes: minutes(plan.run),
      minimalMinutes: minutes(minimal),
      fullMinutes
    })
  }

  // One step's file.
  const fileSteps = oracle.steps.filter(s => s.type !== 'Condition').map(s => s.name)
  for (const step of fileSteps) record('file', `file ${step}`, [step], { files: [stepFile(step)] })

  // Two unconnected steps' files.
  for (const [a, b] of spread(unconnectedPairs(oracle, fileSteps), settings.pairsPerDefinition)) {
    record('pair', `files ${a} + ${b}`, [a, b], { files: [stepFile(a), stepFile(b)] })
  }

  // One parameter's value.
  for (const def of engine.graph.parameters.values()) {
    const value = changedValue(def)
    record(
      'parameter',
      `parameter ${def.name} → ${JSON.stringify(value)}`,
      [...(oracle.readers.get(def.name) ?? [])],
      {
        overrides: { [def.name]: value }
      }
    )
  }

  // Behaviour-neutral definition edits: the minimal selection is empty.
  for (const edit of NEUTRAL_EDITS) {
    const applicable = oracle.steps.filter(s => edit.applies(stepObject(base, s.name), oracle, s.name))
    const chosen =
      settings.neutralStepsPerEdit > 0 ? spread(applicable, settings.neutralStepsPerEdit) : applicable
    for (const s of chosen) {
      const doc = structuredClone(base)
      edit.apply(stepObject(doc, s.name), oracle, s.name)
      record('neutral', `${edit.name} ${s.name}`, [], { doc })
    }
  }

  // An `@step` pipeline upserted again: every build-time path moves, no file changed.
  if (file === STEP_DECORATOR_DEFINITION) {
    const stamp = buildTime(base)
    if (!stamp) throw new Error('no --func_step_s3_dir build time found')
    const doc = JSON.parse(
      text
        .split(stamp)
        .join(NEW_BUILD_TIME)
        .replace(/"REMOTE_FUNCTION_SECRET_KEY": "[^"]*"/g, '"REMOTE_FUNCTION_SECRET_KEY": "bench-new-secret"')
    ) as unknown
    record('step-reupsert', `re-upsert (build time ${stamp} → ${NEW_BUILD_TIME})`, [], { doc })
  }
  return out
}

function stepFile(step: string): string {
  return `steps/${step}.py`
}

/** Every pair of non-Condition steps neither of which is an ancestor of the other, in definition order. */
function unconnectedPairs(g: OracleGraph, names: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (let i = 0; i < names.length; i++) {
    const below = descendants(g, [names[i]!])
    const above = ancestors(g, [names[i]!])
    for (let j = i + 1; j < names.length; j++) {
      const b = names[j]!
      if (!below.has(b) && !above.has(b)) pairs.push([names[i]!, b])
    }
  }
  return pairs
}

/** At most `max` items, evenly spread over the list (deterministic). */
function spread<T>(list: readonly T[], max: number): T[] {
  if (list.length <= max) return [...list]
  return Array.from({ length: max }, (_, i) => list[Math.floor((i * list.length) / max)]!)
}

/** A value the service would see as different from the parameter's default. */
function changedValue(def: ParameterDef): string {
  const v = def.defaultValue
  switch (def.type) {
    case 'Integer':
      return String((Number(v) || 0) + 1)
    case 'Float':
      return String((Number(v) || 0) + 0.5)
    case 'Boolean':
      return String(v).toLowerCase() === 'true' ? 'false' : 'true'
    default: {
      const other = def.enumValues?.find(e => e !== String(v))
      return other ?? `${v === undefined ? '' : String(v)}-bench`
    }
  }
}

type Json = Record<string, unknown>

/** The raw object of a step, found at any depth of Condition branches. */
function stepObject(doc: unknown, name: string): Json {
  const find = (list: unknown): Json | undefined => {
    if (!Array.isArray(list)) return undefined
    for (const s of list as Json[]) {
      if (s.Name === name) return s
      const args = s.Arguments as Json | undefined
      if (s.Type === 'Condition' && args) {
        const found = find(args.IfSteps) ?? find(args.ElseSteps)
        if (found) return found
      }
    }
    return undefined
  }
  const found = find((doc as Json).Steps)
  if (!found) throw new Error(`step ${name} not found`)
  return found
}

interface NeutralEdit {
  name: string
  applies(step: Json, g: OracleGraph, name: string): boolean
  apply(step: Json, g: OracleGraph, name: string): void
}

const RUNS_A_JOB = (step: Json): boolean => step.Type !== 'Condition' && step.Type !== 'Fail'

/** Step names this step reads through a property reference but does not list in DependsOn. */
function impliedNotListed(step: Json, g: OracleGraph, name: string): string[] {
  const listed = new Set(Array.isArray(step.DependsOn) ? (step.DependsOn as string[]) : [])
  const own =
    step.Type === 'Condition'
      ? { ...step, Arguments: { ...(step.Arguments as Json), IfSteps: [], ElseSteps: [] } }
      : step
  const text = JSON.stringify(own)
  return [...g.parents.get(name)!].filter(p => !listed.has(p) && text.includes(`"Steps.${p}.`))
}

const NEUTRAL_EDITS: NeutralEdit[] = [
  {
    name: 'retry',
    applies: RUNS_A_JOB,
    apply: step => {
      const policies = Array.isArray(step.RetryPolicies) ? (step.RetryPolicies as Json[]) : []
      step.RetryPolicies = [
        ...policies,
        { ExceptionType: ['Step.SERVICE_FAULT'], IntervalSeconds: 7, BackoffRate: 2, MaxAttempts: 3 }
      ]
    }
  },
  {
    name: 'cache',
    applies: RUNS_A_JOB,
    apply: step => {
      const cache = (step.CacheConfig as Json | undefined) ?? { Enabled: true }
      step.CacheConfig = { ...cache, ExpireAfter: cache.ExpireAfter === 'P29D' ? 'P30D' : 'P29D' }
    }
  },
  {
    name: 'display',
    applies: () => true,
    apply: (step, _g, name) => {
      step.DisplayName = `${typeof step.DisplayName === 'string' ? step.DisplayName : name} (renamed)`
      step.Description = `${typeof step.Description === 'string' ? step.Description : ''} edited by the bench`
    }
  },
  {
    name: 'depends-on',
    applies: (step, g, name) => impliedNotListed(step, g, name).length > 0,
    apply: (step, g, name) => {
      const listed = Array.isArray(step.DependsOn) ? (step.DependsOn as string[]) : []
      step.DependsOn = [...listed, impliedNotListed(step, g, name)[0]!]
    }
  }
]

/** The `--func_step_s3_dir` value of the first `@step` function step. */
function buildTime(doc: unknown): string | undefined {
  let found: string | undefined
  const walk = (v: unknown): void => {
    if (found) return
    if (Array.isArray(v)) {
      const i = v.indexOf('--func_step_s3_dir')
      const value: unknown = i >= 0 ? v[i + 1] : undefined
      if (typeof value === 'string' && BUILD_TIME.test(value)) found = value
      else for (const x of v) walk(x)
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x)
  }
  walk(doc)
  return found
}

/**
 * The action's engine, as `tools/cli/plan-command.ts` drives it: the reference ran the base definition
 * with its default parameters and every step succeeded; head is the (edited) definition, the overrides
 * and the changed files; a mapping file maps each step to `steps/<step>.py`.
 */
class Engine {
  readonly graph: StepGraph
  private readonly reference: RunDefinition
  private readonly record: ExecutionRecord

  constructor(private readonly base: unknown) {
    this.graph = parseDefinition(base, 'the reference definition')
    this.reference = { graph: this.graph, document: base, hash: definitionHash(base) }
    const steps = new Map(this.graph.topologicalOrder().map(n => [n, { status: 'Succeeded' as const }]))
    this.record = { arn: REFERENCE_ARN, status: 'Succeeded', createdAt: 0, commit: 'reference', steps }
  }

  plan(
    doc: unknown,
    files: string[],
    overrides: Record<string, string>
  ): { run: string[]; fullRun: boolean; fullRunReason?: string } {
    const graph = doc === this.base ? this.graph : parseDefinition(doc, 'the head definition')
    const yaml = [
      'pipelines:',
      `  ${PIPELINE}:`,
      '    steps:',
      ...graph.topologicalOrder().map(n => `      ${JSON.stringify(n)}: ${JSON.stringify(stepFile(n))}`)
    ].join('\n')
    const mapping = loadMappingFile(yaml, 'bench mapping').forPipeline(PIPELINE, graph)
    const definition: RunDefinition =
      doc === this.base ? this.reference : { graph, document: doc, hash: definitionHash(doc) }
    const changes = { files, complete: true, detail: 'bench change set' }
    const facts: RunFacts = {
      arn: REFERENCE_ARN,
      status: 'Succeeded',
      commit: 'reference',
      steps: this.record.steps,
      parameters: runParameters(this.graph, {}).values,
      definition: this.reference,
      changes,
      mapping: { steps: new Set() }
    }
    const judgement = judgeReference(
      REFERENCE_ARN,
      { graph, definition, parameters: runParameters(graph, overrides).values, mapping },
      arn => (arn === REFERENCE_ARN ? facts : { arn, unavailable: 'only the reference is known' })
    )
    if (judgement.needs.length > 0)
      throw new Error(`judgeReference still needs ${JSON.stringify(judgement.needs)}`)
    const plan = planSelection({
      graph,
      mapping,
      changes,
      selection: 'affected',
      downstream: true,
      reference: this.record,
      freshness: judgement
    })
    const decision = decideReference(
      [{ candidate: { ...this.record }, plan, detail: undefined }],
      'latest',
      graph
    )
    const chosen = decision.chosen?.plan ?? plan
    if (chosen.fullRun) {
      return {
        run: graph.topologicalOrder(),
        fullRun: true,
        ...(chosen.fullRunReason ? { fullRunReason: chosen.fullRunReason } : {})
      }
    }
    return { run: chosen.selected, fullRun: false }
  }
}

function summarise(
  definitions: number,
  cases: MinimalCase[],
  settings: MinimalSettings,
  problems: string[]
): MinimalResult {
  const sum = (list: MinimalCase[]): Omit<MinimalRow, 'definition' | 'kind' | 'example'> => {
    const actionSteps = list.reduce((s, c) => s + c.action.length, 0)
    const minimalSteps = list.reduce((s, c) => s + c.minimal.length, 0)
    return {
      cases: list.length,
      actionSteps,
      minimalSteps,
      ...(stepsRatio(actionSteps, minimalSteps) === undefined
        ? {}
        : { ratio: stepsRatio(actionSteps, minimalSteps) }),
      excessCases: list.filter(c => c.extra.length > 0).length,
      actionMinutes: list.reduce((s, c) => s + c.actionMinutes, 0),
      minimalMinutes: list.reduce((s, c) => s + c.minimalMinutes, 0),
      fullMinutes: list.reduce((s, c) => s + c.fullMinutes, 0)
    }
  }
  const rows: MinimalRow[] = []
  for (const definition of [...new Set(cases.map(c => c.definition))]) {
    for (const kind of KINDS) {
      const list = cases.filter(c => c.definition === definition && c.kind === kind)
      if (list.length === 0) continue
      const excess = list.find(c => c.extra.length > 0)
      rows.push({
        definition,
        kind,
        ...sum(list),
        ...(excess ? { example: describeExcess(excess) } : {})
      })
    }
  }
  return {
    definitions,
    cases: cases.length,
    settings,
    stepMinutes: { ...STEP_MINUTES, '(other)': OTHER_STEP_MINUTES },
    rows,
    kinds: KINDS.map(kind => ({ kind, ...sum(cases.filter(c => c.kind === kind)) })).filter(k => k.cases > 0),
    total: sum(cases),
    violations: cases
      .filter(c => c.missing.length > 0)
      .map(c => ({
        definition: c.definition,
        kind: c.kind,
        label: c.label,
        missing: c.missing,
        action: c.action
      })),
    capped: cases.filter(c => c.capped).map(c => ({ definition: c.definition, label: c.label })),
    problems
  }
}

/** 1 when both are 0 (nothing to run, nothing run); undefined when only the minimal is 0. */
export function stepsRatio(action: number, minimal: number): number | undefined {
  if (minimal === 0) return action === 0 ? 1 : undefined
  return action / minimal
}

function describeExcess(c: MinimalCase): string {
  const how = c.fullRun ? `full run (${c.fullRunReason ?? 'no reason given'})` : 'selective'
  const extra =
    c.extra.length > 6
      ? `${c.extra.slice(0, 6).join(', ')} and ${c.extra.length - 6} more`
      : c.extra.join(', ')
  return `${c.label}: ${c.action.length} run vs ${c.minimal.length} minimal [${c.minimal.join(', ') || 'nothing'}]; ${how}; extra: ${extra}`
}
