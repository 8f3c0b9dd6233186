import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribePipelineExecutionCommand,
  StartPipelineExecutionCommand,
  UpdatePipelineCommand,
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

const P = 'AbalonePipeline'
const TWIN = 'TwinModels'
const MSE = (value: number) => ({
  outputs: {
    'Abalone-Evaluate': { propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value } } } } }
  }
})
const run = (i: number) => seededExecutionArn(P, i)

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
          scenario: MSE(4.2),
          executions: [
            { status: 'Succeeded', createdAt: '-2d' },
            { status: 'Failed', createdAt: '-1d', failedStep: 'Abalone-Train' },
            {
              status: 'Failed',
              createdAt: '-20h',
              steps: { 'Abalone-Preprocess': { status: 'Failed', failureReason: 'no data' } }
            },
            { status: 'Stopped', createdAt: '-10h' },
            { status: 'Executing', createdAt: '-1h' },
            { status: 'Succeeded', createdAt: '-5h', selective: { selectedSteps: ['Abalone-Preprocess'] } }
          ]
        },
        {
          name: TWIN,
          definition: corpusText('dynamic-framework-two-models-dependson.json'),
          executions: [{ status: 'Succeeded', createdAt: '-1d' }]
        }
      ]
    }
  })
  sm = client(emu.url)
})
afterAll(async () => emu.close())

async function select(steps: string[], source?: string, pipeline = P): Promise<string> {
  const out = await sm.send(
    new StartPipelineExecutionCommand({
      PipelineName: pipeline,
      ClientRequestToken: token(),
      SelectiveExecutionConfig: {
        SelectedSteps: steps.map(StepName => ({ StepName })),
        SourcePipelineExecutionArn: source
      }
    })
  )
  return out.PipelineExecutionArn!
}

async function rejection(steps: string[], source?: string, pipeline = P) {
  const error = await thrown(() => select(steps, source, pipeline))
  expect(error.name).toBe('ValidationException')
  expect(error.$metadata?.httpStatusCode).toBe(400)
  return error.message
}

const DOWNSTREAM_OF_TRAIN = [
  'Abalone-Train',
  'Abalone-Evaluate',
  'Abalone-MSECheck',
  'Abalone-ModelRegister-RegisterModel',
  'Abalone-CreateModel-CreateModel',
  'Abalone-FailNotify'
]

describe('a selective execution', () => {
  it('runs the selected steps and lists the reused ones with SelectiveExecutionResult and the source’s results', async () => {
    const arn = await select(DOWNSTREAM_OF_TRAIN, run(0))
    const described = await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }))
    expect(described.SelectiveExecutionConfig).toEqual({
      SourcePipelineExecutionArn: run(0),
      SelectedSteps: DOWNSTREAM_OF_TRAIN.map(StepName => ({ StepName }))
    })
    const atStart = byName(await allSteps(sm, arn))
    const reused = atStart.get('Abalone-Preprocess')!
    const original = byName(await allSteps(sm, run(0))).get('Abalone-Preprocess')!
    expect(reused.SelectiveExecutionResult?.SourcePipelineExecutionArn).toBe(run(0))
    expect(reused.StepStatus).toBe('Succeeded')
    expect(reused.Metadata).toEqual(original.Metadata)
    expect([reused.StartTime, reused.EndTime]).toEqual([original.StartTime, original.EndTime])
    expect(atStart.get('Abalone-Train')?.StepStatus).toBe('Starting')

    await emu.settle()
    const done = await allSteps(sm, arn)
    expect(done).toHaveLength(6)
    for (const step of done) {
      if (step.StepName === 'Abalone-Preprocess') continue
      expect(step.SelectiveExecutionResult).toBeUndefined()
      expect(step.StepStatus).toBe('Succeeded')
    }
    const train = byName(done).get('Abalone-Train')!
    expect(train.Metadata?.TrainingJob?.Arn).not.toBe(
      byName(await allSteps(sm, run(0))).get('Abalone-Train')?.Metadata?.TrainingJob?.Arn
    )
  })

  it('does not run non-selected steps downstream of the selection', async () => {
    const arn = await select(['Abalone-Evaluate'], run(0))
    await emu.settle()
    const steps = byName(await allSteps(sm, arn))
    expect([...steps.keys()].sort()).toEqual(['Abalone-Evaluate', 'Abalone-Preprocess', 'Abalone-Train'])
    expect(steps.get('Abalone-Train')?.SelectiveExecutionResult?.SourcePipelineExecutionArn).toBe(run(0))
    expect(
      (await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn })))
        .PipelineExecutionStatus
    ).toBe('Succeeded')
  })

  it('evaluates a selected Condition on the outputs the reused step produced in the source', async () => {
    emu.setScenario(P, MSE(99))
    try {
      const arn = await select(
        [
          'Abalone-MSECheck',
          'Abalone-ModelRegister-RegisterModel',
          'Abalone-CreateModel-CreateModel',
          'Abalone-FailNotify'
        ],
        run(0)
      )
      await emu.settle()
      const steps = byName(await allSteps(sm, arn))
      expect(steps.get('Abalone-MSECheck')?.Metadata?.Condition?.Outcome).toBe('True')
      expect(steps.has('Abalone-FailNotify')).toBe(false)
    } finally {
      emu.setScenario(P, MSE(4.2))
    }
  })

  it('runs a Condition selected without its branch steps, which then do not run', async () => {
    const arn = await select(['Abalone-MSECheck'], run(0))
    await emu.settle()
    const steps = byName(await allSteps(sm, arn))
    expect(steps.get('Abalone-MSECheck')?.Metadata?.Condition?.Outcome).toBe('True')
    expect([...steps.keys()].filter(n => !steps.get(n)?.SelectiveExecutionResult)).toEqual([
      'Abalone-MSECheck'
    ])
    expect(steps.has('Abalone-ModelRegister-RegisterModel')).toBe(false)
  })

  it('may take its source from a Failed run whose failure lies inside the selection', async () => {
    const arn = await select(DOWNSTREAM_OF_TRAIN, run(1))
    await emu.settle()
    const steps = byName(await allSteps(sm, arn))
    expect(steps.get('Abalone-Preprocess')?.SelectiveExecutionResult?.SourcePipelineExecutionArn).toBe(run(1))
    expect(steps.get('Abalone-Train')?.StepStatus).toBe('Succeeded')
  })

  it('runs steps without upstream dependencies without a source', async () => {
    const arn = await select(['Abalone-Preprocess'])
    await emu.settle()
    const steps = await allSteps(sm, arn)
    expect(steps.map(s => [s.StepName, s.StepStatus, s.SelectiveExecutionResult])).toEqual([
      ['Abalone-Preprocess', 'Succeeded', undefined]
    ])
  })

  it('reports the immediate source when the source was itself selective', async () => {
    const first = await select(DOWNSTREAM_OF_TRAIN, run(0))
    await emu.settle()
    const second = await select(['Abalone-Evaluate'], first)
    const steps = byName(await allSteps(sm, second))
    expect(steps.get('Abalone-Preprocess')?.SelectiveExecutionResult?.SourcePipelineExecutionArn).toBe(first)
    expect(steps.get('Abalone-Train')?.SelectiveExecutionResult?.SourcePipelineExecutionArn).toBe(first)
  })

  it('accepts a source that ran an older version of the pipeline', async () => {
    const def = JSON.parse(corpusText(ABALONE))
    await sm.send(new UpdatePipelineCommand({ PipelineName: P, PipelineDefinition: JSON.stringify(def) }))
    await expect(select(['Abalone-Evaluate'], run(0))).resolves.toContain('/execution/')
  })
})

describe('selection rules', () => {
  it('needs a source when the selection has upstream dependencies, with the service’s exact message', async () => {
    expect(await rejection(['Abalone-Train'])).toBe(
      'Invalid SourcePipelineExecutionArn: null. The selected steps [Abalone-Train] have dependencies on [Abalone-Preprocess]'
    )
    expect(await rejection(['Abalone-Evaluate', 'Abalone-MSECheck'])).toBe(
      'Invalid SourcePipelineExecutionArn: null. The selected steps [Abalone-Evaluate] have dependencies on [Abalone-Preprocess, Abalone-Train]'
    )
  })

  it('names steps that are not in the pipeline', async () => {
    const message = await rejection(['Abalone-Trian'], run(0))
    expect(message).toContain("'Abalone-Trian'")
    expect(message).toContain('did you mean "Abalone-Train"')
  })

  it('requires every step on a path between two selected steps (path-convexity)', async () => {
    const message = await rejection(['Abalone-Train', 'Abalone-MSECheck'], run(0))
    expect(message).toContain('[Abalone-Evaluate] lies between selected steps')
  })

  it('refuses a branch step selected without its Condition, naming both', async () => {
    const message = await rejection(['Abalone-ModelRegister-RegisterModel'], run(0))
    expect(message).toContain("step 'Abalone-ModelRegister-RegisterModel'")
    expect(message).toContain("Condition step 'Abalone-MSECheck'")
  })

  it('refuses unconnected selections unless requireConnected is off', async () => {
    const twinRun = seededExecutionArn(TWIN, 0)
    const message = await rejection(
      ['falcon-text-summarization-preprocess', 'calhousing-Preprocessing'],
      twinRun,
      TWIN
    )
    expect(message).toContain('must be connected')
    const lax = await startEmulator({ clock: 'manual', requireConnected: false })
    try {
      const c = client(lax.url)
      lax.seed({
        pipelines: [{ name: TWIN, definition: corpusText('dynamic-framework-two-models-dependson.json') }]
      })
      const out = await c.send(
        new StartPipelineExecutionCommand({
          PipelineName: TWIN,
          ClientRequestToken: token(),
          SelectiveExecutionConfig: {
            SelectedSteps: [
              { StepName: 'falcon-text-summarization-preprocess' },
              { StepName: 'calhousing-Preprocessing' }
            ]
          }
        })
      )
      expect(out.PipelineExecutionArn).toContain('/execution/')
    } finally {
      await lax.close()
    }
  })

  it('takes its source only from a Succeeded or Failed run of the same pipeline', async () => {
    expect(await rejection(['Abalone-Train'], run(3))).toContain('status Stopped')
    expect(await rejection(['Abalone-Train'], run(4))).toContain('status Executing')
    expect(await rejection(['Abalone-Train'], seededExecutionArn(TWIN, 0))).toContain(
      `is not an execution of pipeline '${P}'`
    )
    const unknown = await thrown(() => select(['Abalone-Train'], `${run(0).slice(0, -12)}zzzzzzzzzzzz`))
    expect(unknown.name).toBe('ResourceNotFound')
  })

  it('needs every non-selected ancestor to have succeeded in the source', async () => {
    expect(await rejection(['Abalone-Train'], run(2))).toContain('[Abalone-Preprocess (Failed)]')
    expect(await rejection(['Abalone-Evaluate'], run(5))).toContain('[Abalone-Train (not run)]')
  })

  it('refuses a step named twice', async () => {
    expect(await rejection(['Abalone-Train', 'Abalone-Train'], run(0))).toContain('more than once')
  })

  it('holds 1 to 50 steps', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `S${i}`)
    expect(await rejection(many, run(0))).toContain('Member must have length less than or equal to 50')
    expect(await rejection([], run(0))).toContain('Member must have length greater than or equal to 1')
  })
})
