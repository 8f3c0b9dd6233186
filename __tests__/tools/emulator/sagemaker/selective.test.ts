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
import { definitionOf } from '../../../../__fixtures__/graphs.js'

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
          executions: [
            { status: 'Succeeded', createdAt: '-1d' },
            {
              status: 'Failed',
              createdAt: '-12h',
              failedStep: 'falcon-text-summarization-tuning',
              steps: { 'calhousing-Training': { status: 'Succeeded', durationSeconds: 60 } }
            }
          ]
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

  it('lists non-selected steps that are neither upstream nor downstream as reused, with the source’s status', async () => {
    const source = seededExecutionArn(TWIN, 1) // its falcon tuning step failed
    const arn = await select(['calhousing-Training'], source, TWIN)
    await emu.settle()
    const steps = byName(await allSteps(sm, arn))
    const reusedFrom = (step: string) => steps.get(step)?.SelectiveExecutionResult?.SourcePipelineExecutionArn
    expect([...steps.keys()].sort()).toEqual([
      'calhousing-Preprocessing',
      'calhousing-Training',
      'falcon-text-summarization-preprocess',
      'falcon-text-summarization-tuning'
    ])
    expect(reusedFrom('calhousing-Preprocessing')).toBe(source) // upstream
    expect(reusedFrom('falcon-text-summarization-preprocess')).toBe(source) // unrelated
    expect(steps.get('falcon-text-summarization-tuning')).toMatchObject({
      StepStatus: 'Failed',
      SelectiveExecutionResult: { SourcePipelineExecutionArn: source }
    })
    expect(reusedFrom('calhousing-Training')).toBeUndefined()
    expect(steps.has('calhousing-CreateModel-CreateModel')).toBe(false) // downstream: no entry
    expect(
      (await sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn })))
        .PipelineExecutionStatus
    ).toBe('Succeeded')
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
    expect(message).toContain(
      '[falcon-text-summarization-preprocess] and [calhousing-Preprocessing] are not connected to each other.'
    )
    emu.configure({ requireConnected: false })
    try {
      await expect(
        select(['falcon-text-summarization-preprocess', 'calhousing-Preprocessing'], twinRun, TWIN)
      ).resolves.toContain('/execution/')
    } finally {
      emu.configure({ requireConnected: true })
    }
    await emu.settle()
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

  it('holds 1 to 50 steps, on the wire and in a seeded history', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `S${i}`)
    expect(await rejection(many, run(0))).toContain('Member must have length less than or equal to 50')
    expect(await rejection([], run(0))).toContain('Member must have length greater than or equal to 1')
    const seedWith = (selectedSteps: string[]) => () =>
      emu.seed({
        pipelines: [
          {
            name: `Wide-${selectedSteps.length}`,
            definition: definitionOf(
              Array.from({ length: 60 }, (_, i) => (i === 0 ? 'W0' : `W${i}<W${i - 1}`))
            ),
            executions: [{ status: 'Succeeded', createdAt: '-1h', selective: { selectedSteps } }]
          }
        ]
      })
    const wide = Array.from({ length: 60 }, (_, i) => `W${i}`)
    expect(seedWith(wide.slice(0, 51))).toThrow(
      'Invalid SelectedSteps: between 1 and 50 steps can be selected, got 51.'
    )
    expect(seedWith([])).toThrow('got 0.')
    expect(seedWith(wide.slice(0, 50))).not.toThrow()
  })

  it('caps long lists in its messages', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `I${i}`)
    emu.seed({ pipelines: [{ name: 'Islands', definition: definitionOf(names) }] })
    const unconnected = await rejection(names, undefined, 'Islands')
    expect(unconnected).toBe(
      'Invalid SelectedSteps: the selected steps must be connected in the pipeline DAG; ' +
        '[I0] and [I1] and [I2] and 27 more groups are not connected to each other.'
    )
    const fan = ['Top', ...names.map(n => `${n}<Top`), `Bottom<${names.join(',')}`]
    emu.seed({
      pipelines: [
        {
          name: 'Fan',
          definition: definitionOf(fan),
          executions: [{ status: 'Succeeded', createdAt: '-1h' }]
        }
      ]
    })
    const between = await rejection(['Top', 'Bottom'], seededExecutionArn('Fan', 0), 'Fan')
    expect(between).toContain(`[${names.slice(0, 20).join(', ')}, … 10 more] lie between selected steps`)
  })

  it('reports every step between two selected ones, in order', async () => {
    emu.seed({
      pipelines: [
        {
          name: 'Diamond',
          definition: definitionOf(['A', 'B<A', 'C<A', 'D<B,C', 'E<D']),
          executions: [{ status: 'Succeeded', createdAt: '-1h' }]
        }
      ]
    })
    const source = seededExecutionArn('Diamond', 0)
    expect(await rejection(['A', 'E'], source, 'Diamond')).toBe(
      'Invalid SelectedSteps: all steps on all paths between two selected steps must be selected; ' +
        '[B, C, D] lie between selected steps and are not selected.'
    )
    expect(await rejection(['A', 'B', 'D'], source, 'Diamond')).toContain(
      '[C] lies between selected steps and is not selected.'
    )
    expect(await rejection(['B', 'C'], source, 'Diamond')).toContain('[B] and [C] are not connected')
    await expect(select(['B', 'D', 'E'], source, 'Diamond')).resolves.toContain('/execution/')
    await emu.settle()
  })
})
