import { describe, expect, it } from '@jest/globals'
import { StepGraph } from '../../../src/core/graph.js'
import type { Plan, StepState } from '../../../src/core/types.js'
import { chooseDiagram, mermaidText, renderMermaid } from '../../../src/report/mermaid.js'
import { abaloneGraph, chainGraph, chainPlan, evaluatePlan } from './fixture.js'

/** `class n0,n1 run` lines → class → node ids. */
function classes(mermaid: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const m of mermaid.matchAll(/^ {2}class (\S+) (\w+)$/gm)) out.set(m[2]!, m[1]!.split(','))
  return out
}

function nodeId(mermaid: string, label: string): string {
  const m = new RegExp(`^ {2}(n\\d+)[[{]"${label}"[\\]}]$`, 'm').exec(mermaid)
  if (!m) throw new Error(`no node labelled ${label}`)
  return m[1]!
}

describe('renderMermaid on the Abalone pipeline', () => {
  const graph = abaloneGraph()
  const plan = evaluatePlan(graph)
  const out = renderMermaid(graph, plan)

  it('is a fenced flowchart with one node per step', () => {
    const lines = out.split('\n')
    expect(lines[0]).toBe('```mermaid')
    expect(lines[1]).toBe('flowchart TD')
    expect(lines.at(-1)).toBe('```')
    expect(out.match(/^ {2}n\d+[[{]/gm)).toHaveLength(graph.size)
  })

  it('draws the Condition step as a rhombus and labels its branch edges', () => {
    const check = nodeId(out, 'Abalone-MSECheck')
    expect(out).toContain(`  ${check}{"Abalone-MSECheck"}`)
    expect(out).toContain(`  ${check} -->|If| ${nodeId(out, 'Abalone-ModelRegister-RegisterModel')}`)
    expect(out).toContain(`  ${check} -->|Else| ${nodeId(out, 'Abalone-FailNotify')}`)
    expect(out).toContain(`  ${nodeId(out, 'Abalone-Preprocess')} --> ${nodeId(out, 'Abalone-Train')}`)
  })

  it('has one edge line per graph edge', () => {
    expect(out.match(/ --> | -->\|/g)).toHaveLength(graph.edges().length)
  })

  it('colours reused and selected steps by the plan', () => {
    const byClass = classes(out)
    expect(byClass.get('reuse')?.sort()).toEqual(
      [nodeId(out, 'Abalone-Preprocess'), nodeId(out, 'Abalone-Train')].sort()
    )
    expect(byClass.get('run')).toHaveLength(plan.selected.length)
    expect(out).toMatch(/^ {2}classDef run fill:/m)
    expect(out).toMatch(/^ {2}classDef notRun /m)
  })

  it('uses the final states once known', () => {
    const final = new Map<string, StepState>([
      ['Abalone-Preprocess', { status: 'Succeeded', reusedFrom: 'arn:ref' }],
      ['Abalone-Train', { status: 'Succeeded', reusedFrom: 'arn:ref' }],
      ['Abalone-Evaluate', { status: 'Succeeded' }],
      ['Abalone-MSECheck', { status: 'Succeeded', outcome: 'False' }],
      ['Abalone-FailNotify', { status: 'Failed' }]
    ])
    const done = classes(renderMermaid(graph, plan, final))
    expect(done.get('succeeded')).toEqual([nodeId(out, 'Abalone-Evaluate'), nodeId(out, 'Abalone-MSECheck')])
    expect(done.get('failed')).toEqual([nodeId(out, 'Abalone-FailNotify')])
    expect(done.get('reuse')).toHaveLength(2)
    // The If branch did not run: not-run when finished, still pending (run colour) otherwise.
    expect(done.get('notRun')).toHaveLength(2)
    const pending = classes(renderMermaid(graph, plan, final, { finished: false }))
    expect(pending.get('run')).toHaveLength(2)
  })

  it('draws only the given steps with `only`', () => {
    const part = renderMermaid(graph, plan, undefined, { only: ['Abalone-Evaluate', 'Abalone-MSECheck'] })
    expect(part.match(/^ {2}n\d+[[{]/gm)).toHaveLength(2)
    expect(part.match(/-->/g)).toHaveLength(1)
  })
})

describe('hostile step names', () => {
  const names = [
    'a"]; click n0 call alert(1) %%',
    '<img src=x onerror=alert(1)>',
    '```\nbreak',
    'x|y#z;{w}',
    '@someone'
  ]
  const graph = new StepGraph(
    names.map(name => ({ name, type: 'Processing', parameters: [], raw: {} })),
    names.slice(1).map((name, i) => ({ from: names[i]!, to: name, kind: 'depends-on' as const }))
  )
  const plan: Plan = {
    selected: names,
    reasons: {},
    reused: [],
    notRun: [],
    fullRun: true,
    needsReference: false,
    warnings: []
  }
  const out = renderMermaid(graph, plan)

  it('keeps every label a single quoted string of safe characters', () => {
    const nodes = out.split('\n').filter(l => /^ {2}n\d+[[{]/.test(l))
    expect(nodes).toHaveLength(names.length)
    for (const line of nodes) expect(line).toMatch(/^ {2}n\d+\["[A-Za-z0-9 _.,:/#;-]*"\]$/)
  })

  it('cannot close the code fence early', () => {
    expect(out.split('\n').filter(l => l.startsWith('```'))).toHaveLength(2)
  })

  it('encodes characters as Mermaid entities', () => {
    expect(mermaidText('a"<b>#')).toBe('a#34;#60;b#62;#35;')
    expect(mermaidText('😀')).toBe('#128512;')
  })

  it('shortens long labels', () => {
    const long = new StepGraph([{ name: 'x'.repeat(500), type: 'Processing', parameters: [], raw: {} }], [])
    const line = renderMermaid(long, { ...plan, selected: ['x'.repeat(500)] }, undefined, { maxLabel: 20 })
    expect(line).toContain(`"${'x'.repeat(19)}#8230;"`)
  })
})

describe('chooseDiagram', () => {
  it('draws a small pipeline whole', () => {
    const graph = abaloneGraph()
    expect(chooseDiagram(graph, evaluatePlan(graph), 60, 100)).toEqual({ steps: graph.topologicalOrder() })
  })

  it('prunes a large pipeline to the steps that run and their neighbours', () => {
    const graph = chainGraph(500)
    const choice = chooseDiagram(graph, chainPlan(graph, 495), 60, 100)
    expect(choice.steps).toEqual(['s494', 's495', 's496', 's497', 's498', 's499'])
    expect(choice.note).toContain('6 of 500')
  })

  it('leaves the diagram out when even the pruned view is too large', () => {
    const graph = chainGraph(500)
    const choice = chooseDiagram(graph, chainPlan(graph, 100), 60, 100)
    expect(choice.steps).toBeUndefined()
    expect(choice.note).toContain('too large')
  })
})
