import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  ListPipelineExecutionsCommand,
  ListPipelineParametersForExecutionCommand,
  RetryPipelineExecutionCommand,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  UpdatePipelineCommand,
  UpdatePipelineExecutionCommand,
  type SageMakerClient
} from '@aws-sdk/client-sagemaker'
import { startEmulator, type Emulator } from '../../../../tools/emulator/sagemaker/server.js'
import {
  ABALONE,
  allSteps,
  byName,
  client,
  corpusText,
  createPipeline,
  thrown,
  token
} from '../../../../__fixtures__/emulator/sagemaker.js'

const MSE = (value: number) => ({
  outputs: {
    'Abalone-Evaluate': { propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value } } } } }
  }
})

let emu: Emulator
let sm: SageMakerClient
let pipelines = 0
let name: string

beforeAll(async () => {
  emu = await startEmulator({ clock: 'manual', maxConcurrentExecutions: 5 })
  sm = client(emu.url)
})
afterAll(async () => emu.close())

beforeEach(async () => {
  await emu.settle()
  name = `Abalone-${++pipelines}`
  await createPipeline(sm, name, corpusText(ABALONE))
  emu.setScenario(name, MSE(4.2))
})

async function start(extra: Record<string, unknown> = {}): Promise<string> {
  const out = await sm.send(
    new StartPipelineExecutionCommand({ PipelineName: name, ClientRequestToken: token(), ...extra })
  )
  return out.PipelineExecutionArn!
}

async function describe_(arn: string) {
  return sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }))
}

describe('a full run of the Abalone pipeline', () => {
  it('runs every step in dependency order and takes the If branch when the MSE is under the threshold', async () => {
    const arn = await start()
    expect(arn).toMatch(
      new RegExp(`^arn:aws:sagemaker:us-east-1:123456789012:pipeline/${name}/execution/[a-z0-9]{12}$`)
    )
    const started = await describe_(arn)
    expect(started.PipelineExecutionStatus).toBe('Executing')
    expect(started.PipelineExecutionDisplayName).toBe(`execution-${started.CreationTime!.getTime()}`)
    const early = await allSteps(sm, arn)
    expect(early.map(s => [s.StepName, s.StepStatus])).toEqual([['Abalone-Preprocess', 'Starting']])

    emu.advance(301_000)
    const later = byName(await allSteps(sm, arn))
    expect(later.get('Abalone-Preprocess')?.StepStatus).toBe('Succeeded')
    expect(later.get('Abalone-Train')?.StepStatus).toBe('Starting')

    await emu.settle()
    const done = await describe_(arn)
    expect(done.PipelineExecutionStatus).toBe('Succeeded')
    expect(done.FailureReason).toBeUndefined()
    const steps = await allSteps(sm, arn)
    expect(steps.map(s => s.StepName)).toEqual([
      'Abalone-CreateModel-CreateModel',
      'Abalone-ModelRegister-RegisterModel',
      'Abalone-MSECheck',
      'Abalone-Evaluate',
      'Abalone-Train',
      'Abalone-Preprocess'
    ])
    const s = byName(steps)
    expect(s.get('Abalone-MSECheck')?.Metadata?.Condition?.Outcome).toBe('True')
    expect(s.get('Abalone-Train')?.Metadata?.TrainingJob?.Arn).toMatch(
      /:training-job\/pipelines-[a-z0-9]{12}-abalone-train-/
    )
    expect(s.get('Abalone-Preprocess')?.Metadata?.ProcessingJob?.Arn).toContain(':processing-job/')
    expect(s.get('Abalone-ModelRegister-RegisterModel')?.Metadata?.RegisterModel?.Arn).toContain(
      ':model-package/'
    )
    expect(s.get('Abalone-CreateModel-CreateModel')?.Metadata?.Model?.Arn).toContain(':model/')
    // Processing 300 s, then Training 900 s: each starts when its parent ends.
    const train = s.get('Abalone-Train')!
    expect(train.StartTime!.getTime()).toBe(s.get('Abalone-Preprocess')!.EndTime!.getTime())
    expect(train.EndTime!.getTime() - train.StartTime!.getTime()).toBe(900_000)
    expect(s.has('Abalone-FailNotify')).toBe(false)
  })

  it('takes the Else branch to the Fail step when MseThreshold is lowered, and fails with its rendered message', async () => {
    const arn = await start({ PipelineParameters: [{ Name: 'MseThreshold', Value: '3' }] })
    await emu.settle()
    const done = await describe_(arn)
    expect(done.PipelineExecutionStatus).toBe('Failed')
    expect(done.FailureReason).toContain('Step failure: One or multiple steps failed')
    const s = byName(await allSteps(sm, arn))
    expect(s.get('Abalone-MSECheck')?.Metadata?.Condition?.Outcome).toBe('False')
    const fail = s.get('Abalone-FailNotify')!
    expect(fail.StepStatus).toBe('Failed')
    expect(fail.FailureReason).toBe('Execution failed due to MSE > 3.0')
    expect(fail.Metadata?.Fail?.ErrorMessage).toBe('Execution failed due to MSE > 3.0')
    expect(s.has('Abalone-ModelRegister-RegisterModel')).toBe(false)
    const list = await sm.send(new ListPipelineExecutionsCommand({ PipelineName: name }))
    expect(list.PipelineExecutionSummaries?.[0]?.PipelineExecutionFailureReason).toContain('Step failure')
    // A run that ended in a Fail step cannot be retried (reference §1.6).
    const error = await thrown(() =>
      sm.send(new RetryPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token() }))
    )
    expect(error.name).toBe('ValidationException')
    expect(error.message).toContain('Fail step')
  })

  it('fails the Condition with a clear reason when nothing supplies its operand, unless conditionOutcomes decides', async () => {
    emu.setScenario(name, {})
    const arn = await start()
    await emu.settle()
    const cond = byName(await allSteps(sm, arn)).get('Abalone-MSECheck')!
    expect(cond.StepStatus).toBe('Failed')
    expect(cond.FailureReason).toContain('Steps.Abalone-Evaluate.PropertyFiles.EvaluationReport')
    expect(cond.FailureReason).toContain('conditionOutcomes')

    emu.setScenario(name, { conditionOutcomes: { 'Abalone-MSECheck': false } })
    const decided = await start()
    await emu.settle()
    expect((await describe_(decided)).PipelineExecutionStatus).toBe('Failed')
    expect(byName(await allSteps(sm, decided)).get('Abalone-FailNotify')?.StepStatus).toBe('Failed')
  })

  it('measures simulated against wall time with the wall clock', async () => {
    const fast = await startEmulator({ timeScale: 3000 })
    try {
      const c = client(fast.url)
      await createPipeline(c, 'Timed', corpusText(ABALONE))
      fast.setScenario('Timed', MSE(1))
      const wallStart = Date.now()
      const { PipelineExecutionArn: arn } = await c.send(
        new StartPipelineExecutionCommand({ PipelineName: 'Timed', ClientRequestToken: token() })
      )
      let status: string | undefined
      while (status === undefined || status === 'Executing') {
        await new Promise(resolve => setTimeout(resolve, 20))
        status = (await c.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn })))
          .PipelineExecutionStatus
      }
      const wall = (Date.now() - wallStart) / 1000
      const steps = await allSteps(c, arn!)
      const simulated =
        (Math.max(...steps.map(s => s.EndTime!.getTime())) -
          Math.min(...steps.map(s => s.StartTime!.getTime()))) /
        1000
      expect(status).toBe('Succeeded')
      expect(simulated).toBe(1561)
      expect(wall).toBeLessThan(5)
      console.log(`Abalone full run: ${simulated} s simulated in ${wall.toFixed(2)} s wall (timeScale 3000)`)
    } finally {
      await fast.close()
    }
  })
})

describe('parameters', () => {
  it('lists every declared parameter with its effective value as a string', async () => {
    const arn = await start({ PipelineParameters: [{ Name: 'XGBMaxDepth', Value: '8' }] })
    const out = await sm.send(
      new ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn, MaxResults: 100 })
    )
    const values = Object.fromEntries(out.PipelineParameters!.map(p => [p.Name, p.Value]))
    expect(Object.keys(values)).toHaveLength(14)
    expect(values.XGBMaxDepth).toBe('8')
    expect(values.MseThreshold).toBe('6.0')
    expect(values.ProcessingInstanceCount).toBe('1')
  })

  it('refuses undeclared names, values of the wrong type and parameters left without a value', async () => {
    const undeclared = await thrown(() =>
      start({ PipelineParameters: [{ Name: 'MseTreshold', Value: '1' }] })
    )
    expect(undeclared.name).toBe('ValidationException')
    expect(undeclared.message).toContain("'MseTreshold'")
    expect(undeclared.message).toContain('did you mean "MseThreshold"')
    const typed = await thrown(() => start({ PipelineParameters: [{ Name: 'XGBMaxDepth', Value: 'deep' }] }))
    expect(typed.message).toContain('not an integer')

    const bare = `Bare-${pipelines}`
    await createPipeline(sm, bare, corpusText('aws-examples-scheduled-batch-transform-single-step.json'))
    const missing = await thrown(() =>
      sm.send(new StartPipelineExecutionCommand({ PipelineName: bare, ClientRequestToken: token() }))
    )
    expect(missing.message).toContain('[ModelName, TestData] have no default value')
  })
})

describe('idempotency and limits', () => {
  it('returns the same execution for the same token and request, and a ConflictException for a different request', async () => {
    const t = token()
    const first = await start({ ClientRequestToken: t, PipelineExecutionDisplayName: 'pr-1' })
    const again = await start({ ClientRequestToken: t, PipelineExecutionDisplayName: 'pr-1' })
    expect(again).toBe(first)
    const list = await sm.send(new ListPipelineExecutionsCommand({ PipelineName: name }))
    expect(list.PipelineExecutionSummaries).toHaveLength(1)
    const error = await thrown(() => start({ ClientRequestToken: t, PipelineExecutionDisplayName: 'pr-2' }))
    expect(error.name).toBe('ConflictException')
    expect(error.$metadata?.httpStatusCode).toBe(400)
  })

  it('works with the token the SDK fills in when none is given', async () => {
    const out = await sm.send(new StartPipelineExecutionCommand({ PipelineName: name }))
    expect(out.PipelineExecutionArn).toContain('/execution/')
  })

  it('answers ResourceLimitExceeded past the concurrent-execution limit', async () => {
    for (let i = 0; i < 5; i++) await start()
    const error = await thrown(() => start())
    expect(error.name).toBe('ResourceLimitExceeded')
    await emu.settle()
    await expect(start()).resolves.toContain('/execution/')
  })
})

describe('stop, retry, update', () => {
  it('stops a run: Stopping while the running step winds down, then Stopped; nothing else starts', async () => {
    const arn = await start()
    emu.advance(400_000)
    await sm.send(
      new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token() })
    )
    expect((await describe_(arn)).PipelineExecutionStatus).toBe('Stopping')
    expect(byName(await allSteps(sm, arn)).get('Abalone-Train')?.StepStatus).toBe('Stopping')
    await emu.settle()
    expect((await describe_(arn)).PipelineExecutionStatus).toBe('Stopped')
    const steps = await allSteps(sm, arn)
    expect(steps.map(s => [s.StepName, s.StepStatus])).toEqual([
      ['Abalone-Train', 'Stopped'],
      ['Abalone-Preprocess', 'Succeeded']
    ])
    const again = await thrown(() =>
      sm.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token() }))
    )
    expect(again.name).toBe('ValidationException')
  })

  it('retries the failed steps of a failed run, with the scenario in force at the retry', async () => {
    emu.setScenario(name, { ...MSE(4.2), failures: { 'Abalone-Train': 'AlgorithmError: out of memory' } })
    const arn = await start()
    await emu.settle()
    expect((await describe_(arn)).PipelineExecutionStatus).toBe('Failed')
    const failed = byName(await allSteps(sm, arn)).get('Abalone-Train')!
    expect(failed.StepStatus).toBe('Failed')
    expect(failed.FailureReason).toBe('AlgorithmError: out of memory')
    expect(byName(await allSteps(sm, arn)).has('Abalone-Evaluate')).toBe(false)

    emu.setScenario(name, MSE(4.2))
    const t = token()
    await sm.send(new RetryPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: t }))
    await sm.send(new RetryPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: t }))
    expect((await describe_(arn)).PipelineExecutionStatus).toBe('Executing')
    await emu.settle()
    expect((await describe_(arn)).PipelineExecutionStatus).toBe('Succeeded')
    const steps = byName(await allSteps(sm, arn))
    expect(steps.get('Abalone-Train')?.AttemptCount).toBe(2)
    expect(steps.get('Abalone-Preprocess')?.AttemptCount).toBe(1)
    expect(steps.get('Abalone-MSECheck')?.Metadata?.Condition?.Outcome).toBe('True')
  })

  it('fails a step only on the attempts the scenario names', async () => {
    emu.setScenario(name, { ...MSE(4.2), failures: { 'Abalone-Evaluate': { reason: 'flaky', attempts: 1 } } })
    const arn = await start()
    await emu.settle()
    expect((await describe_(arn)).PipelineExecutionStatus).toBe('Failed')
    await sm.send(
      new RetryPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token() })
    )
    await emu.settle()
    expect((await describe_(arn)).PipelineExecutionStatus).toBe('Succeeded')
  })

  it('refuses to retry a run that did not fail', async () => {
    const arn = await start()
    const error = await thrown(() =>
      sm.send(new RetryPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token() }))
    )
    expect(error.name).toBe('ValidationException')
    expect(error.message).toContain('status Executing')
  })

  it('updates display name, description and parallelism of a run', async () => {
    const arn = await start({ ParallelismConfiguration: { MaxParallelExecutionSteps: 1 } })
    expect((await describe_(arn)).ParallelismConfiguration?.MaxParallelExecutionSteps).toBe(1)
    await sm.send(
      new UpdatePipelineExecutionCommand({
        PipelineExecutionArn: arn,
        PipelineExecutionDisplayName: 'renamed',
        PipelineExecutionDescription: 'sha=abc',
        ParallelismConfiguration: { MaxParallelExecutionSteps: 4 }
      })
    )
    const d = await describe_(arn)
    expect([d.PipelineExecutionDisplayName, d.PipelineExecutionDescription]).toEqual(['renamed', 'sha=abc'])
    expect(d.ParallelismConfiguration?.MaxParallelExecutionSteps).toBe(4)
  })

  it('shows an updated description and display name in the ListPipelineExecutions summaries, one field at a time', async () => {
    const arn = await start({ PipelineExecutionDisplayName: 'pr-7', PipelineExecutionDescription: 'planned' })
    const other = await start({ PipelineExecutionDescription: 'untouched' })
    const summary = async (of: string) =>
      (
        await sm.send(new ListPipelineExecutionsCommand({ PipelineName: name }))
      ).PipelineExecutionSummaries!.find(s => s.PipelineExecutionArn === of)!
    await sm.send(
      new UpdatePipelineExecutionCommand({
        PipelineExecutionArn: arn,
        PipelineExecutionDescription: 'sha=def'
      })
    )
    expect(await summary(arn)).toMatchObject({
      PipelineExecutionDisplayName: 'pr-7',
      PipelineExecutionDescription: 'sha=def'
    })
    await sm.send(
      new UpdatePipelineExecutionCommand({
        PipelineExecutionArn: arn,
        PipelineExecutionDisplayName: 'pr-7-b'
      })
    )
    expect(await summary(arn)).toMatchObject({
      PipelineExecutionDisplayName: 'pr-7-b',
      PipelineExecutionDescription: 'sha=def'
    })
    expect((await summary(other)).PipelineExecutionDescription).toBe('untouched')
    const d = await describe_(arn)
    expect([d.PipelineExecutionDisplayName, d.PipelineExecutionDescription]).toEqual(['pr-7-b', 'sha=def'])
    const unknown = await thrown(() =>
      sm.send(
        new UpdatePipelineExecutionCommand({
          PipelineExecutionArn: `${arn.slice(0, -12)}zzzzzzzzzzzz`,
          PipelineExecutionDescription: 'x'
        })
      )
    )
    expect(unknown.name).toBe('ResourceNotFound')
  })

  it('respects MaxParallelExecutionSteps', async () => {
    const def = JSON.parse(corpusText('dynamic-framework-two-models-dependson.json'))
    const twin = `Twin-${pipelines}`
    await createPipeline(sm, twin, JSON.stringify(def))
    const run = async (max?: number) => {
      const { PipelineExecutionArn: arn } = await sm.send(
        new StartPipelineExecutionCommand({
          PipelineName: twin,
          ClientRequestToken: token(),
          ...(max ? { ParallelismConfiguration: { MaxParallelExecutionSteps: max } } : {})
        })
      )
      emu.advance(1000)
      return (await allSteps(sm, arn!)).filter(s => s.StepStatus !== 'Succeeded').length
    }
    expect(await run()).toBe(2)
    await emu.settle()
    expect(await run(1)).toBe(1)
  })
})

describe('versions', () => {
  it('runs the latest version by default, or the one asked for, and reports the definition it ran', async () => {
    const def = JSON.parse(corpusText(ABALONE))
    def.Parameters.find((p: { Name: string }) => p.Name === 'XGBMaxDepth').DefaultValue = 9
    const updated = await sm.send(
      new UpdatePipelineCommand({ PipelineName: name, PipelineDefinition: JSON.stringify(def) })
    )
    expect(updated.PipelineVersionId).toBe(2)
    const latest = await start()
    const first = await start({ PipelineVersionId: 1 })
    expect((await describe_(latest)).PipelineVersionId).toBe(2)
    expect((await describe_(first)).PipelineVersionId).toBe(1)
    const ran = await sm.send(
      new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: first })
    )
    expect(ran.PipelineDefinition).toBe(corpusText(ABALONE))
    const params = await sm.send(
      new ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: latest, MaxResults: 100 })
    )
    expect(params.PipelineParameters?.find(p => p.Name === 'XGBMaxDepth')?.Value).toBe('9')
    const missing = await thrown(() => start({ PipelineVersionId: 7 }))
    expect(missing.name).toBe('ResourceNotFound')
  })
})

describe('condition evaluation', () => {
  const definition = {
    Version: '2020-12-01',
    Parameters: [
      { Name: 'Mode', Type: 'String', DefaultValue: 'fast' },
      { Name: 'Depth', Type: 'Integer', DefaultValue: 3 },
      { Name: 'Strict', Type: 'Boolean', DefaultValue: false }
    ],
    Steps: [
      { Name: 'Train', Type: 'Training', Arguments: {} },
      {
        Name: 'Check',
        Type: 'Condition',
        Arguments: {
          Conditions: [
            { Type: 'In', QueryValue: { Get: 'Parameters.Mode' }, Values: ['fast', 'slow'] },
            {
              Type: 'Not',
              Expression: { Type: 'Equals', LeftValue: { Get: 'Parameters.Strict' }, RightValue: true }
            },
            {
              Type: 'Or',
              Conditions: [
                { Type: 'GreaterThan', LeftValue: { Get: 'Parameters.Depth' }, RightValue: 5 },
                {
                  Type: 'Equals',
                  LeftValue: { Get: "Steps.Train.FinalMetricDataList['val:acc'].Value" },
                  RightValue: 0.9
                }
              ]
            }
          ],
          IfSteps: [{ Name: 'Ship', Type: 'Model', Arguments: {} }],
          ElseSteps: [
            {
              Name: 'Stop',
              Type: 'Fail',
              Arguments: {
                ErrorMessage: {
                  'Std:Join': {
                    On: ' ',
                    Values: [
                      'depth',
                      { Get: 'Parameters.Depth' },
                      'strict',
                      { Get: 'Parameters.Strict' },
                      'outcome',
                      { Get: 'Steps.Check.Outcome' }
                    ]
                  }
                }
              }
            }
          ]
        }
      }
    ]
  }
  const accuracy = (value: number) => ({
    outputs: { Train: { properties: { "FinalMetricDataList['val:acc'].Value": value } } }
  })

  beforeEach(async () => {
    name = `Exprs-${pipelines}`
    await createPipeline(sm, name, JSON.stringify(definition))
  })

  it('evaluates In, Not, Or, Equals and GreaterThan over typed parameters and step properties', async () => {
    emu.setScenario(name, accuracy(0.9))
    const ship = await start()
    await emu.settle()
    expect(byName(await allSteps(sm, ship)).get('Check')?.Metadata?.Condition?.Outcome).toBe('True')

    emu.setScenario(name, accuracy(0.5))
    const deep = await start({ PipelineParameters: [{ Name: 'Depth', Value: '7' }] })
    const strict = await start({ PipelineParameters: [{ Name: 'Strict', Value: 'True' }] })
    const other = await start({ PipelineParameters: [{ Name: 'Mode', Value: 'careful' }] })
    await emu.settle()
    expect(byName(await allSteps(sm, deep)).get('Ship')?.StepStatus).toBe('Succeeded')
    const stop = byName(await allSteps(sm, strict)).get('Stop')!
    expect(stop.FailureReason).toBe('depth 3 strict true outcome false')
    expect(byName(await allSteps(sm, other)).get('Check')?.Metadata?.Condition?.Outcome).toBe('False')
  })

  it('fails the Condition when a step property it needs is not in the scenario', async () => {
    emu.setScenario(name, {})
    const arn = await start()
    await emu.settle()
    const check = byName(await allSteps(sm, arn)).get('Check')!
    expect(check.StepStatus).toBe('Failed')
    expect(check.FailureReason).toContain('no property "FinalMetricDataList[\'val:acc\'].Value"')
  })

  it('reads Std:JsonGet over an S3Uri from the producing step’s property files', async () => {
    name = `Idea-${pipelines}`
    await createPipeline(sm, name, corpusText('idea-to-production-step-decorator-describe.json'))
    const auc = (value: number) => ({
      outputs: {
        'from-idea-to-prod-evaluate': {
          propertyFiles: {
            'results.json': {
              Result: { evaluation_result: { classification_metrics: { auc_score: { value } } } }
            }
          }
        }
      }
    })
    emu.setScenario(name, auc(0.8))
    const good = await start()
    emu.setScenario(name, auc(0.6))
    const poor = await start()
    await emu.settle()
    expect((await describe_(good)).PipelineExecutionStatus).toBe('Succeeded')
    expect(byName(await allSteps(sm, poor)).get('from-idea-to-prod-fail')?.StepStatus).toBe('Failed')
  })
})
