import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribePipelineCommand,
  ListPipelineExecutionsCommand,
  ListPipelinesCommand,
  StartPipelineExecutionCommand,
  type SageMakerClient
} from '@aws-sdk/client-sagemaker'
import { startEmulator, type Emulator } from '../../../../tools/emulator/sagemaker/server.js'
import {
  ABALONE,
  client,
  corpusText,
  createPipeline,
  thrown,
  token
} from '../../../../__fixtures__/emulator/sagemaker.js'

let emu: Emulator
let sm: SageMakerClient

beforeAll(async () => {
  emu = await startEmulator({ clock: 'manual' })
  sm = client(emu.url)
  await createPipeline(sm, 'Abalone', corpusText(ABALONE))
})
afterAll(async () => emu.close())
beforeEach(() => {
  emu.setFaults({ throttleRate: 0, serverErrors: 0, latencyMs: 0, randomSeed: 1 })
  emu.resetCalls()
})

async function raw(target: string | undefined, body: unknown, path = '/') {
  const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1' }
  if (target) headers['x-amz-target'] = target
  const res = await fetch(`${emu.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> }
}

describe('the awsJson1_1 wire protocol', () => {
  it('answers 200 with a request id and epoch-second timestamps the SDK turns into Dates', async () => {
    const out = await sm.send(new DescribePipelineCommand({ PipelineName: 'Abalone' }))
    expect(out.$metadata.httpStatusCode).toBe(200)
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(out.CreationTime).toBeInstanceOf(Date)
    expect(Math.abs(out.CreationTime!.getTime() - emu.now())).toBeLessThan(1000)
    const wire = await raw('SageMaker.DescribePipeline', { PipelineName: 'Abalone' })
    expect(typeof wire.body.CreationTime).toBe('number')
    expect(wire.headers.get('x-amzn-requestid')).toBeTruthy()
  })

  it('accepts a pipeline ARN where the model says NameOrArn, case preserved', async () => {
    const out = await sm.send(
      new DescribePipelineCommand({
        PipelineName: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/Abalone'
      })
    )
    expect(out.PipelineArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:pipeline/Abalone')
  })

  it('shapes modeled errors with "Message" and others with "message", plus x-amzn-ErrorType', async () => {
    const missing = await raw('SageMaker.DescribePipeline', { PipelineName: 'Nope' })
    expect(missing.status).toBe(400)
    expect(missing.body).toEqual({
      __type: 'ResourceNotFound',
      Message: expect.stringContaining('pipeline/Nope')
    })
    expect(missing.headers.get('x-amzn-errortype')).toBe('ResourceNotFound')
    const invalid = await raw('SageMaker.DescribePipeline', {})
    expect(invalid.body).toEqual({
      __type: 'ValidationException',
      message:
        "1 validation error detected: Value null at 'pipelineName' failed to satisfy constraint: Member must not be null"
    })
  })

  it('turns errors into SDK exceptions named by their code, with the HTTP status', async () => {
    const error = await thrown(() => sm.send(new DescribePipelineCommand({ PipelineName: 'Nope' })))
    expect(error.name).toBe('ResourceNotFound')
    expect(error.$metadata?.httpStatusCode).toBe(400)
    expect(error.message).toContain("'arn:aws:sagemaker:us-east-1:123456789012:pipeline/Nope' does not exist")
  })

  it('answers unknown operations and unreadable bodies', async () => {
    const unknown = await raw('SageMaker.LaunchRocket', {})
    expect([unknown.status, unknown.body.__type]).toEqual([400, 'UnknownOperationException'])
    expect((await raw(undefined, {})).body.__type).toBe('UnknownOperationException')
    const garbled = await raw('SageMaker.DescribePipeline', '{not json')
    expect([garbled.status, garbled.body.__type]).toEqual([400, 'SerializationException'])
    expect(emu.calls()).toEqual({ LaunchRocket: 1, '(none)': 1, DescribePipeline: 1 })
  })
})

describe('request validation', () => {
  const start = (extra: Record<string, unknown>) =>
    thrown(() =>
      sm.send(
        new StartPipelineExecutionCommand({ PipelineName: 'Abalone', ClientRequestToken: token(), ...extra })
      )
    )

  it('checks patterns and lengths with the service’s wording', async () => {
    const error = await start({ PipelineExecutionDisplayName: 'pr_12' })
    expect(error.name).toBe('ValidationException')
    expect(error.message).toBe(
      "1 validation error detected: Value 'pr_12' at 'pipelineExecutionDisplayName' failed to satisfy constraint: " +
        'Member must satisfy regular expression pattern: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}'
    )
    expect((await start({ PipelineExecutionDisplayName: 'a'.repeat(83) })).message).toContain(
      'have length less than or equal to 82'
    )
    expect((await start({ PipelineExecutionDescription: 'x'.repeat(3073) })).message).toContain(
      'less than or equal to 3072'
    )
    expect((await start({ PipelineExecutionDescription: 'line one\nline two' })).message).toContain(
      'regular expression pattern: .*'
    )
    expect((await start({ ClientRequestToken: 'short' })).message).toContain(
      "at 'clientRequestToken' failed to satisfy constraint: Member must have length greater than or equal to 32"
    )
  })

  it('checks list sizes, nested members and enums, and counts several errors', async () => {
    const params = Array.from({ length: 201 }, (_, i) => ({ Name: `P${i}`, Value: 'v' }))
    expect((await start({ PipelineParameters: params })).message).toContain(
      "at 'pipelineParameters' failed to satisfy constraint: Member must have length less than or equal to 200"
    )
    expect((await start({ PipelineParameters: [{ Name: 'bad name', Value: 'v' }] })).message).toContain(
      "at 'pipelineParameters.1.member.name'"
    )
    const two = await start({
      PipelineExecutionDisplayName: '-x',
      ParallelismConfiguration: { MaxParallelExecutionSteps: 0 }
    })
    expect(two.message).toMatch(/^2 validation errors detected: /)
    expect(two.message).toContain("Value '0' at 'parallelismConfiguration.maxParallelExecutionSteps'")
    const order = await thrown(() =>
      sm.send(
        new ListPipelineExecutionsCommand({ PipelineName: 'Abalone', SortOrder: 'Sideways' as 'Ascending' })
      )
    )
    expect(order.message).toContain('Member must satisfy enum value set: [Ascending, Descending]')
  })

  it('bounds MaxResults to 1..100', async () => {
    for (const [max, text] of [
      [0, 'greater than or equal to 1'],
      [101, 'less than or equal to 100']
    ] as const) {
      const error = await thrown(() => sm.send(new ListPipelinesCommand({ MaxResults: max })))
      expect(error.message).toContain(
        `Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value ${text}`
      )
    }
  })
})

describe('faults', () => {
  it('throttles a seeded fraction of requests; the SDK retries get through', async () => {
    emu.setFaults({ throttleRate: 1 })
    const error = await thrown(() => sm.send(new DescribePipelineCommand({ PipelineName: 'Abalone' })))
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['ThrottlingException', 400])

    // The same seed draws the same sequence of throttled requests.
    const pattern = async () => {
      const statuses: number[] = []
      for (let i = 0; i < 20; i++)
        statuses.push((await raw('SageMaker.DescribePipeline', { PipelineName: 'Abalone' })).status)
      return statuses
    }
    emu.setFaults({ throttleRate: 0.3, randomSeed: 3 })
    const first = await pattern()
    emu.setFaults({ randomSeed: 3 })
    expect(await pattern()).toEqual(first)
    expect(first.filter(s => s === 400).length).toBeGreaterThan(0)
    expect(first.filter(s => s === 200).length).toBeGreaterThan(0)

    // The SDK's own retries get through.
    emu.setFaults({ randomSeed: 3 })
    emu.resetCalls()
    const patient = client(emu.url, 8)
    for (let i = 0; i < 2; i++) await patient.send(new DescribePipelineCommand({ PipelineName: 'Abalone' }))
    expect(emu.calls().DescribePipeline).toBeGreaterThan(2)
    expect(emu.calls().DescribePipeline).toBe(
      2 + first.slice(0, emu.calls().DescribePipeline).filter(s => s === 400).length
    )
  })

  it('answers the next N requests with 500 InternalFailure', async () => {
    emu.setFaults({ serverErrors: 2 })
    const out = await client(emu.url, 3).send(new DescribePipelineCommand({ PipelineName: 'Abalone' }))
    expect(out.$metadata.attempts).toBe(3)
    expect(emu.calls()).toEqual({ DescribePipeline: 3 })
    emu.setFaults({ serverErrors: 1 })
    const error = await thrown(() => sm.send(new DescribePipelineCommand({ PipelineName: 'Abalone' })))
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['InternalFailure', 500])
  })

  it('adds latency', async () => {
    emu.setFaults({ latencyMs: 150 })
    const before = Date.now()
    await sm.send(new DescribePipelineCommand({ PipelineName: 'Abalone' }))
    expect(Date.now() - before).toBeGreaterThanOrEqual(140)
  })
})

describe('the /_emulator/ control paths', () => {
  const control = async (method: string, action: string, body?: unknown) => {
    const res = await fetch(`${emu.url}/_emulator/${action}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }

  it('drive calls, faults, scenario, seed and the clock from another process, without being faulted themselves', async () => {
    await sm.send(new DescribePipelineCommand({ PipelineName: 'Abalone' }))
    expect((await control('GET', 'calls')).body).toEqual({ DescribePipeline: 1 })
    await control('POST', 'reset-calls')
    expect((await control('GET', 'calls')).body).toEqual({})

    expect((await control('POST', 'faults', { throttleRate: 1 })).body).toMatchObject({ throttleRate: 1 })
    expect((await control('GET', 'clock')).status).toBe(200)
    await expect(sm.send(new DescribePipelineCommand({ PipelineName: 'Abalone' }))).rejects.toThrow(
      'Rate exceeded'
    )
    await control('POST', 'faults', { throttleRate: 0 })

    const seeded = await control('POST', 'seed', {
      pipelines: [
        {
          name: 'Remote',
          definition: corpusText('cfn-userguide-minimal-training.json'),
          executions: [{ status: 'Succeeded', createdAt: '-1d' }]
        }
      ]
    })
    expect(seeded.status).toBe(200)
    expect((seeded.body.pipelines as Array<{ executions: string[] }>)[0]!.executions).toHaveLength(1)

    expect(
      (await control('POST', 'scenario', { pipeline: 'Remote', scenario: { durations: { Training1: 1 } } }))
        .status
    ).toBe(200)
    expect(
      (await control('POST', 'scenario', { pipeline: 'Remote', scenario: { durations: { Trainin1: 1 } } }))
        .body.message
    ).toContain('did you mean "Training1"')
    expect(
      (await control('POST', 'scenario', { pipeline: 'Remote', scenario: { colour: 'red' } })).body.message
    ).toContain('unknown key "colour"')

    const before = (await control('GET', 'clock')).body.now as number
    const after = (await control('POST', 'advance', { seconds: 90 })).body.now as number
    expect(after - before).toBeCloseTo(90, 3)
    expect((await control('POST', 'settle')).status).toBe(200)
    expect((await control('GET', 'nothing-here')).status).toBe(404)
  })

  it('listens on loopback only', async () => {
    expect(new URL(emu.url).hostname).toBe('127.0.0.1')
    await expect(startEmulator({ host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow('loopback only')
  })
})
