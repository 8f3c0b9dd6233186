import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribePipelineCommand,
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  ListPipelineVersionsCommand,
  StartPipelineExecutionCommand,
  UpdatePipelineCommand,
  type ListPipelineVersionsCommandInput,
  type SageMakerClient
} from '@aws-sdk/client-sagemaker'
import { startEmulator, type Emulator } from '../../../../tools/emulator/sagemaker/server.js'
import {
  allSteps,
  client,
  createPipeline,
  thrown,
  token
} from '../../../../__fixtures__/emulator/sagemaker.js'
import { definitionOf, type StepSpec } from '../../../../__fixtures__/graphs.js'

/** Version n of the pipeline: a chain S1 → … → Sn, so each version's definition is told apart by its steps. */
const chain = (n: number): string =>
  JSON.stringify(
    definitionOf(Array.from({ length: n }, (_, i): StepSpec => (i === 0 ? 'S1' : `S${i + 1}<S${i}`)))
  )

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
  name = `Versions-${++pipelines}`
  await createPipeline(sm, name, chain(1))
})

const update = async (definition?: string, extra: Record<string, unknown> = {}) =>
  (await sm.send(new UpdatePipelineCommand({ PipelineName: name, PipelineDefinition: definition, ...extra })))
    .PipelineVersionId

const versionIds = async (input: Partial<ListPipelineVersionsCommandInput> = {}) => {
  const out = await sm.send(new ListPipelineVersionsCommand({ PipelineName: name, ...input }))
  return { ids: out.PipelineVersionSummaries!.map(v => v.PipelineVersionId), next: out.NextToken }
}

const start = async (extra: Record<string, unknown> = {}) =>
  (
    await sm.send(
      new StartPipelineExecutionCommand({ PipelineName: name, ClientRequestToken: token(), ...extra })
    )
  ).PipelineExecutionArn!

describe('UpdatePipeline', () => {
  it('makes a new version with the next id for each changed definition', async () => {
    expect(await update(chain(2))).toBe(2)
    expect(await update(chain(3))).toBe(3)
    expect(await update(chain(1))).toBe(4) // back to the first definition: still a change from the latest
    expect((await versionIds()).ids).toEqual([4, 3, 2, 1])
  })

  it('makes no version when the definition is unchanged or not sent, and answers the latest id', async () => {
    await update(chain(2))
    expect(await update(chain(2))).toBe(2)
    expect(await update(undefined, { PipelineDescription: 'only the description' })).toBe(2)
    expect((await versionIds()).ids).toEqual([2, 1])
    const described = await sm.send(new DescribePipelineCommand({ PipelineName: name }))
    expect(described.PipelineDescription).toBe('only the description')
  })

  it('compares definitions character for character: the same JSON laid out differently is a new version', async () => {
    const spaced = JSON.stringify(JSON.parse(chain(1)), null, 2)
    expect(await update(spaced)).toBe(2)
  })
})

describe('ListPipelineVersions', () => {
  /** Five versions, one minute apart; answers their creation times in epoch ms, by id. */
  async function fiveVersions(): Promise<Map<number, number>> {
    for (let n = 2; n <= 5; n++) {
      emu.advance(60_000)
      await update(chain(n))
    }
    const out = await sm.send(new ListPipelineVersionsCommand({ PipelineName: name }))
    return new Map(out.PipelineVersionSummaries!.map(v => [v.PipelineVersionId!, v.CreationTime!.getTime()]))
  }

  it('lists newest first by default and oldest first with SortOrder Ascending', async () => {
    await fiveVersions()
    expect((await versionIds()).ids).toEqual([5, 4, 3, 2, 1])
    expect((await versionIds({ SortOrder: 'Descending' })).ids).toEqual([5, 4, 3, 2, 1])
    expect((await versionIds({ SortOrder: 'Ascending' })).ids).toEqual([1, 2, 3, 4, 5])
  })

  it('filters by CreatedAfter and CreatedBefore', async () => {
    const at = await fiveVersions()
    expect(at.get(2)! - at.get(1)!).toBe(60_000)
    const between = (a: number, b: number) => new Date((at.get(a)! + at.get(b)!) / 2)
    expect((await versionIds({ CreatedAfter: between(2, 3) })).ids).toEqual([5, 4, 3])
    expect((await versionIds({ CreatedBefore: between(2, 3) })).ids).toEqual([2, 1])
    expect((await versionIds({ CreatedAfter: between(1, 2), CreatedBefore: between(4, 5) })).ids).toEqual([
      4, 3, 2
    ])
  })

  it('pages with MaxResults and NextToken, each version once, unaffected by a version made meanwhile', async () => {
    await fiveVersions()
    const first = await versionIds({ MaxResults: 2 })
    expect(first.ids).toEqual([5, 4])
    await update(chain(6))
    const second = await versionIds({ MaxResults: 2, NextToken: first.next })
    expect(second.ids).toEqual([3, 2])
    const third = await versionIds({ MaxResults: 2, NextToken: second.next })
    expect(third).toEqual({ ids: [1], next: undefined })

    const up1 = await versionIds({ MaxResults: 4, SortOrder: 'Ascending' })
    expect(up1.ids).toEqual([1, 2, 3, 4])
    const up2 = await versionIds({ MaxResults: 4, SortOrder: 'Ascending', NextToken: up1.next })
    expect(up2).toEqual({ ids: [5, 6], next: undefined })

    const foreign = await thrown(() => versionIds({ SortOrder: 'Ascending', NextToken: first.next }))
    expect([foreign.name, foreign.message]).toEqual([
      'ValidationException',
      'Invalid NextToken: the token was issued for a different request.'
    ])
  })
})

describe('running a version', () => {
  it('describes any version’s definition and refuses an unknown one', async () => {
    await update(chain(2))
    const v1 = await sm.send(new DescribePipelineCommand({ PipelineName: name, PipelineVersionId: 1 }))
    const v2 = await sm.send(new DescribePipelineCommand({ PipelineName: name, PipelineVersionId: 2 }))
    const latest = await sm.send(new DescribePipelineCommand({ PipelineName: name }))
    expect([v1.PipelineDefinition, v2.PipelineDefinition, latest.PipelineDefinition]).toEqual([
      chain(1),
      chain(2),
      chain(2)
    ])
    const unknown = await thrown(() =>
      sm.send(new DescribePipelineCommand({ PipelineName: name, PipelineVersionId: 3 }))
    )
    expect(unknown.name).toBe('ResourceNotFound')
    expect(unknown.message).toContain('Pipeline version 3')
  })

  it('runs the version asked for, else the latest, and reports the version and the definition it ran', async () => {
    await update(chain(2))
    await update(chain(3))
    const pinned = await start({ PipelineVersionId: 1 })
    const middle = await start({ PipelineVersionId: 2 })
    const latest = await start()
    await update(chain(4)) // later versions change nothing about runs already started
    await emu.settle()

    const ran = async (arn: string) => ({
      version: (await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn })))
        .PipelineVersionId,
      definition: (
        await sm.send(new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: arn }))
      ).PipelineDefinition,
      steps: (await allSteps(sm, arn)).map(s => s.StepName).sort()
    })
    expect(await ran(pinned)).toEqual({ version: 1, definition: chain(1), steps: ['S1'] })
    expect(await ran(middle)).toEqual({ version: 2, definition: chain(2), steps: ['S1', 'S2'] })
    expect(await ran(latest)).toEqual({ version: 3, definition: chain(3), steps: ['S1', 'S2', 'S3'] })
    expect((await thrown(() => start({ PipelineVersionId: 9 }))).name).toBe('ResourceNotFound')
  })

  it('checks a selection against the version that will run', async () => {
    const source = await start()
    await emu.settle()
    await update(chain(2))
    const selectS2 = (version?: number) =>
      start({
        ...(version !== undefined ? { PipelineVersionId: version } : {}),
        SelectiveExecutionConfig: { SourcePipelineExecutionArn: source, SelectedSteps: [{ StepName: 'S2' }] }
      })
    const onV1 = await thrown(() => selectS2(1))
    expect(onV1.name).toBe('ValidationException')
    expect(onV1.message).toContain("Step 'S2' in SelectedSteps is not a step of pipeline")
    await expect(selectS2()).resolves.toContain('/execution/')
  })
})
