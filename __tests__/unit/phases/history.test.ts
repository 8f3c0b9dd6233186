import { describe, expect, it } from '@jest/globals'
import type { MappingDelta, RunDefinition } from '../../../src/core/freshness.js'
import { definitionHash } from '../../../src/core/provenance.js'
import type { ChangeSet } from '../../../src/core/types.js'
import { HISTORY_LIMIT, History, MAX_RUNS_READ } from '../../../src/phases/history.js'
import { definitionOf, graphOf, type StepSpec } from '../../../__fixtures__/graphs.js'
import { FakeSageMaker, arn, sha, type Call, type FakeRun } from './fakes.js'

const SPEC: StepSpec[] = ['Pre', 'Train<Pre', 'Eval<Train']
const headDoc = definitionOf(SPEC, [{ Name: 'Depth', Type: 'Integer', DefaultValue: 5 }])
const head: RunDefinition = { graph: graphOf(SPEC), document: headDoc, hash: definitionHash(headDoc) }
const otherDoc = definitionOf(['Pre', 'Train<Pre'])
const OTHER_HASH = definitionHash(otherDoc)

function run(id: string, startTime: number, extra: Partial<FakeRun> = {}): FakeRun {
  return {
    arn: arn(id),
    status: 'Succeeded',
    startTime,
    provenance: { sha: sha(id) },
    steps: { Pre: 'Succeeded' },
    parameters: { Depth: '5' },
    definition: JSON.stringify(headDoc),
    ...extra
  }
}

/** A History over the runs, counting every diff and mapping read it asks the caller for. */
function historyOf(
  runs: FakeRun[],
  options: { known?: boolean; fail?: (call: Call) => Error | undefined } = {}
) {
  const sagemaker = new FakeSageMaker(runs, options.fail)
  const changesAsked: string[] = []
  const mappingAsked: Array<{ commit: string; changes: ChangeSet }> = []
  const history = new History({
    client: sagemaker.client,
    pipeline: 'p',
    head,
    changesSince: async commit => {
      changesAsked.push(commit)
      return { files: [`since-${commit.slice(0, 6)}.py`], complete: true }
    },
    mappingSince: async (commit, changes): Promise<MappingDelta> => {
      mappingAsked.push({ commit, changes })
      return { steps: new Set(['Train']) }
    },
    known: options.known
      ? runs.map(r => ({ arn: r.arn, status: r.status, startTime: r.startTime, description: undefined }))
      : undefined
  })
  return { history, sagemaker, changesAsked, mappingAsked }
}

describe('History.runs', () => {
  it('lists once, newest first, with each run’s provenance and status known to the judge', async () => {
    const { history, sagemaker } = historyOf([
      run('old', 1000),
      run('outside', 3000, { provenance: undefined }),
      run('new', 2000, { provenance: { sha: sha('new'), pr: 7, def: 'abc', version: 3 } })
    ])
    const listed = await history.runs()
    expect(listed.map(r => r.arn)).toEqual([arn('outside'), arn('new'), arn('old')])
    expect(await history.runs()).toBe(listed)
    expect(sagemaker.count('ListPipelineExecutions')).toBe(1)
    expect(listed[1]!.provenance).toEqual({ sha: sha('new'), pr: 7, def: 'abc', version: 3 })
    expect(listed[0]!.provenance).toBeUndefined()
    expect(history.lookup(arn('new'))).toEqual({ arn: arn('new'), status: 'Succeeded', commit: sha('new') })
    // Started outside the action: known, but with no commit.
    expect(history.lookup(arn('outside'))).toEqual({ arn: arn('outside'), status: 'Succeeded' })
    expect(history.provenanceOf(arn('new'))?.version).toBe(3)
    expect(history.lookup(arn('nobody'))).toBeUndefined()
  })

  it(`pages through the listing and stops at ${HISTORY_LIMIT} runs`, async () => {
    const runs = Array.from({ length: HISTORY_LIMIT + 30 }, (_, i) => run(`r${i}`, 100_000 - i))
    const { history, sagemaker } = historyOf(runs)
    const listed = await history.runs()
    expect(listed).toHaveLength(HISTORY_LIMIT)
    expect(listed[HISTORY_LIMIT - 1]!.arn).toBe(arn(`r${HISTORY_LIMIT - 1}`))
    expect(sagemaker.count('ListPipelineExecutions')).toBe(Math.ceil(HISTORY_LIMIT / 100))
    const small = historyOf(runs.slice(0, 150))
    expect(await small.history.runs()).toHaveLength(150)
    expect(small.sagemaker.count('ListPipelineExecutions')).toBe(2)
  })

  it('does not list again what the caller already listed', async () => {
    const { history, sagemaker } = historyOf([run('a', 1)], { known: true })
    expect((await history.runs()).map(r => r.arn)).toEqual([arn('a')])
    expect(sagemaker.calls).toEqual([])
  })
})

describe('History.load', () => {
  it('reads each fact of a run at most once, however often it is asked', async () => {
    const { history, sagemaker, changesAsked, mappingAsked } = historyOf([
      run('a', 2, {
        steps: {
          Pre: { status: 'Succeeded', reusedFrom: arn('b') },
          Train: { status: 'Failed', failureReason: 'OOM' }
        },
        parameters: { Depth: '7' }
      }),
      run('b', 1)
    ])
    const all = ['steps', 'parameters', 'definition', 'changes', 'mapping', 'run'] as const
    for (let i = 0; i < 3; i++) await history.load(all.map(field => ({ arn: arn('a'), field })))
    const facts = history.lookup(arn('a'))!
    expect(facts.steps).toEqual(
      new Map([
        ['Pre', { status: 'Succeeded', reusedFrom: arn('b') }],
        ['Train', { status: 'Failed', failureReason: 'OOM' }]
      ])
    )
    expect(facts.parameters).toEqual(new Map([['Depth', '7']]))
    // The text it ran hashes like head's: head's parsed definition stands for it (diffed never).
    expect(facts.definition).toBe(head)
    expect(facts.changes).toEqual({ files: ['since-610000.py'], complete: true })
    expect(facts.mapping).toEqual({ steps: new Set(['Train']) })
    expect(changesAsked).toEqual([sha('a')])
    expect(mappingAsked).toEqual([{ commit: sha('a'), changes: facts.changes }])
    for (const command of [
      'ListPipelineExecutionSteps',
      'ListPipelineParametersForExecution',
      'DescribePipelineDefinitionForExecution'
    ]) {
      expect([command, sagemaker.count(command)]).toEqual([command, 1])
    }
    // Listed, so its status and commit are known without describing it.
    expect(sagemaker.count('DescribePipelineExecution')).toBe(0)
    expect(sagemaker.count('ListPipelineExecutions')).toBe(1)
    // Nothing was read about the run it reused from.
    expect(sagemaker.calls.filter(c => c.arn === arn('b'))).toEqual([])
    // The memoised readers for resume and coverage share the same reads.
    expect(await history.steps(arn('a'))).toBe(facts.steps)
    expect(await history.parameters(arn('a'))).toBe(facts.parameters)
    expect(sagemaker.count('ListPipelineExecutionSteps')).toBe(1)
    expect(sagemaker.count('ListPipelineParametersForExecution')).toBe(1)
  })

  it('reads only the fields asked for', async () => {
    const { history, sagemaker, changesAsked } = historyOf([run('a', 1)])
    await history.load([{ arn: arn('a'), field: 'steps' }])
    expect(history.lookup(arn('a'))!.parameters).toBeUndefined()
    expect(history.lookup(arn('a'))!.definition).toBeUndefined()
    expect(sagemaker.arnsOf('ListPipelineExecutionSteps')).toEqual([arn('a')])
    expect(sagemaker.count('ListPipelineParametersForExecution')).toBe(0)
    expect(sagemaker.count('DescribePipelineDefinitionForExecution')).toBe(0)
    expect(changesAsked).toEqual([])
  })

  it('never asks for the changes of a run without a recorded commit', async () => {
    const { history, changesAsked, mappingAsked } = historyOf([run('outside', 1, { provenance: undefined })])
    await history.load([
      { arn: arn('outside'), field: 'changes' },
      { arn: arn('outside'), field: 'mapping' }
    ])
    expect(changesAsked).toEqual([])
    expect(mappingAsked).toEqual([])
    expect(history.lookup(arn('outside'))!.changes).toBeUndefined()
  })

  it('describes a run the listing does not reach, once', async () => {
    const { history, sagemaker } = historyOf([
      run('listed', 2),
      run('old', 1, { listed: false, provenance: { sha: sha('old'), run: '9/1' } })
    ])
    await history.load([{ arn: arn('old'), field: 'run' }])
    await history.load([{ arn: arn('old'), field: 'run' }])
    expect(await history.describe(arn('old'))).toMatchObject({ status: 'Succeeded', commit: sha('old') })
    expect(history.provenanceOf(arn('old'))).toEqual({ sha: sha('old'), run: '9/1' })
    expect(sagemaker.arnsOf('DescribePipelineExecution')).toEqual([arn('old')])
  })
})

describe('History.readSteps', () => {
  it('gives the step lists already read, newest run first, runs outside the listing last, at no call', async () => {
    const mark = (id: string) => ({ steps: { [`Ran-${id}`]: 'Succeeded' as const } })
    const { history, sagemaker } = historyOf([
      run('newest', 4, mark('newest')),
      run('middle', 3, mark('middle')),
      run('unread', 2, mark('unread')),
      run('oldest', 1, mark('oldest')),
      run('unlisted', 0, { ...mark('unlisted'), listed: false })
    ])
    await history.runs()
    // Read out of order: the result must not follow the order of reading.
    await history.steps(arn('unlisted'))
    await history.steps(arn('oldest'))
    await history.steps(arn('newest'))
    await history.steps(arn('middle'))
    const before = sagemaker.calls.length
    const lists = await history.readSteps()
    expect(lists.map(steps => [...steps.keys()])).toEqual([
      ['Ran-newest'],
      ['Ran-middle'],
      ['Ran-oldest'],
      ['Ran-unlisted']
    ])
    expect(sagemaker.calls.length).toBe(before)
  })
})

describe('History: the definition a run ran', () => {
  const definitionReads = (s: FakeSageMaker) => s.arnsOf('DescribePipelineDefinitionForExecution')

  it('needs no read for a run pinned to a version whose recorded hash is head’s', async () => {
    const { history, sagemaker } = historyOf([
      run('pinned', 1, { provenance: { sha: sha('pinned'), version: 4, def: head.hash } })
    ])
    await history.load([{ arn: arn('pinned'), field: 'definition' }])
    expect(history.lookup(arn('pinned'))!.definition).toBe(head)
    expect(definitionReads(sagemaker)).toEqual([])
  })

  it('reads the definition of an unpinned run even when its recorded hash is head’s', async () => {
    // Unpinned, the run may have executed whatever version was latest when it started: only the
    // service can say. Here it ran a different definition than its provenance claims.
    const { history, sagemaker } = historyOf([
      run('unpinned', 1, {
        provenance: { sha: sha('unpinned'), def: head.hash },
        definition: JSON.stringify(otherDoc)
      })
    ])
    await history.load([{ arn: arn('unpinned'), field: 'definition' }])
    const definition = history.lookup(arn('unpinned'))!.definition!
    expect(definitionReads(sagemaker)).toEqual([arn('unpinned')])
    expect(definition.hash).toBe(OTHER_HASH)
    expect(definition.graph.topologicalOrder()).toEqual(['Pre', 'Train'])
  })

  it('reads a pinned definition other than head’s once for every run that recorded it', async () => {
    const pinned = (id: string, t: number) =>
      run(id, t, {
        provenance: { sha: sha(id), version: 2, def: OTHER_HASH },
        definition: JSON.stringify(otherDoc)
      })
    const { history, sagemaker } = historyOf([pinned('p1', 3), pinned('p2', 2), pinned('p3', 1)])
    await history.load([
      { arn: arn('p1'), field: 'definition' },
      { arn: arn('p2'), field: 'definition' }
    ])
    await history.load([{ arn: arn('p3'), field: 'definition' }])
    expect(definitionReads(sagemaker)).toHaveLength(1)
    const d1 = history.lookup(arn('p1'))!.definition
    expect(d1?.hash).toBe(OTHER_HASH)
    expect(history.lookup(arn('p2'))!.definition).toBe(d1)
    expect(history.lookup(arn('p3'))!.definition).toBe(d1)
  })

  it('reads each unpinned run’s definition, and parses a fetched text equal to head’s as head', async () => {
    const { history, sagemaker } = historyOf([run('u1', 2, {}), run('u2', 1, {})])
    await history.load([
      { arn: arn('u1'), field: 'definition' },
      { arn: arn('u2'), field: 'definition' }
    ])
    expect(definitionReads(sagemaker).sort()).toEqual([arn('u1'), arn('u2')].sort())
    expect(history.lookup(arn('u1'))!.definition).toBe(head)
    expect(history.lookup(arn('u2'))!.definition).toBe(head)
  })

  it('makes a run whose definition cannot be read unavailable, saying why', async () => {
    const { history } = historyOf([
      run('garbled', 2, { definition: '{"Version": "2020-12-01", "Steps": [' }),
      run('gone', 1, { definition: undefined })
    ])
    await history.load([
      { arn: arn('garbled'), field: 'definition' },
      { arn: arn('gone'), field: 'definition' }
    ])
    expect(history.lookup(arn('garbled'))!.unavailable).toMatch(/^the definition it ran cannot be read \(/)
    expect(history.lookup(arn('garbled'))!.definition).toBeUndefined()
    expect(history.lookup(arn('gone'))!.unavailable).toMatch(
      /^the definition it ran cannot be read \(SageMaker DescribePipelineDefinitionForExecution of .*gone failed: no definition for/
    )
  })
})

describe(`History: at most ${MAX_RUNS_READ} runs are read`, () => {
  it('makes runs beyond the bound unavailable without reading them, and keeps serving those read', async () => {
    const ids = Array.from({ length: MAX_RUNS_READ + 6 }, (_, i) => `r${i}`)
    const { history, sagemaker } = historyOf(ids.map((id, i) => run(id, 1000 - i)))
    await history.load(ids.map(id => ({ arn: arn(id), field: 'steps' as const })))
    const read = ids.slice(0, MAX_RUNS_READ)
    const beyond = ids.slice(MAX_RUNS_READ)
    expect(sagemaker.arnsOf('ListPipelineExecutionSteps').sort()).toEqual(read.map(arn).sort())
    for (const id of read) expect(history.lookup(arn(id))!.unavailable).toBeUndefined()
    for (const id of beyond) {
      expect(history.lookup(arn(id))).toMatchObject({
        unavailable: `more than ${MAX_RUNS_READ} runs would have to be read to trace it`
      })
      expect(history.lookup(arn(id))!.steps).toBeUndefined()
    }
    // A run already read may still be read further.
    await history.load([{ arn: arn('r0'), field: 'parameters' }])
    expect(history.lookup(arn('r0'))!.parameters).toEqual(new Map([['Depth', '5']]))
    // A new run may not.
    await history.load([{ arn: arn(beyond[0]!), field: 'parameters' }])
    expect(sagemaker.count('ListPipelineParametersForExecution')).toBe(1)
  })

  it('turns a refused read into an unavailable run, capped in length, instead of failing', async () => {
    const { history } = historyOf([run('a', 2), run('b', 1)], {
      fail: call =>
        call.command === 'ListPipelineExecutionSteps' && call.arn === arn('a')
          ? Object.assign(new Error(`User is not authorized ${'x'.repeat(1000)}`), {
              name: 'AccessDeniedException'
            })
          : undefined
    })
    await history.load([
      { arn: arn('a'), field: 'steps' },
      { arn: arn('b'), field: 'steps' }
    ])
    const unavailable = history.lookup(arn('a'))!.unavailable!
    expect(unavailable).toMatch(
      /^SageMaker ListPipelineExecutionSteps of .*execution\/a failed: User is not authorized x+$/
    )
    expect(unavailable.length).toBeLessThanOrEqual(300)
    expect(history.lookup(arn('b'))!.steps?.size).toBe(1)
  })
})
