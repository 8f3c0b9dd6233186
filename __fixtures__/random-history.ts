/**
 * Random pipelines with Conditions and random histories of full and selective runs (chains of reuse
 * included), as the oracle's model (`oracle.ts`), and the bridge from that model to what the real code
 * reads: definition documents parsed by `parseDefinition`, a mapping file loaded by `loadMappingFile`,
 * and RunFacts served field by field as the judge asks for them.
 */
import fc from 'fast-check'
import { parseDefinition } from '../src/core/definition.js'
import type { FactField, HeadState, Judgement, RunDefinition, RunFacts } from '../src/core/freshness.js'
import type { StepGraph } from '../src/core/graph.js'
import { mappingDelta, type MappingGlobs } from '../src/core/mapping-delta.js'
import { loadMappingFile } from '../src/core/mapping.js'
import { definitionHash } from '../src/core/provenance.js'
import type { ExecutionRecord, PipelineMapping, StepState } from '../src/core/types.js'
import {
  ALL_STEPS_FILE,
  SHARED_FILE,
  conditionsAround,
  descendantsOf,
  filesOf,
  type DefinitionVersion,
  type Entry,
  type MappingVersion,
  type ModelParameter,
  type ModelStep,
  type ParamType,
  type Pipeline,
  type Run,
  type World
} from './oracle.js'

export const PIPELINE = 'P'
export const arnOf = (i: number | string): string =>
  `arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/r${i}`
/** A run no history holds: a reuse link pointing at it cannot be followed. */
export const GONE = arnOf('gone')

/** Parameter names include ones that are properties of every JS object. */
export const PARAMETERS: ModelParameter[] = [
  { name: 'P0', type: 'String' },
  { name: 'P1', type: 'Integer' },
  { name: 'constructor', type: 'Boolean' },
  { name: '__proto__', type: 'Float' }
]

/**
 * Values per type: two spellings of one value ("6" and "6.0", "true" and "True") and another value;
 * for Strings "a" twice and "A", which is another value.
 */
const VALUES: Record<ParamType, string[]> = {
  String: ['a', 'a', 'A'],
  Integer: ['6', '6.0', '7'],
  Float: ['0.7', '0.70', '0.8'],
  Boolean: ['true', 'True', 'FALSE']
}

// ---------------------------------------------------------------------------------------------------
// Pipelines.

interface RawStep {
  condition: number
  nest: number
  branch: boolean
  parents: number[]
  reads: number[]
  shared: number
}

const rawStep: fc.Arbitrary<RawStep> = fc.record({
  condition: fc.nat({ max: 3 }),
  nest: fc.nat({ max: 5 }),
  branch: fc.boolean(),
  parents: fc.array(fc.nat({ max: 60 }), { maxLength: 3 }),
  reads: fc.array(fc.nat({ max: PARAMETERS.length - 1 }), { maxLength: 2 }),
  shared: fc.nat({ max: 4 })
})

/**
 * A pipeline of steps S0…: about a quarter Conditions, two thirds of the steps nested in earlier
 * Conditions (at any depth). With `branchReader`, three steps are appended: a Condition, a step in its
 * If branch and a top-level step that depends on that branch step and on an earlier step, so that an
 * untaken branch is often upstream of something that must run.
 */
export function arbitraryPipeline(
  minSteps: number,
  maxSteps: number,
  branchReader = false
): fc.Arbitrary<Pipeline> {
  const raws = fc.array(rawStep, { minLength: minSteps, maxLength: maxSteps })
  return fc.tuple(raws, fc.nat({ max: 60 })).map(([list, joined]) => {
    const pipeline = pipelineOf(list)
    if (!branchReader) return pipeline
    const n = pipeline.steps.length
    pipeline.steps.push(
      { name: `S${n}`, dependsOn: [], isCondition: true, reads: [], shared: false },
      {
        name: `S${n + 1}`,
        dependsOn: [],
        condition: `S${n}`,
        branch: 'If',
        isCondition: false,
        reads: [],
        shared: false
      },
      {
        name: `S${n + 2}`,
        dependsOn: [`S${n + 1}`, `S${joined % n}`],
        isCondition: false,
        reads: [],
        shared: false
      }
    )
    return pipeline
  })
}

function pipelineOf(raws: RawStep[]): Pipeline {
  const steps: ModelStep[] = []
  const conditions: string[] = []
  raws.forEach((raw, i) => {
    const step: ModelStep = {
      name: `S${i}`,
      dependsOn: i === 0 ? [] : [...new Set(raw.parents.map(p => `S${p % i}`))],
      isCondition: raw.condition === 0,
      reads: [...new Set(raw.reads.map(r => PARAMETERS[r]!.name))],
      shared: raw.shared === 0
    }
    if (raw.nest > 1 && conditions.length > 0) {
      step.condition = conditions[raw.nest % conditions.length]
      step.branch = raw.branch ? 'If' : 'Else'
    }
    steps.push(step)
    if (step.isCondition) conditions.push(step.name)
  })
  return { steps, parameters: PARAMETERS }
}

// ---------------------------------------------------------------------------------------------------
// Histories.

export interface HistoryOptions {
  minSteps?: number
  maxSteps?: number
  maxRuns?: number
  /**
   * Chains of selective runs: every run after the first is selective and reuses from the one before
   * it, so outputs travel several hops. Otherwise runs are full, selective (any earlier source) or
   * arbitrary (random entries), newest last.
   */
  chain?: boolean
  /** See `arbitraryPipeline`. */
  branchReader?: boolean
}

/** Random choices for one run; `buildWorld` turns them into the run, deterministically. */
interface RawRun {
  /** 0-2 full run, 3-8 selective, 9 arbitrary entries. */
  kind: number
  source: number
  /** 0: one step (failAt) fails. */
  fails: number
  failAt: number
  /** Per step, < 15: chosen (in a selective run). */
  select: number[]
  /** 0: the selective run had `downstream: false` (its chosen steps' descendants are reused, not run). */
  cut: number
  /** What the commit this run ran changed, per file / step code / step globs (+ all-steps, ignore), in %. */
  files: number[]
  code: number[]
  mapping: number[]
  cosmetic: number[]
  /** Per parameter: 0-16 head's value, 17-18 a value from the pool, 19 not listed (the default applies). */
  values: number[]
  /** Per parameter: 0-2 head's default, 3 another, 4 none. */
  defaults: number[]
  /** For arbitrary runs: per step 0-3 ran, 4 Failed, 5 Stopped/absent, 6-9 reused. */
  kinds: number[]
  outcomes: boolean[]
  /** Per step, 0: the reuse link points to the next run (links may loop), 1: to no run at all. */
  stray: number[]
  /** 0 no recorded commit, 1 unreadable, 2 changes not known whole, 3/4 mapping file absent/unreadable. */
  incident: number
}

const nats = (max: number, length: number): fc.Arbitrary<number[]> =>
  fc.array(fc.nat({ max }), { minLength: length, maxLength: length })

function rawRun(pipeline: Pipeline): fc.Arbitrary<RawRun> {
  const n = pipeline.steps.length
  const p = pipeline.parameters.length
  return fc.record({
    kind: fc.nat({ max: 9 }),
    source: fc.nat({ max: 20 }),
    fails: fc.nat({ max: 9 }),
    failAt: fc.nat({ max: 60 }),
    select: nats(99, n),
    cut: fc.nat({ max: 4 }),
    files: nats(99, filesOf(pipeline).length),
    code: nats(99, n),
    mapping: nats(99, n + 2),
    cosmetic: nats(2, n),
    values: nats(19, p),
    defaults: nats(4, p),
    kinds: nats(9, n),
    outcomes: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    stray: nats(99, n),
    incident: fc.nat({ max: 99 })
  })
}

/** What changes after the last run, before head. */
interface RawHead {
  files: number[]
  code: number[]
  mapping: number[]
  values: number[]
  defaults: number[]
  cosmetic: number[]
}

function rawHead(pipeline: Pipeline): fc.Arbitrary<RawHead> {
  const n = pipeline.steps.length
  const p = pipeline.parameters.length
  return fc.record({
    files: nats(99, filesOf(pipeline).length),
    code: nats(99, n),
    mapping: nats(99, n + 2),
    values: nats(2, p),
    defaults: nats(2, p),
    cosmetic: nats(2, n)
  })
}

/**
 * A world: a pipeline, a linear history of commits (each run ran the commit made just before it; head
 * comes after the last), 1..maxRuns runs with the newest as the reference.
 */
export function arbitraryWorld(options: HistoryOptions = {}): fc.Arbitrary<World> {
  const { minSteps = 2, maxSteps = 12, maxRuns = 5, chain = false, branchReader = false } = options
  return arbitraryPipeline(minSteps, maxSteps, branchReader).chain(pipeline =>
    fc
      .record({
        runs: fc.array(rawRun(pipeline), { minLength: 1, maxLength: maxRuns }),
        head: rawHead(pipeline)
      })
      .map(raw => buildWorld(pipeline, raw.runs, raw.head, chain))
  )
}

/** A version that counts the changes made so far (`changed` in percent: 6 → a change 6% of the time). */
class Versions {
  private readonly now = new Map<string, number>()
  constructor(keys: string[]) {
    for (const k of keys) this.now.set(k, 0)
  }
  commit(keys: string[], rolls: number[], percent: number): void {
    keys.forEach((k, i) => {
      if (rolls[i]! < percent) this.now.set(k, this.now.get(k)! + 1)
    })
  }
  snapshot(): Map<string, number> {
    return new Map(this.now)
  }
}

function buildWorld(pipeline: Pipeline, raws: RawRun[], rawHeadState: RawHead, chain: boolean): World {
  const names = pipeline.steps.map(s => s.name)
  const files = filesOf(pipeline)
  const mappingKeys = [...names, ' all-steps', ' ignore']
  const fileVersions = new Versions(files)
  const codeVersions = new Versions(names)
  const mappingVersions = new Versions(mappingKeys)
  const pool = (p: ModelParameter, i: number): string => VALUES[p.type][i % 3]!
  // Head's parameter values and defaults are drawn first: runs mostly ran with the same ones.
  const headValues = new Map(pipeline.parameters.map((p, i) => [p.name, pool(p, rawHeadState.values[i]!)]))
  const headDefaults = new Map(
    pipeline.parameters.map((p, i) => [p.name, pool(p, rawHeadState.defaults[i]!)])
  )
  const mappingAt = (): MappingVersion => {
    const v = mappingVersions.snapshot()
    return {
      steps: new Map(names.map(n => [n, v.get(n)!])),
      allSteps: v.get(' all-steps')!,
      ignore: v.get(' ignore')!
    }
  }
  // Percent of commits that change a step's own file, the shared library, the all-steps file, …
  const filePercent = (file: string): number => (file === ALL_STEPS_FILE ? 1 : file === SHARED_FILE ? 2 : 3)
  const commitChanges = (raw: { files: number[]; code: number[]; mapping: number[] }): void => {
    files.forEach((f, i) => fileVersions.commit([f], [raw.files[i]!], filePercent(f)))
    codeVersions.commit(names, raw.code, 3)
    mappingVersions.commit(names, raw.mapping, 1)
    mappingVersions.commit([' all-steps', ' ignore'], raw.mapping.slice(names.length), 1)
  }

  const runs: Run[] = []
  raws.forEach((raw, index) => {
    const last = index === raws.length - 1
    commitChanges(raw)
    const definition: DefinitionVersion = {
      code: codeVersions.snapshot(),
      cosmetic: new Map(names.map((n, i) => [n, raw.cosmetic[i]!])),
      defaults: new Map(
        pipeline.parameters.map((p, i) => {
          const d = raw.defaults[i]!
          return [p.name, d <= 2 ? headDefaults.get(p.name) : d === 3 ? pool(p, raw.failAt + i) : undefined]
        })
      )
    }
    const parameters = new Map<string, string>()
    pipeline.parameters.forEach((p, i) => {
      const v = raw.values[i]!
      if (v <= 16) parameters.set(p.name, headValues.get(p.name)!)
      else if (v <= 18) parameters.set(p.name, pool(p, v))
    })
    const kind =
      index === 0
        ? raw.kind === 9
          ? 'arbitrary'
          : 'full'
        : chain
          ? 'selective'
          : raw.kind <= 2
            ? 'full'
            : raw.kind <= 8
              ? 'selective'
              : 'arbitrary'
    const source = index === 0 ? undefined : chain ? index - 1 : raw.source % index
    const failing = raw.fails === 0 ? names[raw.failAt % names.length] : undefined
    // A selective run as a planner would send it: chosen steps, their Conditions and (unless cut) their closure.
    const selected = new Set(names.filter((_, i) => raw.select[i]! < 15))
    if (selected.size === 0) selected.add(names[raw.failAt % names.length]!)
    for (let size = -1; size !== selected.size;) {
      size = selected.size
      for (const n of [...selected]) for (const c of conditionsAround(pipeline, n)) selected.add(c)
      if (raw.cut !== 0) for (const d of descendantsOf(pipeline, selected)) selected.add(d)
    }

    const entries = new Map<string, Entry>()
    const reuse = (step: ModelStep, i: number): void => {
      const stray = raw.stray[i]!
      const from =
        stray === 0
          ? arnOf((index + 1) % raws.length)
          : stray === 1 || source === undefined
            ? GONE
            : arnOf(source)
      const target = runs.find(r => r.arn === from)?.entries.get(step.name)
      // The service reuses what the source holds: a step the source never reached is not listed.
      if (from === arnOf(source ?? -1) && !target) return
      const entry: Entry = { reusedFrom: from }
      if (step.isCondition) entry.outcome = target?.outcome ?? (raw.outcomes[i] ? 'True' : 'False')
      entries.set(step.name, entry)
    }
    /** A step runs only when every parent has a Succeeded entry in this run and its branch was taken. */
    const run = (step: ModelStep, i: number, status: 'Succeeded' | 'Failed' | 'Stopped'): void => {
      const ready = [...step.dependsOn, ...(step.condition ? [step.condition] : [])].every(p => {
        const e = entries.get(p)
        return e !== undefined && ('reusedFrom' in e || e.ran === 'Succeeded')
      })
      const taken =
        !step.condition || entries.get(step.condition)?.outcome === (step.branch === 'If' ? 'True' : 'False')
      if (!ready || !taken) return
      const entry: Entry = { ran: step.name === failing ? 'Failed' : status }
      if (step.isCondition && entry.ran === 'Succeeded') entry.outcome = raw.outcomes[i] ? 'True' : 'False'
      entries.set(step.name, entry)
    }
    pipeline.steps.forEach((step, i) => {
      if (kind === 'full') return run(step, i, 'Succeeded')
      if (kind === 'selective') {
        // Every step not selected is listed as reused from the source (the SDK's own assertion).
        return selected.has(step.name) ? run(step, i, 'Succeeded') : reuse(step, i)
      }
      const k = raw.kinds[i]!
      if (k <= 3) return run(step, i, 'Succeeded')
      if (k === 4) return run(step, i, 'Failed')
      if (k === 5) return raw.stray[i]! < 5 ? run(step, i, 'Stopped') : undefined
      if (source !== undefined || raw.stray[i]! <= 1) return reuse(step, i)
      return run(step, i, 'Succeeded')
    })

    const r: Run = { arn: arnOf(index), definition, parameters, entries }
    if (raw.incident !== 0) {
      const mapping = raw.incident === 3 ? 'absent' : raw.incident === 4 ? 'unreadable' : mappingAt()
      r.commit = { files: fileVersions.snapshot(), mapping }
    }
    if (raw.incident === 1 && !last) r.unavailable = true
    if (raw.incident === 2) r.changesIncomplete = true
    runs.push(r)
  })

  commitChanges(rawHeadState)
  const head: World['head'] = {
    commit: { files: fileVersions.snapshot(), mapping: mappingAt() },
    definition: {
      code: codeVersions.snapshot(),
      cosmetic: new Map(names.map((n, i) => [n, rawHeadState.cosmetic[i]!])),
      defaults: headDefaults
    },
    parameters: headValues
  }
  return { pipeline, head, runs, reference: runs[runs.length - 1]!.arn }
}

// ---------------------------------------------------------------------------------------------------
// From the model to what the code reads.

const typedDefault = (type: ParamType, text: string): string | number | boolean =>
  type === 'Boolean' ? text.toLowerCase() === 'true' : type === 'String' ? text : Number(text)

/** The definition document the service would hold for a definition version. */
export function definitionDocument(pipeline: Pipeline, version: DefinitionVersion): Record<string, unknown> {
  const object = (step: ModelStep): Record<string, unknown> => {
    const args: Record<string, unknown> = { Code: `code-v${version.code.get(step.name) ?? 0}` }
    for (const p of step.reads) args[`param_${p}`] = { Get: `Parameters.${p}` }
    if (step.isCondition) {
      args.Conditions = [{ Type: 'Equals', LeftValue: 1, RightValue: 1 }]
      args.IfSteps = nested(step.name, 'If')
      args.ElseSteps = nested(step.name, 'Else')
    }
    const out: Record<string, unknown> = {
      Name: step.name,
      Type: step.isCondition ? 'Condition' : 'Processing',
      DisplayName: `${step.name} (look ${version.cosmetic.get(step.name) ?? 0})`,
      Arguments: args
    }
    if (step.dependsOn.length > 0) out.DependsOn = step.dependsOn
    return out
  }
  const nested = (condition: string | undefined, branch: 'If' | 'Else' | undefined): unknown[] =>
    pipeline.steps.filter(s => s.condition === condition && s.branch === branch).map(object)
  return {
    Version: '2020-12-01',
    Metadata: {},
    Parameters: pipeline.parameters.map(p => {
      const d = version.defaults.get(p.name)
      return d === undefined
        ? { Name: p.name, Type: p.type }
        : { Name: p.name, Type: p.type, DefaultValue: typedDefault(p.type, d) }
    }),
    Steps: nested(undefined, undefined)
  }
}

function globsAt(pipeline: Pipeline, version: MappingVersion): MappingGlobs {
  const steps = new Map<string, string[]>()
  for (const s of pipeline.steps) {
    const v = version.steps.get(s.name) ?? 0
    steps.set(s.name, [
      `src/${s.name}/**`,
      ...(s.shared ? ['lib/**'] : []),
      ...(v > 0 ? [`never/${s.name}/v${v}/**`] : [])
    ])
  }
  return {
    steps,
    allSteps: [ALL_STEPS_FILE, ...(version.allSteps > 0 ? [`never/all/v${version.allSteps}`] : [])],
    ignore: ['**/*.md', ...(version.ignore > 0 ? [`never/ignore/v${version.ignore}`] : [])]
  }
}

/** The mapping file's text at head (JSON is YAML). */
export function mappingText(pipeline: Pipeline, version: MappingVersion): string {
  const globs = globsAt(pipeline, version)
  return JSON.stringify({
    pipelines: {
      [PIPELINE]: {
        steps: Object.fromEntries(globs.steps),
        'all-steps': globs.allSteps,
        ignore: globs.ignore
      }
    }
  })
}

/** A world made concrete: head as the planner sees it and the facts of every run, served by field. */
export interface BuiltWorld {
  world: World
  graph: StepGraph
  head: HeadState
  mapping: PipelineMapping
  /** The reference as the plan phase passes it to the planner. */
  record: ExecutionRecord
  /** The facts of a run holding only the fields loaded so far (an unreadable run says so at once). */
  facts(arn: string, loaded: ReadonlySet<FactField> | undefined): RunFacts
}

export function build(world: World): BuiltWorld {
  const { pipeline } = world
  const definitions = new Map<string, RunDefinition>()
  const definitionOf = (version: DefinitionVersion): RunDefinition => {
    const document = definitionDocument(pipeline, version)
    const hash = definitionHash(document)
    let d = definitions.get(hash)
    if (!d) {
      d = { graph: parseDefinition(document, `definition ${hash}`), document, hash }
      definitions.set(hash, d)
    }
    return d
  }
  const headDefinition = definitionOf(world.head.definition)
  const graph = headDefinition.graph
  const mapping = loadMappingFile(
    mappingText(pipeline, world.head.commit.mapping),
    'mapping.yml'
  ).forPipeline(PIPELINE, graph)
  const head: HeadState = {
    graph,
    definition: headDefinition,
    parameters: new Map(world.head.parameters),
    mapping
  }
  const commitOf = (run: Run): string | undefined =>
    run.commit ? `c${world.runs.indexOf(run)}`.padEnd(40, '0') : undefined
  /** Everything there is to know about a run, computed once; `facts` hands out the loaded part. */
  const whole = new Map<string, RunFacts>()
  const wholeFacts = (run: Run): RunFacts => {
    let f = whole.get(run.arn)
    if (f) return f
    f = {
      arn: run.arn,
      status: [...run.entries.values()].some(e => 'ran' in e && e.ran !== 'Succeeded')
        ? 'Failed'
        : 'Succeeded',
      steps: stepStates(run),
      parameters: new Map(run.parameters),
      definition: definitionOf(run.definition)
    }
    const commit = commitOf(run)
    if (run.commit && commit) {
      f.commit = commit
      const files = filesOf(pipeline).filter(
        file => run.commit!.files.get(file) !== world.head.commit.files.get(file)
      )
      f.changes = run.changesIncomplete
        ? { files, complete: false, detail: 'the compare API listed 300 files, the most it returns' }
        : { files, complete: true }
      const m = run.commit.mapping
      const before =
        m === 'absent' ? undefined : m === 'unreadable' ? new Error('bad indentation') : globsAt(pipeline, m)
      f.mapping = mappingDelta(before, mapping)
    }
    whole.set(run.arn, f)
    return f
  }
  const facts = (arn: string, loaded: ReadonlySet<FactField> | undefined): RunFacts => {
    const run = world.runs.find(r => r.arn === arn)
    if (!run) return { arn, unavailable: 'ResourceNotFound: no such execution' }
    if (run.unavailable) return { arn, unavailable: 'AccessDeniedException' }
    const all = wholeFacts(run)
    const f: RunFacts = { arn }
    if (loaded?.has('run')) {
      f.status = all.status
      if (all.commit) f.commit = all.commit
    }
    if (loaded?.has('steps')) f.steps = all.steps
    if (loaded?.has('parameters')) f.parameters = all.parameters
    if (loaded?.has('definition')) f.definition = all.definition
    // A run without a recorded commit has no tree diff and no mapping delta (as History reads them).
    if (loaded?.has('changes') && all.changes) f.changes = all.changes
    if (loaded?.has('mapping') && all.mapping) f.mapping = all.mapping
    return f
  }
  const ref = world.runs.find(r => r.arn === world.reference)!
  const record: ExecutionRecord = {
    arn: ref.arn,
    status: 'Succeeded',
    createdAt: world.runs.indexOf(ref),
    steps: new Map()
  }
  const commit = commitOf(ref)
  if (commit) record.commit = commit
  return { world, graph, head, mapping, record, facts }
}

function stepStates(run: Run): Map<string, StepState> {
  const out = new Map<string, StepState>()
  for (const [name, e] of run.entries) {
    const state: StepState =
      'ran' in e ? { status: e.ran } : { status: 'Succeeded', reusedFrom: e.reusedFrom }
    if (e.outcome) state.outcome = e.outcome
    out.set(name, state)
  }
  return out
}

export type Judge = (
  reference: string,
  head: HeadState,
  lookup: (arn: string) => RunFacts | undefined
) => Judgement

/** Every round of a judgement: what was loaded before it and what the judge said. */
export interface Round {
  loaded: ReadonlyMap<string, ReadonlySet<FactField>>
  judgement: Judgement
}

/**
 * Asks the judge, loads exactly the facts it needs, and asks again until it needs nothing (as
 * `phases/plan.ts` does through History). Throws when it asks for a fact it already has or never ends.
 */
export function judgeFully(built: BuiltWorld, judge: Judge): { judgement: Judgement; rounds: Round[] } {
  const loaded = new Map<string, Set<FactField>>()
  const rounds: Round[] = []
  for (let i = 0; i < 60; i++) {
    const snapshot = new Map([...loaded].map(([arn, fields]) => [arn, new Set(fields)]))
    const judgement = judge(built.world.reference, built.head, arn => built.facts(arn, loaded.get(arn)))
    rounds.push({ loaded: snapshot, judgement })
    if (judgement.needs.length === 0) return { judgement, rounds }
    for (const { arn, field } of judgement.needs) {
      const fields = loaded.get(arn) ?? new Set<FactField>()
      if (fields.has(field)) throw new Error(`the judge asked again for ${field} of ${arn}, which it has`)
      fields.add(field)
      loaded.set(arn, fields)
    }
  }
  throw new Error('the judge kept asking for facts after 60 rounds')
}

/** The edges `parseDefinition` found, as "from>to" (to compare with the model's). */
export function edgeList(graph: StepGraph): string[] {
  return graph
    .edges()
    .map(e => `${e.from}>${e.to}`)
    .sort()
}

/** A world in a few lines, for failure messages. */
export function describeWorld(world: World): string {
  const lines = [
    `steps: ${world.pipeline.steps
      .map(
        s =>
          `${s.name}${s.isCondition ? '(C)' : ''}${s.condition ? `[${s.condition}.${s.branch}]` : ''}${s.dependsOn.length ? `<${s.dependsOn.join(',')}` : ''}${s.reads.length ? ` reads ${s.reads.join(',')}` : ''}`
      )
      .join('; ')}`
  ]
  for (const r of world.runs) {
    const entries = [...r.entries]
      .map(
        ([n, e]) =>
          `${n}:${'ran' in e ? e.ran : `<${e.reusedFrom.split('/').pop()}`}${e.outcome ? `(${e.outcome})` : ''}`
      )
      .join(' ')
    const changed = r.commit
      ? [...r.commit.files].filter(([f, v]) => v !== world.head.commit.files.get(f)).map(([f]) => f)
      : []
    const code = [...r.definition.code]
      .filter(([n, v]) => v !== world.head.definition.code.get(n))
      .map(([n]) => n)
    const m = r.commit?.mapping
    const h = world.head.commit.mapping
    const mapping =
      m === undefined || typeof m === 'string'
        ? (m ?? '-')
        : `${[...m.steps]
            .filter(([n, v]) => v !== h.steps.get(n))
            .map(([n]) => n)
            .join(',')}${m.allSteps !== h.allSteps || m.ignore !== h.ignore ? ' +all' : ''}`
    lines.push(
      `${r.arn.split('/').pop()}${r.commit ? '' : ' unrecorded'}${r.unavailable ? ' unavailable' : ''}${r.changesIncomplete ? ' incomplete' : ''}: ${entries}` +
        ` | files ${changed.join(',') || '-'} | code ${code.join(',') || '-'} | mapping ${mapping}` +
        ` | params ${[...r.parameters].map(([k, v]) => `${k}=${v}`).join(',')} defaults ${[...r.definition.defaults].map(([k, v]) => `${k}=${v ?? '∅'}`).join(',')}`
    )
  }
  lines.push(`head params ${[...world.head.parameters].map(([k, v]) => `${k}=${v}`).join(',')}`)
  return lines.join('\n')
}

/** A step of a hand-written world: DependsOn after `<`, e.g. `'Train<Prep'`, or a full model step. */
export type HandStep = string | (Partial<ModelStep> & { name: string })

/**
 * A hand-written world (for counterexamples written out): no parameters, head at version 0 of
 * everything, each run at a commit where the listed files (e.g. `stepFile('Train')`) had other content.
 * Entries: a status ('Succeeded', 'Failed', or 'True'/'False' for a Condition that Succeeded with that
 * outcome) or `{ reusedFrom: index }`. The newest run is the reference.
 */
export function handWorld(
  steps: HandStep[],
  runs: Array<{
    entries: Record<string, Entry | 'Succeeded' | 'Failed' | 'True' | 'False'>
    changed?: string[]
  }>
): World {
  const model: ModelStep[] = steps.map(s => {
    if (typeof s !== 'string') return { dependsOn: [], isCondition: false, reads: [], shared: false, ...s }
    const [name, after] = s.split('<') as [string, string | undefined]
    return { name, dependsOn: after ? after.split(',') : [], isCondition: false, reads: [], shared: false }
  })
  const pipeline: Pipeline = { steps: model, parameters: [] }
  const names = model.map(s => s.name)
  const zero = (keys: string[]): Map<string, number> => new Map(keys.map(k => [k, 0]))
  const definition: DefinitionVersion = { code: zero(names), cosmetic: zero(names), defaults: new Map() }
  const mapping: MappingVersion = { steps: zero(names), allSteps: 0, ignore: 0 }
  return {
    pipeline,
    head: { commit: { files: zero(filesOf(pipeline)), mapping }, definition, parameters: new Map() },
    runs: runs.map((r, i) => ({
      arn: arnOf(i),
      commit: {
        files: new Map(filesOf(pipeline).map(f => [f, r.changed?.includes(f) ? 1 : 0])),
        mapping
      },
      definition,
      parameters: new Map(),
      entries: new Map(
        Object.entries(r.entries).map(([step, e]): [string, Entry] => [
          step,
          e === 'True' || e === 'False'
            ? { ran: 'Succeeded', outcome: e }
            : typeof e === 'string'
              ? { ran: e }
              : e
        ])
      )
    })),
    reference: arnOf(runs.length - 1)
  }
}
