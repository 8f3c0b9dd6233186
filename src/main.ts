import * as core from '@actions/core'
import type { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { consoleUrl, describePipeline, type PipelineInfo } from './adapters/sagemaker.js'
import type { RunContext } from './action/run-context.js'
import { coverageSeeds, coverageShortfall, measureCoverage } from './phases/coverage.js'
import { parseDefinition } from './core/definition.js'
import type { StepGraph } from './core/graph.js'
import { defaultPipeline, loadMappingFile, type MappingFile } from './core/mapping.js'
import { parseParameterOverrides, resolveParameters } from './core/parameters.js'
import { definitionHash } from './core/provenance.js'
import type { PipelineMapping, StepState } from './core/types.js'
import { errorMessage, UserError } from './errors.js'
import { cancelSuperseded, startPlannedExecution, waitForExecution } from './phases/execute.js'
import type { InputSettings, Settings } from './action/inputs.js'
import { writeOutputs, type Outcome } from './action/outputs.js'
import {
  buildPlan,
  changeSources,
  commitRange,
  emptyPlanned,
  type Planned,
  type PlanningInput
} from './phases/plan.js'
import { publishReport } from './phases/publish.js'

/**
 * The action, as one page: inputs → changes → plan → execute → report → outputs. Every input is
 * validated (and the pipeline, mapping file and parameters checked against the real definition)
 * before anything is started.
 */
export async function run(
  input: InputSettings,
  context: RunContext,
  client: SageMakerClient,
  described?: Promise<PipelineInfo>
): Promise<void> {
  try {
    const settings: Settings = { ...input, parameters: parseParameterOverrides(input.parametersText) }
    const { outcome, failure } = await runAction(settings, context, client, described)
    writeOutputs(outcome)
    if (failure) core.setFailed(failure)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

interface Pipeline {
  name: string
  graph: StepGraph
  /** The definition document as DescribePipeline returned it (parsed JSON). */
  definition: unknown
  hash: string
  mapping?: PipelineMapping
}

async function runAction(
  settings: Settings,
  context: RunContext,
  client: SageMakerClient,
  described?: Promise<PipelineInfo>
): Promise<{ outcome: Outcome; failure?: string }> {
  const pipeline = await core.group('Pipeline and mapping', () =>
    loadPipeline(client, settings, context, described)
  )

  const sources = changeSources(settings, context)
  const range = await commitRange(settings, context, sources)
  if (settings.selection === 'coverage' && settings.steps.length === 0) {
    return runCoverage(client, settings, context, pipeline, { sources, range })
  }

  const planned = await core.group('Changes, reference run and plan', () =>
    buildPlan({ settings, context, client, sources, range, ...planningPipeline(pipeline) })
  )
  const outcome = await startAndReport(client, settings, context, pipeline, planned)
  if (settings.mode === 'wait' && outcome.executionArn) {
    const final = await core.group('Wait', () =>
      waitForExecution(client, outcome.executionArn!, settings.waitTimeoutMinutes, pipeline.graph)
    )
    outcome.status = final.status
    await finalReport(settings, context, pipeline, planned, outcome, final.steps)
    if (final.status !== 'Succeeded') return { outcome, failure: waitFailure(settings, outcome) }
  }
  return { outcome }
}

/** `selection: coverage`: one execution per target (uncovered steps with compatible forcing parameters). */
async function runCoverage(
  client: SageMakerClient,
  settings: Settings,
  context: RunContext,
  pipeline: Pipeline,
  changes: Pick<PlanningInput, 'sources' | 'range'>
): Promise<{ outcome: Outcome; failure?: string }> {
  const { report, summaries, steps } = await core.group('Coverage', () =>
    measureCoverage(
      client,
      pipeline.name,
      pipeline.graph,
      pipeline.mapping,
      changes.sources,
      changes.range.head
    )
  )
  const coverage = { percent: report.percent, uncovered: report.uncovered }
  const view = (targeted: string[]): NonNullable<Parameters<typeof publishReport>[7]> => ({
    percent: report.percent,
    steps: report.steps,
    targeted
  })
  if (report.targets.length === 0) {
    const planned = emptyPlanned(pipeline.graph, summaries)
    const outcome: Outcome = { status: 'Skipped', plan: planned.plan, changedFiles: [], coverage }
    await core.group('Report', () =>
      publishReport(settings, context, pipeline.name, pipeline.graph, planned, outcome, undefined, view([]))
    )
    return { outcome }
  }

  const runs: Array<{ planned: Planned; outcome: Outcome; targeted: string[] }> = []
  for (const [index, target] of report.targets.entries()) {
    const targetSettings: Settings = {
      ...settings,
      parameters: { ...target.parameters, ...settings.parameters }
    }
    const planned = await core.group(
      `Coverage target ${index + 1} of ${report.targets.length}: ${target.steps.join(', ')}`,
      () =>
        buildPlan({
          settings: targetSettings,
          context,
          client,
          ...changes,
          ...planningPipeline(pipeline),
          seeds: coverageSeeds(report, target.steps),
          known: { summaries, steps }
        })
    )
    const outcome = await startAndReport(client, targetSettings, context, pipeline, planned, {
      tokenSuffix: report.targets.length > 1 ? `coverage-${index + 1}` : 'coverage',
      coverage: view(target.steps),
      publish: index === 0
    })
    runs.push({ planned, outcome: { ...outcome, coverage }, targeted: target.steps })
  }

  const first = runs[0]!
  const outcome: Outcome = {
    ...first.outcome,
    executions: runs
      .filter(r => r.outcome.executionArn)
      .map(r => ({ arn: r.outcome.executionArn!, targeted: r.targeted }))
  }
  if (settings.mode !== 'wait') return { outcome }

  const failures: string[] = []
  const allStates = new Map<string, StepState>()
  for (const r of runs) {
    if (!r.outcome.executionArn) continue
    const final = await core.group(`Wait for ${r.outcome.executionArn}`, () =>
      waitForExecution(client, r.outcome.executionArn!, settings.waitTimeoutMinutes, pipeline.graph)
    )
    if (r === first) outcome.status = final.status
    for (const [k, v] of final.steps) allStates.set(k, v)
    const shortfall =
      final.status === 'Executing'
        ? `${r.outcome.executionArn} did not end in time`
        : coverageShortfall(pipeline.graph, r.targeted, final.steps)
    if (shortfall) failures.push(shortfall)
    else
      core.info(
        `Coverage target reached: ${r.targeted.join(', ')} ran as intended (execution ${final.status}).`
      )
  }
  await finalReport(
    settings,
    context,
    pipeline,
    first.planned,
    outcome,
    allStates,
    view(report.targets.flatMap(t => t.steps))
  )
  return failures.length > 0
    ? { outcome, failure: `Coverage check failed: ${failures.join('; ')}` }
    : { outcome }
}

async function loadPipeline(
  client: SageMakerClient,
  settings: Settings,
  context: RunContext,
  described?: Promise<PipelineInfo>
): Promise<Pipeline> {
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
  let info
  try {
    info = await (described ?? describePipeline(client, settings.pipelineArn ?? name))
  } catch (error) {
    if ((error as { name?: string }).name === 'ResourceNotFound') {
      throw new UserError(
        `Input "pipeline": there is no SageMaker pipeline "${name}" in ${settings.region} (${errorMessage(error)}).`
      )
    }
    throw error
  }
  const graph = parseDefinition(info.definition, `the definition of pipeline "${name}"`)
  if (graph.size === 0) {
    throw new UserError(
      `Pipeline "${name}" has no steps (its definition's "Steps" list is empty): there is nothing to run.`
    )
  }
  let mapping: PipelineMapping | undefined
  if (mappingFile) mapping = mappingFile.forPipeline(name, graph)
  else {
    core.warning(
      `No mapping file at ${settings.config}: only changed step definitions and parameters select steps. ` +
        'Add one to map source files to steps.'
    )
  }
  // Overrides are checked against the declared parameters now, before anything is started.
  resolveParameters(graph, undefined, settings.parameters)
  core.info(`Pipeline ${name}: ${graph.size} steps, ${graph.edges().length} edges`)
  const definition: unknown = JSON.parse(info.definition)
  return { name, graph, definition, hash: definitionHash(definition), mapping }
}

function readMapping(settings: Settings, context: RunContext): MappingFile | undefined {
  const path = join(context.workspace, settings.config)
  if (existsSync(path)) return loadMappingFile(readFileSync(path, 'utf8'), settings.config)
  if (settings.configExplicit) {
    throw new UserError(
      `Input "config" names ${settings.config}, but there is no such file in the repository checkout.`
    )
  }
  return undefined
}

/** Starts the planned execution (unless plan mode or nothing to run) and publishes the report. */
async function startAndReport(
  client: SageMakerClient,
  settings: Settings,
  context: RunContext,
  pipeline: Pipeline,
  planned: Planned,
  options: { tokenSuffix?: string; coverage?: Parameters<typeof publishReport>[7]; publish?: boolean } = {}
): Promise<Outcome> {
  const outcome: Outcome = {
    status: planned.plan.selected.length === 0 ? 'Skipped' : 'Planned',
    plan: planned.plan,
    referenceArn: planned.plan.fullRun ? undefined : planned.reference?.record.arn,
    changedFiles: planned.changes.files
  }
  if (outcome.status === 'Planned' && settings.mode !== 'plan') {
    await core.group('Start', async () => {
      if (settings.cancelSuperseded) await cancelSuperseded(client, context, planned.summaries)
      const started = await startPlannedExecution(
        client,
        settings,
        context,
        pipeline.name,
        planned,
        pipeline.hash,
        options.tokenSuffix
      )
      outcome.status = 'Executing'
      outcome.executionArn = started.arn
      outcome.executionDisplayName = started.displayName
      outcome.consoleUrl = consoleUrl(settings.region, pipeline.name, started.arn)
    })
  }
  if (options.publish !== false) {
    const report = await core.group('Report', () =>
      publishReport(
        settings,
        context,
        pipeline.name,
        pipeline.graph,
        planned,
        outcome,
        undefined,
        options.coverage
      )
    )
    outcome.commentUrl = report.commentUrl
  }
  return outcome
}

async function finalReport(
  settings: Settings,
  context: RunContext,
  pipeline: Pipeline,
  planned: Planned,
  outcome: Outcome,
  steps: ReadonlyMap<string, StepState>,
  coverage?: Parameters<typeof publishReport>[7]
): Promise<void> {
  const report = await core.group('Final report', () =>
    publishReport(settings, context, pipeline.name, pipeline.graph, planned, outcome, steps, coverage)
  )
  outcome.commentUrl = report.commentUrl ?? outcome.commentUrl
}

function planningPipeline(
  p: Pipeline
): Pick<PlanningInput, 'pipeline' | 'graph' | 'definition' | 'definitionHash' | 'mapping'> {
  return {
    pipeline: p.name,
    graph: p.graph,
    definition: p.definition,
    definitionHash: p.hash,
    mapping: p.mapping
  }
}

function waitFailure(settings: Settings, outcome: Outcome): string {
  return outcome.status === 'Executing'
    ? `The pipeline execution did not end within wait-timeout-minutes (${settings.waitTimeoutMinutes}): ${outcome.consoleUrl}`
    : `The pipeline execution ended ${outcome.status}: ${outcome.consoleUrl}`
}
