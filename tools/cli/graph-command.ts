import { parseArgs } from 'node:util'
import { parseDefinition } from '../../src/core/definition.js'
import type { StepGraph } from '../../src/core/graph.js'
import { type CliIo, parseOrUsage, readInput, requireOption } from './context.js'

export const GRAPH_HELP = `Usage: graph --definition FILE [--json]

Prints the steps of a SageMaker pipeline definition in topological order, with their type and the
Condition that encloses them, then the edges between them (DependsOn, property references, Condition
to nested step): the DAG the action plans over.

Options:
  --definition FILE  pipeline definition JSON (DescribePipeline's PipelineDefinition, or pipeline.definition())
  --json             print {"steps":[{"name","type","condition"?}],"edges":[["from","to"],...]}
  -h, --help         show this help
`

/** The `graph --json` document: a stable, minimal shape for scripts. */
export interface GraphJson {
  steps: Array<{ name: string; type: string; condition?: string }>
  edges: Array<[string, string]>
}

export function graphJson(graph: StepGraph): GraphJson {
  return {
    steps: graph.topologicalOrder().map(name => {
      const step = graph.step(name)
      return step.condition ? { name, type: step.type, condition: step.condition } : { name, type: step.type }
    }),
    edges: graph.edges().map(e => [e.from, e.to])
  }
}

export function graphCommand(argv: string[], io: CliIo): number {
  const { values } = parseOrUsage('graph', ['definition', 'json', 'help'], () =>
    parseArgs({
      args: argv,
      options: {
        definition: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  )
  if (values.help) {
    io.stdout(GRAPH_HELP)
    return 0
  }
  const file = requireOption('graph', 'definition', values.definition)
  const graph = parseDefinition(readInput(io, '--definition', file), file)
  io.stdout(values.json ? `${JSON.stringify(graphJson(graph))}\n` : graphText(graph, file))
  return 0
}

function graphText(graph: StepGraph, source: string): string {
  const edges = graph.edges()
  const order = graph.topologicalOrder()
  const width = Math.max(...order.map(n => n.length))
  const typeWidth = Math.max(...order.map(n => graph.step(n).type.length))
  const lines = [
    `${source}: ${count(order.length, 'step')}, ${count(edges.length, 'edge')}`,
    '',
    'Steps (topological order):'
  ]
  for (const name of order) {
    const step = graph.step(name)
    const where = step.condition
      ? `in ${step.condition} (${step.branch === 'Else' ? 'Else' : 'If'} branch)`
      : ''
    lines.push(`  ${name.padEnd(width)}  ${step.type.padEnd(typeWidth)}  ${where}`.trimEnd())
  }
  lines.push('', edges.length === 0 ? 'Edges: none' : 'Edges:')
  const fromWidth = Math.max(0, ...edges.map(e => e.from.length))
  const toWidth = Math.max(0, ...edges.map(e => e.to.length))
  for (const e of edges)
    lines.push(`  ${e.from.padEnd(fromWidth)} → ${e.to.padEnd(toWidth)}  (${e.kinds.join(', ')})`)
  return `${lines.join('\n')}\n`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
