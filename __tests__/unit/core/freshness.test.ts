/**
 * judgeReference on hand-written histories: each test states which output stands for head, which does
 * not and why, for one rule of SPEC "What selects a step" and "Freshness is judged per reused step".
 */
import { describe, expect, it } from '@jest/globals'
import { parseDefinition } from '../../../src/core/definition.js'
import {
  judgeReference,
  type FactField,
  type HeadState,
  type Judgement,
  type RunDefinition,
  type RunFacts
} from '../../../src/core/freshness.js'
import { mappingDelta, readMappingGlobs } from '../../../src/core/mapping-delta.js'
import { loadMappingFile } from '../../../src/core/mapping.js'
import { planSelection } from '../../../src/core/planner.js'
import { definitionHash } from '../../../src/core/provenance.js'
import type { Reason, StepState, StepStatus } from '../../../src/core/types.js'
import { definitionOf, type ParameterSpec, type StepSpec } from '../../../__fixtures__/graphs.js'

const arn = (id: string): string => `arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/${id}`
const REF = arn('ref')
const OLD = arn('old')
const OLDER = arn('older')

const PARAMETERS: ParameterSpec[] = [
  { Name: 'Region', Type: 'String', DefaultValue: 'eu' },
  { Name: 'Epochs', Type: 'Integer', DefaultValue: 6 },
  { Name: 'UseGpu', Type: 'Boolean', DefaultValue: true },
  { Name: 'Ratio', Type: 'Float', DefaultValue: 0.5 },
  { Name: '__proto__', Type: 'String', DefaultValue: 'x' },
  { Name: 'constructor', Type: 'String', DefaultValue: 'c' }
]

/** Prep → Train → Eval → Check (Condition: If Register, Else Notify). */
function steps(options: { trainImage?: string; extra?: StepSpec[] } = {}): StepSpec[] {
  const train: StepSpec = {
    name: 'Train',
    after: ['Prep'],
    reads: ['Epochs', 'UseGpu', 'Ratio', '__proto__', 'constructor'],
    args: { Image: options.trainImage ?? 'train:1' }
  }
  return [
    { name: 'Prep', reads: ['Region'] },
    train,
    'Eval<Train',
    { name: 'Check', after: ['Eval'], if: ['Register'], else: ['Notify'] },
    ...(options.extra ?? [])
  ]
}

/** The definition as run; `displayName` gives Train a DisplayName (behaviour-neutral). */
function definition(spec: StepSpec[], displayName?: string): RunDefinition {
  const document = definitionOf(spec, PARAMETERS)
  if (displayName) {
    const train = (document.Steps as Array<Record<string, unknown>>).find(s => s.Name === 'Train')!
    train.DisplayName = displayName
  }
  return { graph: parseDefinition(document, 'test definition'), document, hash: definitionHash(document) }
}

const HEAD_DEFINITION = definition(steps())
const MAPPING_TEXT = JSON.stringify({
  pipelines: {
    P: {
      steps: {
        Prep: 'src/prep/**',
        Train: 'src/train/**',
        Eval: 'src/eval.py',
        Check: 'src/check.py',
        Register: 'src/register.py',
        Notify: 'src/notify.py',
        Report: 'src/report.py'
      },
      'all-steps': 'pipeline.py',
      ignore: '**/*.md'
    }
  }
})

/** The mapping file, listing only the steps the definition has. */
function mappingTextFor(def: RunDefinition): string {
  const file = JSON.parse(MAPPING_TEXT) as { pipelines: { P: { steps: Record<string, string> } } }
  for (const name of Object.keys(file.pipelines.P.steps))
    if (!def.graph.has(name)) delete file.pipelines.P.steps[name]
  return JSON.stringify(file)
}

function headOf(def: RunDefinition = HEAD_DEFINITION, values: Record<string, string> = {}): HeadState {
  const parameters = new Map([
    ['Region', 'eu'],
    ['Epochs', '6'],
    ['UseGpu', 'True'],
    ['Ratio', '0.5'],
    ['__proto__', 'x'],
    ['constructor', 'c']
  ])
  for (const [k, v] of Object.entries(values)) parameters.set(k, v)
  const mapping = loadMappingFile(mappingTextFor(def), 'mapping.yml').forPipeline('P', def.graph)
  return { graph: def.graph, definition: def, parameters, mapping }
}
const HEAD = headOf()

type Entries = Record<string, StepStatus | StepState | { from: string } | 'absent'>

/** Every step Succeeded at the run's own commit, Check took the If branch (Notify absent). */
const ALL_RAN: Entries = {
  Prep: 'Succeeded',
  Train: 'Succeeded',
  Eval: 'Succeeded',
  Check: { status: 'Succeeded', outcome: 'True' },
  Register: 'Succeeded'
}

/** A run the judge can read whole; override what the test is about. */
function run(id: string, entries: Entries = ALL_RAN, facts: Partial<RunFacts> = {}): RunFacts {
  const stepsMap = new Map<string, StepState>()
  for (const [name, e] of Object.entries(entries)) {
    if (e === 'absent') continue
    stepsMap.set(
      name,
      typeof e === 'string' ? { status: e } : 'from' in e ? { status: 'Succeeded', reusedFrom: e.from } : e
    )
  }
  return {
    arn: id,
    status: 'Succeeded',
    commit: `${id.slice(-3)}`.padEnd(40, '0'),
    steps: stepsMap,
    parameters: new Map(HEAD.parameters),
    definition: HEAD_DEFINITION,
    changes: { files: [], complete: true },
    mapping: { steps: new Set() },
    ...facts
  }
}

function lookupOf(runs: RunFacts[]): (id: string) => RunFacts | undefined {
  return id => runs.find(r => r.arn === id)
}

/** Judges with every fact at hand: the judgement must be final. */
function judge(runs: RunFacts[], head: HeadState = HEAD, reference = REF): Judgement {
  const j = judgeReference(reference, head, lookupOf(runs))
  expect(j.needs).toEqual([])
  return j
}

const staleSteps = (j: Judgement): string[] => [...j.stale.keys()].sort()
const reasons = (j: Judgement, step: string): Reason[] => j.stale.get(step) ?? []

describe('judgeReference: a reference that ran everything at head', () => {
  it('judges every output fresh, produced by the reference; the untaken branch is excluded, not stale', () => {
    const j = judge([run(REF)])
    expect(staleSteps(j)).toEqual([])
    expect([...j.branchExcluded]).toEqual(['Notify'])
    expect(Object.fromEntries(j.producers)).toEqual({
      Prep: REF,
      Train: REF,
      Eval: REF,
      Check: REF,
      Register: REF
    })
  })
})

describe('files changed since the producing run', () => {
  it('a file changed since the run that produced a reused output selects that step, naming the run', () => {
    const j = judge([
      run(REF, { ...ALL_RAN, Prep: { from: OLD } }),
      run(OLD, ALL_RAN, { changes: { files: ['src/prep/clean.py'], complete: true } })
    ])
    expect(staleSteps(j)).toEqual(['Prep'])
    expect(reasons(j, 'Prep')).toEqual([
      { kind: 'file', file: 'src/prep/clean.py', glob: 'src/prep/**', since: OLD }
    ])
  })

  it('a file changed since the reference itself is reported without `since`', () => {
    const j = judge([run(REF, ALL_RAN, { changes: { files: ['src/eval.py'], complete: true } })])
    expect(reasons(j, 'Eval')).toEqual([{ kind: 'file', file: 'src/eval.py', glob: 'src/eval.py' }])
    expect(staleSteps(j)).toEqual(['Eval'])
  })

  it('the same file changed since the reference but not since the producer of a reused output selects nothing', () => {
    // OLD ran Prep at a commit that already had the change; the reference ran at an older one.
    const j = judge([
      run(
        REF,
        { ...ALL_RAN, Prep: { from: OLD } },
        { changes: { files: ['src/prep/clean.py'], complete: true } }
      ),
      run(OLD)
    ])
    expect(staleSteps(j)).toEqual([])
    expect(j.producers.get('Prep')).toBe(OLD)
  })

  it('ignored and unmapped files select nothing; an all-steps file selects every step that run produced', () => {
    expect(
      staleSteps(
        judge([
          run(REF, ALL_RAN, {
            changes: { files: ['README.md', 'src/prep/NOTES.md', 'data/x.csv'], complete: true }
          })
        ])
      )
    ).toEqual([])
    const j = judge([
      run(REF, { ...ALL_RAN, Prep: { from: OLD } }),
      run(OLD, ALL_RAN, { changes: { files: ['pipeline.py'], complete: true } })
    ])
    expect(staleSteps(j)).toEqual(['Prep'])
    expect(reasons(j, 'Prep')).toEqual([{ kind: 'all-steps-file', file: 'pipeline.py', glob: 'pipeline.py' }])
  })

  it('a change list that is not complete selects what that run produced', () => {
    const j = judge([
      run(REF, { ...ALL_RAN, Prep: { from: OLD } }),
      run(OLD, ALL_RAN, { changes: { files: [], complete: false, detail: 'history too shallow' } })
    ])
    expect(staleSteps(j)).toEqual(['Prep'])
    expect(reasons(j, 'Prep')).toEqual([{ kind: 'unknown-changes', detail: 'history too shallow' }])
  })
})

describe('parameter values against the producing run', () => {
  /** The reference ran with head's values but these (pairs, so that `__proto__` is a plain key). */
  const withParameters = (...values: Array<[string, string]>): Judgement =>
    judge([run(REF, ALL_RAN, { parameters: new Map([...HEAD.parameters, ...values]) })])

  it('an Integer "6" and "6.0", a Boolean "true" and "True", a Float "0.5" and "0.50" are the same value', () => {
    expect(staleSteps(withParameters(['Epochs', '6.0'], ['UseGpu', 'true'], ['Ratio', '0.50']))).toEqual([])
  })

  it('a different number, a String that differs in case, a different Boolean: the readers are stale', () => {
    expect(reasons(withParameters(['Epochs', '7']), 'Train')).toEqual([
      { kind: 'parameter', name: 'Epochs', from: '7', to: '6' }
    ])
    expect(reasons(withParameters(['Region', 'EU']), 'Prep')).toEqual([
      { kind: 'parameter', name: 'Region', from: 'EU', to: 'eu' }
    ])
    expect(staleSteps(withParameters(['UseGpu', 'false']))).toEqual(['Train'])
  })

  it('parameters named __proto__ and constructor are compared like any other', () => {
    expect(staleSteps(withParameters(['__proto__', 'x'], ['constructor', 'c']))).toEqual([])
    const j = withParameters(['__proto__', 'y'])
    expect(reasons(j, 'Train')).toEqual([{ kind: 'parameter', name: '__proto__', from: 'y', to: 'x' }])
    expect(reasons(withParameters(['constructor', 'd']), 'Train')).toEqual([
      { kind: 'parameter', name: 'constructor', from: 'd', to: 'c' }
    ])
  })

  it('a parameter the run did not list took the default of the definition it ran', () => {
    const listed = new Map(HEAD.parameters)
    listed.delete('Epochs')
    const older = definition(steps())
    ;(older.document as { Parameters: ParameterSpec[] }).Parameters[1]!.DefaultValue = 7
    const ranWithDefault7: RunDefinition = {
      graph: parseDefinition(older.document),
      document: older.document,
      hash: definitionHash(older.document)
    }
    const j = judge([run(REF, ALL_RAN, { parameters: listed, definition: ranWithDefault7 })])
    expect(reasons(j, 'Train')).toEqual([{ kind: 'parameter', name: 'Epochs', from: '7', to: '6' }])
    // …and with the default head's value, nothing.
    expect(staleSteps(judge([run(REF, ALL_RAN, { parameters: listed })]))).toEqual([])
  })

  it('the values of the run that produced a reused output count, not the reference’s', () => {
    const j = judge([
      run(REF, { ...ALL_RAN, Prep: { from: OLD } }),
      run(OLD, ALL_RAN, { parameters: new Map([...HEAD.parameters, ['Region', 'us']]) })
    ])
    expect(reasons(j, 'Prep')).toEqual([
      { kind: 'parameter', name: 'Region', from: 'us', to: 'eu', since: OLD }
    ])
  })
})

describe('the definition the producing run ran', () => {
  it('an output-affecting difference selects the step; a DisplayName alone does not', () => {
    const j = judge([run(REF, ALL_RAN, { definition: definition(steps({ trainImage: 'train:0' })) })])
    expect(staleSteps(j)).toEqual(['Train'])
    expect(reasons(j, 'Train')).toEqual([{ kind: 'definition', paths: ['Arguments.Image'] }])
    expect(
      staleSteps(judge([run(REF, ALL_RAN, { definition: definition(steps(), 'Train the model') })]))
    ).toEqual([])
  })

  it('a step added since (no entry in the reference) has no output; one its producer’s definition lacks is new', () => {
    const head = headOf(definition(steps({ extra: ['Report<Eval'] })))
    const j = judge([run(REF)], head)
    expect(reasons(j, 'Report')).toEqual([{ kind: 'failed-in-reference', status: 'NotRun' }])
    // The reference lists Report, but the definition it ran has no such step.
    const k = judge([run(REF, { ...ALL_RAN, Report: 'Succeeded' })], head)
    expect(reasons(k, 'Report')).toEqual([{ kind: 'new-step' }])
  })
})

describe('producers that cannot be trusted or read', () => {
  it('an output produced by a run without a recorded commit is stale, and its changes are never asked for', () => {
    const unrecorded: RunFacts = { arn: OLD, status: 'Succeeded', steps: run(OLD).steps! }
    const j = judge([run(REF, { ...ALL_RAN, Prep: { from: OLD } }), unrecorded])
    expect(staleSteps(j)).toEqual(['Prep'])
    expect(reasons(j, 'Prep')).toEqual([{ kind: 'unrecorded-producer', run: OLD }])
  })

  it('an output whose producer cannot be read is stale, naming the run and why', () => {
    const j = judge([
      run(REF, { ...ALL_RAN, Prep: { from: OLD } }),
      { arn: OLD, unavailable: 'AccessDeniedException' }
    ])
    expect(staleSteps(j)).toEqual(['Prep'])
    const [reason] = reasons(j, 'Prep')
    expect(reason?.kind).toBe('producer-unknown')
    expect(reason && 'detail' in reason ? reason.detail : '').toContain(OLD)
    expect(reason && 'detail' in reason ? reason.detail : '').toContain('AccessDeniedException')
  })

  it('reuse links that loop end: the output has no producer', () => {
    const j = judge([
      run(REF, { ...ALL_RAN, Prep: { from: OLD } }),
      run(OLD, { ...ALL_RAN, Prep: { from: OLDER } }),
      run(OLDER, { ...ALL_RAN, Prep: { from: OLD } })
    ])
    expect(staleSteps(j)).toEqual(['Prep'])
    expect(reasons(j, 'Prep')[0]?.kind).toBe('producer-unknown')
    const self = judge([run(REF, { ...ALL_RAN, Prep: { from: REF } })])
    expect(reasons(self, 'Prep')[0]?.kind).toBe('producer-unknown')
  })
})

describe('chains of selective runs', () => {
  it('A → B → C: Train reused twice from A, which ran before Train changed, is stale in C', () => {
    // A ran everything; then Train's code changed; B ran Eval only (reusing A's Train), C ran Check.
    const A = arn('a')
    const B = arn('b')
    const C = arn('c')
    const j = judge(
      [
        run(A, ALL_RAN, { changes: { files: ['src/train/model.py'], complete: true } }),
        run(B, { ...ALL_RAN, Prep: { from: A }, Train: { from: A } }),
        run(C, { ...ALL_RAN, Prep: { from: B }, Train: { from: B }, Eval: { from: B } })
      ],
      HEAD,
      C
    )
    expect(reasons(j, 'Train')).toEqual([
      { kind: 'file', file: 'src/train/model.py', glob: 'src/train/**', since: A }
    ])
    // B's Eval consumed A's Train: carried over into C, it does not stand for head either.
    expect(reasons(j, 'Eval')).toEqual([{ kind: 'stale-input', step: 'Train', run: B }])
    expect(j.producers.get('Prep')).toBe(A)
    expect(staleSteps(j)).toEqual(['Eval', 'Train'])
  })

  it('steps: Train, downstream: false: Train re-ran at head, but its downstream reused outputs that consumed the old Train', () => {
    // R0 ran everything before Train changed; R1 ran only Train, at head, and reused the rest from R0.
    const R0 = arn('r0')
    const R1 = arn('r1')
    const history = [
      run(R0, ALL_RAN, { changes: { files: ['src/train/model.py'], complete: true } }),
      run(R1, {
        Prep: { from: R0 },
        Train: 'Succeeded',
        Eval: { from: R0 },
        Check: { status: 'Succeeded', reusedFrom: R0, outcome: 'True' },
        Register: { from: R0 }
      })
    ]
    const j = judge(history, HEAD, R1)
    expect(j.producers.get('Prep')).toBe(R0)
    expect(j.producers.get('Train')).toBe(R1)
    expect(reasons(j, 'Eval')).toEqual([{ kind: 'stale-input', step: 'Train', run: R0 }])
    expect(reasons(j, 'Check')).toEqual([{ kind: 'stale-input', step: 'Eval', run: R0 }])
    expect(reasons(j, 'Register')[0]).toEqual({ kind: 'stale-input', step: 'Check', run: R0 })
    // …and the plan runs them again (with the Condition's other branch), reusing Prep and Train.
    const plan = planSelection({
      graph: HEAD.graph,
      mapping: HEAD.mapping,
      changes: { files: [], complete: true },
      selection: 'affected',
      downstream: true,
      reference: {
        arn: R1,
        status: 'Succeeded',
        createdAt: 1,
        commit: 'r1'.padEnd(40, '0'),
        steps: new Map()
      },
      freshness: j
    })
    expect(plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    expect(plan.reused).toEqual(['Prep', 'Train'])
  })
})

describe('mapping-file edits since the producing run (rule 6)', () => {
  it('an edit to all-steps or ignore selects every step that run produced', () => {
    const j = judge([
      run(REF, { ...ALL_RAN, Prep: { from: OLD } }),
      run(OLD, ALL_RAN, { mapping: { all: 'its ignore globs changed', steps: new Set() } })
    ])
    expect(staleSteps(j)).toEqual(['Prep'])
    expect(reasons(j, 'Prep')).toEqual([{ kind: 'mapping', detail: 'its ignore globs changed' }])
  })

  it('an edit to one step’s globs selects that step, as computed from the mapping file at that commit', () => {
    const before = mappingTextFor(HEAD_DEFINITION).replace('"src/train/**"', '"src/training/**"')
    const delta = mappingDelta(readMappingGlobs(before, 'P'), HEAD.mapping)
    expect([...delta.steps]).toEqual(['Train'])
    const j = judge([run(REF, ALL_RAN, { mapping: delta })])
    expect(staleSteps(j)).toEqual(['Train'])
    expect(reasons(j, 'Train')).toEqual([
      { kind: 'mapping', detail: 'its globs in the mapping file changed' }
    ])
  })
})

describe('failed entries and untaken branches', () => {
  it('a Failed step and the steps after it that never ran have no output', () => {
    const j = judge([run(REF, { Prep: 'Succeeded', Train: 'Failed' }, { status: 'Failed' })])
    expect(reasons(j, 'Train')).toEqual([{ kind: 'failed-in-reference', status: 'Failed' }])
    for (const step of ['Eval', 'Check', 'Register', 'Notify'])
      expect(reasons(j, step)).toEqual([{ kind: 'failed-in-reference', status: 'NotRun' }])
    expect(j.producers.get('Prep')).toBe(REF)
    expect([...j.branchExcluded]).toEqual([])
  })

  it('a Failed entry in the run a reused output comes from: no output', () => {
    const j = judge([run(REF, { ...ALL_RAN, Prep: { from: OLD } }), run(OLD, { Prep: 'Stopped' })])
    expect(reasons(j, 'Prep')).toEqual([{ kind: 'failed-in-reference', status: 'Stopped' }])
  })

  it('Condition outcome False: the If branch is excluded (not stale), the Else branch ran', () => {
    const j = judge([
      run(REF, {
        ...ALL_RAN,
        Check: { status: 'Succeeded', outcome: 'False' },
        Register: 'absent',
        Notify: 'Succeeded'
      })
    ])
    expect([...j.branchExcluded]).toEqual(['Register'])
    expect(staleSteps(j)).toEqual([])
    expect(j.producers.get('Notify')).toBe(REF)
  })

  it('a step downstream of an untaken branch step is excluded too', () => {
    const head = headOf(definition(steps({ extra: ['Report<Register'] })))
    const entries: Entries = {
      ...ALL_RAN,
      Check: { status: 'Succeeded', outcome: 'False' },
      Register: 'absent',
      Notify: 'Succeeded'
    }
    const j = judge([run(REF, entries, { definition: head.definition })], head)
    expect([...j.branchExcluded].sort()).toEqual(['Register', 'Report'])
    expect(staleSteps(j)).toEqual([])
  })

  it('an absent step in the branch that was taken is stale', () => {
    const j = judge([run(REF, { ...ALL_RAN, Register: 'absent' })])
    expect(reasons(j, 'Register')).toEqual([{ kind: 'failed-in-reference', status: 'NotRun' }])
  })

  it('an excluded step whose own file changed since the reference is stale (its branch may run next)', () => {
    const j = judge([
      run(
        REF,
        {
          ...ALL_RAN,
          Check: { status: 'Succeeded', outcome: 'False' },
          Register: 'absent',
          Notify: 'Succeeded'
        },
        { changes: { files: ['src/register.py'], complete: true } }
      )
    ])
    expect(reasons(j, 'Register')).toEqual([
      { kind: 'file', file: 'src/register.py', glob: 'src/register.py' }
    ])
    expect([...j.branchExcluded]).toEqual([])
  })
})

describe('the facts the judge asks for', () => {
  /** Serves only the loaded fields of each run. */
  function partial(
    runs: RunFacts[],
    loaded: Map<string, Set<FactField>>
  ): (id: string) => RunFacts | undefined {
    return id => {
      const whole = runs.find(r => r.arn === id)
      const fields = loaded.get(id)
      if (!whole || !fields) return undefined
      const f: RunFacts = { arn: id }
      if (fields.has('run')) {
        f.status = whole.status
        if (whole.commit) f.commit = whole.commit
      }
      if (fields.has('steps')) f.steps = whole.steps
      if (fields.has('parameters')) f.parameters = whole.parameters
      if (fields.has('definition')) f.definition = whole.definition
      if (fields.has('changes')) f.changes = whole.changes
      if (fields.has('mapping')) f.mapping = whole.mapping
      return f
    }
  }
  const asked = (j: Judgement): string[] => j.needs.map(n => `${n.arn.split('/').pop()!} ${n.field}`).sort()

  it('asks for exactly what it lacks, round by round, and judges nothing fresh before it has it', () => {
    const runs = [run(REF, { ...ALL_RAN, Prep: { from: OLD } }), run(OLD)]
    const loaded = new Map<string, Set<FactField>>()
    const load = (j: Judgement): void => {
      for (const { arn: id, field } of j.needs) loaded.set(id, (loaded.get(id) ?? new Set()).add(field))
    }

    let j = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(asked(j)).toEqual(['ref steps'])
    expect([j.stale.size, j.producers.size, j.branchExcluded.size]).toEqual([0, 0, 0])

    load(j)
    j = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(asked(j)).toEqual(['old steps', 'ref run'])
    expect(j.producers.size).toBe(0)

    load(j)
    j = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(asked(j)).toEqual(['old run', 'ref changes', 'ref definition', 'ref mapping', 'ref parameters'])
    expect(j.producers.size).toBe(0)

    load(j)
    j = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(asked(j)).toEqual(['old changes', 'old definition', 'old mapping', 'old parameters'])
    // The reference's own outputs are judged now; Prep, produced by OLD, is not yet.
    expect([...j.producers.keys()]).toEqual(['Train', 'Eval', 'Check', 'Register'])
    expect(j.stale.has('Prep')).toBe(false)

    load(j)
    j = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(j.needs).toEqual([])
    expect(j.producers.get('Prep')).toBe(OLD)
  })

  it('a missing fact of the producer leaves the consumer unjudged, not fresh', () => {
    // Eval reused from OLD: judging what OLD's Eval consumed needs OLD's facts about Train.
    const runs = [run(REF, { ...ALL_RAN, Eval: { from: OLD } }), run(OLD)]
    const loaded = new Map<string, Set<FactField>>([
      [REF, new Set<FactField>(['steps', 'run', 'changes', 'mapping', 'definition', 'parameters'])],
      [OLD, new Set<FactField>(['steps', 'run'])]
    ])
    const j = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(asked(j)).toEqual(['old changes', 'old definition', 'old mapping', 'old parameters'])
    expect(j.producers.has('Eval')).toBe(false)
    expect(j.stale.has('Eval')).toBe(false)
  })

  it('a missing fact two hops up (what the producer consumed came from yet another run) leaves it unjudged', () => {
    // Eval reused from OLD, whose Train was reused from OLDER: OLD is read whole, OLDER is not.
    const runs = [
      run(REF, { ...ALL_RAN, Eval: { from: OLD } }),
      run(OLD, { ...ALL_RAN, Train: { from: OLDER } }),
      run(OLDER, ALL_RAN, { changes: { files: ['src/train/model.py'], complete: true } })
    ]
    const all = new Set<FactField>(['steps', 'run', 'changes', 'mapping', 'definition', 'parameters'])
    const loaded = new Map<string, Set<FactField>>([
      [REF, all],
      [OLD, all],
      [OLDER, new Set<FactField>(['steps', 'run'])]
    ])
    const j = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(asked(j)).toEqual(['older changes', 'older definition', 'older mapping', 'older parameters'])
    expect(j.producers.has('Eval')).toBe(false)
    expect(j.stale.has('Eval')).toBe(false)
    // Read whole, OLDER's Train does not stand for head, so neither does OLD's Eval that consumed it.
    loaded.set(OLDER, all)
    const k = judgeReference(REF, HEAD, partial(runs, loaded))
    expect(reasons(k, 'Eval')).toEqual([{ kind: 'stale-input', step: 'Train', run: OLD }])
  })
})
