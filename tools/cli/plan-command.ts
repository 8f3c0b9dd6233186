import { parseArgs } from 'node:util'
import { parseDefinition } from '../../src/core/definition.js'
import type { StepGraph } from '../../src/core/graph.js'
import { defaultPipeline, loadMappingFile } from '../../src/core/mapping.js'
import { planSelection } from '../../src/core/planner.js'
import { decideReference } from '../../src/core/reference.js'
import { judgeReference, type RunFacts } from '../../src/core/freshness.js'
import { runParameters } from '../../src/core/parameters.js'
import { definitionHash } from '../../src/core/provenance.js'
import { describeReason } from '../../src/core/reason-text.js'
import type { ExecutionRecord, Plan, PipelineMapping } from '../../src/core/types.js'
import { type CliIo, parseOrUsage, readInput, readJson, requireOption, UsageError } from './context.js'
import { parseReferenceSteps, REFERENCE_ARN } from './reference-steps.js'

export const PLAN_HELP = `Usage: plan --definition FILE [--config FILE [--pipeline NAME]] [--changed FILE...]
            [--reference-steps FILE] [--json]

Shows which steps a selective execution would run for the given changed files, and why, without
touching AWS or GitHub: the same planner the action uses, with selection "affected" and the
downstream closure.

Options:
  --definition FILE       pipeline definition JSON
  --config FILE           mapping file (.github/sagemaker-pipelines.yml); without it files select nothing
  --pipeline NAME         pipeline entry of the mapping file (default: its only pipeline)
  --changed FILE...       changed file paths, repo-relative; repeat the option or list several after it;
                          "-" reads newline-separated paths from standard input
  --reference-steps FILE  step states of the reference run, either the ListPipelineExecutionSteps response
                            {"PipelineExecutionSteps":[{"StepName":"A","StepStatus":"Succeeded"},...]}
                          or a map {"A":{"status":"Succeeded","outcome":"True"},"B":"Failed"}
                          (steps left out did not run). Without it, the plan assumes a reference run in
                          which every step succeeded.
  --json                  print {"selected":[...],"reasons":{"Step":["why",...]},"full_run":bool}
  -h, --help              show this help
`

const OPTIONS = ['definition', 'config', 'pipeline', 'changed', 'reference-steps', 'json', 'help']

export function planCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseOrUsage('plan', OPTIONS, () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        definition: { type: 'string' },
        config: { type: 'string' },
        pipeline: { type: 'string' },
        changed: { type: 'string', multiple: true },
        'reference-steps': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  )
  if (values.help) {
    io.stdout(PLAN_HELP)
    return 0
  }
  const definitionFile = requireOption('plan', 'definition', values.definition)
  if (values.pipeline !== undefined && values.config === undefined) {
    throw new UsageError('plan: --pipeline names an entry of the mapping file; give the file with --config')
  }
  if (positionals.length > 0 && values.changed === undefined) {
    throw new UsageError(
      `plan: unexpected argument ${JSON.stringify(positionals[0])}; list changed files after --changed`
    )
  }

  const graph = parseDefinition(readInput(io, '--definition', definitionFile), definitionFile)
  const notes: string[] = []
  const mapping =
    values.config === undefined ? undefined : loadMapping(io, values.config, values.pipeline, graph)
  const files = changedFiles(io, [...(values.changed ?? []), ...positionals])
  if (!mapping && files.length > 0) notes.push('no --config given: changed files select no step')

  let reference: ExecutionRecord
  const referenceFile = values['reference-steps']
  if (referenceFile !== undefined) {
    reference = parseReferenceSteps(readJson(io, '--reference-steps', referenceFile), referenceFile)
    const unknown = [...reference.steps.keys()].filter(n => !graph.has(n))
    if (unknown.length > 0)
      notes.push(`--reference-steps names steps the definition does not have: ${unknown.join(', ')}`)
  } else {
    reference = everyStepSucceeded(graph)
  }

  // The reference ran this same definition at a commit whose difference to head is the --changed
  // files: the same freshness judge and post-choice rules as the action, offline.
  const document: unknown = JSON.parse(readInput(io, '--definition', definitionFile))
  const definition = { graph, document, hash: definitionHash(document) }
  const defaults = runParameters(graph, {}).values
  const facts: RunFacts = {
    arn: reference.arn,
    status: reference.status,
    commit: 'given-with-changed',
    // Offline, an output the reference reused stands for the run it came from: nothing else is known.
    steps: new Map([...reference.steps].map(([name, state]) => [name, { ...state, reusedFrom: undefined }])),
    parameters: defaults,
    definition,
    changes: { files, complete: true, detail: 'given with --changed' },
    mapping: { steps: new Set() }
  }
  const judgement = judgeReference(
    reference.arn,
    { graph, definition, parameters: defaults, mapping },
    arn =>
      arn === reference.arn ? facts : { arn, unavailable: 'only the --reference-steps run is known offline' }
  )
  const planWith = (ref: ExecutionRecord | undefined): Plan =>
    planSelection({
      graph,
      mapping,
      changes: { files, complete: true, detail: 'given with --changed' },
      selection: 'affected',
      downstream: true,
      reference: ref,
      freshness: ref ? judgement : undefined
    })
  const decision = decideReference(
    [{ candidate: { ...reference }, plan: planWith(reference), detail: undefined }],
    'latest',
    graph
  )
  const plan = decision.chosen?.plan ?? planWith(reference)
  // As the action does: a reference whose plan would run everything is no reference at all.
  if (!decision.chosen && decision.rejected[0]) {
    notes.push(`the reference run is not used: ${decision.rejected[0].reason}`)
  }
  const warnings = [...notes, ...plan.warnings]
  if (values.json) {
    io.stdout(`${JSON.stringify(planJson(plan))}\n`)
    for (const w of warnings) io.stderr(`warning: ${w}\n`)
  } else {
    const header = {
      title: mapping ? `${mapping.pipeline} (${definitionFile})` : definitionFile,
      files,
      offline: referenceFile === undefined
    }
    io.stdout(planText(graph, plan, header, warnings))
  }
  return 0
}

/** The `plan --json` document. */
export function planJson(plan: Plan): {
  selected: string[]
  reasons: Record<string, string[]>
  full_run: boolean
} {
  return {
    selected: plan.selected,
    reasons: Object.fromEntries(plan.selected.map(s => [s, (plan.reasons[s] ?? []).map(describeReason)])),
    full_run: plan.fullRun
  }
}

function loadMapping(
  io: CliIo,
  file: string,
  pipeline: string | undefined,
  graph: StepGraph
): PipelineMapping {
  const mappingFile = loadMappingFile(readInput(io, '--config', file), file)
  const name = pipeline ?? defaultPipeline(mappingFile)
  if (name === undefined) {
    const names = mappingFile.pipelineNames().join(', ')
    throw new UsageError(`plan: ${file} lists several pipelines (${names}); choose one with --pipeline`)
  }
  return mappingFile.forPipeline(name, graph)
}

/** Repo-relative paths, in the order given, without duplicates; `-` stands for standard input. */
function changedFiles(io: CliIo, values: string[]): string[] {
  const out = new Set<string>()
  for (const value of values) {
    const lines = value === '-' ? readInput(io, '--changed', '-').split(/\r?\n/) : [value]
    for (const line of lines) {
      const file = line.trim().replace(/^\.\//, '')
      if (file !== '') out.add(file)
    }
  }
  return [...out]
}

/** Offline planning: a reference in which everything ran and succeeded, so anything may be reused. */
function everyStepSucceeded(graph: StepGraph): ExecutionRecord {
  const steps = new Map(graph.topologicalOrder().map(name => [name, { status: 'Succeeded' as const }]))
  return { arn: REFERENCE_ARN, status: 'Succeeded', createdAt: 0, steps }
}

function planText(
  graph: StepGraph,
  plan: Plan,
  header: { title: string; files: string[]; offline: boolean },
  warnings: string[]
): string {
  const lines = [`Plan for ${header.title}: ${graph.size} steps`]
  lines.push(
    header.offline
      ? 'Reference: none given; planning as if a reference run exists in which every step succeeded (use --reference-steps FILE for a real one)'
      : 'Reference: the step states given with --reference-steps'
  )
  lines.push(`Changed files (${header.files.length}):${header.files.length === 0 ? ' none' : ''}`)
  for (const f of header.files.slice(0, 50)) lines.push(`  ${f}`)
  if (header.files.length > 50) lines.push(`  … and ${header.files.length - 50} more`)
  lines.push('')

  if (plan.selected.length === 0) {
    lines.push('Nothing to run: no step is affected.')
  } else {
    lines.push(
      plan.fullRun
        ? `Full run (every step runs): ${plan.fullRunReason ?? 'no reason given'}.`
        : `Run ${plan.selected.length} of ${graph.size} steps (selective execution):`
    )
    const width = Math.max(...plan.selected.map(s => s.length))
    for (const step of plan.selected) {
      const reasons = (plan.reasons[step] ?? []).map(describeReason)
      lines.push(`  ${step.padEnd(width)}  ${reasons[0] ?? ''}`.trimEnd())
      for (const more of reasons.slice(1)) lines.push(`  ${''.padEnd(width)}  ${more}`)
    }
    if (!plan.fullRun) {
      lines.push(`Reused from the reference run (${plan.reused.length}): ${plan.reused.join(', ') || 'none'}`)
      lines.push(`Not run (${plan.notRun.length}): ${plan.notRun.join(', ') || 'none'}`)
    }
  }
  if (warnings.length > 0) {
    lines.push('', 'Warnings:')
    for (const w of warnings) lines.push(`  - ${w}`)
  }
  return `${lines.join('\n')}\n`
}
