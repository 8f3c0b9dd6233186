import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { createSageMakerClient } from './adapters/sagemaker.js'
import { readSettings, type InputSettings } from './action/inputs.js'
import { readRunContext, type RunContext } from './action/run-context.js'
import { readCommandEvent } from './core/commands.js'
import { readPipeline, type PipelineRead } from './phases/pipeline.js'

/** What is read before the rest of the action loads: the run's context, its inputs, and the pipeline. */
export interface Prefetched {
  context: RunContext
  settings: InputSettings
  client: SageMakerClient
  /** The pipeline's latest version and its definition, already on its way (undefined without a pipeline input). */
  pipeline?: Promise<PipelineRead>
}

let early: Prefetched | undefined

/**
 * Every run starts by reading the pipeline, so that request goes out before the planning core, YAML,
 * the GitHub client and the report load, and the two overlap. Memoised: `run()` calls it again and
 * gets the same requests (or the same error, which it reports). Nothing is requested for an event the
 * action will refuse or ignore.
 */
export function prefetch(): Prefetched {
  if (early) return early
  const context = readRunContext()
  const settings = readSettings()
  const client = createSageMakerClient(settings.region)
  const target = settings.pipelineArn ?? settings.pipeline
  const refused =
    (context.eventName === 'pull_request_target' && !settings.allowPullRequestTarget) ||
    // A comment that is no `/sagemaker` command ends without a request.
    (context.eventName === 'issue_comment' && !readCommandEvent(context.payload))
  const pipeline = target && !refused && !context.fork ? readPipeline(client, target) : undefined
  pipeline?.catch(() => undefined) // awaited, and any error reported, by run()
  early = { context, settings, client, pipeline }
  return early
}
