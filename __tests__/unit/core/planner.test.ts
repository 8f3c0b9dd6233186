import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { UserError } from '../../../src/errors.js'
import { parseDefinition } from '../../../src/core/definition.js'
import type { StepGraph } from '../../../src/core/graph.js'
import {
  CONNECTOR_BUDGET,
  MAX_SELECTED_STEPS,
  branchExcludedSteps,
  connectedGroups,
  isPathConvex,
  isWeaklyConnected,
  planSelection
} from '../../../src/core/planner.js'
import type { FileMatch, PipelineMapping, PlanRequest, Reason } from '../../../src/core/types.js'
import { graphOf, recordOf } from '../../../__fixtures__/graphs.js'
import { CORPUS_DIR } from '../../../__fixtures__/definitions.js'

const CORPUS = CORPUS_DIR
const corpus = (file: string): StepGraph => parseDefinition(readFileSync(`${CORPUS}/${file}`, 'utf8'), file)
const abalone = corpus('aws-examples-selective-execution-abalone.json')

const PRE = 'Abalone-Preprocess'
const TRAIN = 'Abalone-Train'
const EVAL = 'Abalone-Evaluate'
const CHECK = 'Abalone-MSECheck'
const REGISTER = 'Abalone-ModelRegister-RegisterModel'
const CREATE = 'Abalone-CreateModel-CreateModel'
const FAIL = 'Abalone-FailNotify'

const REF = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/abalone/execution/ref1'
const succeeded = (graph: StepGraph) =>
  recordOf(REF, Object.fromEntries(graph.topologicalOrder().map(n => [n, 'Succeeded'])))

/** A mapping stand-in: exact file → steps, plus prefix rules for all-steps and ignore. */
function mappingOf(
  steps: Record<string, string[]>,
  allSteps: string[] = [],
  ignore: string[] = []
): PipelineMapping {
  return {
    pipeline: 'test',
    steps: new Map(),
    allSteps,
    ignore,
    coverage: new Map(),
    match(file: string): FileMatch {
      if (ignore.some(p => file.endsWith(p))) return { ignored: true, steps: [] }
      const all = allSteps.find(p => file === p)
      const matched = Object.entries(steps)
        .filter(([, files]) => files.includes(file))
        .map(([step]) => ({ step, glob: file }))
      return all ? { ignored: false, allSteps: all, steps: matched } : { ignored: false, steps: matched }
    }
  }
}

function request(graph: StepGraph, extra: Partial<PlanRequest> = {}): PlanRequest {
  return {
    graph,
    changes: { files: [], complete: true },
    selection: 'affected',
    downstream: true,
    reference: succeeded(graph),
    ...extra
  }
}

describe('planSelection on the Abalone selective-execution example', () => {
  const mapping = mappingOf(
    { [TRAIN]: ['train.py'], [PRE]: ['preprocess.py'], [FAIL]: ['fail.py'] },
    ['pipeline.py'],
    ['.md']
  )

  it('closes a training change over Evaluate, the Condition and its three branch steps', () => {
    const plan = planSelection(
      request(abalone, { mapping, changes: { files: ['train.py'], complete: true } })
    )
    expect(plan.selected).toEqual([TRAIN, EVAL, CHECK, REGISTER, CREATE, FAIL])
    expect(plan.reused).toEqual([PRE])
    expect(plan.notRun).toEqual([])
    expect(plan.fullRun).toBe(false)
    expect(plan.needsReference).toBe(true)
    expect(plan.reasons[TRAIN]).toEqual([{ kind: 'file', file: 'train.py', glob: 'train.py' }])
    expect(plan.reasons[EVAL]).toEqual([{ kind: 'upstream', step: TRAIN }])
    expect(plan.reasons[CHECK]).toEqual([{ kind: 'upstream', step: EVAL }])
    expect(plan.reasons[REGISTER]).toEqual([
      { kind: 'upstream', step: TRAIN },
      { kind: 'upstream', step: CHECK }
    ])
    expect(plan.reasons[FAIL]).toEqual([{ kind: 'upstream', step: CHECK }])
    expect(Object.keys(plan.reasons)).toEqual(plan.selected)
  })

  it('warns when a cached step is selected for a file change its definition does not carry', () => {
    // Abalone-Train has CacheConfig enabled; Abalone-FailNotify (no cache) must not be named.
    const plan = planSelection(
      request(abalone, { mapping, changes: { files: ['train.py', 'fail.py'], complete: true } })
    )
    const cached = plan.warnings.filter(w => w.includes('CacheConfig'))
    expect(cached).toHaveLength(1)
    expect(cached[0]).toMatch(new RegExp(`^${TRAIN} has CacheConfig enabled`))
    expect(cached[0]).not.toContain(FAIL)
    // A definition change alters the cache key: no warning then.
    const withDefinition = planSelection(
      request(abalone, {
        mapping,
        changes: { files: ['train.py'], complete: true },
        seeds: { [TRAIN]: [{ kind: 'definition', paths: ['Arguments.X'] }] }
      })
    )
    expect(withDefinition.warnings.some(w => w.includes('CacheConfig'))).toBe(false)
  })

  it('adds the Condition of a selected branch step, and the Condition brings both branches', () => {
    const plan = planSelection(request(abalone, { explicitSteps: [FAIL] }))
    expect(plan.selected).toEqual([CHECK, REGISTER, CREATE, FAIL])
    expect(plan.reasons[CHECK]).toEqual([{ kind: 'enclosing-condition', of: FAIL }])
    expect(plan.reasons[FAIL]).toEqual([{ kind: 'explicit' }])
    expect(plan.reasons[REGISTER]).toEqual([{ kind: 'upstream', step: CHECK }])
    expect(plan.reused).toEqual([PRE, TRAIN, EVAL])
  })

  it('with downstream: false keeps only the Condition and the step, and says what is left unrun', () => {
    const plan = planSelection(request(abalone, { explicitSteps: [FAIL], downstream: false }))
    expect(plan.selected).toEqual([CHECK, FAIL])
    expect(plan.notRun).toEqual([REGISTER, CREATE])
    expect(plan.warnings.join('\n')).toContain(`leaves ${REGISTER}, ${CREATE} unrun`)
  })

  it('runs everything when the selection needs upstream outputs and there is no reference', () => {
    const plan = planSelection(
      request(abalone, { mapping, changes: { files: ['train.py'], complete: true }, reference: undefined })
    )
    expect(plan.fullRun).toBe(true)
    expect(plan.fullRunReason).toBe(
      `no eligible reference run, and the selection depends on upstream steps ${PRE}`
    )
    expect(plan.selected).toEqual(abalone.topologicalOrder())
    expect(plan.reused).toEqual([])
    expect(plan.needsReference).toBe(false)
    expect(plan.reasons[TRAIN]).toEqual([{ kind: 'file', file: 'train.py', glob: 'train.py' }])
    expect(plan.reasons[PRE]).toEqual([{ kind: 'selection-all' }])
  })

  it('needs no reference when nothing upstream is reused', () => {
    const graph = graphOf(['A', 'B<A'])
    const plan = planSelection(
      request(graph, { explicitSteps: ['A'], reference: undefined, downstream: false })
    )
    expect(plan).toMatchObject({
      selected: ['A'],
      reused: [],
      notRun: ['B'],
      fullRun: false,
      needsReference: false
    })
  })

  it('calls it a full run when every step is affected', () => {
    const plan = planSelection(
      request(abalone, { mapping, changes: { files: ['preprocess.py'], complete: true } })
    )
    expect(plan.fullRun).toBe(true)
    expect(plan.fullRunReason).toBe('every step is affected')
    expect(plan.reasons[PRE]).toEqual([{ kind: 'file', file: 'preprocess.py', glob: 'preprocess.py' }])
    expect(plan.reasons[FAIL]).toEqual([{ kind: 'upstream', step: CHECK }])
  })

  it('selects every step for an all-steps file and ignores ignored files', () => {
    const plan = planSelection(
      request(abalone, { mapping, changes: { files: ['README.md', 'pipeline.py'], complete: true } })
    )
    expect(plan.fullRun).toBe(true)
    for (const name of abalone.topologicalOrder()) {
      expect(plan.reasons[name]).toEqual([
        { kind: 'all-steps-file', file: 'pipeline.py', glob: 'pipeline.py' }
      ])
    }
    const ignored = planSelection(
      request(abalone, { mapping, changes: { files: ['docs/README.md'], complete: true } })
    )
    expect(ignored.selected).toEqual([])
    expect(ignored.notRun).toEqual(abalone.topologicalOrder())
  })

  it('selects nothing from files when there is no mapping', () => {
    const plan = planSelection(request(abalone, { changes: { files: ['train.py'], complete: true } }))
    expect(plan).toMatchObject({
      selected: [],
      reused: [],
      fullRun: false,
      needsReference: false,
      reasons: {}
    })
    expect(plan.notRun).toEqual(abalone.topologicalOrder())
  })

  it('runs everything when the changed files are not known exactly, whatever the mode', () => {
    for (const selection of ['affected', 'failed', 'coverage'] as const) {
      const plan = planSelection(
        request(abalone, {
          selection,
          changes: { files: [], complete: false, detail: 'compare API truncated at 300 files' }
        })
      )
      expect(plan.fullRun).toBe(true)
      expect(plan.fullRunReason).toContain('compare API truncated at 300 files')
      expect(plan.reasons[EVAL]).toEqual([
        { kind: 'unknown-changes', detail: 'compare API truncated at 300 files' }
      ])
    }
  })

  it('runs everything for selection: all', () => {
    const plan = planSelection(request(abalone, { selection: 'all' }))
    expect(plan).toMatchObject({
      fullRun: true,
      fullRunReason: 'selection: all runs every step',
      reused: [],
      notRun: []
    })
    expect(Object.values(plan.reasons).every(r => r.length === 1 && r[0]!.kind === 'selection-all')).toBe(
      true
    )
  })

  it('keeps every distinct reason and drops duplicates', () => {
    const plan = planSelection(
      request(abalone, {
        mapping: mappingOf({ [TRAIN]: ['train.py', 'util.py'] }),
        changes: { files: ['train.py', 'util.py', 'train.py'], complete: true },
        explicitSteps: [TRAIN, TRAIN],
        seeds: {
          [TRAIN]: [
            { kind: 'parameter', name: 'XGBETA', from: '0.2', to: '0.3' },
            { kind: 'parameter', name: 'XGBETA', from: '0.2', to: '0.3' }
          ]
        }
      })
    )
    expect(plan.reasons[TRAIN]).toEqual([
      { kind: 'file', file: 'train.py', glob: 'train.py' },
      { kind: 'file', file: 'util.py', glob: 'util.py' },
      { kind: 'explicit' },
      { kind: 'parameter', name: 'XGBETA', from: '0.2', to: '0.3' }
    ])
  })

  it('rejects an unknown explicit step, suggesting the closest name', () => {
    expect(() => planSelection(request(abalone, { explicitSteps: ['Abalone-Trian'] }))).toThrow(UserError)
    expect(() => planSelection(request(abalone, { explicitSteps: ['Abalone-Trian'] }))).toThrow(
      /Input "steps": "Abalone-Trian" is not a step of this pipeline \(did you mean "Abalone-Train"\?\)/
    )
  })

  it('lets explicit steps override the selection mode, with a warning', () => {
    const plan = planSelection(request(abalone, { selection: 'all', explicitSteps: [CREATE] }))
    expect(plan.fullRun).toBe(false)
    expect(plan.selected).toEqual([CHECK, REGISTER, CREATE, FAIL])
    expect(plan.warnings[0]).toContain('overrides selection: all')
  })

  it('merges caller seeds (coverage) in any mode and checks their names', () => {
    const plan = planSelection(
      request(abalone, {
        selection: 'coverage',
        seeds: { [FAIL]: [{ kind: 'coverage', detail: 'never ran' }] }
      })
    )
    expect(plan.reasons[FAIL]).toEqual([{ kind: 'coverage', detail: 'never ran' }])
    expect(plan.reasons[CHECK]).toEqual([{ kind: 'enclosing-condition', of: FAIL }])
    expect(() => planSelection(request(abalone, { seeds: { Nope: [] } }))).toThrow(UserError)
  })
})

describe('planSelection with selection: failed', () => {
  it('resumes the failed step, and steps that did not run because of it', () => {
    const reference = recordOf(
      REF,
      { [PRE]: 'Succeeded', [TRAIN]: 'Succeeded', [EVAL]: 'Failed' },
      { status: 'Failed' }
    )
    const plan = planSelection(request(abalone, { selection: 'failed', reference }))
    expect(plan.selected).toEqual([EVAL, CHECK, REGISTER, CREATE, FAIL])
    expect(plan.reasons[EVAL]).toEqual([{ kind: 'failed-in-reference', status: 'Failed' }])
    expect(plan.reasons[CHECK]).toEqual([{ kind: 'failed-in-reference', status: 'NotRun' }])
    expect(plan.reasons[FAIL]).toEqual([{ kind: 'failed-in-reference', status: 'NotRun' }])
    expect(plan.reused).toEqual([PRE, TRAIN])
  })

  it('does not resume steps of the branch the Condition did not take', () => {
    const reference = recordOf(REF, {
      [PRE]: 'Succeeded',
      [TRAIN]: 'Succeeded',
      [EVAL]: 'Succeeded',
      [CHECK]: { status: 'Succeeded', outcome: 'True' },
      [REGISTER]: 'Succeeded',
      [CREATE]: 'Succeeded'
    })
    const plan = planSelection(request(abalone, { selection: 'failed', reference }))
    expect(plan.selected).toEqual([])
    expect(plan.warnings).toEqual([
      `the reference run ${REF} has no failed steps; there is nothing to resume`
    ])
  })

  it('resumes a failed branch step with its Condition, and Stopped steps too', () => {
    const reference = recordOf(
      REF,
      {
        [PRE]: 'Succeeded',
        [TRAIN]: { status: 'Succeeded', reusedFrom: 'arn:older' },
        [EVAL]: 'Succeeded',
        [CHECK]: { status: 'Succeeded', outcome: 'True' },
        [REGISTER]: 'Stopped'
      },
      { status: 'Failed' }
    )
    const plan = planSelection(request(abalone, { selection: 'failed', reference }))
    expect(plan.reasons[REGISTER]).toEqual([{ kind: 'failed-in-reference', status: 'Stopped' }])
    expect(plan.reasons[CREATE]).toEqual([{ kind: 'failed-in-reference', status: 'NotRun' }])
    expect(plan.reasons[CHECK]).toEqual([{ kind: 'enclosing-condition', of: REGISTER }])
    expect(plan.reasons[FAIL]).toEqual([{ kind: 'upstream', step: CHECK }])
    expect(plan.reused).toEqual([PRE, TRAIN, EVAL])
  })

  it('treats descendants of an untaken branch as excluded, at any nesting depth', () => {
    const graph = graphOf([
      'A',
      { name: 'C', after: ['A'], if: ['X', { name: 'D', if: ['Y'], else: ['Z'] }], else: ['E'] },
      'After<Y'
    ])
    const reference = recordOf(REF, {
      A: 'Succeeded',
      C: { status: 'Succeeded', outcome: 'False' },
      E: 'Succeeded'
    })
    expect([...branchExcludedSteps(graph, reference)].sort()).toEqual(['After', 'D', 'X', 'Y', 'Z'])
    const plan = planSelection(request(graph, { selection: 'failed', reference }))
    expect(plan.selected).toEqual([])

    const inner = recordOf(REF, {
      A: 'Succeeded',
      C: { status: 'Succeeded', outcome: 'True' },
      X: 'Succeeded',
      D: { status: 'Succeeded', outcome: 'False' },
      Z: 'Failed'
    })
    const resumed = planSelection(request(graph, { selection: 'failed', reference: inner }))
    expect(
      Object.keys(resumed.reasons).filter(n => resumed.reasons[n]![0]!.kind === 'failed-in-reference')
    ).toEqual(['Z'])
    expect(resumed.selected).toEqual(['C', 'X', 'D', 'Y', 'Z', 'E', 'After'])
  })

  it('without a reference selects only what changed, with a warning', () => {
    const plan = planSelection(request(abalone, { selection: 'failed', reference: undefined }))
    expect(plan.selected).toEqual([])
    expect(plan.warnings[0]).toContain('selection: failed resumes a reference run, but there is none')
  })
})

describe('planSelection closure rules', () => {
  it('adds the Condition of a branch step reached by the closure, then that Condition’s closure', () => {
    // N sits in C's If branch and reads T; C itself does not depend on T.
    const graph = graphOf(['T', 'U', { name: 'C', after: ['U'], if: ['N<T'], else: ['M'] }])
    const plan = planSelection(request(graph, { explicitSteps: ['T'] }))
    expect(plan.selected).toEqual(['T', 'C', 'N', 'M'])
    expect(plan.reasons.C).toEqual([{ kind: 'enclosing-condition', of: 'N' }])
    expect(plan.reasons.N).toEqual([
      { kind: 'upstream', step: 'T' },
      { kind: 'upstream', step: 'C' }
    ])
    expect(plan.reused).toEqual(['U'])
  })

  // Rule 7: a step the closure fills in between two named steps gets no closure of its own.
  it('without downstream fills in the steps between selected ones', () => {
    const graph = graphOf(['A', 'B<A', 'C<B', 'D<C', 'E<D', 'Side<A'])
    const plan = planSelection(request(graph, { explicitSteps: ['B', 'D'], downstream: false }))
    expect(plan.selected).toEqual(['B', 'C', 'D'])
    expect(plan.reasons.C).toEqual([{ kind: 'upstream', step: 'B' }])
    expect(plan.reused).toEqual(['A'])
    expect(plan.notRun).toEqual(['E', 'Side'])
  })

  it('joins unconnected parts through their common upstream step, which runs without its closure', () => {
    const graph = graphOf(['A', 'B<A', 'C<A', 'D<A'])
    const plan = planSelection(request(graph, { explicitSteps: ['B', 'C'] }))
    expect(plan.fullRun).toBe(false)
    expect(plan.selected).toEqual(['A', 'B', 'C'])
    expect(plan.reasons.A).toEqual([{ kind: 'connects', parts: ['B', 'C'] }])
    // D, below the connector only, keeps its output: A runs again from the same inputs.
    expect(plan.notRun).toEqual(['D'])
    expect(plan.reused).toEqual([])
  })

  it('the tuning pipeline: two changed steps under HPTuning run 5 of 7 steps, not a full run', () => {
    const graph = corpus('aws-examples-tuning-step-hpo.json')
    const plan = planSelection(
      request(graph, {
        mapping: mappingOf({ CreateTopModel: ['create.py'], EvaluateTopModel: ['evaluate.py'] }),
        changes: { files: ['create.py', 'evaluate.py'], complete: true },
        reference: succeeded(graph)
      })
    )
    expect(plan.fullRun).toBe(false)
    expect(plan.selected).toEqual([
      'HPTuning',
      'CreateTopModel',
      'EvaluateTopModel',
      'CheckMSEAbaloneEvaluation',
      'RegisterBestAbaloneModel-RegisterModel'
    ])
    expect(plan.reasons.HPTuning).toEqual([
      { kind: 'connects', parts: ['CreateTopModel', 'EvaluateTopModel'] }
    ])
    expect(plan.reused).toEqual(['PreprocessAbaloneDataForHPO'])
    expect(plan.notRun).toEqual(['MyModelCreationStep-CreateModel'])
  })

  it('fills in the steps between the connector and the parts (path convexity)', () => {
    const graph = graphOf(['R', 'A<R', 'M<A', 'B<M', 'C<A', 'Other<R'])
    const plan = planSelection(request(graph, { explicitSteps: ['B', 'C'] }))
    expect(plan.selected).toEqual(['A', 'M', 'B', 'C'])
    expect(plan.reasons.M).toEqual([{ kind: 'upstream', step: 'A' }])
    expect(plan.reused).toEqual(['R'])
    expect(plan.notRun).toEqual(['Other'])
  })

  it('picks the cheapest connector by estimated minutes, not the fewest steps', () => {
    // Either Slow alone (120 min) or Cheap with Hop (1 + 1 min) joins X and Y.
    const graph = graphOf(['Slow', 'Cheap', 'Hop<Cheap', 'X<Slow,Hop', 'Y<Slow,Cheap'])
    const minutes = new Map([
      ['Slow', 120],
      ['Cheap', 1],
      ['Hop', 1],
      ['X', 5],
      ['Y', 5]
    ])
    const byMinutes = planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: minutes }))
    expect(byMinutes.selected).toEqual(['Cheap', 'Hop', 'X', 'Y'])
    expect(byMinutes.reasons.Cheap).toEqual([{ kind: 'connects', parts: ['X', 'Y'] }])
    // Without estimates every step costs the same: the single connector wins.
    const bySteps = planSelection(request(graph, { explicitSteps: ['X', 'Y'] }))
    expect(bySteps.selected).toEqual(['Slow', 'X', 'Y'])
  })

  it(`tries at most ${CONNECTOR_BUDGET} step visits of connectors, and always the 4 closest`, () => {
    // Eight connectors above X and Y, the closest last defined (K8 is tried first); each costs 100
    // minutes but one, which costs 1. Fillers only make the graph big: 10,010 steps leave 4 trials.
    const keys = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8']
    const joined = (cheap: string, fillers: number) => {
      const graph = graphOf([
        ...keys,
        `X<${keys.join(',')}`,
        `Y<${keys.join(',')}`,
        ...Array.from({ length: fillers }, (_, i) => `F${i}`)
      ])
      const minutes = new Map(keys.map(k => [k, k === cheap ? 1 : 100]))
      const plan = planSelection(request(graph, { explicitSteps: ['X', 'Y'], stepMinutes: minutes }))
      expect(plan.fullRun).toBe(false)
      return plan.selected.filter(s => keys.includes(s))
    }
    expect(Math.floor(CONNECTOR_BUDGET / 10_010)).toBeLessThan(4)
    // The fourth closest is always tried; the fifth only when the graph is small enough.
    expect(joined('K5', 10_000)).toEqual(['K5'])
    expect(joined('K4', 10_000)).toEqual(['K8'])
    expect(joined('K4', 0)).toEqual(['K4'])
    expect(joined('K1', 0)).toEqual(['K1'])
  })

  it('joins three parts with two connectors when no single step is upstream of all', () => {
    const graph = graphOf(['P', 'Q', 'W', 'X<P', 'Y<P,Q', 'Z<Q'])
    const plan = planSelection(request(graph, { explicitSteps: ['X', 'Y', 'Z'] }))
    expect(plan.fullRun).toBe(false)
    expect(plan.selected).toEqual(['P', 'Q', 'X', 'Y', 'Z'])
    expect(plan.reasons.P).toEqual([{ kind: 'connects', parts: ['X', 'Y', 'Z'] }])
    expect(plan.reasons.Q).toEqual([{ kind: 'connects', parts: ['X', 'Y', 'Z'] }])
  })

  it('runs everything when the unconnected parts share no upstream step, saying the rule is assumed', () => {
    const graph = corpus('dynamic-framework-two-models-dependson.json')
    const plan = planSelection(
      request(graph, { explicitSteps: ['falcon-text-summarization-tuning', 'calhousing-Transform'] })
    )
    expect(plan.fullRun).toBe(true)
    expect(plan.fullRunReason).toBe(
      'the selection has unconnected parts that share no upstream step (falcon-text-summarization-tuning, falcon-text-summarization-register-RegisterModel | calhousing-Transform, calhousing-Metrics, calhousing-Register-RegisterModel); ' +
        "the selected steps of a selective execution are assumed to have to be connected (the developer guide's word; unverified), so every step runs"
    )
  })

  it('a join that needs every step is a full run', () => {
    const graph = graphOf(['A', 'B<A', 'C<A'])
    const plan = planSelection(request(graph, { explicitSteps: ['B', 'C'] }))
    expect(plan.fullRun).toBe(true)
    expect(plan.fullRunReason).toBe('every step is affected')
    expect(plan.reasons.A).toEqual([{ kind: 'connects', parts: ['B', 'C'] }])
  })

  it('selects the whole nest when the innermost of 31 nested Conditions is chosen', () => {
    const graph = corpus('airflow-system-test-nested-conditions-depth31.json')
    const plan = planSelection(request(graph, { explicitSteps: ['DummyCond'] }))
    expect(plan.fullRun).toBe(true)
    expect(plan.fullRunReason).toBe('every step is affected')
    expect(plan.reasons.DummyCond29).toEqual([{ kind: 'enclosing-condition', of: 'DummyCond' }])
  })

  it(`runs everything above ${MAX_SELECTED_STEPS} selected steps, and selectively at exactly ${MAX_SELECTED_STEPS}`, () => {
    const chain = Array.from({ length: 60 }, (_, i) => (i === 0 ? 'S0' : `S${i}<S${i - 1}`))
    const graph = graphOf(chain)
    const over = planSelection(request(graph, { explicitSteps: ['S5'] }))
    expect(over.fullRun).toBe(true)
    expect(over.fullRunReason).toBe('55 steps selected; a selective execution allows at most 50')
    const at = planSelection(request(graph, { explicitSteps: ['S10'] }))
    expect(at.fullRun).toBe(false)
    expect(at.selected).toHaveLength(50)
    expect(at.reused).toHaveLength(10)
  })
})

describe('planSelection with a freshness judgement', () => {
  /** A judgement: stale steps with their reasons, and steps without output because of a branch. */
  function judged(stale: Record<string, Reason[]>, branchExcluded: string[] = []): PlanRequest['freshness'] {
    return { stale: new Map(Object.entries(stale)), branchExcluded: new Set(branchExcluded) }
  }
  const fromOlder: Reason = { kind: 'file', file: 'train.py', glob: 'train/**', since: 'arn:older' }

  it('runs exactly the stale steps and their closure, ignoring the single-range change fields', () => {
    const plan = planSelection(
      request(abalone, {
        freshness: judged({ [TRAIN]: [fromOlder] }),
        // None of these may count once the judge has spoken (they describe one commit range only).
        changes: { files: [], complete: false, detail: 'truncated' }
      })
    )
    expect(plan.fullRun).toBe(false)
    expect(plan.selected).toEqual([TRAIN, EVAL, CHECK, REGISTER, CREATE, FAIL])
    expect(plan.reasons[TRAIN]).toEqual([fromOlder])
    expect(plan.reasons[CHECK]).toEqual([{ kind: 'upstream', step: EVAL }])
    expect(plan.reused).toEqual([PRE])
  })

  it('does not read the reference’s step list: a Failed reference’s failures come from the judge', () => {
    // planRun passes the record with an empty step list; only `stale` says what failed.
    const reference = recordOf(REF, {}, { status: 'Failed' })
    const none = planSelection(request(abalone, { reference, freshness: judged({}) }))
    expect(none.selected).toEqual([])
    expect(none.warnings).toEqual([])
    const failed = planSelection(
      request(abalone, {
        reference,
        freshness: judged({ [EVAL]: [{ kind: 'failed-in-reference', status: 'Failed' }] })
      })
    )
    expect(failed.selected).toEqual([EVAL, CHECK, REGISTER, CREATE, FAIL])
  })

  it('selection: failed warns only when the judge found no step without output', () => {
    const reference = recordOf(REF, {}, { status: 'Failed' })
    const nothing = planSelection(
      request(abalone, { selection: 'failed', reference, freshness: judged({ [FAIL]: [fromOlder] }) })
    )
    expect(nothing.warnings).toEqual([
      `the reference run ${REF} has no failed steps; there is nothing to resume`
    ])
    expect(nothing.selected).toEqual([CHECK, REGISTER, CREATE, FAIL])
    const resumed = planSelection(
      request(abalone, {
        selection: 'failed',
        reference,
        freshness: judged({ [CREATE]: [{ kind: 'failed-in-reference', status: 'Stopped' }] })
      })
    )
    expect(resumed.warnings).toEqual([])
    expect(resumed.reasons[CREATE]).toEqual([{ kind: 'failed-in-reference', status: 'Stopped' }])
  })

  describe('rule 7: downstream: false limits only the steps named in the steps input', () => {
    // B's children C and D; E after D.
    const graph = graphOf(['A', 'B<A', 'C<B', 'D<B', 'E<D'])
    const file: Reason = { kind: 'file', file: 'd.py', glob: 'd/**' }

    it('keeps the downstream closure of a step selected for a change', () => {
      const plan = planSelection(
        request(graph, { explicitSteps: ['B'], downstream: false, freshness: judged({ D: [file] }) })
      )
      expect(plan.selected).toEqual(['B', 'D', 'E'])
      expect(plan.notRun).toEqual(['C'])
      expect(plan.reasons.E).toEqual([{ kind: 'upstream', step: 'D' }])
      expect(plan.warnings.join('\n')).toContain('downstream: false leaves C unrun')
      // Without the change, only the named step.
      expect(
        planSelection(request(graph, { explicitSteps: ['D'], downstream: false, freshness: judged({}) }))
          .selected
      ).toEqual(['D'])
    })

    it('does not limit a named step that also changed', () => {
      const plan = planSelection(
        request(graph, { explicitSteps: ['B'], downstream: false, freshness: judged({ B: [file] }) })
      )
      expect(plan.selected).toEqual(['B', 'C', 'D', 'E'])
      expect(plan.reasons.B).toEqual([file, { kind: 'explicit' }])
    })

    it('limits the Condition a named branch step brings in, but not one a changed branch step brings in', () => {
      const named = planSelection(
        request(abalone, { explicitSteps: [FAIL], downstream: false, freshness: judged({}) })
      )
      expect(named.selected).toEqual([CHECK, FAIL])
      const changed = planSelection(
        request(abalone, {
          downstream: false,
          freshness: judged({ [FAIL]: [{ kind: 'file', file: 'f.py', glob: 'f' }] })
        })
      )
      expect(changed.selected).toEqual([CHECK, REGISTER, CREATE, FAIL])
      expect(changed.reasons[CHECK]).toEqual([{ kind: 'enclosing-condition', of: FAIL }])
    })

    it('keeps the closure of steps resumed or seeded for coverage', () => {
      const resumed = planSelection(
        request(graph, {
          selection: 'failed',
          downstream: false,
          freshness: judged({ B: [{ kind: 'failed-in-reference', status: 'Failed' }] })
        })
      )
      expect(resumed.selected).toEqual(['B', 'C', 'D', 'E'])
      const seeded = planSelection(
        request(graph, {
          downstream: false,
          freshness: judged({}),
          seeds: { D: [{ kind: 'coverage', detail: 'never ran' }] }
        })
      )
      expect(seeded.selected).toEqual(['D', 'E'])
    })
  })

  describe('needed-upstream: a step the selection needs that has no output in the reference', () => {
    // C1 took If (P) in the reference, so Q and Join, after Q, have no output there.
    const graph = graphOf(['A', { name: 'C1', after: ['A'], if: ['P'], else: ['Q'] }, 'S<A', 'Join<S,Q'])

    it('runs it, with its Condition, rather than reuse an output that does not exist', () => {
      const plan = planSelection(
        request(graph, {
          freshness: judged({ S: [{ kind: 'file', file: 's.py', glob: 's/**' }] }, ['Q', 'Join'])
        })
      )
      expect(plan.selected).toEqual(['C1', 'P', 'Q', 'S', 'Join'])
      expect(plan.reasons.Q).toEqual([{ kind: 'needed-upstream', of: 'Join' }])
      expect(plan.reasons.P).toEqual([{ kind: 'upstream', step: 'C1' }])
      expect(plan.reasons.C1).toEqual([{ kind: 'enclosing-condition', of: 'Q' }])
      expect(plan.reused).toEqual(['A'])
      expect(plan.reused).not.toContain('Q')
    })

    it('leaves a step of the untaken branch alone when nothing selected needs it', () => {
      const plan = planSelection(
        request(graph, {
          freshness: judged({ P: [{ kind: 'file', file: 'p.py', glob: 'p/**' }] }, ['Q', 'Join'])
        })
      )
      expect(plan.selected).toEqual(['C1', 'P', 'Q', 'Join'])
      expect(
        Object.values(plan.reasons)
          .flat()
          .some(r => r.kind === 'needed-upstream')
      ).toBe(false)
    })
  })
})

describe('isPathConvex, isWeaklyConnected, connectedGroups', () => {
  const graph = graphOf(['A', 'B<A', 'C<B', 'D<A', 'E'])

  it('checks that every step between two selected steps is selected', () => {
    expect(isPathConvex(graph, ['A', 'C'])).toBe(false)
    expect(isPathConvex(graph, ['A', 'B', 'C'])).toBe(true)
    expect(isPathConvex(graph, ['B', 'D'])).toBe(true)
    expect(isPathConvex(graph, [])).toBe(true)
    expect(isPathConvex(abalone, [TRAIN, CHECK])).toBe(false)
    expect(isPathConvex(abalone, [TRAIN, EVAL])).toBe(true)
  })

  it('checks connectivity of the induced subgraph, ignoring direction', () => {
    expect(isWeaklyConnected(graph, ['B', 'A', 'D'])).toBe(true)
    expect(isWeaklyConnected(graph, ['B', 'D'])).toBe(false)
    expect(isWeaklyConnected(graph, ['A', 'E'])).toBe(false)
    expect(isWeaklyConnected(graph, ['C'])).toBe(true)
    expect(isWeaklyConnected(graph, [])).toBe(true)
    expect(connectedGroups(graph, ['E', 'C', 'B', 'D'])).toEqual([['B', 'C'], ['D'], ['E']])
  })
})
