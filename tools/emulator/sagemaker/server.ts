/**
 * A local SageMaker Pipelines endpoint for tests, the demo and the bench: the unmodified
 * `@aws-sdk/client-sagemaker` talks to it over HTTP on loopback (awsJson1_1, `X-Amz-Target:
 * SageMaker.<Op>`), executions run in virtual time, and a test (or another process through the
 * `/_emulator/` paths) can seed a history, script what steps do, inject faults and move the clock.
 * See docs/emulator.md for what it models and the choices taken where the service is unverified.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorMessage } from '../../../src/errors.js'
import { VirtualClock } from './clock.js'
import * as executions from './executions.js'
import { FaultInjector, type Faults } from './faults.js'
import { ServiceFaults } from './service-faults.js'
import * as pipelines from './pipelines.js'
import { AwsError, internalFailure, requestId, serializationError, unknownOperation } from './protocol.js'
import { normalizeScenario, type Scenario } from './scenario.js'
import { applySeed, type SeedDocument, type SeedResult } from './seed.js'
import { OPERATIONS, validateRequest } from './shapes.js'
import { simulate } from './simulation.js'
import { startPipelineExecution } from './start.js'
import { EmulatorState, type EmulatorConfig, type ReusedSourceArn } from './state.js'

export type { Faults } from './faults.js'
export type { ConcurrentUpsert, RejectSelectiveStarts } from './service-faults.js'
export { selectiveRefusal } from './service-faults.js'
export type { ReusedSourceArn } from './state.js'
export type { Scenario, StepFailure, StepOutputs } from './scenario.js'
export type { SeedDocument, SeedExecution, SeedPipeline, SeedResult, SeedStep } from './seed.js'
export { seededExecutionArn, seededExecutionId } from './seed.js'

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  host?: '127.0.0.1'
  seed?: SeedDocument
  /** Virtual seconds per wall second with the wall clock (default 60). */
  timeScale?: number
  region?: string
  account?: string
  /** `manual`: virtual time moves only through advance() / settle(). */
  clock?: 'wall' | 'manual'
  /** Refuse selections that are not weakly connected (default true, the conservative reading of §1.1). */
  requireConnected?: boolean
  /** Executing runs allowed at once before StartPipelineExecution answers ResourceLimitExceeded (default 20). */
  maxConcurrentExecutions?: number
  /**
   * The ARN a reused entry shows for a step that was itself reused in the source ([U] survey §1.6):
   * `'reference'` (default) the source execution named in the start; `'producer'` the execution
   * that actually ran the step.
   */
  reusedSourceArn?: ReusedSourceArn
}

/** The options that can change while the emulator runs (`configure`); each applies to requests made afterwards. */
export type RuntimeOptions = Partial<
  Pick<EmulatorConfig, 'requireConnected' | 'maxConcurrentExecutions' | 'reusedSourceArn'>
>

export interface Emulator {
  url: string
  close(): Promise<void>
  /** Requests per operation, failed and faulted ones included. */
  calls(): Record<string, number>
  resetCalls(): void
  /** Sets the faults given (others stay as they are); answers the faults in force. */
  setFaults(faults: Faults): Record<string, unknown>
  /** Changes requireConnected, maxConcurrentExecutions or reusedSourceArn; answers them all. */
  configure(options: RuntimeOptions): Required<RuntimeOptions>
  /** Applies to executions started (or retried) after the call. */
  setScenario(pipeline: string, scenario: Scenario): void
  /** Moves virtual time forward by `ms` milliseconds. */
  advance(ms: number): void
  /** Moves virtual time to the moment every execution that can end has ended. */
  settle(): Promise<void>
  seed(doc: SeedDocument): SeedResult
  /** Virtual epoch milliseconds. */
  now(): number
}

type Handler = (state: EmulatorState, body: Record<string, unknown>) => Record<string, unknown>

const HANDLERS: Record<string, Handler> = {
  CreatePipeline: pipelines.createPipeline,
  UpdatePipeline: pipelines.updatePipeline,
  DescribePipeline: pipelines.describePipeline,
  DeletePipeline: pipelines.deletePipeline,
  ListPipelines: pipelines.listPipelines,
  ListPipelineVersions: pipelines.listPipelineVersions,
  UpdatePipelineVersion: pipelines.updatePipelineVersion,
  StartPipelineExecution: startPipelineExecution,
  DescribePipelineExecution: executions.describePipelineExecution,
  ListPipelineExecutions: executions.listPipelineExecutions,
  ListPipelineExecutionSteps: executions.listPipelineExecutionSteps,
  ListPipelineParametersForExecution: executions.listPipelineParametersForExecution,
  DescribePipelineDefinitionForExecution: executions.describePipelineDefinitionForExecution,
  StopPipelineExecution: executions.stopPipelineExecution,
  RetryPipelineExecution: executions.retryPipelineExecution,
  UpdatePipelineExecution: executions.updatePipelineExecution
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1'
  if (host !== '127.0.0.1')
    throw new Error(`the emulator listens on loopback only (127.0.0.1), not ${host as string}`)
  const clock = new VirtualClock(options.clock ?? 'wall', options.timeScale ?? 60)
  const state = new EmulatorState(
    {
      region: options.region ?? 'us-east-1',
      account: options.account ?? '123456789012',
      requireConnected: true,
      maxConcurrentExecutions: 20,
      reusedSourceArn: 'reference'
    },
    clock,
    simulate
  )
  applyOptions(state.config, options)
  const faults = new FaultInjector()
  const serviceFaults = new ServiceFaults(state)
  const counts = new Map<string, number>()
  const setFaults = (f: Faults): Record<string, unknown> => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) throw new Error('faults must be an object')
    new FaultInjector().set(f) // checks the wire faults first, so that a bad value applies nothing
    serviceFaults.set(f)
    faults.set(f)
    return { ...faults.current(), ...serviceFaults.current() }
  }

  const emulator = {
    calls: () => Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1))),
    resetCalls: () => counts.clear(),
    setFaults,
    configure: (o: RuntimeOptions) => {
      applyOptions(state.config, o)
      const { requireConnected, maxConcurrentExecutions, reusedSourceArn } = state.config
      return { requireConnected, maxConcurrentExecutions, reusedSourceArn }
    },
    setScenario: (pipeline: string, scenario: Scenario) => {
      const target = state.pipeline(pipeline)
      const steps = target.versions.flatMap(v => [...v.graph.steps.keys()])
      target.scenario = normalizeScenario(scenario, `scenario of ${pipeline}`, steps)
    },
    advance: (ms: number) => clock.advance(ms),
    settle: () => Promise.resolve(clock.advanceTo(settleTime(state))),
    seed: (doc: SeedDocument) => {
      const result = applySeed(state, doc)
      if (doc.faults !== undefined) setFaults(doc.faults)
      return result
    },
    now: () => clock.now()
  }
  if (options.seed) emulator.seed(options.seed)

  const server = createServer((req, res) => {
    void handle(req, res).catch(error => {
      if (!res.headersSent) send(res, 500, { __type: 'InternalFailure', message: errorMessage(error) })
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req)
    const path = (req.url ?? '/').split('?')[0]!
    if (path.startsWith('/_emulator/'))
      return control(req.method ?? 'GET', path.slice('/_emulator/'.length), text, res)
    const target = String(req.headers['x-amz-target'] ?? '')
    const operation = target.startsWith('SageMaker.') ? target.slice('SageMaker.'.length) : target || '(none)'
    counts.set(operation, (counts.get(operation) ?? 0) + 1)
    if (faults.latencyMs > 0) await new Promise(resolve => setTimeout(resolve, faults.latencyMs))
    try {
      const fault = faults.draw()
      if (fault) throw fault
      if (req.method !== 'POST' || path !== '/' || !HANDLERS[operation] || !OPERATIONS[operation])
        throw unknownOperation(target)
      let body: unknown
      try {
        body = text.trim() === '' ? {} : JSON.parse(text)
      } catch {
        throw serializationError('The request body is not valid JSON.')
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw serializationError('The request body must be a JSON object.')
      validateRequest(operation, body)
      const request = body as Record<string, unknown>
      serviceFaults.before(operation, request)
      const answer = HANDLERS[operation](state, request)
      serviceFaults.after(operation, request)
      send(res, 200, answer)
    } catch (error) {
      const aws =
        error instanceof AwsError ? error : internalFailure(`The emulator failed: ${errorMessage(error)}`)
      send(res, aws.status, aws.body(), aws.code)
    }
  }

  function control(method: string, action: string, text: string, res: ServerResponse): void {
    try {
      const body = text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>)
      const route = `${method} ${action}`
      switch (route) {
        case 'GET calls':
          return send(res, 200, emulator.calls())
        case 'POST reset-calls':
          emulator.resetCalls()
          return send(res, 200, {})
        case 'POST faults':
          return send(res, 200, setFaults(body))
        case 'POST config':
          return send(res, 200, emulator.configure(body))
        case 'GET config':
          return send(res, 200, emulator.configure({}))
        case 'POST scenario':
          emulator.setScenario(String(body.pipeline), body.scenario as Scenario)
          return send(res, 200, {})
        case 'POST seed':
          return send(res, 200, emulator.seed(body as unknown as SeedDocument))
        case 'POST advance':
          clock.advance(typeof body.seconds === 'number' ? body.seconds * 1000 : Number(body.ms))
          return send(res, 200, { now: clock.now() / 1000 })
        case 'POST settle':
          clock.advanceTo(settleTime(state))
          return send(res, 200, { now: clock.now() / 1000 })
        case 'GET clock':
          return send(res, 200, { now: clock.now() / 1000 })
        default:
          return send(res, 404, { message: `unknown control path ${route}; see docs/emulator.md` })
      }
    } catch (error) {
      send(res, 400, { message: errorMessage(error) })
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    ...emulator,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}

/** Checks the runtime options given, then applies them; throws naming the option on a bad value, applying none. */
function applyOptions(config: EmulatorConfig, options: RuntimeOptions): void {
  const next = { ...config }
  if (options.requireConnected !== undefined) {
    if (typeof options.requireConnected !== 'boolean')
      throw new Error(
        `requireConnected must be true or false, got ${JSON.stringify(options.requireConnected)}`
      )
    next.requireConnected = options.requireConnected
  }
  if (options.maxConcurrentExecutions !== undefined) {
    const n = options.maxConcurrentExecutions
    if (!(Number.isInteger(n) && n >= 1))
      throw new Error(`maxConcurrentExecutions must be a whole number from 1, got ${JSON.stringify(n)}`)
    next.maxConcurrentExecutions = n
  }
  if (options.reusedSourceArn !== undefined) {
    if (options.reusedSourceArn !== 'reference' && options.reusedSourceArn !== 'producer')
      throw new Error(
        `reusedSourceArn must be 'reference' or 'producer', got ${JSON.stringify(options.reusedSourceArn)}`
      )
    next.reusedSourceArn = options.reusedSourceArn
  }
  Object.assign(config, next)
}

/** The latest end of any execution that will end on its own (held seeded runs never do). */
function settleTime(state: EmulatorState): number {
  let latest = state.clock.now()
  for (const execution of state.executions.values()) {
    if (state.snapshot(execution).endedAt !== undefined) continue
    const final = state.simulate(execution, Infinity)
    if (final.endedAt !== undefined) latest = Math.max(latest, final.endedAt)
  }
  return latest
}

function send(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  const payload = JSON.stringify(body)
  const headers: Record<string, string | number> = {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(payload),
    'x-amzn-requestid': requestId()
  }
  if (errorType) headers['x-amzn-errortype'] = errorType
  res.writeHead(status, headers)
  res.end(payload)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
