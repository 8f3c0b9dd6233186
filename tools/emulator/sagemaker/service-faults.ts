/**
 * Trouble that comes from the service or from other users rather than from the network: another
 * job upserting the pipeline while the action is between reading it and starting a run, and a
 * service that refuses selective starts. Set through `setFaults` with the wire faults (faults.ts);
 * each is checked around the operation it concerns, never on the /_emulator/ control paths.
 */
import { isObject } from '../../../src/core/definition.js'
import { errorMessage } from '../../../src/errors.js'
import { addVersion, latestVersion, readDefinition } from './pipelines.js'
import { validationError } from './protocol.js'
import type { EmulatorState, Pipeline } from './state.js'

/**
 * Another job upserts `pipeline` with `definition` (a new version), once: right after the Nth
 * DescribePipeline of that pipeline answered since the fault was set (`afterDescribePipeline: N`),
 * or right before the first StartPipelineExecution of that pipeline that names no
 * PipelineVersionId (`beforeUnpinnedStart: true`), whichever comes first.
 */
export interface ConcurrentUpsert {
  pipeline: string
  /** The definition as an object or a JSON string; it must differ from the pipeline's latest. */
  definition: unknown
  afterDescribePipeline?: number
  beforeUnpinnedStart?: boolean
}

/** `true`: refuse every selective start with the default message; `{message}`: with that message. */
export type RejectSelectiveStarts = boolean | { message?: string }

/** The default text of `rejectSelectiveStarts` ([U]: no refusal of this kind is documented). */
export function selectiveRefusal(pipeline: string): string {
  return `Selective execution is not supported for pipeline '${pipeline}'. Start the execution without SelectiveExecutionConfig.`
}

interface PendingUpsert {
  pipeline: string
  definition: string
  afterDescribePipeline?: number
  beforeUnpinnedStart: boolean
  describes: number
}

export class ServiceFaults {
  private upsert: PendingUpsert | undefined
  private reject: { message?: string } | undefined

  constructor(private readonly state: EmulatorState) {}

  /** Applies the members given; `null` or `false` clears one. Throws naming the member on a bad value, applying none. */
  set(faults: {
    concurrentUpsert?: ConcurrentUpsert | null
    rejectSelectiveStarts?: RejectSelectiveStarts | null
  }): void {
    const upsert =
      faults.concurrentUpsert === undefined ? this.upsert : this.pendingUpsert(faults.concurrentUpsert)
    const reject =
      faults.rejectSelectiveStarts === undefined ? this.reject : refusal(faults.rejectSelectiveStarts)
    this.upsert = upsert
    this.reject = reject
  }

  current(): {
    concurrentUpsert: Omit<PendingUpsert, 'definition'> | null
    rejectSelectiveStarts: { message?: string } | false
  } {
    const upsert = this.upsert
    return {
      concurrentUpsert: upsert
        ? {
            pipeline: upsert.pipeline,
            ...(upsert.afterDescribePipeline !== undefined
              ? { afterDescribePipeline: upsert.afterDescribePipeline }
              : {}),
            beforeUnpinnedStart: upsert.beforeUnpinnedStart,
            describes: upsert.describes
          }
        : null,
      rejectSelectiveStarts: this.reject ? { ...this.reject } : false
    }
  }

  /** Before the handler runs: the upsert before an unpinned start, then the refusal of a selective start. */
  before(operation: string, body: Record<string, unknown>): void {
    if (operation !== 'StartPipelineExecution') return
    const pipeline = this.target(body)
    if (!pipeline) return
    if (
      this.upsert?.beforeUnpinnedStart &&
      this.upsert.pipeline === pipeline.name &&
      body.PipelineVersionId === undefined
    )
      this.fire(pipeline)
    if (this.reject && body.SelectiveExecutionConfig !== undefined)
      throw validationError(this.reject.message ?? selectiveRefusal(pipeline.name))
  }

  /** After the handler answered: counts DescribePipeline towards the upsert. */
  after(operation: string, body: Record<string, unknown>): void {
    const upsert = this.upsert
    if (operation !== 'DescribePipeline' || upsert?.afterDescribePipeline === undefined) return
    const pipeline = this.target(body)
    if (pipeline?.name !== upsert.pipeline) return
    upsert.describes++
    if (upsert.describes >= upsert.afterDescribePipeline) this.fire(pipeline)
  }

  private fire(pipeline: Pipeline): void {
    const definition = this.upsert!.definition
    this.upsert = undefined
    addVersion(this.state, pipeline, definition)
    pipeline.lastModifiedAt = this.state.clock.now()
  }

  /** The pipeline a request names, if it exists (an unknown one is left to the handler to refuse). */
  private target(body: Record<string, unknown>): Pipeline | undefined {
    try {
      return this.state.pipeline(String(body.PipelineName))
    } catch {
      return undefined
    }
  }

  private pendingUpsert(value: ConcurrentUpsert | null): PendingUpsert | undefined {
    if (value === null) return undefined
    const where = 'concurrentUpsert'
    if (!isObject(value))
      throw new Error(
        `${where} must be {pipeline, definition, afterDescribePipeline?, beforeUnpinnedStart?} or null`
      )
    const pipeline = this.state.pipelines.get(String(value.pipeline))
    if (!pipeline)
      throw new Error(`${where}.pipeline: there is no pipeline ${JSON.stringify(value.pipeline)}`)
    const after = value.afterDescribePipeline
    if (after !== undefined && !(Number.isInteger(after) && after >= 1))
      throw new Error(
        `${where}.afterDescribePipeline must be a whole number from 1, got ${JSON.stringify(after)}`
      )
    const before = value.beforeUnpinnedStart
    if (before !== undefined && typeof before !== 'boolean')
      throw new Error(`${where}.beforeUnpinnedStart must be true or false, got ${JSON.stringify(before)}`)
    if (after === undefined && before !== true)
      throw new Error(
        `${where} needs afterDescribePipeline: N or beforeUnpinnedStart: true to say when it happens`
      )
    if (value.definition === undefined || value.definition === null)
      throw new Error(`${where}.definition is required: the definition the other job upserts`)
    const definition =
      typeof value.definition === 'string' ? value.definition : JSON.stringify(value.definition)
    try {
      readDefinition(definition)
    } catch (error) {
      throw new Error(`${where}.definition: ${errorMessage(error)}`, { cause: error })
    }
    if (definition === latestVersion(pipeline).definition)
      throw new Error(
        `${where}.definition is the latest definition of ${pipeline.name} already; an upsert would make no new version`
      )
    return {
      pipeline: pipeline.name,
      definition,
      ...(after !== undefined ? { afterDescribePipeline: after } : {}),
      beforeUnpinnedStart: before === true,
      describes: 0
    }
  }
}

function refusal(value: RejectSelectiveStarts | null): { message?: string } | undefined {
  if (value === null || value === false) return undefined
  if (value === true) return {}
  const message: unknown = isObject(value) ? value.message : null
  if (message === undefined) return {}
  if (typeof message === 'string' && message.length > 0 && message.length <= 1024) return { message }
  throw new Error(
    'rejectSelectiveStarts must be true, false, null or {message?: a non-empty string of at most 1024 characters}'
  )
}
