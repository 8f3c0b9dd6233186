import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSageMakerClient, consoleUrl, describePipeline } from './adapters/sagemaker.js'
import { readRunContext, type RunContext } from './context.js'
import { parseDefinition } from './core/definition.js'
import { defaultPipeline, loadMappingFile, type MappingFile } from './core/mapping.js'
import { resolveParameters } from './core/parameters.js'
import { definitionHash } from './core/provenance.js'
import type { PipelineMapping } from './core/types.js'
import { errorMessage, UserError } from './errors.js'
import { readSettings, type Settings } from './inputs.js'
import { writeOutputs, type Outcome } from './outputs.js'
import { buildPlan } from './planning.js'
import { publishReport } from './publish.js'
import { cancelSuperseded, startPlannedExecution, waitForExecution } from './execution.js'

/**
 * The action, as one page: inputs → changes → plan → execute → report → outputs. Every input is
 * validated (and the pipeline, mapping file and parameters checked against the real definition)
 * before anything is started.
 */
export async function run(): Promise<void> {
  try {
    const { outcome, settings } = await runAction()
    writeOutputs(outcome)
    if (settings.mode === 'wait' && outcome.executionArn && outcome.status !== 'Succeeded') {
      core.setFailed(
        outcome.status === 'Executing'
          ? `The pipeline execution did not end within wait-timeout-minutes (${settings.waitTimeoutMinutes}): ${outcome.consoleUrl}`
          : `The pipeline execution ended ${outcome.status}: ${outcome.consoleUrl}`
      )
    }
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

async function runAction(): Promise<{ outcome: Outcome; settings: Settings }> {
  const settings = readSettings()
  const context = readRunContext()

  const client = createSageMakerClient(settings.region)
  const { pipeline, graph, definition, mapping } = await core.group('Pipeline and mapping', async () => {
    const mappingFile = readMapping(settings, context)
    const name = settings.pipeline ?? (mappingFile ? defaultPipeline(mappingFile) : undefined)
    if (!name) {
      throw new UserError(
        mappingFile
          ? `Input "pipeline" is empty and ${settings.config} lists ${mappingFile.pipelineNames().length} pipelines ` +
              `(${mappingFile.pipelineNames().join(', ')}): name one with the "pipeline" input.`
          : `Input "pipeline" is empty and there is no mapping file at ${settings.config}: set one of them.`
      )
    }
    const info = await describePipeline(client, settings.pipelineArn ?? name)
    const parsed = parseDefinition(info.definition, `the definition of pipeline "${name}"`)
    let pipelineMapping: PipelineMapping | undefined
    if (mappingFile) {
      pipelineMapping = mappingFile.forPipeline(name, parsed)
    } else {
      core.warning(
        `No mapping file at ${settings.config}: only changed step definitions and parameters select steps. ` +
          'Add one to map source files to steps.'
      )
    }
    // Overrides are checked against the declared parameters now, before anything is started.
    resolveParameters(parsed, undefined, settings.parameters)
    core.info(`Pipeline ${name}: ${parsed.size} steps, ${parsed.edges().length} edges`)
    return { pipeline: name, graph: parsed, definition: info.definition, mapping: pipelineMapping }
  })

  const hash = definitionHash(JSON.parse(definition))
  const planned = await core.group('Changes, reference run and plan', () =>
    buildPlan({
      settings,
      context,
      client,
      pipeline,
      graph,
      definitionText: definition,
      definitionHash: hash,
      mapping
    })
  )

  let outcome: Outcome & { startedDisplayName?: string } = {
    status: planned.plan.selected.length === 0 ? 'Skipped' : 'Planned',
    plan: planned.plan,
    referenceArn: planned.plan.fullRun ? undefined : planned.reference?.record.arn,
    changedFiles: planned.changes.files
  }

  if (outcome.status === 'Planned' && settings.mode !== 'plan') {
    outcome = await core.group('Start', async () => {
      if (settings.cancelSuperseded) await cancelSuperseded(client, pipeline, context, planned.summaries)
      const started = await startPlannedExecution(client, settings, context, pipeline, planned, hash)
      return {
        ...outcome,
        status: 'Executing' as const,
        executionArn: started.arn,
        consoleUrl: consoleUrl(settings.region, pipeline, started.arn),
        startedDisplayName: started.displayName
      }
    })
  }

  const report = await core.group('Report', () =>
    publishReport(settings, context, pipeline, graph, planned, outcome)
  )
  outcome.commentUrl = report.commentUrl

  if (settings.mode === 'wait' && outcome.executionArn) {
    const final = await core.group('Wait', () =>
      waitForExecution(client, outcome.executionArn!, settings.waitTimeoutMinutes, graph)
    )
    outcome.status = final.status
    const again = await core.group('Final report', () =>
      publishReport(settings, context, pipeline, graph, planned, outcome, final.steps)
    )
    outcome.commentUrl = again.commentUrl ?? outcome.commentUrl
  }
  return { outcome, settings }
}

function readMapping(settings: Settings, context: RunContext): MappingFile | undefined {
  const path = join(context.workspace, settings.config)
  if (!existsSync(path)) {
    if (settings.configExplicit) {
      throw new UserError(
        `Input "config" names ${settings.config}, but there is no such file in the repository checkout.`
      )
    }
    return undefined
  }
  return loadMappingFile(readFileSync(path, 'utf8'), settings.config)
}
