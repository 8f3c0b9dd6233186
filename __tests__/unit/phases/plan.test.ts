import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { HeadState } from '../../../src/core/freshness.js'
import { loadMappingFile } from '../../../src/core/mapping.js'
import { runParameters } from '../../../src/core/parameters.js'
import { definitionHash, type Provenance } from '../../../src/core/provenance.js'
import { MAX_EVALUATED, MAX_EVALUATED_WIDE } from '../../../src/core/reference.js'
import { UserError } from '../../../src/errors.js'
import type { PlanOptions, Planned } from '../../../src/phases/plan.js'
import { definitionOf, graphOf, type StepSpec } from '../../../__fixtures__/graphs.js'
import { FakeSageMaker, allSucceeded, arn, fakeGit, sha, type FakeRun } from './fakes.js'

// The runner's log, captured: the phase says why each run is not the reference.
const log: string[] = []
jest.unstable_mockModule('@actions/core', () => ({
  info: (message: string) => void log.push(message),
  warning: (message: string) => void log.push(`warning: ${message}`)
}))
const { planRun } = await import('../../../src/phases/plan.js')
// Loaded after the mock: they import modules that log (and so @actions/core).
const { ChangeTracker } = await import('../../../src/phases/changes.js')
const { History, MAX_RUNS_READ } = await import('../../../src/phases/history.js')

/** Pre → Train → Eval → Check, a Condition holding Register (If) and Notify (Else). */
const SPEC: StepSpec[] = [
  'Pre',
  { name: 'Train', after: ['Pre'], reads: ['Depth'] },
  'Eval<Train',
  { name: 'Check', after: ['Eval'], if: ['Register'], else: ['Notify'] }
]
const STEPS = ['Pre', 'Train', 'Eval', 'Check', 'Register', 'Notify']
const document = definitionOf(SPEC, [{ Name: 'Depth', Type: 'Integer', DefaultValue: 5 }])
const graph = graphOf(SPEC, [{ Name: 'Depth', Type: 'Integer', DefaultValue: 5 }])
const HASH = definitionHash(document)
const mapping = loadMappingFile(
  [
    'pipelines:',
    '  p:',
    '    steps:',
    '      Pre: pre/**',
    '      Train: train/**',
    '      Eval: eval/**',
    '      Notify: notify/**',
    '    ignore: "**/*.md"'
  ].join('\n'),
  'mapping.yml'
).forPipeline('p', graph)
const headState: HeadState = {
  graph,
  definition: { graph, document, hash: HASH },
  parameters: runParameters(graph, {}).values,
  mapping
}
const HEAD = sha('head')

/** What a healthy run of head's definition looks like: pinned, every step ran, the If branch taken. */
function run(id: string, startTime: number, extra: Partial<FakeRun> = {}): FakeRun {
  return {
    arn: arn(id),
    status: 'Succeeded',
    startTime,
    provenance: { sha: sha(id), version: 1, def: HASH },
    steps: allSucceeded(['Pre', 'Train', 'Eval', 'Check', 'Register'], { Check: 'True' }),
    parameters: { Depth: '5' },
    ...extra
  }
}

interface World {
  runs: FakeRun[]
  /** Commit → files that differ between it and head. */
  diffs: Record<string, string[]>
}

async function planIn(world: World, options: Partial<PlanOptions> = {}) {
  const sagemaker = new FakeSageMaker(world.runs)
  const git = fakeGit(HEAD, world.diffs)
  const changes = new ChangeTracker({ git }, HEAD, '.github/sagemaker-pipelines.yml', mapping, 'p')
  const history = new History({
    client: sagemaker.client,
    pipeline: 'p',
    head: headState.definition,
    changesSince: changes.changesSince,
    mappingSince: changes.mappingSince
  })
  const planned = await planRun({
    head: headState,
    history,
    changes,
    selection: 'affected',
    explicitSteps: [],
    downstream: true,
    reference: { kind: 'auto' },
    ...options
  })
  return { planned, sagemaker, git }
}

const reasonOf = (planned: Planned, arnOf: string) => planned.rejected.find(r => r.arn === arnOf)?.reason
/** The run each reused step's output comes from. */
const reusedFrom = (planned: Planned) =>
  Object.fromEntries(planned.plan.reused.map(step => [step, planned.producers.get(step)]))

beforeEach(() => {
  log.length = 0
})

describe('planRun: choosing the reference run', () => {
  it('picks the candidate whose plan runs the fewest steps, though an older one', async () => {
    const { planned } = await planIn({
      runs: [run('new', 3000), run('old', 2000)],
      diffs: { [sha('new')]: ['train/model.py'], [sha('old')]: ['eval/metrics.py', 'docs/x.md'] }
    })
    expect(planned.reference?.record.arn).toBe(arn('old'))
    expect(planned.reference?.record.commit).toBe(sha('old'))
    expect(planned.plan.fullRun).toBe(false)
    expect(planned.plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    expect(planned.plan.reasons.Eval).toEqual([{ kind: 'file', file: 'eval/metrics.py', glob: 'eval/**' }])
    expect(planned.plan.reused).toEqual(['Pre', 'Train'])
    expect(reusedFrom(planned)).toEqual({ Pre: arn('old'), Train: arn('old') })
    expect(planned.changes).toMatchObject({ files: ['docs/x.md', 'eval/metrics.py'], complete: true })
    expect(planned.head).toBe(HEAD)
    // The chosen run's step list comes along for the report.
    expect(planned.reference?.record.steps.get('Check')).toEqual({ status: 'Succeeded', outcome: 'True' })
    expect(planned.rejected).toEqual([
      { arn: arn('new'), reason: 'would run 5 steps (~40 min); the chosen run needs 4 steps (~30 min)' }
    ])
    expect(log).toContain(
      `Not the reference: ${arn('new')}: would run 5 steps (~40 min); the chosen run needs 4 steps (~30 min)`
    )
  })

  it('on a tie prefers a run that Succeeded, whatever order the cheap ranking put them in', async () => {
    // The newer run Failed at Register (inside what the change re-runs anyway): both plans run the same
    // 4 steps; the older run Succeeded, so the reasons a reviewer reads are what changed.
    const { planned } = await planIn({
      runs: [
        run('newer', 3000, {
          status: 'Failed',
          steps: {
            ...allSucceeded(['Pre', 'Train', 'Eval'], {}),
            Check: { status: 'Succeeded', outcome: 'True' },
            Register: 'Failed'
          }
        }),
        run('older', 2000)
      ],
      diffs: { [sha('newer')]: ['eval/a.py'], [sha('older')]: ['eval/b.py'] }
    })
    expect(planned.reference?.record.arn).toBe(arn('older'))
    expect(planned.plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    expect(planned.rejected).toEqual([
      { arn: arn('newer'), reason: 'would run 4 steps (~30 min), as many as the chosen run, which Succeeded' }
    ])
  })

  it('on a tie between two runs that Succeeded takes the newer', async () => {
    const { planned } = await planIn({
      runs: [run('newer', 3000), run('older', 2000)],
      diffs: { [sha('newer')]: ['eval/a.py'], [sha('older')]: ['eval/b.py'] }
    })
    expect(planned.reference?.record.arn).toBe(arn('newer'))
    expect(planned.rejected).toEqual([
      { arn: arn('older'), reason: 'would run 4 steps (~30 min), as many as the chosen run, which is newer' }
    ])
  })

  it('reuses a pull request’s own first run on its second push, not a newer main run', async () => {
    // main moved on (notify/) after the PR branched; the PR's first push changed train/, its second eval/.
    const pr: Provenance = { sha: sha('pr-push-1'), ref: 'refs/pull/12/merge', pr: 12, version: 1, def: HASH }
    const { planned } = await planIn({
      runs: [
        run('main-2', 3000, {
          provenance: { sha: sha('main-2'), ref: 'refs/heads/main', version: 1, def: HASH }
        }),
        run('pr-push-1', 2000, { provenance: pr }),
        run('main-1', 1000)
      ],
      diffs: {
        [sha('main-2')]: ['eval/e.py', 'notify/n.py', 'train/t.py'],
        [sha('pr-push-1')]: ['eval/e.py'],
        [sha('main-1')]: ['eval/e.py', 'train/t.py']
      }
    })
    expect(planned.reference?.record.arn).toBe(arn('pr-push-1'))
    expect(planned.plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    expect(planned.rejected).toEqual([
      { arn: arn('main-2'), reason: 'would run 5 steps (~40 min); the chosen run needs 4 steps (~30 min)' },
      { arn: arn('main-1'), reason: 'would run 5 steps (~40 min); the chosen run needs 4 steps (~30 min)' }
    ])
  })

  it('never takes a run without a recorded commit, and never reads it', async () => {
    // The unrecorded run is the newest, and would let nothing run at all.
    const { planned, sagemaker } = await planIn({
      runs: [run('outside', 3000, { provenance: undefined }), run('recorded', 2000)],
      diffs: { [sha('recorded')]: ['eval/a.py'] }
    })
    expect(planned.reference?.record.arn).toBe(arn('recorded'))
    expect(reasonOf(planned, arn('outside'))).toBe(
      'no recorded commit (started outside the action), so nothing proves which code it ran; `selection: adopt` can vouch for it'
    )
    expect(sagemaker.calls.filter(c => c.arn === arn('outside'))).toEqual([])
  })

  it('runs every step, with the reason, when no run is eligible', async () => {
    const { planned } = await planIn({
      runs: [
        run('stopped', 4000, { status: 'Stopped' }),
        run('running', 3000, { status: 'Executing' }),
        run('outside', 2000, { provenance: undefined })
      ],
      diffs: {}
    })
    expect(planned.reference).toBeUndefined()
    expect(planned.plan.fullRun).toBe(true)
    expect(planned.plan.fullRunReason).toBe(
      'no eligible reference run (none that Succeeded or Failed with a recorded commit), so every step runs'
    )
    expect(planned.plan.selected).toEqual(STEPS)
    expect(planned.plan.reused).toEqual([])
    expect(planned.producers.size).toBe(0)
    expect(planned.rejected.map(r => [r.arn, r.reason.split(';')[0]])).toEqual([
      [arn('stopped'), 'its status is Stopped'],
      [arn('running'), 'it is still Executing'],
      [arn('outside'), 'no recorded commit (started outside the action), so nothing proves which code it ran']
    ])
  })

  it('runs every step without citing a reference when the best candidate would run them all', async () => {
    const { planned } = await planIn({
      runs: [run('only', 2000)],
      diffs: { [sha('only')]: ['pre/p.py'] }
    })
    expect(planned.reference).toBeUndefined()
    expect(planned.plan.fullRun).toBe(true)
    expect(planned.plan.selected).toEqual(STEPS)
    expect(planned.rejected).toEqual([
      { arn: arn('only'), reason: 'would run every step (every step is affected)' }
    ])
  })

  // SPEC rule 1: a change to the files of a step in the branch its Condition did not take still selects
  // it (rule 5 exempts such steps only from "no output").
  it('a changed file selects a step of the branch the reference did not take (rule 1)', async () => {
    const { planned } = await planIn({
      runs: [run('ref', 2000)],
      diffs: { [sha('ref')]: ['notify/n.py'] }
    })
    expect(planned.plan.selected).toEqual(['Check', 'Register', 'Notify'])
    expect(planned.plan.reasons.Notify).toContainEqual({
      kind: 'file',
      file: 'notify/n.py',
      glob: 'notify/**'
    })
  })

  it('previews with the base range only when no listed run has a recorded commit', async () => {
    let previews = 0
    const preview = async () => {
      previews++
      return { files: ['eval/e.py'], complete: true, detail: 'base..head' }
    }
    const unrecorded = await planIn(
      { runs: [run('outside', 2000, { provenance: undefined })], diffs: {} },
      { preview }
    )
    expect(previews).toBe(1)
    expect(unrecorded.planned.changes).toEqual({ files: ['eval/e.py'], complete: true, detail: 'base..head' })
    expect(unrecorded.planned.plan.fullRun).toBe(true)
    expect(unrecorded.planned.plan.fullRunReason).toBe(
      'no eligible reference run, and the selection depends on upstream steps Pre, Train'
    )
    expect(unrecorded.planned.plan.reasons.Eval).toEqual([
      { kind: 'file', file: 'eval/e.py', glob: 'eval/**' }
    ])

    // A recorded run, even one that cannot be a reference, means the action has been running: no preview.
    const recorded = await planIn(
      { runs: [run('stopped', 2000, { status: 'Stopped' })], diffs: {} },
      { preview }
    )
    expect(previews).toBe(1)
    expect(recorded.planned.plan.fullRunReason).toMatch(/^no eligible reference run \(none that Succeeded/)
  })

  it('runs every step with an empty history', async () => {
    const { planned } = await planIn({ runs: [], diffs: {} })
    expect(planned.reference).toBeUndefined()
    expect(planned.plan.fullRun).toBe(true)
    expect(planned.rejected).toEqual([])
  })

  it('with reference: latest takes the newest eligible run though an older one runs fewer steps', async () => {
    const { planned, sagemaker } = await planIn(
      {
        runs: [run('stopped', 4000, { status: 'Stopped' }), run('newest', 3000), run('cheaper', 2000)],
        diffs: { [sha('newest')]: ['train/t.py'], [sha('cheaper')]: ['eval/e.py'] }
      },
      { reference: { kind: 'latest' } }
    )
    expect(planned.reference?.record.arn).toBe(arn('newest'))
    expect(planned.plan.selected).toEqual(['Train', 'Eval', 'Check', 'Register', 'Notify'])
    expect(reasonOf(planned, arn('stopped'))).toMatch(/^its status is Stopped/)
    // Only the newest eligible run is judged.
    expect(sagemaker.count('ListPipelineExecutionSteps', arn('cheaper'))).toBe(0)
  })

  // The report says why every other eligible run was not used.
  it('with reference: latest names the eligible runs it passed over', async () => {
    const { planned } = await planIn(
      {
        runs: [run('newest', 3000), run('cheaper', 2000)],
        diffs: { [sha('newest')]: ['train/t.py'], [sha('cheaper')]: ['eval/e.py'] }
      },
      { reference: { kind: 'latest' } }
    )
    expect(reasonOf(planned, arn('cheaper'))).toMatch(/reference: latest/)
  })

  it('ranks by compute minutes measured in the step lists it read, and says the estimates', async () => {
    const MIN = 60_000
    const timed = (minutes: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(minutes).map(([n, m]) => [
          n,
          {
            status: 'Succeeded' as const,
            startTime: 0,
            endTime: m * MIN,
            ...(n === 'Check' ? { outcome: 'True' as const } : {})
          }
        ])
      )
    const steps = timed({ Pre: 2, Train: 100, Eval: 3, Check: 0, Register: 1 })
    const { planned } = await planIn({
      runs: [run('new', 3000, { steps }), run('old', 2000, { steps })],
      diffs: { [sha('new')]: ['train/model.py'], [sha('old')]: ['eval/metrics.py'] }
    })
    expect(planned.reference?.record.arn).toBe(arn('old'))
    // Notify never ran: the default for its type (Processing, 10 minutes).
    expect(planned.rejected).toEqual([
      { arn: arn('new'), reason: 'would run 5 steps (~1 h 54 min); the chosen run needs 4 steps (~14 min)' }
    ])
  })

  it(`widens the search past ${MAX_EVALUATED} candidates that would each run every step, and says how far it looked`, async () => {
    const runs: FakeRun[] = []
    const diffs: Record<string, string[]> = {}
    for (let i = 0; i < MAX_EVALUATED; i++) {
      runs.push(run(`broken${i}`, 9000 - i, { status: 'Failed', steps: { Pre: 'Failed' } }))
      diffs[sha(`broken${i}`)] = []
    }
    runs.push(run('good', 1000))
    diffs[sha('good')] = ['eval/e.py']
    const { planned } = await planIn({ runs, diffs })
    expect(planned.plan.fullRun).toBe(false)
    expect(planned.reference?.record.arn).toBe(arn('good'))
    expect(planned.plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    expect(reasonOf(planned, arn('broken0'))).toMatch(/^would run all 6 steps/)
    expect(log).toContain(
      `Judged ${MAX_EVALUATED + 1} of ${MAX_EVALUATED + 1} eligible run(s) (at most ${MAX_EVALUATED}, widened to ${MAX_EVALUATED_WIDE} when none saves a step)`
    )
  })

  it(`judges at most ${MAX_EVALUATED} candidates, in the order their tree diffs suggest`, async () => {
    const runs = [run('all-steps', 9000)]
    const diffs: Record<string, string[]> = { [sha('all-steps')]: ['pre/p.py'] }
    for (let i = 0; i < MAX_EVALUATED + 1; i++) {
      runs.push(run(`train${i}`, 8000 - i))
      diffs[sha(`train${i}`)] = ['train/t.py']
    }
    runs.push(run('best', 1000))
    diffs[sha('best')] = ['eval/e.py']
    const { planned, sagemaker } = await planIn({ runs, diffs })
    expect(planned.reference?.record.arn).toBe(arn('best'))
    expect(planned.plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    // Ranked by their diffs: best (4 steps), train0..train2 (5 each): the rest are not judged.
    expect(reasonOf(planned, arn('all-steps'))).toBe(
      `not planned in full: its commit's changes made ${MAX_EVALUATED} other runs look better`
    )
    expect(reasonOf(planned, arn(`train${MAX_EVALUATED}`))).toMatch(/^not planned in full/)
    expect(sagemaker.count('ListPipelineExecutionSteps', arn('all-steps'))).toBe(0)
    expect(sagemaker.count('ListPipelineExecutionSteps', arn(`train${MAX_EVALUATED}`))).toBe(0)
  })
})

describe('planRun: a named reference run', () => {
  const failed = () =>
    run('failed', 2000, {
      status: 'Failed',
      steps: { Pre: 'Succeeded', Train: 'Succeeded', Eval: { status: 'Failed', failureReason: 'boom' } }
    })

  it('selection: failed resumes the named run, though another run would let less run', async () => {
    const { planned, sagemaker } = await planIn(
      {
        runs: [run('healthy', 3000), failed()],
        diffs: { [sha('healthy')]: [], [sha('failed')]: [] }
      },
      { selection: 'failed', reference: { kind: 'arn', arn: arn('failed') } }
    )
    expect(planned.reference?.record.arn).toBe(arn('failed'))
    expect(planned.plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    expect(planned.plan.reasons.Eval).toEqual([{ kind: 'failed-in-reference', status: 'Failed' }])
    expect(planned.plan.reasons.Check).toEqual([{ kind: 'failed-in-reference', status: 'NotRun' }])
    expect(planned.plan.reused).toEqual(['Pre', 'Train'])
    expect(planned.plan.warnings).toEqual([])
    expect(sagemaker.count('ListPipelineExecutionSteps', arn('healthy'))).toBe(0)
  })

  it('refuses a named run that cannot be a reference, with a UserError naming it', async () => {
    const world = (extra: Partial<FakeRun>): World => ({
      runs: [run('named', 2000, extra)],
      diffs: { [sha('named')]: [] }
    })
    const named = { reference: { kind: 'arn', arn: arn('named') } } as const
    await expect(planIn(world({ status: 'Stopped' }), named)).rejects.toThrow(UserError)
    await expect(planIn(world({ status: 'Stopped' }), named)).rejects.toThrow(
      `Input "reference" names ${arn('named')}, which cannot be the reference run: its status is Stopped; a reference run must have Succeeded or Failed.`
    )
    await expect(planIn(world({ provenance: undefined }), named)).rejects.toThrow(
      /which cannot be the reference run: no recorded commit \(started outside the action\)/
    )
  })
})

describe('planRun: reading the history', () => {
  it('reads each run’s steps, parameters and definition at most once, and nothing it can skip', async () => {
    // r3 reused Pre and Train from r2, which is also a candidate; r2 and r1 ran unpinned.
    const r3 = run('r3', 3000, {
      steps: {
        ...allSucceeded(['Eval', 'Check', 'Register'], { Check: 'True' }),
        Pre: { status: 'Succeeded', reusedFrom: arn('r2') },
        Train: { status: 'Succeeded', reusedFrom: arn('r2') }
      }
    })
    const unpinned = (id: string, t: number) =>
      run(id, t, { provenance: { sha: sha(id) }, definition: JSON.stringify(document) })
    const { planned, sagemaker, git } = await planIn({
      runs: [r3, unpinned('r2', 2000), unpinned('r1', 1000)],
      diffs: { [sha('r3')]: ['eval/a.py'], [sha('r2')]: ['eval/a.py'], [sha('r1')]: ['train/t.py'] }
    })
    expect(planned.reference?.record.arn).toBe(arn('r3'))
    expect(reusedFrom(planned)).toEqual({ Pre: arn('r2'), Train: arn('r2') })
    for (const id of ['r3', 'r2', 'r1']) {
      for (const command of ['ListPipelineExecutionSteps', 'ListPipelineParametersForExecution']) {
        expect([id, command, sagemaker.count(command, arn(id))]).toEqual([id, command, 1])
      }
    }
    // Pinned to head's definition: nothing to fetch. The unpinned ones: once each.
    expect(sagemaker.arnsOf('DescribePipelineDefinitionForExecution').sort()).toEqual([arn('r1'), arn('r2')])
    expect(sagemaker.count('ListPipelineExecutions')).toBe(1)
    expect(sagemaker.count('DescribePipelineExecution')).toBe(0)
    expect([...git.diffs].sort()).toEqual([sha('r1'), sha('r2'), sha('r3')])
  })

  it(`does not reuse an output whose producer lies beyond ${MAX_RUNS_READ} reads: it runs, saying why`, async () => {
    // Train's output in the reference was carried over run after run, from further back than is read.
    const chain: FakeRun[] = []
    for (let i = 1; i <= MAX_RUNS_READ + 5; i++) {
      chain.push(
        run(`x${i}`, 1000 - i, {
          listed: false,
          steps: { Train: { status: 'Succeeded', reusedFrom: arn(`x${i + 1}`) } }
        })
      )
    }
    const reference = run('ref', 2000, {
      steps: {
        ...allSucceeded(['Pre', 'Eval', 'Check', 'Register'], { Check: 'True' }),
        Train: { status: 'Succeeded', reusedFrom: arn('x1') }
      }
    })
    const { planned, sagemaker } = await planIn({ runs: [reference, ...chain], diffs: { [sha('ref')]: [] } })
    expect(planned.reference?.record.arn).toBe(arn('ref'))
    expect(planned.plan.selected).toEqual(['Train', 'Eval', 'Check', 'Register', 'Notify'])
    expect(planned.plan.reasons.Train).toEqual([
      {
        kind: 'producer-unknown',
        detail: `${arn(`x${MAX_RUNS_READ}`)} cannot be read (more than ${MAX_RUNS_READ} runs would have to be read to trace it)`
      }
    ])
    expect(planned.plan.reused).toEqual(['Pre'])
    expect(reusedFrom(planned)).toEqual({ Pre: arn('ref') })
    expect(planned.producers.has('Train')).toBe(false)
    expect(sagemaker.arnsOf('ListPipelineExecutionSteps')).toHaveLength(MAX_RUNS_READ)
  })

  it('does not reuse an output produced by a run without a recorded commit', async () => {
    const reference = run('ref', 2000, {
      steps: {
        ...allSucceeded(['Pre', 'Eval', 'Check', 'Register'], { Check: 'True' }),
        Train: { status: 'Succeeded', reusedFrom: arn('outside') }
      }
    })
    const outside = run('outside', 1000, { listed: false, provenance: undefined })
    const { planned, sagemaker } = await planIn({ runs: [reference, outside], diffs: { [sha('ref')]: [] } })
    expect(planned.reference?.record.arn).toBe(arn('ref'))
    expect(planned.plan.reasons.Train).toEqual([{ kind: 'unrecorded-producer', run: arn('outside') }])
    expect(planned.plan.reused).toEqual(['Pre'])
    // Nothing but its status and provenance is read: no commit, nothing to compare.
    expect(
      sagemaker.calls
        .filter(c => c.arn === arn('outside'))
        .map(c => c.command)
        .sort()
    ).toEqual(['DescribePipelineExecution', 'ListPipelineExecutionSteps'])
  })

  it('re-runs the readers of a parameter the reference ran with another value: values are never inherited', async () => {
    const { planned } = await planIn({
      runs: [
        run('seven', 3000, { parameters: { Depth: '7' } }),
        run('five', 2000, { parameters: { Depth: '5.0' } })
      ],
      diffs: { [sha('seven')]: [], [sha('five')]: ['eval/e.py'] }
    })
    // The newer run would re-run Train (it ran Depth 7; head passes the default 5); 5.0 is 5.
    expect(planned.reference?.record.arn).toBe(arn('five'))
    expect(planned.rejected).toEqual([
      { arn: arn('seven'), reason: 'would run 5 steps (~40 min); the chosen run needs 4 steps (~30 min)' }
    ])

    const only = await planIn({
      runs: [run('seven', 3000, { parameters: { Depth: '7' } })],
      diffs: { [sha('seven')]: [] }
    })
    expect(only.planned.plan.reasons.Train).toEqual([
      { kind: 'parameter', name: 'Depth', from: '7', to: '5' }
    ])
    expect(only.planned.plan.reused).toEqual(['Pre'])
  })

  it('reuses an output carried over from an older run when that run’s facts stand for head', async () => {
    const older = run('older', 1000, {
      listed: false,
      provenance: { sha: sha('older'), version: 1, def: HASH }
    })
    const reference = run('ref', 2000, {
      steps: {
        ...allSucceeded(['Eval', 'Check', 'Register'], { Check: 'True' }),
        Pre: { status: 'Succeeded', reusedFrom: arn('older') },
        Train: { status: 'Succeeded', reusedFrom: arn('older') }
      }
    })
    const fresh = await planIn({
      runs: [reference, older],
      diffs: { [sha('ref')]: ['eval/a.py'], [sha('older')]: ['eval/a.py'] }
    })
    expect(fresh.planned.plan.selected).toEqual(['Eval', 'Check', 'Register', 'Notify'])
    expect(fresh.planned.producers.get('Train')).toBe(arn('older'))
    // Older than the listing: described once, to learn its commit.
    expect(fresh.sagemaker.arnsOf('DescribePipelineExecution')).toEqual([arn('older')])

    // Train changed since the older run (not since the reference): it runs, and says since when.
    const stale = await planIn({
      runs: [reference, older],
      diffs: { [sha('ref')]: ['eval/a.py'], [sha('older')]: ['eval/a.py', 'train/t.py'] }
    })
    expect(stale.planned.plan.selected).toEqual(['Train', 'Eval', 'Check', 'Register', 'Notify'])
    expect(stale.planned.plan.reasons.Train).toEqual([
      { kind: 'file', file: 'train/t.py', glob: 'train/**', since: arn('older') }
    ])
  })
})
