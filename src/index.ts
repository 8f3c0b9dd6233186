import * as core from '@actions/core'
import { createSageMakerClient, describePipeline } from './adapters/sagemaker.js'
import { readRunContext } from './action/run-context.js'
import { errorMessage } from './errors.js'
import { readSettings } from './action/inputs.js'

// Every run starts by reading the pipeline's definition, so that request goes out before the rest of
// the action (planning core, YAML, GitHub client, report) loads, and the two overlap. The event payload
// is checked first: @actions/github parses it while loading and would otherwise crash on a broken one.
try {
  const context = readRunContext()
  const settings = readSettings()
  const client = createSageMakerClient(settings.region)
  const pipeline = settings.pipelineArn ?? settings.pipeline
  const described = pipeline ? describePipeline(client, pipeline) : undefined
  described?.catch(() => undefined) // awaited, and any error reported, by run()
  const { run } = await import('./main.js')
  await run(settings, context, client, described)
} catch (error) {
  core.setFailed(errorMessage(error))
}
