import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { computeCoverage, type CoverageInput, type CoverageReport } from '../../../src/core/coverage.js'
import { parseDefinition } from '../../../src/core/definition.js'
import { StepGraph } from '../../../src/core/graph.js'
import { loadMappingFile } from '../../../src/core/mapping.js'
import type { ChangeSet, ExecutionRecord, PipelineMapping, StepState } from '../../../src/core/types.js'
import { arbitraryGraph, arbitraryRecord, graphOf, recordOf } from '../../../__fixtures__/graphs.js'
import { CORPUS_DIR } from '../../../__fixtures__/definitions.js'

const CORPUS = CORPUS_DIR
const abalone = parseDefinition(
  readFileSync(`${CORPUS}/aws-examples-selective-execution-abalone.json`, 'utf8'),
  'abalone'
)

const PRE = 'Abalone-Preprocess'
const TRAIN = 'Abalone-Train'
const EVAL = 'Abalone-Evaluate'
const CHECK = 'Abalone-MSECheck'
const REGISTER = 'Abalone-ModelRegister-RegisterModel'
const CREATE = 'Abalone-CreateModel-CreateModel'
const FAIL = 'Abalone-FailNotify'
const ALL = [PRE, TRAIN, EVAL, CHECK, REGISTER, CREATE, FAIL]

const SHA1 = 'a'.repeat(40)
const SHA2 = 'b'.repeat(40)
const arn = (id: string): string =>
  `arn:aws:sagemaker:us-east-1:123456789012:pipeline/abalone/execution/${id}`

/** The real mapping loader, so globs, all-steps and ignore behave as users get them. */
function mappingFor(graph: StepGraph, body: string): PipelineMapping {
  const indented = body
    .trim()
    .split('\n')
    .map(l => `    ${l}`)
    .join('\n')
  return loadMappingFile(`pipelines:\n  P:\n${indented}\n`, 'test.yml').forPipeline('P', graph)
}

/** The SPEC example's mapping for Abalone, with room for more step globs and a coverage section. */
function abaloneMapping(extraSteps = '', coverage = ''): PipelineMapping {
  return mappingFor(
    abalone,
    `
steps:
  ${PRE}: pipelines/abalone/preprocess.py
  ${TRAIN}: pipelines/abalone/train/**
  ${EVAL}: pipelines/abalone/evaluate.py
${extraSteps}
all-steps: pipelines/abalone/pipeline.py
ignore: "**/*.md"
${coverage}`
  )
}
const FAIL_FORCING = `coverage:\n  ${FAIL}:\n    parameters: { MseThreshold: "0" }`

/** A full Abalone run that took the If branch (MSE under the threshold). */
function ifRun(id: string, commit: string | undefined, createdAt: number): ExecutionRecord {
  const options = commit === undefined ? { createdAt } : { commit, createdAt }
  return recordOf(
    arn(id),
    {
      [PRE]: 'Succeeded',
      [TRAIN]: 'Succeeded',
      [EVAL]: 'Succeeded',
      [CHECK]: { status: 'Succeeded', outcome: 'True' },
      [REGISTER]: 'Succeeded',
      [CREATE]: 'Succeeded'
    },
    options
  )
}

/** A full Abalone run that took the Else branch and ended in the Fail step. */
function elseRun(id: string, commit: string, createdAt: number, failStatus: StepState['status'] = 'Failed') {
  return recordOf(
    arn(id),
    {
      [PRE]: 'Succeeded',
      [TRAIN]: 'Succeeded',
      [EVAL]: 'Succeeded',
      [CHECK]: { status: 'Succeeded', outcome: 'False' },
      [FAIL]: failStatus
    },
    { commit, createdAt, status: 'Failed' }
  )
}

function changes(entries: Record<string, string[] | ChangeSet>): Map<string, ChangeSet> {
  return new Map(
    Object.entries(entries).map(([c, v]) => [c, Array.isArray(v) ? { files: v, complete: true } : v])
  )
}

function run(input: Partial<CoverageInput> & Pick<CoverageInput, 'graph'>): CoverageReport {
  return computeCoverage({ executions: [], changesSince: new Map(), ...input })
}

const stepOf = (report: CoverageReport, name: string) => report.steps.find(s => s.step === name)!

describe('computeCoverage on the Abalone example', () => {
  const mapping = abaloneMapping('', FAIL_FORCING)

  it('leaves the never-run Fail branch uncovered and targets it with its forcing parameter', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e2', SHA2, 2000), ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA2]: [], [SHA1]: ['README.md'] })
    })
    expect(report.steps.map(s => s.step)).toEqual(ALL)
    expect(report.uncovered).toEqual([FAIL])
    expect(report.percent).toBe(85.7)
    expect(report.targets).toEqual([{ steps: [FAIL], parameters: { MseThreshold: '0' } }])
    const fail = stepOf(report, FAIL)
    expect(fail).toMatchObject({ covered: false, stale: false, outcomes: [] })
    expect(fail.lastRun).toBeUndefined()
    expect(fail.note).toBe('never ran in the 2 executions read')
    expect(stepOf(report, CHECK)).toMatchObject({ covered: true, outcomes: ['True'], lastRun: 2000 })
    expect(stepOf(report, TRAIN)).toMatchObject({ covered: true, lastRun: 2000, lastSuccess: 2000 })
    // The Fail step has forcing parameters, so no "plain rerun" warning.
    expect(report.warnings).toEqual([])
  })

  it('counts a Fail step that ran (it ends Failed) as covered, and lists both outcomes newest first', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e2', SHA2, 2000), elseRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA2]: [], [SHA1]: [] })
    })
    expect(report.percent).toBe(100)
    expect(report.uncovered).toEqual([])
    expect(report.targets).toEqual([])
    expect(stepOf(report, FAIL)).toMatchObject({ covered: true, lastRun: 1000, lastSuccess: 1000 })
    expect(stepOf(report, CHECK).outcomes).toEqual(['True', 'False'])
  })

  it('does not count a Fail step that has not finished', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e2', SHA2, 2000), elseRun('e1', SHA1, 1000, 'Executing')],
      changesSince: changes({ [SHA2]: [], [SHA1]: [] })
    })
    expect(stepOf(report, FAIL)).toMatchObject({ covered: false, lastRun: 1000 })
    expect(stepOf(report, FAIL).lastSuccess).toBeUndefined()
    expect(stepOf(report, FAIL).note).toBe('ran 1 time but never succeeded (last status: Executing)')
  })

  it('marks a step stale when a mapped file changed after its last success, and targets it with the Fail step', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: ['pipelines/abalone/evaluate.py', 'docs/notes.txt'] })
    })
    const evaluate = stepOf(report, EVAL)
    expect(evaluate).toMatchObject({ stale: true, covered: false, lastSuccess: 1000 })
    expect(evaluate.note).toBe('pipelines/abalone/evaluate.py changed since aaaaaaa')
    expect(stepOf(report, TRAIN)).toMatchObject({ stale: false, covered: true })
    expect(report.uncovered).toEqual([EVAL, FAIL])
    expect(report.percent).toBe(71.4)
    // No parameter conflict and no opposite branches: one execution covers both.
    expect(report.targets).toEqual([{ steps: [EVAL, FAIL], parameters: { MseThreshold: '0' } }])
  })

  it('counts every changed file of a step in the note', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: ['pipelines/abalone/train/a.py', 'pipelines/abalone/train/b.py'] })
    })
    expect(stepOf(report, TRAIN).note).toBe(
      'pipelines/abalone/train/a.py and 1 more file changed since aaaaaaa'
    )
  })

  it('makes every step stale when an all-steps file changed', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: ['pipelines/abalone/pipeline.py'] })
    })
    expect(report.percent).toBe(0)
    expect(report.uncovered).toEqual(ALL)
    expect(report.steps.filter(s => s.stale).map(s => s.step)).toEqual([
      PRE,
      TRAIN,
      EVAL,
      CHECK,
      REGISTER,
      CREATE
    ])
    expect(stepOf(report, CHECK).note).toBe('pipelines/abalone/pipeline.py changed since aaaaaaa')
  })

  it('lets ignore win over a step glob', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: ['pipelines/abalone/train/README.md'] })
    })
    expect(stepOf(report, TRAIN)).toMatchObject({ stale: false, covered: true })
  })

  it('does not count reused entries: a step reused in the newest run is judged by its older real run', () => {
    const reused = { status: 'Succeeded', reusedFrom: arn('e1') } as const
    const selective = recordOf(
      arn('e2'),
      {
        [PRE]: reused,
        [TRAIN]: reused,
        [EVAL]: 'Succeeded',
        [CHECK]: { status: 'Succeeded', outcome: 'True' },
        [REGISTER]: 'Succeeded',
        [CREATE]: 'Succeeded'
      },
      { commit: SHA2, createdAt: 2000 }
    )
    const report = run({
      graph: abalone,
      mapping,
      executions: [selective, ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA2]: [], [SHA1]: ['pipelines/abalone/train/model.py'] })
    })
    expect(stepOf(report, TRAIN)).toMatchObject({
      lastRun: 1000,
      lastSuccess: 1000,
      stale: true,
      covered: false
    })
    expect(stepOf(report, PRE)).toMatchObject({ lastRun: 1000, covered: true })
    expect(stepOf(report, EVAL)).toMatchObject({ lastRun: 2000, covered: true })
  })

  it('treats a step that was only ever reused as never run', () => {
    const only = recordOf(
      arn('e1'),
      { [PRE]: { status: 'Succeeded', reusedFrom: arn('e0') } },
      { commit: SHA1 }
    )
    const report = run({ graph: abalone, executions: [only], changesSince: changes({ [SHA1]: [] }) })
    expect(stepOf(report, PRE)).toMatchObject({ covered: false, stale: false })
    expect(stepOf(report, PRE).lastRun).toBeUndefined()
  })

  it('does not count a failed normal step as a success', () => {
    const failed = recordOf(
      arn('e1'),
      { [PRE]: 'Succeeded', [TRAIN]: 'Failed' },
      { commit: SHA1, status: 'Failed' }
    )
    const report = run({
      graph: abalone,
      mapping,
      executions: [failed],
      changesSince: changes({ [SHA1]: [] })
    })
    expect(stepOf(report, TRAIN)).toMatchObject({ covered: false, stale: false, lastRun: 0 })
    expect(stepOf(report, TRAIN).note).toBe('ran 1 time but never succeeded (last status: Failed)')
    expect(report.uncovered).toEqual([TRAIN, EVAL, CHECK, REGISTER, CREATE, FAIL])
  })

  it('says why changes are unknown: no recorded commit, no change set, an incomplete change set', () => {
    const noCommit = run({ graph: abalone, mapping, executions: [ifRun('e1', undefined, 1000)] })
    expect(stepOf(noCommit, PRE)).toMatchObject({ stale: true, covered: false })
    expect(stepOf(noCommit, PRE).note).toBe(
      `its success in ${arn('e1')} has no recorded commit, so what changed since is unknown`
    )
    expect(noCommit.warnings).toContain(
      '1 of the 1 executions read have no recorded commit (started outside the action); their successes count as stale for steps with mapped files'
    )

    const noSet = run({ graph: abalone, mapping, executions: [ifRun('e1', 'v1.2', 1000)] })
    expect(stepOf(noSet, PRE).note).toBe('the files changed since v1.2 are not known')

    const partial = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e1', SHA1, 1000)],
      changesSince: changes({
        [SHA1]: { files: ['x.txt'], complete: false, detail: 'compare API truncated at 300 files' }
      })
    })
    expect(partial.percent).toBe(0)
    expect(stepOf(partial, PRE).note).toBe(
      'the list of files changed since aaaaaaa is incomplete (compare API truncated at 300 files)'
    )
  })

  it('names a known changed file even when the change set is incomplete', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: { files: ['pipelines/abalone/evaluate.py'], complete: false } })
    })
    expect(stepOf(report, EVAL).note).toBe('pipelines/abalone/evaluate.py changed since aaaaaaa')
    expect(stepOf(report, PRE).note).toBe('the list of files changed since aaaaaaa is incomplete')
  })

  it('without a mapping, only never having succeeded leaves a step uncovered', () => {
    const report = run({ graph: abalone, executions: [ifRun('e1', undefined, 1000)] })
    expect(report.uncovered).toEqual([FAIL])
    expect(report.steps.some(s => s.stale)).toBe(false)
    expect(report.warnings.some(w => w.includes('no recorded commit'))).toBe(false)
  })

  it('with no glob for a step and no all-steps glob, unknown changes do not make it stale', () => {
    const only = mappingFor(abalone, `steps:\n  ${TRAIN}: train/**`)
    const report = run({ graph: abalone, mapping: only, executions: [ifRun('e1', undefined, 1000)] })
    expect(report.steps.filter(s => s.stale).map(s => s.step)).toEqual([TRAIN])
    expect(report.uncovered).toEqual([TRAIN, FAIL])
  })

  it('counts an older success whose files equal head even when the newest success is stale', () => {
    const report = run({
      graph: abalone,
      mapping,
      executions: [ifRun('e2', SHA2, 2000), ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA2]: ['pipelines/abalone/evaluate.py'], [SHA1]: [] })
    })
    const evaluate = stepOf(report, EVAL)
    expect(evaluate).toMatchObject({ covered: true, stale: false, lastSuccess: 2000 })
    expect(evaluate.note).toBe(
      `its newest success is stale (pipelines/abalone/evaluate.py changed since bbbbbbb), but ${arn('e1')} ran it at aaaaaaa with the current files`
    )
  })

  it('orders executions by createdAt whatever order they come in', () => {
    const report = run({
      graph: abalone,
      executions: [elseRun('e1', SHA1, 1000), ifRun('e3', SHA2, 3000), ifRun('e2', SHA2, 2000)]
    })
    expect(stepOf(report, CHECK)).toMatchObject({ lastRun: 3000, outcomes: ['True', 'False'] })
    expect(stepOf(report, FAIL)).toMatchObject({ lastRun: 1000, lastSuccess: 1000 })
  })

  it('warns that a plain rerun will take the same branch when the Fail step has no forcing parameters', () => {
    const plain = abaloneMapping()
    const report = run({
      graph: abalone,
      mapping: plain,
      executions: [ifRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: [] })
    })
    expect(report.targets).toEqual([{ steps: [FAIL], parameters: {} }])
    expect(report.warnings).toEqual([
      `${FAIL} is in the Else branch of ${CHECK}, which no execution read was seen taking (outcomes seen: True); ` +
        `a plain rerun will likely take the same branch again. Add coverage: { ${FAIL}: { parameters: { MseThreshold: … } } } ` +
        `to the mapping file with values that make ${CHECK} take Else`
    ])
  })

  it('does not warn about a stale branch step whose branch has been taken before', () => {
    const plain = abaloneMapping(`  ${FAIL}: fail.py`)
    const report = run({
      graph: abalone,
      mapping: plain,
      executions: [ifRun('e2', SHA2, 2000), elseRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA2]: [], [SHA1]: ['fail.py'] })
    })
    expect(report.uncovered).toEqual([FAIL])
    expect(report.warnings).toEqual([])
  })

  it('warns with no history at all, and says the Condition was never seen deciding', () => {
    const report = run({ graph: abalone, mapping: abaloneMapping() })
    expect(report.percent).toBe(0)
    expect(report.targets).toEqual([
      { steps: [PRE, TRAIN, EVAL, CHECK, REGISTER, CREATE], parameters: {} },
      { steps: [FAIL], parameters: {} }
    ])
    expect(report.warnings[0]).toBe('no executions of the pipeline were found, so no step counts as covered')
    expect(report.warnings.filter(w => w.includes('it was never seen deciding'))).toHaveLength(3)
  })

  it('splits conflicting forcing parameters into two targets', () => {
    const forced = abaloneMapping(
      '',
      `${FAIL_FORCING}\n  ${CREATE}:\n    parameters: { MseThreshold: "1000" }`
    )
    const report = run({
      graph: abalone,
      mapping: forced,
      executions: [elseRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: ['pipelines/abalone/pipeline.py'] })
    })
    expect(report.uncovered).toEqual(ALL)
    expect(report.targets).toEqual([
      { steps: [PRE, TRAIN, EVAL, CHECK, REGISTER, CREATE], parameters: { MseThreshold: '1000' } },
      { steps: [FAIL], parameters: { MseThreshold: '0' } }
    ])
    // RegisterModel has no forcing parameters of its own (CreateModel's happen to take its branch too).
    expect(report.warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^${REGISTER} is in the If branch of ${CHECK}, .*\\(outcomes seen: False\\)`)
      )
    ])
  })

  it('merges compatible forcing parameters into one target', () => {
    const forced = abaloneMapping(
      '',
      `coverage:\n  ${REGISTER}:\n    parameters: { MseThreshold: "1000" }\n  ${CREATE}:\n    parameters: { MseThreshold: "1000", ApprovalStatus: Approved }`
    )
    const report = run({
      graph: abalone,
      mapping: forced,
      executions: [elseRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: [] })
    })
    expect(report.uncovered).toEqual([REGISTER, CREATE])
    expect(report.targets).toEqual([
      { steps: [REGISTER, CREATE], parameters: { MseThreshold: '1000', ApprovalStatus: 'Approved' } }
    ])
    expect(report.warnings).toEqual([])
  })

  it('warns about forcing parameters for a step outside any Condition branch, and still uses them', () => {
    const forced = abaloneMapping('', `coverage:\n  ${TRAIN}:\n    parameters: { XGBNumRounds: 10 }`)
    const report = run({
      graph: abalone,
      mapping: forced,
      executions: [elseRun('e1', SHA1, 1000)],
      changesSince: changes({ [SHA1]: ['pipelines/abalone/train/x.py'] })
    })
    expect(report.warnings).toContain(
      `coverage: ${TRAIN} is not inside a Condition's branch (nor after one), so forcing parameters cannot decide whether it runs`
    )
    expect(report.targets).toEqual([{ steps: [TRAIN, REGISTER, CREATE], parameters: { XGBNumRounds: '10' } }])
  })
})

describe('computeCoverage on hand-made graphs', () => {
  /** A → C1 [If X | Else Y];  A → C2 [If V | Else W]; Z after X. */
  const twoConditions = graphOf(
    [
      'A',
      { name: 'C1', after: ['A'], reads: ['P'], if: ['X'], else: ['Y'] },
      { name: 'C2', after: ['A'], reads: ['Q'], if: ['V'], else: ['W'] },
      'Z<X'
    ],
    [{ Name: 'P' }, { Name: 'Q' }]
  )
  const history = [
    recordOf(arn('h1'), {
      A: 'Succeeded',
      C1: { status: 'Succeeded', outcome: 'True' },
      X: 'Succeeded',
      Z: 'Succeeded',
      C2: { status: 'Succeeded', outcome: 'True' },
      V: 'Succeeded'
    })
  ]

  it('splits forcing parameters that give one parameter two values', () => {
    const mapping = mappingFor(
      twoConditions,
      'coverage:\n  Y:\n    parameters: { P: "1" }\n  W:\n    parameters: { P: "2" }'
    )
    const report = run({ graph: twoConditions, mapping, executions: history })
    expect(report.uncovered).toEqual(['Y', 'W'])
    expect(report.targets).toEqual([
      { steps: ['Y'], parameters: { P: '1' } },
      { steps: ['W'], parameters: { P: '2' } }
    ])
  })

  it('merges forcing parameters of different Conditions that agree', () => {
    const mapping = mappingFor(
      twoConditions,
      'coverage:\n  Y:\n    parameters: { P: "1" }\n  W:\n    parameters: { Q: "2", P: "1" }'
    )
    const report = run({ graph: twoConditions, mapping, executions: history })
    expect(report.targets).toEqual([{ steps: ['Y', 'W'], parameters: { P: '1', Q: '2' } }])
    expect(report.percent).toBe(75)
  })

  it('never puts opposite branches of one Condition (or steps after them) in one target', () => {
    const report = run({ graph: twoConditions, executions: [] })
    expect(report.targets).toEqual([
      { steps: ['A', 'C1', 'X', 'C2', 'V', 'Z'], parameters: {} },
      { steps: ['Y', 'W'], parameters: {} }
    ])
  })

  it('does not warn about forcing parameters for a step that runs only after a branch step', () => {
    const mapping = mappingFor(twoConditions, 'coverage:\n  Z:\n    parameters: { P: "1" }')
    const report = run({ graph: twoConditions, mapping, executions: history })
    expect(report.warnings.some(w => w.startsWith('coverage:'))).toBe(false)
  })

  it('names the innermost Condition never seen taking the needed branch', () => {
    const nested = graphOf([
      { name: 'Outer', if: [{ name: 'Inner', if: ['Deep'], else: ['Other'] }], else: ['Out'] }
    ])
    const report = run({
      graph: nested,
      executions: [
        recordOf(arn('n1'), {
          Outer: { status: 'Succeeded', outcome: 'True' },
          Inner: { status: 'Succeeded', outcome: 'False' },
          Other: 'Succeeded'
        })
      ]
    })
    expect(report.uncovered).toEqual(['Deep', 'Out'])
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^Deep is in the If branch of Inner, which no execution read was seen taking \(outcomes seen: False\)/
      ),
      expect.stringMatching(
        /^Out is in the Else branch of Outer, .*\(outcomes seen: True\).*parameters: \{ <ParameterName>: <value> \}/
      )
    ])
    expect(report.targets).toEqual([
      { steps: ['Deep'], parameters: {} },
      { steps: ['Out'], parameters: {} }
    ])
  })

  it('warns about a step that needs both branches of a Condition', () => {
    const both = graphOf([{ name: 'C', if: ['X'], else: ['Y'] }, 'J<X,Y'])
    const report = run({ graph: both, executions: [] })
    expect(report.warnings).toContain(
      'J depends on steps in both branches of C; an execution takes only one branch, so it will likely never run'
    )
    expect(report.targets).toEqual([
      { steps: ['C', 'X'], parameters: {} },
      { steps: ['Y'], parameters: {} },
      { steps: ['J'], parameters: {} }
    ])
  })

  it('rounds the percentage to one decimal', () => {
    const three = graphOf(['A', 'B', 'C'])
    const ok = (...names: string[]) => [
      recordOf(arn('p'), Object.fromEntries(names.map(n => [n, 'Succeeded'])))
    ]
    expect(run({ graph: three, executions: ok('A') }).percent).toBe(33.3)
    expect(run({ graph: three, executions: ok('A', 'B') }).percent).toBe(66.7)
    expect(run({ graph: three, executions: ok('A', 'B', 'C') }).percent).toBe(100)
    const sixteen = graphOf(Array.from({ length: 16 }, (_, i) => `S${i}`))
    expect(run({ graph: sixteen, executions: ok('S0') }).percent).toBe(6.3)
    expect(run({ graph: new StepGraph([], []) }).percent).toBe(100)
  })
})

describe('computeCoverage properties', () => {
  const scenario = arbitraryGraph(12).chain(graph =>
    fc.record({
      graph: fc.constant(graph),
      executions: fc.array(arbitraryRecord(graph), { maxLength: 4 }),
      forced: fc.subarray(graph.topologicalOrder(), { maxLength: Math.min(4, graph.size) }),
      values: fc.array(fc.constantFrom('1', '2'), { minLength: 4, maxLength: 4 })
    })
  )

  it('partitions the uncovered steps into targets with consistent parameters and branches', () => {
    fc.assert(
      fc.property(scenario, ({ graph, executions, forced, values }) => {
        const coverage = new Map(forced.map((s, i) => [s, { [`P${i % 2}`]: values[i]! }]))
        const mapping: PipelineMapping = {
          pipeline: 'p',
          steps: new Map(),
          allSteps: [],
          ignore: [],
          coverage,
          match: () => ({ ignored: false, steps: [] })
        }
        const report = computeCoverage({ graph, mapping, executions, changesSince: new Map() })
        const covered = report.steps.filter(s => s.covered).length
        expect(report.percent).toBeCloseTo((covered / graph.size) * 100, 1)
        expect(report.uncovered).toEqual(report.steps.filter(s => !s.covered).map(s => s.step))
        expect(report.targets.flatMap(t => t.steps).sort()).toEqual([...report.uncovered].sort())
        const firsts = report.targets.map(t => graph.topologicalOrder().indexOf(t.steps[0]!))
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
        for (const target of report.targets) {
          expect(graph.sorted(target.steps)).toEqual(target.steps)
          for (const step of target.steps) {
            for (const [k, v] of Object.entries(coverage.get(step) ?? {}))
              expect(target.parameters[k]).toBe(v)
          }
          for (const a of target.steps) {
            for (const b of target.steps) {
              const na = graph.step(a)
              const nb = graph.step(b)
              if (na.condition && na.condition === nb.condition) expect(na.branch).toBe(nb.branch)
            }
          }
        }
        // Without mapped files nothing is stale; covered means a success exists.
        for (const s of report.steps) {
          expect(s.stale).toBe(false)
          expect(s.covered).toBe(s.lastSuccess !== undefined)
        }
      })
    )
  })
})
