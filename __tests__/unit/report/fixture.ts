import { readFileSync } from 'node:fs'
import { parseDefinition } from '../../../src/core/definition.js'
import { StepGraph } from '../../../src/core/graph.js'
import type { ExecutionRecord, Plan, Reason, StepNode, StepState } from '../../../src/core/types.js'
import type { ReportInput } from '../../../src/report/report.js'
import { ABALONE, fixturePath } from '../../../__fixtures__/definitions.js'

export const ABALONE_PATH = fixturePath(ABALONE)

export function abaloneGraph(): StepGraph {
  return parseDefinition(readFileSync(ABALONE_PATH, 'utf8'), ABALONE_PATH)
}

export const MINUTE = 60_000
export const NOW = Date.UTC(2026, 7, 10, 12, 0, 0)
export const REF_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/abalone/execution/abc123def456'

/** The plan for a change to evaluate.py: Evaluate and everything after it runs, Preprocess/Train reused. */
export function evaluatePlan(graph: StepGraph): Plan {
  const selected = graph.closure(['Abalone-Evaluate'])
  const reasons: Record<string, Reason[]> = {
    'Abalone-Evaluate': [
      { kind: 'file', file: 'pipelines/abalone/evaluate.py', glob: 'pipelines/abalone/evaluate.py' }
    ]
  }
  for (const name of selected) {
    if (name === 'Abalone-Evaluate') continue
    reasons[name] = [...graph.parents(name)]
      .filter(p => selected.includes(p))
      .map(step => ({ kind: 'upstream', step }))
  }
  return {
    selected,
    reasons,
    reused: graph.ancestors(selected).filter(n => !selected.includes(n)),
    notRun: [],
    fullRun: false,
    needsReference: true,
    warnings: []
  }
}

/** A reference run where every step took a known time: Preprocess 10 min, Train 25 min, others 2 min. */
export function referenceRecord(graph: StepGraph): ExecutionRecord {
  const minutes: Record<string, number> = { 'Abalone-Preprocess': 10, 'Abalone-Train': 25 }
  const steps = new Map<string, StepState>()
  let t = NOW - 3 * 60 * MINUTE
  for (const name of graph.topologicalOrder()) {
    if (name === 'Abalone-FailNotify') continue // the Else branch was not taken
    const took = (minutes[name] ?? 2) * MINUTE
    steps.set(name, { status: 'Succeeded', startTime: t, endTime: t + took })
    t += took
  }
  return {
    arn: REF_ARN,
    status: 'Succeeded',
    createdAt: NOW - 3 * 60 * MINUTE,
    commit: '0123456789abcdef',
    steps
  }
}

export function baseInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const graph = overrides.graph ?? abaloneGraph()
  const plan = overrides.plan ?? evaluatePlan(graph)
  return {
    pipeline: 'AbalonePipeline',
    graph,
    plan,
    mode: 'start',
    status: 'Executing',
    head: { sha: 'fedcba9876543210', ref: 'feature/eval', pr: 12 },
    changes: {
      files: ['pipelines/abalone/evaluate.py', 'README.md'],
      complete: true,
      detail: 'git diff 0123456..fedcba9'
    },
    reference: {
      record: referenceRecord(graph),
      displayName: 'pr-11-run-1',
      consoleUrl:
        'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/pipelines/abalone/executions/abc123def456'
    },
    rejected: [],
    execution: {
      arn: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/abalone/execution/new999',
      displayName: 'pr-12-fedcba9',
      consoleUrl:
        'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/pipelines/abalone/executions/new999'
    },
    warnings: [],
    runUrl: 'https://github.com/acme/ml/actions/runs/42',
    now: NOW,
    ...overrides
  }
}

/** A synthetic chain of `n` steps (s0 → s1 → …), each a Processing step; names may be overridden. */
export function chainGraph(n: number, name: (i: number) => string = i => `s${i}`): StepGraph {
  const steps: StepNode[] = []
  const edges: Array<{ from: string; to: string; kind: 'depends-on' }> = []
  for (let i = 0; i < n; i++) {
    steps.push({ name: name(i), type: 'Processing', parameters: [], raw: {} })
    if (i > 0) edges.push({ from: name(i - 1), to: name(i), kind: 'depends-on' })
  }
  return new StepGraph(steps, edges)
}

/** The plan that runs steps `from..n-1` of a chain, reusing the ones before. */
export function chainPlan(graph: StepGraph, from: number): Plan {
  const order = graph.topologicalOrder()
  const selected = order.slice(from)
  const reasons: Record<string, Reason[]> = {}
  selected.forEach((s, i) => {
    reasons[s] = i === 0 ? [{ kind: 'explicit' }] : [{ kind: 'upstream', step: selected[i - 1]! }]
  })
  return {
    selected,
    reasons,
    reused: order.slice(0, from),
    notRun: [],
    fullRun: false,
    needsReference: from > 0,
    warnings: []
  }
}
