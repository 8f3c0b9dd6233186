import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribePipelineCommand,
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  ListPipelineVersionsCommand,
  StartPipelineExecutionCommand,
  type SageMakerClient
} from '@aws-sdk/client-sagemaker'
import {
  selectiveRefusal,
  startEmulator,
  type Emulator
} from '../../../../tools/emulator/sagemaker/server.js'
import { client, createPipeline, thrown, token } from '../../../../__fixtures__/emulator/sagemaker.js'
import { definitionOf } from '../../../../__fixtures__/graphs.js'

const V1 = JSON.stringify(definitionOf(['Prepare', 'Train<Prepare']))
const V2 = JSON.stringify(definitionOf(['Prepare', 'Train<Prepare', 'Evaluate<Train']))

let emu: Emulator
let sm: SageMakerClient
let pipelines = 0
let name: string

beforeAll(async () => {
  emu = await startEmulator({ clock: 'manual', maxConcurrentExecutions: 100 })
  sm = client(emu.url)
})
afterAll(async () => emu.close())

beforeEach(async () => {
  emu.setFaults({ concurrentUpsert: null, rejectSelectiveStarts: false })
  name = `Upserted-${++pipelines}`
  await createPipeline(sm, name, V1)
})

const describePipeline = async (pipeline = name) =>
  (await sm.send(new DescribePipelineCommand({ PipelineName: pipeline }))).PipelineDefinition
const versions = async () =>
  (await sm.send(new ListPipelineVersionsCommand({ PipelineName: name }))).PipelineVersionSummaries!.map(
    v => v.PipelineVersionId
  )
const start = async (extra: Record<string, unknown> = {}) =>
  (
    await sm.send(
      new StartPipelineExecutionCommand({ PipelineName: name, ClientRequestToken: token(), ...extra })
    )
  ).PipelineExecutionArn!
const ranVersion = async (arn: string) =>
  (await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }))).PipelineVersionId

describe('concurrentUpsert', () => {
  it('upserts a new version right after the Nth DescribePipeline of that pipeline, once', async () => {
    const other = `Bystander-${pipelines}`
    await createPipeline(sm, other, V1)
    const set = emu.setFaults({
      concurrentUpsert: { pipeline: name, definition: V2, afterDescribePipeline: 2 }
    })
    expect(set.concurrentUpsert).toEqual({
      pipeline: name,
      afterDescribePipeline: 2,
      beforeUnpinnedStart: false,
      describes: 0
    })
    expect(await describePipeline()).toBe(V1)
    expect(await describePipeline(other)).toBe(V1) // another pipeline's reads do not count
    expect(await versions()).toEqual([1])
    expect(await describePipeline()).toBe(V1) // the 2nd read still sees the old definition ...
    expect(await versions()).toEqual([2, 1]) // ... and the upsert lands right after it
    expect(await describePipeline()).toBe(V2)

    expect(await ranVersion(await start())).toBe(2)
    const pinned = await start({ PipelineVersionId: 1 })
    expect(await ranVersion(pinned)).toBe(1)
    expect(
      (await sm.send(new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: pinned })))
        .PipelineDefinition
    ).toBe(V1)

    for (let i = 0; i < 3; i++) await describePipeline()
    expect(await versions()).toEqual([2, 1])
    expect(emu.setFaults({}).concurrentUpsert).toBeNull()
  })

  it('does not count a DescribePipeline that failed', async () => {
    emu.setFaults({ concurrentUpsert: { pipeline: name, definition: V2, afterDescribePipeline: 1 } })
    const missing = await thrown(() =>
      sm.send(new DescribePipelineCommand({ PipelineName: name, PipelineVersionId: 5 }))
    )
    expect(missing.name).toBe('ResourceNotFound')
    expect(await versions()).toEqual([1])
    await describePipeline()
    expect(await versions()).toEqual([2, 1])
  })

  it('upserts right before an unpinned StartPipelineExecution, which then runs the new definition', async () => {
    emu.setFaults({ concurrentUpsert: { pipeline: name, definition: V2, beforeUnpinnedStart: true } })
    const pinned = await start({ PipelineVersionId: 1 })
    expect(await versions()).toEqual([1])
    const unpinned = await start()
    expect(await versions()).toEqual([2, 1])
    expect([await ranVersion(pinned), await ranVersion(unpinned)]).toEqual([1, 2])
    expect(
      (await sm.send(new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: unpinned })))
        .PipelineDefinition
    ).toBe(V2)
    await start()
    expect(await versions()).toEqual([2, 1])
  })

  it('fires on whichever trigger comes first when both are given', async () => {
    emu.setFaults({
      concurrentUpsert: {
        pipeline: name,
        definition: V2,
        afterDescribePipeline: 5,
        beforeUnpinnedStart: true
      }
    })
    await describePipeline()
    expect(await ranVersion(await start())).toBe(2)
    for (let i = 0; i < 5; i++) await describePipeline()
    expect(await versions()).toEqual([2, 1])
  })

  it('refuses a setting it could not honour, naming the member', async () => {
    const refused = (concurrentUpsert: unknown) => {
      try {
        emu.setFaults({ concurrentUpsert } as Parameters<Emulator['setFaults']>[0])
      } catch (error) {
        return (error as Error).message
      }
      throw new Error('expected setFaults to throw')
    }
    expect(refused({ pipeline: 'Nope', definition: V2, afterDescribePipeline: 1 })).toContain(
      'concurrentUpsert.pipeline: there is no pipeline "Nope"'
    )
    expect(refused({ pipeline: name, definition: V2 })).toContain(
      'needs afterDescribePipeline: N or beforeUnpinnedStart: true'
    )
    expect(refused({ pipeline: name, definition: V2, afterDescribePipeline: 0 })).toContain(
      'afterDescribePipeline must be a whole number from 1'
    )
    expect(refused({ pipeline: name, definition: '{"Steps": [', afterDescribePipeline: 1 })).toContain(
      'concurrentUpsert.definition: Unable to parse pipeline definition.'
    )
    expect(refused({ pipeline: name, definition: V1, afterDescribePipeline: 1 })).toContain(
      'is the latest definition'
    )
    expect(emu.setFaults({}).concurrentUpsert).toBeNull()
  })

  it('can be set over HTTP and from a seed document', async () => {
    const res = await fetch(`${emu.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({
        concurrentUpsert: { pipeline: name, definition: JSON.parse(V2), beforeUnpinnedStart: true }
      })
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as Record<string, unknown>).concurrentUpsert).toMatchObject({ pipeline: name })
    expect(await ranVersion(await start())).toBe(2)

    const bad = await fetch(`${emu.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ concurrentUpsert: { pipeline: name, definition: V2 } })
    })
    expect(bad.status).toBe(400)

    const seeded = `Seeded-${pipelines}`
    emu.seed({
      pipelines: [{ name: seeded, definition: V1 }],
      faults: { concurrentUpsert: { pipeline: seeded, definition: V2, afterDescribePipeline: 1 } }
    })
    expect(await describePipeline(seeded)).toBe(V1)
    expect(await describePipeline(seeded)).toBe(V2)
  })
})

describe('rejectSelectiveStarts', () => {
  const selective = (source?: string) =>
    start({
      SelectiveExecutionConfig: {
        SelectedSteps: [{ StepName: source ? 'Train' : 'Prepare' }],
        ...(source ? { SourcePipelineExecutionArn: source } : {})
      }
    })

  it('refuses every selective start with a ValidationException, while full runs start', async () => {
    const full = await start()
    await emu.settle()
    emu.setFaults({ rejectSelectiveStarts: true })
    for (const attempt of [() => selective(), () => selective(full)]) {
      const error = await thrown(attempt)
      expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['ValidationException', 400])
      expect(error.message).toBe(selectiveRefusal(name))
      expect(error.message).toContain(`'${name}'`)
    }
    await expect(start()).resolves.toContain('/execution/')
    const unknown = await thrown(() =>
      sm.send(
        new StartPipelineExecutionCommand({
          PipelineName: 'NoSuchPipeline',
          ClientRequestToken: token(),
          SelectiveExecutionConfig: { SelectedSteps: [{ StepName: 'Prepare' }] }
        })
      )
    )
    expect(unknown.name).toBe('ResourceNotFound')

    emu.setFaults({ rejectSelectiveStarts: false })
    await expect(selective(full)).resolves.toContain('/execution/')
  })

  it('says what it is told to say', async () => {
    const set = emu.setFaults({
      rejectSelectiveStarts: { message: 'Selective execution is temporarily unavailable.' }
    })
    expect(set.rejectSelectiveStarts).toEqual({ message: 'Selective execution is temporarily unavailable.' })
    expect((await thrown(() => selective())).message).toBe('Selective execution is temporarily unavailable.')
    expect(() => emu.setFaults({ rejectSelectiveStarts: { message: '' } })).toThrow(
      'rejectSelectiveStarts must be'
    )
    // A bad member applies nothing, not even the good ones beside it.
    expect(() => emu.setFaults({ throttleRate: 2, rejectSelectiveStarts: false })).toThrow('throttleRate')
    expect(emu.setFaults({}).rejectSelectiveStarts).toEqual({
      message: 'Selective execution is temporarily unavailable.'
    })
    const res = await fetch(`${emu.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ rejectSelectiveStarts: null })
    })
    expect(((await res.json()) as Record<string, unknown>).rejectSelectiveStarts).toBe(false)
    await expect(selective()).resolves.toContain('/execution/')
  })
})
