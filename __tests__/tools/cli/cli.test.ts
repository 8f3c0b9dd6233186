import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runCli, type CliIo } from '../../../tools/cli/cli.js'
import { parseDefinition } from '../../../src/core/definition.js'
import { CORPUS_DIR } from '../../../__fixtures__/definitions.js'

const corpus = CORPUS_DIR
const corpusFiles = fs.readdirSync(corpus).filter(f => f.endsWith('.json'))
const ABALONE = path.join(corpus, 'aws-examples-selective-execution-abalone.json')
const ALL_ABALONE = [
  'Abalone-Preprocess',
  'Abalone-Train',
  'Abalone-Evaluate',
  'Abalone-MSECheck',
  'Abalone-ModelRegister-RegisterModel',
  'Abalone-CreateModel-CreateModel',
  'Abalone-FailNotify'
]

const MAPPING = `pipelines:
  AbalonePipeline:
    steps:
      Abalone-Preprocess: pipelines/abalone/preprocess.py
      Abalone-Train: pipelines/abalone/train/**
      Abalone-Evaluate: pipelines/abalone/evaluate.py
      Abalone-FailNotify: pipelines/abalone/notify.py
    all-steps: pipelines/abalone/pipeline.py
    ignore: "**/*.md"
`

interface Result {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process; `files` shadow the file system, everything else is read from disk. */
async function cli(
  argv: string[],
  files: Record<string, string> = {},
  extra: Partial<CliIo> = {}
): Promise<Result> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: s => (stdout += s),
    stderr: s => (stderr += s),
    readFile: p => (Object.hasOwn(files, p) ? files[p]! : fs.readFileSync(p, 'utf8')),
    ...extra
  })
  return { code, stdout, stderr }
}

async function planJson(argv: string[], files: Record<string, string> = { 'map.yml': MAPPING }) {
  const r = await cli(['plan', '--definition', ABALONE, '--config', 'map.yml', '--json', ...argv], files)
  expect(r).toMatchObject({ code: 0 })
  const doc = JSON.parse(r.stdout) as {
    selected: string[]
    reasons: Record<string, string[]>
    full_run: boolean
  }
  expect(Object.keys(doc)).toEqual(['selected', 'reasons', 'full_run'])
  expect(Object.keys(doc.reasons)).toEqual(doc.selected)
  return { ...doc, stderr: r.stderr }
}

describe('graph', () => {
  test.each(corpusFiles)('graph --json %s has the required shape and the graph’s edges', async file => {
    const r = await cli(['graph', '--definition', path.join(corpus, file), '--json'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    const doc = JSON.parse(r.stdout) as { steps: Array<Record<string, string>>; edges: unknown[] }
    expect(Object.keys(doc)).toEqual(['steps', 'edges'])
    const g = parseDefinition(fs.readFileSync(path.join(corpus, file), 'utf8'))
    expect(doc.steps.map(s => s.name)).toEqual(g.topologicalOrder())
    for (const s of doc.steps) {
      const node = g.step(s.name!)
      expect(s).toEqual(
        node.condition
          ? { name: node.name, type: node.type, condition: node.condition }
          : { name: node.name, type: node.type }
      )
    }
    expect(doc.edges).toEqual(g.edges().map(e => [e.from, e.to]))
  })

  test('human output lists steps in order with type and Condition, then edges with kinds', async () => {
    const r = await cli(['graph', '--definition', ABALONE])
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe(`${ABALONE}: 7 steps, 9 edges`)
    const start = lines.indexOf('Steps (topological order):') + 1
    const stepLines = lines.slice(start, lines.indexOf('', start))
    expect(stepLines.map(l => l.trim().split(/\s+/)[0])).toEqual(ALL_ABALONE)
    expect(r.stdout).toMatch(/Abalone-FailNotify +Fail +in Abalone-MSECheck \(Else branch\)/)
    expect(r.stdout).toMatch(/Abalone-Evaluate +→ Abalone-MSECheck +\(property\)/)
    expect(r.stdout).toMatch(/Abalone-MSECheck +→ Abalone-FailNotify +\(condition\)/)
  })

  test('--help, and errors with exit codes', async () => {
    expect(await cli(['graph', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: graph')
    })
    expect(await cli(['graph'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--definition FILE is required')
    })
    expect(await cli(['graph', '--definition', 'missing.json'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--definition missing.json: cannot read the file (no such file)')
    })
    expect(await cli(['graph', '--definition', 'bad.json'], { 'bad.json': '{"Version": ' })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('bad.json: invalid JSON')
    })
    expect(await cli(['graph', '--definition', ABALONE, '--jsn'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown option --jsn (did you mean "--json"?)')
    })
    expect((await cli(['graph', '--definition', ABALONE, 'extra'])).code).toBe(2)
  })
})

describe('plan', () => {
  test('a changed file selects its step and the downstream closure, each with reasons', async () => {
    const plan = await planJson(['--changed', 'pipelines/abalone/train/model.py'])
    expect(plan.selected).toEqual(ALL_ABALONE.slice(1))
    expect(plan.full_run).toBe(false)
    expect(plan.reasons['Abalone-Train']).toEqual([
      'pipelines/abalone/train/model.py changed (matches pipelines/abalone/train/**)'
    ])
    expect(plan.reasons['Abalone-Evaluate']).toEqual(['downstream of Abalone-Train, which runs'])
    expect(plan.reasons['Abalone-FailNotify']).toEqual(['downstream of Abalone-MSECheck, which runs'])
  })

  test('a nested step brings its enclosing Condition, whose closure brings both branches', async () => {
    const plan = await planJson(['--changed', 'pipelines/abalone/notify.py'])
    expect(plan.selected).toEqual(ALL_ABALONE.slice(3))
    expect(plan.reasons['Abalone-MSECheck']).toEqual(['enclosing Condition of Abalone-FailNotify'])
    expect(plan.reasons['Abalone-FailNotify']).toContain('pipelines/abalone/notify.py changed')
  })

  test('every step selected is a full run; ignored files select nothing', async () => {
    const all = await planJson(['--changed', 'pipelines/abalone/pipeline.py'])
    expect(all).toMatchObject({ selected: ALL_ABALONE, full_run: true })
    expect(all.reasons['Abalone-Train']).toEqual([
      'pipelines/abalone/pipeline.py changed (all-steps glob pipelines/abalone/pipeline.py)'
    ])
    const root = await planJson(['--changed', 'pipelines/abalone/preprocess.py'])
    expect(root).toMatchObject({ selected: ALL_ABALONE, full_run: true })
    expect(await planJson(['--changed', 'pipelines/abalone/train/README.md'])).toMatchObject({
      selected: [],
      reasons: {},
      full_run: false
    })
  })

  test('more than 50 selected steps is a full run', async () => {
    const steps = [{ Name: 'Other', Type: 'Processing', Arguments: {} }]
    for (let i = 0; i < 55; i++) {
      steps.push({
        Name: `S${i}`,
        Type: 'Processing',
        Arguments: {},
        ...(i > 0 ? { DependsOn: [`S${i - 1}`] } : {})
      })
    }
    const files = {
      'def.json': JSON.stringify({ Version: '2020-12-01', Steps: steps }),
      'map.yml': 'pipelines:\n  Chain:\n    steps:\n      S0: chain/**\n'
    }
    const r = await cli(
      ['plan', '--definition', 'def.json', '--config', 'map.yml', '--changed', 'chain/a.py', '--json'],
      files
    )
    const doc = JSON.parse(r.stdout)
    expect(doc.full_run).toBe(true)
    expect(doc.selected).toHaveLength(56)
    const text = await cli(
      ['plan', '--definition', 'def.json', '--config', 'map.yml', '--changed', 'chain/a.py'],
      files
    )
    expect(text.stdout).toContain('55 steps selected; a selective execution allows at most 50')
  })

  test('changed files: repeated, listed after --changed, or from standard input with -', async () => {
    const many = await planJson(['--changed', 'pipelines/abalone/evaluate.py', 'pipelines/abalone/notify.py'])
    expect(many.selected).toEqual(ALL_ABALONE.slice(2))
    const stdin = await planJson(['--changed', '-'], {
      'map.yml': MAPPING,
      '-': './pipelines/abalone/evaluate.py\r\n\npipelines/abalone/train/x.py\n'
    })
    expect(stdin.selected).toEqual(ALL_ABALONE.slice(1))
    expect(stdin.reasons['Abalone-Evaluate']![0]).toBe('pipelines/abalone/evaluate.py changed')
  })

  test('human output: offline reference, the steps with reasons, reuse, warnings', async () => {
    const r = await cli(
      ['plan', '--definition', ABALONE, '--config', 'map.yml', '--changed', 'pipelines/abalone/evaluate.py'],
      {
        'map.yml': MAPPING
      }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('as if a reference run exists in which every step succeeded')
    expect(r.stdout).toContain('Run 5 of 7 steps')
    expect(r.stdout).toMatch(/Abalone-Evaluate +pipelines\/abalone\/evaluate.py changed/)
    expect(r.stdout).toContain('Reused from the reference run (2): Abalone-Preprocess, Abalone-Train')
    const none = await cli(['plan', '--definition', ABALONE, '--changed', 'x.py'])
    expect(none.stdout).toContain('Nothing to run')
    expect(none.stdout).toContain('no --config given: changed files select no step')
  })

  describe('--reference-steps', () => {
    test('a map of step states; a reference missing a reused step means no reference, so a full run', async () => {
      const files = {
        'map.yml': MAPPING,
        'ref.json': JSON.stringify({
          'Abalone-Preprocess': 'Succeeded',
          'Abalone-Train': { status: 'Succeeded' }
        }),
        'partial.json': JSON.stringify({ 'Abalone-Train': 'Succeeded' })
      }
      const ok = await planJson(
        ['--changed', 'pipelines/abalone/evaluate.py', '--reference-steps', 'ref.json'],
        files
      )
      expect(ok).toMatchObject({ selected: ALL_ABALONE.slice(2), full_run: false })
      const bad = await planJson(
        ['--changed', 'pipelines/abalone/evaluate.py', '--reference-steps', 'partial.json'],
        files
      )
      expect(bad.full_run).toBe(true)
      // Preprocess has no output in that run: it runs, and with it every step, so the run is not used.
      expect(bad.stderr).toContain('the reference run is not used: would run every step')
    })

    test('the ListPipelineExecutionSteps response, with a failed upstream step', async () => {
      const response = {
        PipelineExecutionSteps: [
          {
            StepName: 'Abalone-Evaluate',
            StepStatus: 'Failed',
            FailureReason: 'boom',
            StartTime: 1700000100
          },
          { StepName: 'Abalone-Train', StepStatus: 'Succeeded', StartTime: '2024-01-01T00:00:00Z' },
          {
            StepName: 'Abalone-Preprocess',
            StepStatus: 'Succeeded',
            SelectiveExecutionResult: {
              SourcePipelineExecutionArn: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/x'
            }
          }
        ]
      }
      const files = { 'map.yml': MAPPING, 'steps.json': JSON.stringify(response) }
      const ok = await planJson(
        ['--changed', 'pipelines/abalone/evaluate.py', '--reference-steps', 'steps.json'],
        files
      )
      expect(ok).toMatchObject({ selected: ALL_ABALONE.slice(2), full_run: false })
      // Train Failed in the reference: it runs again (and its closure), Preprocess is reused.
      const failed = {
        PipelineExecutionSteps: [
          { StepName: 'Abalone-Preprocess', StepStatus: 'Succeeded' },
          { StepName: 'Abalone-Train', StepStatus: 'Failed' }
        ]
      }
      const full = await planJson(
        ['--changed', 'pipelines/abalone/evaluate.py', '--reference-steps', 'f.json'],
        {
          'map.yml': MAPPING,
          'f.json': JSON.stringify(failed)
        }
      )
      expect(full).toMatchObject({ selected: ALL_ABALONE.slice(1), full_run: false })
      expect(full.reasons['Abalone-Train']).toEqual(['Failed in the reference run'])
    })

    test('malformed reference steps are input errors naming the entry', async () => {
      const run = (content: string) =>
        cli(['plan', '--definition', ABALONE, '--reference-steps', 'r.json'], { 'r.json': content })
      expect(await run('{"Abalone-Train": "Done"}')).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('r.json: Abalone-Train is "Done"; a step status is one of')
      })
      expect(await run('{"PipelineExecutionSteps": [{"StepStatus": "Succeeded"}]}')).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('PipelineExecutionSteps[0] has no StepName')
      })
      expect(await run('[1]')).toMatchObject({ code: 1 })
      expect(await run('{nope')).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('--reference-steps r.json: invalid JSON')
      })
    })
  })

  test('mapping and pipeline errors', async () => {
    const two = 'pipelines:\n  AbalonePipeline: {}\n  Other: {}\n'
    expect(
      await cli(['plan', '--definition', ABALONE, '--config', 'two.yml'], { 'two.yml': two })
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'lists several pipelines (AbalonePipeline, Other); choose one with --pipeline'
      )
    })
    expect(
      await cli(['plan', '--definition', ABALONE, '--config', 'two.yml', '--pipeline', 'Othr'], {
        'two.yml': two
      })
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('pipeline "Othr" is not in the mapping file (did you mean "Other"?)')
    })
    expect(await cli(['plan', '--definition', ABALONE, '--pipeline', 'X'])).toMatchObject({ code: 2 })
    expect(await cli(['plan', '--definition', ABALONE, 'a.py'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('list changed files after --changed')
    })
    const badMap = 'pipelines:\n  AbalonePipeline:\n    steps:\n      Abalone-Trian: a/**\n'
    expect(
      await cli(['plan', '--definition', ABALONE, '--config', 'm.yml'], { 'm.yml': badMap })
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'm.yml:4:7: pipelines.AbalonePipeline.steps.Abalone-Trian names no step'
      )
    })
    expect(await cli(['plan', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('--reference-steps FILE')
    })
  })
})

describe('commands', () => {
  test('no command, --help, unknown command', async () => {
    expect(await cli([])).toMatchObject({ code: 2, stderr: expect.stringContaining('no command given') })
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') })
    expect(await cli(['plann'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "plann" (did you mean "plan"?)')
    })
  })

  test('emulator starts, answers the SageMaker protocol, prints the export line and stops', async () => {
    let answer: unknown
    let out = ''
    const code = await runCli(['emulator'], {
      stdout: s => (out += s),
      stderr: () => undefined,
      readFile: p => fs.readFileSync(p, 'utf8'),
      untilStopped: async () => {
        const url = /^export AWS_ENDPOINT_URL_SAGEMAKER=(\S+)$/m.exec(out)![1]!
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-amz-json-1.1',
            'X-Amz-Target': 'SageMaker.ListPipelines'
          },
          body: '{}'
        })
        answer = await response.json()
      }
    })
    expect(code).toBe(0)
    expect(out).toMatch(/^SageMaker Pipelines emulator listening on http:\/\/127\.0\.0\.1:\d+/)
    expect(answer).toEqual(expect.objectContaining({ PipelineSummaries: [] }))
  })

  test('emulator options are checked', async () => {
    expect(await cli(['emulator', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('--port N')
    })
    expect(await cli(['emulator', '--port', 'abc'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a port number')
    })
    expect(await cli(['emulator', '--seed', 's.json'], { 's.json': '{"x": 1}' })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('expected {"pipelines": [...]}')
    })
  })
})
