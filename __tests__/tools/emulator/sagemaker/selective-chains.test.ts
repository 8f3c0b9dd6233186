/**
 * Selective runs whose source was itself selective (which ARN a reused entry shows, option
 * reusedSourceArn) and the parameters of a selective run: typed checks and the values it ran with.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ListPipelineParametersForExecutionCommand,
  StartPipelineExecutionCommand,
  type SageMakerClient
} from '@aws-sdk/client-sagemaker'
import {
  seededExecutionArn,
  startEmulator,
  type Emulator
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
import { definitionOf } from '../../../../__fixtures__/graphs.js'

const P = 'AbalonePipeline'
const run = (i: number) => seededExecutionArn(P, i)
const DOWNSTREAM_OF_TRAIN = [
  'Abalone-Train',
  'Abalone-Evaluate',
  'Abalone-MSECheck',
  'Abalone-ModelRegister-RegisterModel',
  'Abalone-CreateModel-CreateModel',
  'Abalone-FailNotify'
]

let emu: Emulator
let sm: SageMakerClient

beforeAll(async () => {
  emu = await startEmulator({
    clock: 'manual',
    seed: {
      pipelines: [
        {
          name: P,
          definition: JSON.parse(corpusText(ABALONE)),
          scenario: {
            outputs: {
              'Abalone-Evaluate': {
                propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value: 4.2 } } } }
              }
            }
          },
          executions: [{ status: 'Succeeded', createdAt: '-2d' }]
        }
      ]
    }
  })
  sm = client(emu.url)
})
afterAll(async () => emu.close())

async function select(steps: string[], source: string): Promise<string> {
  const out = await sm.send(
    new StartPipelineExecutionCommand({
      PipelineName: P,
      ClientRequestToken: token(),
      SelectiveExecutionConfig: {
        SelectedSteps: steps.map(StepName => ({ StepName })),
        SourcePipelineExecutionArn: source
      }
    })
  )
  return out.PipelineExecutionArn!
}

describe('chains of selective runs: which ARN a reused entry shows (option reusedSourceArn)', () => {
  /** first: from the full run(0); second: from first; third: from second. Preprocess ran in run(0), Train in first. */
  async function chain(): Promise<[string, string, string]> {
    const first = await select(DOWNSTREAM_OF_TRAIN, run(0))
    await emu.settle()
    const second = await select(['Abalone-Evaluate'], first)
    await emu.settle()
    const third = await select(['Abalone-Evaluate'], second)
    await emu.settle()
    return [first, second, third]
  }
  const shown = async (arn: string) => {
    const steps = byName(await allSteps(sm, arn))
    return ['Abalone-Preprocess', 'Abalone-Train'].map(
      n => steps.get(n)?.SelectiveExecutionResult?.SourcePipelineExecutionArn
    )
  }

  it("'reference' (default) shows the source execution the run named, at every hop", async () => {
    expect(emu.configure({}).reusedSourceArn).toBe('reference')
    const [first, second, third] = await chain()
    expect(await shown(second)).toEqual([first, first])
    expect(await shown(third)).toEqual([second, second])
  })

  it("'producer' shows the execution that ran the step, however many hops back", async () => {
    expect(emu.configure({ reusedSourceArn: 'producer' }).reusedSourceArn).toBe('producer')
    try {
      const [first, second, third] = await chain()
      expect(await shown(first)).toEqual([run(0), undefined])
      expect(await shown(second)).toEqual([run(0), first])
      expect(await shown(third)).toEqual([run(0), first])
    } finally {
      emu.configure({ reusedSourceArn: 'reference' })
    }
  })

  it('traces the producer through hops started under the other setting, and applies to runs started afterwards', async () => {
    const [first, second] = await chain() // under 'reference'
    emu.configure({ reusedSourceArn: 'producer' })
    try {
      const fourth = await select(['Abalone-Evaluate'], second)
      expect(await shown(fourth)).toEqual([run(0), first])
      expect(await shown(second)).toEqual([first, first]) // runs already started keep what they showed
    } finally {
      emu.configure({ reusedSourceArn: 'reference' })
    }
  })

  it('is an option of startEmulator too, and refuses other values', async () => {
    const other = await startEmulator({ clock: 'manual', reusedSourceArn: 'producer' })
    try {
      expect(other.configure({})).toEqual({
        requireConnected: true,
        maxConcurrentExecutions: 20,
        reusedSourceArn: 'producer'
      })
      expect(() =>
        other.configure({ requireConnected: false, reusedSourceArn: 'origin' as 'producer' })
      ).toThrow(`reusedSourceArn must be 'reference' or 'producer', got "origin"`)
      expect(other.configure({}).requireConnected).toBe(true) // nothing applied
      const res = await fetch(`${other.url}/_emulator/config`, {
        method: 'POST',
        body: JSON.stringify({ reusedSourceArn: 'reference' })
      })
      expect(await res.json()).toMatchObject({ reusedSourceArn: 'reference' })
    } finally {
      await other.close()
    }
    await expect(startEmulator({ reusedSourceArn: 'origin' as 'producer' })).rejects.toThrow(
      'reusedSourceArn'
    )
  })
})

describe('parameters of a selective run', () => {
  const TYPED = 'TypedParameters'
  const startTyped = async (parameters: Record<string, string>) =>
    (
      await sm.send(
        new StartPipelineExecutionCommand({
          PipelineName: TYPED,
          ClientRequestToken: token(),
          PipelineParameters: Object.entries(parameters).map(([Name, Value]) => ({ Name, Value })),
          SelectiveExecutionConfig: { SelectedSteps: [{ StepName: 'A' }] }
        })
      )
    ).PipelineExecutionArn!

  beforeAll(() => {
    emu.seed({
      pipelines: [
        {
          name: TYPED,
          definition: definitionOf(
            [{ name: 'A', reads: ['Count', 'Rate', 'Flag', 'Label', 'Threshold'] }, 'B<A'],
            [
              { Name: 'Count', Type: 'Integer', DefaultValue: 2 },
              { Name: 'Rate', Type: 'Float', DefaultValue: 0.5 },
              { Name: 'Flag', Type: 'Boolean', DefaultValue: false },
              { Name: 'Label', Type: 'String', DefaultValue: 'x' },
              { Name: 'Threshold', Type: 'Float', DefaultValue: 6 }
            ]
          )
        }
      ]
    })
  })

  it.each([
    ['Count', 'three', 'is not an integer (declared Type Integer)'],
    ['Count', '2.5', 'is not an integer (declared Type Integer)'],
    ['Rate', 'fast', 'is not a number (declared Type Float)'],
    ['Rate', '0x10', 'is not a number (declared Type Float)'],
    ['Flag', 'yes', 'is not true or false (declared Type Boolean)']
  ])('refuses %s = %j, naming the parameter', async (parameter, value, why) => {
    const error = await thrown(() => startTyped({ [parameter]: value }))
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['ValidationException', 400])
    expect(error.message).toBe(`Value '${value}' of pipeline parameter '${parameter}' ${why}.`)
  })

  it('lists the values the run took: those passed, and the defaults of the rest', async () => {
    const arn = await startTyped({ Count: '3', Flag: 'True', Rate: '1e-2' })
    const out = await sm.send(new ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn }))
    expect(out.PipelineParameters).toEqual([
      { Name: 'Count', Value: '3' },
      { Name: 'Rate', Value: '1e-2' },
      { Name: 'Flag', Value: 'True' },
      { Name: 'Label', Value: 'x' },
      { Name: 'Threshold', Value: '6.0' }
    ])
    await emu.settle()
  })
})
