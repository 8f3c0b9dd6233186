import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribePipelineExecutionCommand,
  ListPipelineExecutionsCommand,
  ListPipelineExecutionStepsCommand,
  ListPipelineParametersForExecutionCommand,
  paginateListPipelineExecutions,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  type ListPipelineExecutionsCommandInput,
  type SageMakerClient
} from '@aws-sdk/client-sagemaker'
import {
  seededExecutionArn,
  startEmulator,
  type Emulator,
  type SeedExecution
} from '../../../../tools/emulator/sagemaker/server.js'
import {
  ABALONE,
  allSteps,
  byName,
  client,
  corpusText,
  thrown,
  token
} from '../../../../__fixtures__/emulator/sagemaker.js'

const MANY = 'Busy'
const COUNT = 1000
const MSE = {
  outputs: {
    'Abalone-Evaluate': {
      propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value: 4.2 } } } }
    }
  }
}

let emu: Emulator
let sm: SageMakerClient

beforeAll(async () => {
  emu = await startEmulator({ clock: 'manual' })
  sm = client(emu.url)
  emu.seed({
    pipelines: [
      {
        name: MANY,
        definition: corpusText('cfn-userguide-minimal-training.json'),
        executions: Array.from({ length: COUNT }, (_, i): SeedExecution => ({
          status: i % 7 === 3 ? 'Failed' : 'Succeeded',
          createdAt: `-${COUNT - i}h`
        }))
      },
      {
        name: 'Nested',
        definition: corpusText('airflow-system-test-nested-conditions-depth31.json'),
        executions: [{ status: 'Succeeded', createdAt: '-1d' }]
      }
    ]
  })
})
afterAll(async () => emu.close())

async function page(input: Partial<ListPipelineExecutionsCommandInput>) {
  return sm.send(new ListPipelineExecutionsCommand({ PipelineName: MANY, ...input }))
}

async function collect(
  input: Partial<ListPipelineExecutionsCommandInput>
): Promise<{ arns: string[]; requests: number }> {
  const arns: string[] = []
  let next: string | undefined
  let requests = 0
  do {
    const out = await page({ ...input, NextToken: next })
    requests++
    arns.push(...out.PipelineExecutionSummaries!.map(s => s.PipelineExecutionArn!))
    next = out.NextToken
  } while (next)
  return { arns, requests }
}

describe('pagination over 1,000 executions', () => {
  const newestFirst = Array.from({ length: COUNT }, (_, i) => seededExecutionArn(MANY, COUNT - 1 - i))

  it('pages of 100 and pages of 1 return every execution once, newest first', async () => {
    const hundred = await collect({ MaxResults: 100 })
    expect(hundred.requests).toBe(10)
    expect(hundred.arns).toEqual(newestFirst)
    const one = await collect({ MaxResults: 1 })
    expect(one.requests).toBe(COUNT)
    expect(one.arns).toEqual(newestFirst)
  })

  it('defaults to pages of 10 and works with the SDK paginator', async () => {
    const first = await page({})
    expect(first.PipelineExecutionSummaries).toHaveLength(10)
    let total = 0
    for await (const p of paginateListPipelineExecutions(
      { client: sm, pageSize: 100 },
      { PipelineName: MANY }
    )) {
      total += p.PipelineExecutionSummaries!.length
    }
    expect(total).toBe(COUNT)
  })

  it('sorts ascending, by ARN, and filters by creation time', async () => {
    expect(
      (await page({ SortOrder: 'Ascending', MaxResults: 3 })).PipelineExecutionSummaries!.map(
        s => s.PipelineExecutionArn
      )
    ).toEqual([0, 1, 2].map(i => seededExecutionArn(MANY, i)))
    const byArn = await collect({ SortBy: 'PipelineExecutionArn', SortOrder: 'Ascending', MaxResults: 100 })
    expect(byArn.arns).toEqual([...newestFirst].sort())
    const now = emu.now()
    const recent = await collect({ CreatedAfter: new Date(now - 10.5 * 3600_000), MaxResults: 100 })
    expect(recent.arns).toEqual(newestFirst.slice(0, 10))
    const old = await collect({ CreatedBefore: new Date(now - 995.5 * 3600_000), MaxResults: 100 })
    expect(old.arns).toEqual(newestFirst.slice(995))
  })

  it('uses opaque tokens bound to their query, unaffected by runs started meanwhile', async () => {
    const first = await page({ MaxResults: 2 })
    const t = first.NextToken!
    expect(t).not.toContain('arn:')
    expect(t).not.toMatch(/^\d+$/)
    await sm.send(new StartPipelineExecutionCommand({ PipelineName: MANY, ClientRequestToken: token() }))
    const second = await page({ MaxResults: 2, NextToken: t })
    expect(second.PipelineExecutionSummaries!.map(s => s.PipelineExecutionArn)).toEqual(
      newestFirst.slice(2, 4)
    )
    const wrongQuery = await thrown(() => page({ MaxResults: 2, NextToken: t, SortOrder: 'Ascending' }))
    expect(wrongQuery.name).toBe('ValidationException')
    expect((await thrown(() => page({ NextToken: 'garbage' }))).message).toContain('Invalid NextToken')
  })

  it('pages through the steps of a 31-step run and the parameters of a run', async () => {
    const arn = seededExecutionArn('Nested', 0)
    const first = await sm.send(new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn }))
    expect(first.PipelineExecutionSteps).toHaveLength(10)
    const steps = await allSteps(sm, arn)
    expect(steps).toHaveLength(31)
    expect(steps[0]!.StepName).toBe('DummyCond')
    expect(steps[30]!.StepName).toBe('DummyCond29')
    const ascending = await sm.send(
      new ListPipelineExecutionStepsCommand({
        PipelineExecutionArn: arn,
        SortOrder: 'Ascending',
        MaxResults: 1
      })
    )
    expect(ascending.PipelineExecutionSteps![0]!.StepName).toBe('DummyCond29')

    emu.seed({
      pipelines: [
        {
          name: 'Params',
          definition: corpusText(ABALONE),
          scenario: MSE,
          executions: [{ status: 'Succeeded', createdAt: '-1h' }]
        }
      ]
    })
    const names: string[] = []
    let next: string | undefined
    do {
      const out = await sm.send(
        new ListPipelineParametersForExecutionCommand({
          PipelineExecutionArn: seededExecutionArn('Params', 0),
          MaxResults: 5,
          NextToken: next
        })
      )
      names.push(...out.PipelineParameters!.map(p => p.Name!))
      next = out.NextToken
    } while (next)
    expect(names).toHaveLength(14)
    expect(new Set(names).size).toBe(14)
  })
})

describe('seeding', () => {
  const P = 'History'
  const arn = (i: number) => seededExecutionArn(P, i)

  beforeAll(() => {
    emu.seed({
      pipelines: [
        {
          name: P,
          definition: corpusText(ABALONE),
          scenario: MSE,
          executions: [
            { status: 'Succeeded', createdAt: '-2d', displayName: 'nightly', parameters: { XGBMaxDepth: 7 } },
            { status: 'Failed', createdAt: '-1d', failedStep: 'Abalone-Train' },
            { status: 'Failed', createdAt: '-20h' },
            { status: 'Stopped', createdAt: '-10h' },
            { status: 'Executing', createdAt: '-3h', id: 'running00001' },
            {
              status: 'Succeeded',
              createdAt: '-2h',
              selective: { source: 1, selectedSteps: ['Abalone-Train', 'Abalone-Evaluate'] }
            },
            { status: 'Failed', createdAt: '-1h', steps: { 'Abalone-MSECheck': { outcome: false } } }
          ]
        }
      ]
    })
  })

  const status = async (a: string) =>
    (await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: a }))).PipelineExecutionStatus

  it('writes a realistic history in a few lines, with deterministic ARNs', async () => {
    expect(arn(0)).toMatch(
      /^arn:aws:sagemaker:us-east-1:123456789012:pipeline\/History\/execution\/[a-z0-9]{12}$/
    )
    expect(await status(arn(0))).toBe('Succeeded')
    const first = await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn(0) }))
    expect(first.PipelineExecutionDisplayName).toBe('nightly')
    expect(Math.round((emu.now() - first.CreationTime!.getTime()) / 3600_000)).toBe(48)
    const params = await sm.send(
      new ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn(0), MaxResults: 100 })
    )
    expect(params.PipelineParameters!.find(p => p.Name === 'XGBMaxDepth')?.Value).toBe('7')

    const failed = byName(await allSteps(sm, arn(1)))
    expect(await status(arn(1))).toBe('Failed')
    expect(failed.get('Abalone-Train')?.StepStatus).toBe('Failed')
    expect(failed.get('Abalone-Train')?.FailureReason).toBe('Seeded failure of step Abalone-Train')
    expect([...failed.keys()].sort()).toEqual(['Abalone-Preprocess', 'Abalone-Train'])
  })

  it('makes an unexplained failure end in the Fail step, and honours a given outcome', async () => {
    for (const i of [2, 6]) {
      const steps = byName(await allSteps(sm, arn(i)))
      expect(steps.get('Abalone-MSECheck')?.Metadata?.Condition?.Outcome).toBe('False')
      expect(steps.get('Abalone-FailNotify')?.StepStatus).toBe('Failed')
    }
  })

  it('seeds a stopped run and a run that stays Executing until stopped', async () => {
    expect(await status(arn(3))).toBe('Stopped')
    expect((await allSteps(sm, arn(3))).some(s => s.StepStatus === 'Stopped')).toBe(true)
    const running = `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${P}/execution/running00001`
    await emu.settle()
    emu.advance(86_400_000)
    expect(await status(running)).toBe('Executing')
    await sm.send(
      new StopPipelineExecutionCommand({ PipelineExecutionArn: running, ClientRequestToken: token() })
    )
    await emu.settle()
    expect(await status(running)).toBe('Stopped')
  })

  it('seeds selective runs from an earlier index', async () => {
    const steps = byName(await allSteps(sm, arn(5)))
    expect(steps.get('Abalone-Preprocess')?.SelectiveExecutionResult?.SourcePipelineExecutionArn).toBe(arn(1))
    expect(steps.get('Abalone-Train')?.StepStatus).toBe('Succeeded')
    expect(steps.has('Abalone-MSECheck')).toBe(false)
  })

  it('refuses a declaration the simulation cannot honour, and says why', () => {
    const bad = (executions: SeedExecution[]) => () =>
      emu.seed({ pipelines: [{ name: 'Bad', definition: corpusText(ABALONE), scenario: MSE, executions }] })
    expect(bad([{ status: 'Succeeded', createdAt: '-1h', failedStep: 'Abalone-Train' }])).toThrow(
      'declared Succeeded, but such a run ends Failed (Abalone-Train: Seeded failure of step Abalone-Train)'
    )
    expect(
      bad([{ status: 'Succeeded', createdAt: '-1h', steps: { 'Abalone-Trian': { status: 'Failed' } } }])
    ).toThrow('"Abalone-Trian" is not a step')
    expect(bad([{ status: 'Succeeded', createdAt: 'yesterday' }])).toThrow('createdAt "yesterday"')
    expect(
      bad([
        { status: 'Succeeded', createdAt: '-1h', selective: { source: 4, selectedSteps: ['Abalone-Train'] } }
      ])
    ).toThrow('index of an earlier execution')
  })
})
