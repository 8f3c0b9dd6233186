import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseDefinition } from '../../src/core/definition.js'
import { loadMappingFile } from '../../src/core/mapping.js'
import { planSelection } from '../../src/core/planner.js'
import { goals } from '../goals.js'
import { fitted, type PlanCase } from '../planning-scale.js'
import { startRecorder, type Recorder } from '../recorder.js'
import type { Results } from '../results.js'
import type { ScenarioResult } from '../scenarios.js'
import { median, perDoubling } from '../stats.js'
import { changedFiles, definitionText, mappingText, PIPELINE } from '../synthetic.js'
import { table } from '../table.js'

describe('growth per doubling', () => {
  it('is 2 for linear work, 4 for quadratic, 1 for constant, whatever the step between sizes', () => {
    expect(perDoubling(10, 100, 10)).toBeCloseTo(2)
    expect(perDoubling(3, 300, 100)).toBeCloseTo(2)
    expect(perDoubling(1, 100, 10)).toBeCloseTo(4)
    expect(perDoubling(5, 5, 1000)).toBeCloseTo(1)
  })

  it('fits one slope over every case, per axis, leaving out times under the noise floor', () => {
    const cases: PlanCase[] = []
    for (const steps of [50, 500, 5000]) {
      for (const files of [100, 10_000, 100_000]) {
        for (const globs of [10, 1000]) {
          // linear in files, quadratic in steps, flat in globs
          const planMs = (files / 1000) * (steps / 50) ** 2 * 0.5
          cases.push({ steps, files, globs, planMs, selected: 1, fullRun: false })
        }
      }
    }
    expect(fitted(cases, 'files')).toBeCloseTo(2)
    expect(fitted(cases, 'steps')).toBeCloseTo(4)
    expect(fitted(cases, 'globs')).toBeCloseTo(1)
    const tiny = cases.map(c => ({ ...c, planMs: 0.5 }))
    expect(fitted(tiny, 'files')).toBeUndefined()
  })

  it('takes the median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })
})

describe('synthetic inputs', () => {
  it.each([1, 4, 5, 17, 50, 61, 500])('a %i-step definition parses to exactly that many steps', size => {
    const text = definitionText(size)
    const graph = parseDefinition(text)
    expect(graph.size).toBe(size)
    expect(definitionText(size)).toBe(text) // deterministic
  })

  it('has Conditions with If and Else branches and steps that read others', () => {
    const graph = parseDefinition(definitionText(500))
    const nodes = [...graph.steps.values()]
    expect(nodes.filter(n => n.type === 'Condition').length).toBeGreaterThan(10)
    expect(nodes.filter(n => n.branch === 'If').length).toBeGreaterThan(10)
    expect(nodes.filter(n => n.branch === 'Else' && n.type === 'Fail').length).toBeGreaterThan(10)
    expect(graph.edges().length).toBeGreaterThan(graph.size)
  })

  it('maps the asked number of globs, and about 2 % of the changed files hit one', () => {
    for (const [steps, globs] of [
      [50, 10],
      [50, 1000],
      [5000, 10],
      [5000, 1000]
    ] as const) {
      const synthetic = mappingText(steps, globs)
      expect(synthetic.globs).toHaveLength(globs)
      const mapping = loadMappingFile(synthetic.text, 'bench').forPipeline(
        PIPELINE,
        parseDefinition(definitionText(steps))
      )
      const files = changedFiles(10_000, steps, synthetic)
      expect(new Set(files).size).toBe(files.length)
      const matches = files.map(f => mapping.match(f))
      const hits = matches.filter(m => m.steps.length > 0).length
      expect(hits).toBeGreaterThan(150)
      expect(hits).toBeLessThan(250)
      expect(matches.some(m => m.allSteps !== undefined)).toBe(false)
      expect(matches.filter(m => m.ignored).length).toBeGreaterThan(600)
    }
  })

  it('gives a selective plan for a small change set and a full run for a large one', () => {
    const graph = parseDefinition(definitionText(5000))
    const synthetic = mappingText(5000, 1000)
    const mapping = loadMappingFile(synthetic.text, 'bench').forPipeline(PIPELINE, graph)
    const plan = (count: number) =>
      planSelection({
        graph,
        mapping,
        changes: { files: changedFiles(count, 5000, synthetic), complete: true },
        selection: 'affected',
        downstream: true,
        reference: { arn: 'ref', status: 'Succeeded', createdAt: 0, steps: new Map() }
      })
    expect(plan(100).fullRun).toBe(false)
    expect(plan(100).selected.length).toBeGreaterThan(1)
    expect(plan(100_000).fullRun).toBe(true)
  })
})

describe('recorder', () => {
  let upstream: Server | undefined
  let recorder: Recorder | undefined
  afterEach(async () => {
    await recorder?.close()
    await new Promise(resolve => (upstream ? upstream.close(resolve) : resolve(undefined)))
    upstream = recorder = undefined
  })

  async function start(): Promise<{ post(target: string, body: unknown): Promise<Response> }> {
    upstream = createServer((req, res) => {
      const self = `http://127.0.0.1:${(upstream!.address() as AddressInfo).port}`
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', link: `<${self}/next?page=2>; rel="next"` })
        res.end(JSON.stringify({ target: req.headers['x-amz-target'] }))
      })
    })
    await new Promise<void>(resolve => upstream!.listen(0, '127.0.0.1', resolve))
    recorder = await startRecorder(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`)
    const url = recorder.url
    return {
      post: (target, body) =>
        fetch(url, { method: 'POST', headers: { 'x-amz-target': target }, body: JSON.stringify(body) })
    }
  }

  it('passes requests through and points pagination links at itself', async () => {
    const { post } = await start()
    const response = await post('SageMaker.DescribePipeline', { PipelineName: 'P' })
    expect(await response.json()).toEqual({ target: 'SageMaker.DescribePipeline' })
    expect(response.headers.get('link')).toBe(`<${recorder!.url}/next?page=2>; rel="next"`)
    expect(recorder!.calls).toEqual([
      expect.objectContaining({ label: 'DescribePipeline', detail: 'PipelineName=P' })
    ])
  })

  it('flags the same request sent twice, even with another page size, but not the next page', async () => {
    const { post } = await start()
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/abc'
    await post('SageMaker.ListPipelineExecutionSteps', { PipelineExecutionArn: arn, MaxResults: 100 })
    await post('SageMaker.ListPipelineExecutionSteps', { MaxResults: 25, PipelineExecutionArn: arn })
    await post('SageMaker.ListPipelineExecutionSteps', { PipelineExecutionArn: arn, NextToken: 't2' })
    await post('SageMaker.ListPipelineExecutions', { PipelineName: 'p' })
    expect(recorder!.repeated()).toEqual([
      {
        label: 'ListPipelineExecutionSteps',
        detail: 'PipelineExecutionArn=execution/abc MaxResults=100',
        times: 2
      }
    ])
    recorder!.reset()
    expect(recorder!.repeated()).toEqual([])
  })
})

describe('goals', () => {
  const scenario = (over: Partial<ScenarioResult>): ScenarioResult => ({
    name: 's',
    description: '',
    available: true,
    exitCode: 0,
    status: 'Executing',
    sagemaker: {},
    github: {},
    minimum: { sagemaker: {}, github: {} },
    repeated: [],
    expectedRepeats: [],
    requests: [],
    excess: 0,
    belowMinimum: [],
    ...over
  })
  const results = (scenarios: ScenarioResult[]): Results => ({
    mode: 'quick',
    startedAt: '',
    seconds: 0,
    sectionSeconds: {},
    node: '',
    platform: '',
    cpus: 2,
    scenarios,
    goals: []
  })

  it('fails on a repeated call or more than 4 above the minimum, and skips what is not available', () => {
    const [ok, slightlyOver, repeated, wayOver, missing] = goals(
      results([
        scenario({ excess: 2 }),
        scenario({ excess: 3 }),
        scenario({ repeated: [{ label: 'X', detail: '', times: 2 }] }),
        scenario({ excess: 5 }),
        scenario({ available: false, note: 'not implemented' })
      ])
    )
    expect([ok!.met, ok!.badlyMissed]).toEqual([true, false])
    expect([slightlyOver!.met, slightlyOver!.badlyMissed]).toEqual([false, false])
    expect([repeated!.met, repeated!.badlyMissed]).toEqual([false, true])
    expect([wayOver!.met, wayOver!.badlyMissed]).toEqual([false, true])
    expect([missing!.met, missing!.badlyMissed, missing!.value]).toEqual([undefined, false, 'not available'])
  })
})

describe('table', () => {
  it('pads columns to their widest cell, text left and numbers right', () => {
    expect(
      table(
        ['name', 'n'],
        [
          ['a', '10'],
          ['bbb', '2']
        ]
      )
    ).toEqual(['  name   n', '  ────  ──', '  a     10', '  bbb    2'])
  })
})
