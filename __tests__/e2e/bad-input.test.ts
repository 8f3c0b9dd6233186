import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { definitionOf } from '../../__fixtures__/graphs.js'
import { DEMO_PR, e2e, json, type E2E } from '../../__fixtures__/e2e.js'
import type { RunnerResult } from '../../tools/demo/runner.js'

/**
 * The bad-input catalog: every way a workflow author can get the action's inputs, mapping file,
 * pipeline or environment wrong. Each must fail the job with exactly one `::error::` that names the
 * offending input / entry / value and what is accepted, start nothing, post nothing on the pull
 * request, and never print a secret (the token, and AWS credentials passed in the environment).
 * One world serves every case; each runs in its own copy of the checkout under its own run id, so a
 * case the action wrongly lets through cannot disturb the others.
 */

const TOKEN = 'ghs_demotoken0123456789' // what the runner fixture passes as github-token
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSecretKey42'
const AWS_SESSION = 'IQoJb3JpZ2luX2VjEFakeSessionToken0123456789abcdef'
const MAPPING = '.github/sagemaker-pipelines.yml'
const ACCOUNT_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline'

interface Case {
  name: string
  inputs?: Record<string, string>
  /** Files written into this case's own copy of the checkout (null deletes). */
  files?: Record<string, string | null>
  env?: Record<string, string>
  /** The event payload file's raw text, instead of the pull request event. */
  eventText?: string
  /** Run against the proxy that serves impossible definitions. */
  proxy?: boolean
  repository?: string
  /** Every one of these must appear in the single error message. */
  says: Array<string | RegExp>
}

let env: E2E
let world: E2E['world']
let proxy: { url: string; close(): Promise<void> }
/** ARNs of the shared history, by what they are. */
let arns: { good: string; failedAtTrain: string; stopped: string; running: string }

const mappingWith = (steps: string, extra = ''): string =>
  `pipelines:\n  AbalonePipeline:\n    steps:\n${steps}${extra}`

const cases: Case[] = [
  // ---- enumerated inputs -------------------------------------------------------------------------
  { name: 'mode typo', inputs: { mode: 'strat' }, says: ['"mode"', '"strat"', 'did you mean "start"'] },
  {
    name: 'selection typo',
    inputs: { selection: 'affectd' },
    says: ['"selection"', '"affectd"', 'did you mean "affected"', '"coverage"']
  },
  {
    name: 'reference typo',
    inputs: { reference: 'lastest' },
    says: ['"reference"', '"lastest"', 'did you mean "latest"']
  },
  {
    name: 'downstream: maybe',
    inputs: { downstream: 'maybe' },
    says: ['"downstream"', '"maybe"', 'true or false']
  },
  { name: 'comment: sometimes', inputs: { comment: 'sometimes' }, says: ['"comment"', 'true or false'] },
  {
    name: 'cancel-superseded: please',
    inputs: { 'cancel-superseded': 'please' },
    says: ['"cancel-superseded"', '"please"', 'true or false']
  },
  {
    name: 'wait-timeout-minutes not a number',
    inputs: { mode: 'wait', 'wait-timeout-minutes': 'soon' },
    says: ['"wait-timeout-minutes"', '"soon"', 'number of minutes']
  },
  {
    name: 'wait-timeout-minutes negative',
    inputs: { mode: 'wait', 'wait-timeout-minutes': '-5' },
    says: ['"wait-timeout-minutes"', '"-5"', 'number of minutes']
  },
  {
    name: 'base that is an option, not a ref',
    inputs: { base: '--upload-pack=touch /tmp/pwned' },
    says: ['"base"', '--upload-pack', 'commit SHA or a git ref']
  },
  // ---- region and environment ---------------------------------------------------------------------
  {
    name: 'no AWS region anywhere',
    env: { AWS_REGION: '', AWS_DEFAULT_REGION: '' },
    says: ['region', '"aws-region"', 'AWS_REGION']
  },
  {
    name: 'aws-region that is not a region',
    inputs: { 'aws-region': 'us-east' },
    says: ['"us-east"', 'us-east-1']
  },
  {
    name: 'event payload that is not JSON',
    eventText: '{"pull_request": {"number": 7, ',
    says: ['GITHUB_EVENT_PATH', 'JSON']
  },
  {
    name: 'no GITHUB_REPOSITORY',
    repository: '',
    says: ['GITHUB_REPOSITORY', 'owner/name']
  },
  // ---- pipeline -----------------------------------------------------------------------------------
  {
    name: 'pipeline name with an underscore',
    inputs: { pipeline: 'Abalone_Pipeline' },
    says: ['"pipeline"', '"Abalone_Pipeline"', 'letters, digits and hyphens']
  },
  {
    name: 'pipeline ARN of the wrong shape',
    inputs: { pipeline: `${ACCOUNT_ARN}s/AbalonePipeline` },
    says: ['"pipeline"', 'pipelines/AbalonePipeline', 'arn:aws:sagemaker:<region>:<account>:pipeline/<name>']
  },
  {
    name: 'pipeline ARN in another region than aws-region',
    inputs: {
      pipeline: 'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/AbalonePipeline',
      'aws-region': 'us-east-1'
    },
    says: ['"pipeline"', 'eu-west-1', 'us-east-1']
  },
  {
    name: 'head that names no commit',
    inputs: { head: 'feature/does-not-exist' },
    says: ['"head"', 'feature/does-not-exist']
  },
  {
    name: 'pipeline that does not exist',
    inputs: { pipeline: 'AbalonePipelin' },
    files: { [MAPPING]: null },
    says: ['"pipeline"', '"AbalonePipelin"', 'us-east-1']
  },
  {
    name: 'pipeline whose definition has a cycle',
    inputs: { pipeline: 'CyclicPipeline' },
    files: { [MAPPING]: null },
    proxy: true,
    says: ['CyclicPipeline', 'cycle', /Loop-A → Loop-B → Loop-A|Loop-B → Loop-A → Loop-B/]
  },
  {
    name: 'pipeline with no steps',
    inputs: { pipeline: 'EmptyPipeline' },
    files: { [MAPPING]: null },
    says: ['EmptyPipeline', /no steps/i]
  },
  // ---- steps --------------------------------------------------------------------------------------
  {
    name: 'unknown step (typo)',
    inputs: { steps: 'Abalone-Trian' },
    says: ['steps', '"Abalone-Trian"', 'did you mean "Abalone-Train"']
  },
  {
    name: 'step name with a space',
    inputs: { steps: 'Abalone Train' },
    says: ['"steps"', '"Abalone Train"', 'A-Z, a-z, 0-9, - and _']
  },
  { name: 'step name with ..', inputs: { steps: '../x' }, says: ['"steps"', '"../x"', 'A-Z, a-z, 0-9'] },
  {
    name: 'step name with markup',
    inputs: { steps: 'Abalone-Train, <img src=x onerror=alert(1)>' },
    says: ['"steps"', '<img src=x onerror=alert(1)>', 'A-Z, a-z, 0-9']
  },
  // ---- parameters ---------------------------------------------------------------------------------
  {
    name: 'parameters: YAML syntax error',
    inputs: { parameters: 'XGBMaxDepth: [6' },
    says: ['parameters', /YAML/]
  },
  {
    name: 'parameters: a list instead of a mapping',
    inputs: { parameters: '- XGBMaxDepth: 6\n- XGBETA: 0.3' },
    says: ['parameters', 'mapping', 'list']
  },
  {
    name: 'parameters: a nested mapping as a value',
    inputs: { parameters: 'XGBMaxDepth:\n  value: 6' },
    says: ['parameters', 'XGBMaxDepth', 'nested mapping', 'string, number or boolean']
  },
  {
    name: 'parameters: a null value',
    inputs: { parameters: 'XGBMaxDepth:' },
    says: ['parameters', 'XGBMaxDepth', 'null']
  },
  {
    name: 'parameters: undeclared (typo)',
    inputs: { parameters: 'XGBMaxDept: 6' },
    says: ['parameters', '"XGBMaxDept"', 'did you mean "XGBMaxDepth"']
  },
  {
    name: 'parameters: text for an Integer',
    inputs: { parameters: 'XGBMaxDepth: six' },
    says: ['parameters', 'XGBMaxDepth', 'Integer', '"six"']
  },
  {
    name: 'parameters: a fraction for an Integer',
    inputs: { parameters: '{"XGBNumRounds": 2.5}' },
    says: ['parameters', 'XGBNumRounds', 'Integer', '"2.5"']
  },
  {
    name: 'parameters: text for a Float',
    inputs: { parameters: 'XGBETA: fast' },
    says: ['parameters', 'XGBETA', 'Float', '"fast"']
  },
  {
    name: 'parameters: not a Boolean',
    inputs: { pipeline: 'FlagPipeline', parameters: 'UseSpot: maybe' },
    files: { [MAPPING]: null },
    says: ['parameters', 'UseSpot', 'Boolean', '"maybe"', 'true or false']
  },
  {
    name: 'parameters: an alias bomb',
    inputs: {
      parameters: [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from({ length: 8 }, (_, i) => {
          const prev = String.fromCharCode(97 + i)
          const name = String.fromCharCode(98 + i)
          return `${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`
        })
      ].join('\n')
    },
    says: ['parameters', /alias/i]
  },
  // ---- reference ----------------------------------------------------------------------------------
  {
    name: 'reference ARN that is malformed',
    inputs: { reference: `${ACCOUNT_ARN}/AbalonePipeline/executions/abc` },
    says: ['"reference"', 'executions/abc', 'pipeline execution ARN']
  },
  {
    name: 'reference ARN of another pipeline',
    inputs: { reference: `${ACCOUNT_ARN}/TitanicPipeline/execution/abcdef123456` },
    says: ['"reference"', '"TitanicPipeline"', '"AbalonePipeline"']
  },
  {
    name: 'reference ARN that does not exist',
    inputs: { reference: `${ACCOUNT_ARN}/AbalonePipeline/execution/zzzzzzzzzzzz` },
    says: ['"reference"', 'execution/zzzzzzzzzzzz', /does not exist|not found/i]
  },
  // The eligibility cases take their ARN from the seeded history (see beforeAll).
  {
    name: 'reference ARN of a Stopped run',
    inputs: { reference: 'stopped' },
    says: ['"reference"', 'Stopped']
  },
  {
    name: 'reference ARN of a running run',
    inputs: { reference: 'running' },
    says: ['"reference"', 'Executing']
  },
  // ---- mapping file -------------------------------------------------------------------------------
  {
    name: 'mapping: YAML syntax error',
    files: { [MAPPING]: mappingWith('      Abalone-Train: [pipelines/abalone/train/**\n') },
    // The parser notices the unclosed bracket where the file ends, one line below.
    says: [/sagemaker-pipelines\.yml:[45]:\d+: invalid YAML/, 'Flow sequence']
  },
  {
    name: 'mapping: a step listed twice',
    files: {
      [MAPPING]: mappingWith(
        '      Abalone-Train: pipelines/abalone/train/**\n      Abalone-Train: pipelines/abalone/train.py\n'
      )
    },
    says: [`${MAPPING}:5:7`, 'YAML', /unique|duplicate/i]
  },
  {
    name: 'mapping: unknown top-level key',
    files: { [MAPPING]: mappingWith('      Abalone-Train: pipelines/abalone/train/**\n') + 'version: 2\n' },
    says: [`${MAPPING}:5:1`, 'version', 'pipelines']
  },
  {
    name: 'mapping: misspelt pipeline key',
    files: {
      [MAPPING]:
        'pipelines:\n  AbalonePipeline:\n    step:\n      Abalone-Train: pipelines/abalone/train/**\n'
    },
    says: [`${MAPPING}:3:5`, 'step', 'did you mean "steps"']
  },
  {
    name: 'mapping: unknown step (typo)',
    files: { [MAPPING]: mappingWith('      Abalone-Evalute: pipelines/abalone/evaluate.py\n') },
    says: [`${MAPPING}:4:7`, 'Abalone-Evalute', 'did you mean "Abalone-Evaluate"']
  },
  {
    name: 'mapping: empty glob list',
    files: { [MAPPING]: mappingWith('      Abalone-Train: []\n') },
    says: [`${MAPPING}:4:`, 'Abalone-Train', 'empty list']
  },
  {
    name: 'mapping: malformed glob',
    files: { [MAPPING]: mappingWith("      Abalone-Train: 'src/{a,b'\n") },
    says: [`${MAPPING}:4:`, 'src/{a,b', 'Abalone-Train']
  },
  {
    name: 'mapping: absolute glob',
    files: { [MAPPING]: mappingWith('      Abalone-Train: /pipelines/abalone/train/**\n') },
    says: [`${MAPPING}:4:`, '/pipelines/abalone/train/**', 'absolute', 'relative to the repository root']
  },
  {
    name: 'mapping: glob with ..',
    files: { [MAPPING]: mappingWith('      Abalone-Train:\n        - ../shared/**\n') },
    says: [`${MAPPING}:5:`, '../shared/**', "'..'"]
  },
  {
    name: 'mapping: negated glob',
    files: { [MAPPING]: mappingWith("      Abalone-Train: '!**/*.md'\n") },
    says: [`${MAPPING}:4:`, '!**/*.md', 'ignore']
  },
  {
    name: 'mapping: pipeline name with a space',
    files: { [MAPPING]: 'pipelines:\n  Abalone Pipeline:\n    steps:\n      Abalone-Train: pipelines/**\n' },
    says: [`${MAPPING}:2:3`, 'Abalone Pipeline', 'not a valid SageMaker pipeline name']
  },
  {
    name: 'mapping: coverage parameter undeclared (typo)',
    files: {
      [MAPPING]: mappingWith(
        '      Abalone-Train: pipelines/abalone/train/**\n',
        '    coverage:\n      Abalone-FailNotify:\n        parameters: { MseTreshold: 0 }\n'
      )
    },
    says: [`${MAPPING}:7:`, 'MseTreshold', 'did you mean "MseThreshold"']
  },
  {
    name: 'mapping: empty file',
    files: { [MAPPING]: '# nothing yet\n' },
    says: [MAPPING, 'pipelines:']
  },
  {
    name: 'mapping: pipeline missing from it',
    files: { [MAPPING]: 'pipelines:\n  TitanicPipeline:\n    steps:\n      Titanic-Train: src/**\n' },
    says: [MAPPING, '"AbalonePipeline"', 'TitanicPipeline']
  },
  {
    name: 'mapping: two pipelines and no pipeline input',
    inputs: { pipeline: '' },
    files: {
      [MAPPING]:
        mappingWith('      Abalone-Train: pipelines/abalone/train/**\n') +
        '  TitanicPipeline:\n    steps:\n      Titanic-Train: src/**\n'
    },
    says: ['"pipeline"', MAPPING, 'AbalonePipeline', 'TitanicPipeline']
  },
  {
    name: 'config pointing at a missing file',
    inputs: { config: '.github/sagemaker-pipeline.yml' },
    says: ['"config"', '.github/sagemaker-pipeline.yml']
  },
  {
    name: 'config with ..',
    inputs: { config: '../other-repo/.github/sagemaker-pipelines.yml' },
    says: ['"config"', '../other-repo', '..']
  },
  { name: 'config absolute', inputs: { config: '/etc/passwd' }, says: ['"config"', '"/etc/passwd"'] }
]

beforeAll(async () => {
  env = await e2e({
    executions: (r, provenance) => [
      { status: 'Succeeded', createdAt: '-1d', description: provenance(r.commits.main, '950/1') },
      {
        status: 'Failed',
        createdAt: '-5h',
        description: provenance(r.commits.main, '990/1'),
        failedStep: 'Abalone-Train'
      },
      { status: 'Stopped', createdAt: '-3h', description: provenance(r.commits.main, '991/1') },
      { status: 'Executing', createdAt: '-1h', description: provenance(r.commits.main, '992/1') }
    ]
  })
  world = env.world
  const [good, failedAtTrain, stopped, running] = world.history as [string, string, string, string]
  arns = { good, failedAtTrain, stopped, running }
  world.emulator.seed({
    pipelines: [
      {
        name: 'FlagPipeline',
        definition: definitionOf(
          [{ name: 'Flag-Train', type: 'Training', reads: ['UseSpot'] }],
          [{ Name: 'UseSpot', Type: 'Boolean', DefaultValue: false }]
        )
      },
      // The emulator, like the action's parser, accepts "Steps": [] (whether the service does is not documented).
      { name: 'EmptyPipeline', definition: definitionOf([]) }
    ]
  })
  proxy = await definitionProxy(world.emulator.url, {
    CyclicPipeline: definitionOf(['Loop-A<Loop-B', 'Loop-B<Loop-A'])
  })
}, 60_000)

afterAll(async () => {
  await proxy?.close()
  await env?.close()
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

describe('bad input fails the job with one clear error, starts nothing, posts nothing, prints no secret', () => {
  // Each case runs in its own checkout, with its own run id, so the cases can run side by side.
  it.concurrent.each(cases)('$name', async c => {
    const runId = String(2000 + cases.indexOf(c))
    const inputs = { ...c.inputs }
    if (inputs.reference && inputs.reference in arns)
      inputs.reference = arns[inputs.reference as keyof typeof arns]
    const runEnv = { ...secretEnv(), ...c.env }
    if (c.eventText !== undefined) runEnv.GITHUB_EVENT_PATH = scratchFile('event.json', c.eventText)
    const result = await env.run(inputs, {
      env: runEnv,
      runId,
      ...(c.files ? { workspace: checkoutWith(c.files) } : {}),
      ...(c.proxy ? { sagemakerUrl: proxy.url } : {}),
      ...(c.repository === undefined ? {} : { repository: c.repository })
    })
    expectOneClearError(result, c.says)
    expect(result.exitCode).toBe(1)
    expect(await executionsStartedBy(runId)).toEqual([])
    expect(env.ourComments().filter(comment => comment.body.includes(`/actions/runs/${runId})`))).toEqual([])
    expect(result.outputs['execution-arn'] ?? '').toBe('')
  })
})

describe('a giant pull request', () => {
  it('plans 3,000 changed files without error and keeps the comment under the limit', async () => {
    // A world of its own: a case above that the action wrongly lets through may have started a run.
    const own = await e2e()
    try {
      await giantPullRequest(own)
    } finally {
      await own.close()
    }
  }, 60_000)
})

async function giantPullRequest(env: E2E): Promise<void> {
  const world = env.world
  const files: Record<string, string> = {}
  for (let i = 0; i < 2000; i++) files[`pipelines/abalone/train/data/part-${i}.csv`] = `${i}\n`
  for (let i = 0; i < 1000; i++) files[`docs/pages/page-${i}.md`] = `# page ${i}\n`
  const head = commitOnPullRequest(world.repo.dir, files)
  const event = {
    ...world.pullRequestEvent,
    pull_request: {
      number: DEMO_PR,
      head: { sha: head, ref: 'improve-evaluation' },
      base: { sha: world.repo.commits.main, ref: 'main' }
    }
  }
  const result = await env.run({ mode: 'plan' }, { event, sha: head, env: secretEnv() })
  expect(result.errors).toEqual([])
  expect(result.exitCode).toBe(0)
  expect(result.outputs.status).toBe('Planned')
  expect(json<string[]>(result.outputs['selected-steps'])).toEqual(
    expect.arrayContaining(['Abalone-Train', 'Abalone-Evaluate'])
  )
  expect(json<string[]>(result.outputs['reused-steps'])).toEqual(['Abalone-Preprocess'])
  expect(json<string[]>(result.outputs['changed-files'])).toHaveLength(3002)
  const comments = env.ourComments()
  expect(comments).toHaveLength(1)
  expect(comments[0]!.body.length).toBeLessThanOrEqual(65_536)
  expect(result.summary.length).toBeGreaterThan(0)
  expectNoSecrets(result)
  expect(env.starts()).toBe(0)
}

function secretEnv(): Record<string, string> {
  return { AWS_SECRET_ACCESS_KEY: AWS_SECRET, AWS_SESSION_TOKEN: AWS_SESSION }
}

function expectOneClearError(result: RunnerResult, says: Array<string | RegExp>): void {
  expectNoSecrets(result)
  if (result.errors.length !== 1) {
    throw new Error(
      `expected exactly one ::error:: line, got ${result.errors.length} (exit code ${result.exitCode}); ` +
        `the action printed:\n${result.stdout}\n${result.stderr}`
    )
  }
  const message = decodeCommand(result.errors[0]!)
  for (const s of says) {
    if (typeof s === 'string') expect(message).toContain(s)
    else expect(message).toMatch(s)
  }
  // A message for a person: no stack trace, no "[object Object]", no SDK internals.
  expect(message).not.toMatch(/\n\s+at |\[object Object\]|undefined/)
}

/**
 * `::add-mask::<token>` is how the action hands the token to the runner, which then masks it in every
 * later line; the runner consumes that command and never shows it. Any other occurrence is a leak.
 */
function expectNoSecrets(result: RunnerResult): void {
  const stdout = result.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const secret of [TOKEN, AWS_SECRET, AWS_SESSION]) {
    expect(stdout).not.toContain(secret)
    expect(result.stderr).not.toContain(secret)
    expect(result.summary).not.toContain(secret)
    expect(Object.values(result.outputs).join('\n')).not.toContain(secret)
  }
}

/** `::error::` data escapes %, CR and LF (the runner decodes them). */
function decodeCommand(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

const scratch: string[] = []
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'))
  scratch.push(dir)
  return dir
}

function scratchFile(name: string, text: string): string {
  const path = join(scratchDir(), name)
  writeFileSync(path, text)
  return path
}

/** A copy of the pull request's checkout (history included) with the case's files written (null deletes). */
function checkoutWith(files: Record<string, string | null>): string {
  const dir = join(scratchDir(), 'checkout')
  cpSync(world.repo.dir, dir, { recursive: true })
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path)
    if (content === null) rmSync(full, { force: true })
    else {
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, content)
    }
  }
  return dir
}

/** Executions of any seeded pipeline whose provenance names this workflow run. */
async function executionsStartedBy(runId: string): Promise<string[]> {
  const found: string[] = []
  for (const pipeline of ['AbalonePipeline', 'FlagPipeline', 'EmptyPipeline']) {
    const response = await fetch(world.emulator.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'SageMaker.ListPipelineExecutions',
        'content-type': 'application/x-amz-json-1.1'
      },
      body: JSON.stringify({ PipelineName: pipeline, MaxResults: 100 })
    })
    const listed = (await response.json()) as {
      PipelineExecutionSummaries?: Array<{
        PipelineExecutionArn: string
        PipelineExecutionDescription?: string
      }>
    }
    for (const s of listed.PipelineExecutionSummaries ?? []) {
      if ((s.PipelineExecutionDescription ?? '').includes(`"run":"${runId}/`))
        found.push(s.PipelineExecutionArn)
    }
  }
  return found
}

function commitOnPullRequest(dir: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Dev',
        GIT_AUTHOR_EMAIL: 'd@example.com',
        GIT_COMMITTER_NAME: 'Dev',
        GIT_COMMITTER_EMAIL: 'd@example.com'
      }
    }).trim()
  git('add', '-A')
  git('commit', '-q', '--no-gpg-sign', '-m', 'A giant change')
  return git('rev-parse', 'HEAD')
}

/**
 * The service (and the emulator) refuse cyclic or otherwise impossible definitions at CreatePipeline,
 * so the action can only meet one through a service that changed its rules or a proxy in between.
 * This proxy answers DescribePipeline for the given names with the given definitions and forwards
 * everything else to the emulator.
 */
async function definitionProxy(
  upstream: string,
  definitions: Record<string, unknown>
): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(upstream)
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const op = String(req.headers['x-amz-target'] ?? '')
      let name: string | undefined
      try {
        name = (JSON.parse(body.toString('utf8') || '{}') as { PipelineName?: string }).PipelineName
      } catch {
        name = undefined
      }
      if (op === 'SageMaker.DescribePipeline' && name !== undefined && name in definitions) {
        const text = JSON.stringify({
          PipelineArn: `${ACCOUNT_ARN}/${name.toLowerCase()}`,
          PipelineName: name,
          PipelineDefinition: JSON.stringify(definitions[name]),
          PipelineStatus: 'Active',
          CreationTime: 1_700_000_000,
          LastModifiedTime: 1_700_000_000
        })
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'proxy-1' })
        res.end(text)
        return
      }
      const forward = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        up => {
          res.writeHead(up.statusCode ?? 500, up.headers)
          up.pipe(res)
        }
      )
      forward.on('error', error => res.writeHead(502).end(String(error)))
      forward.end(body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
