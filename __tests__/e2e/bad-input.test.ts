import { githubSeed } from '../../tools/demo/world.js'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { definitionOf } from '../../__fixtures__/graphs.js'
import { DEMO_PR, DEMO_PIPELINE, e2e, json, owner, repo, type E2E } from '../../__fixtures__/e2e.js'
import type { ExampleRepo } from '../../tools/demo/example-repo.js'
import type { RunnerResult } from '../../tools/demo/runner.js'

/**
 * The bad-input catalog: every way a workflow author can get the action's inputs, mapping file,
 * pipeline or environment wrong. Each must fail the job with exactly one `::error::` that names the
 * offending input / entry / value and what is accepted, start nothing, post nothing on the pull
 * request, and never print a secret (the token, and AWS credentials passed in the environment).
 * One world serves every case; each runs in its own copy of the checkout under its own run id, so a
 * case the action wrongly lets through cannot disturb the others.
 *
 * The world is hostile throughout: its history holds a run whose failure reason and one whose
 * description try to forge workflow commands, and the pull request carries other people's comments
 * that copy the action's marker. Every case also checks that no line of the log acts as a workflow
 * command the action did not mean, that those comments and the history are left as they were, and
 * that no text of a file the mapping links to outside the checkout is printed.
 */

const TOKEN = 'ghs_demotoken0123456789' // what the runner fixture passes as github-token
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSecretKey42'
const AWS_SESSION = 'IQoJb3JpZ2luX2VjEFakeSessionToken0123456789abcdef'
const MAPPING = '.github/sagemaker-pipelines.yml'
const ACCOUNT_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline'
const MARKER = `<!-- sagemaker-selective-execution pipeline="${DEMO_PIPELINE}" -->`
/** What files outside the checkout hold: if any of it is printed, the action read what it must not. */
const OUTSIDE_CANARY = 'OutsideCanary-never-print-4711'
const OUTSIDE_TEXT = [
  `# AWS_SECRET_ACCESS_KEY=${OUTSIDE_CANARY}`,
  'pipelines:',
  '  AbalonePipeline:',
  '    steps:',
  `      ${OUTSIDE_CANARY}: pipelines/**`,
  ''
].join('\n')
/** Put into the action's environment; /proc/self/environ would show it. */
const ENV_CANARY = 'EnvironCanary-never-print-0815'
/** SageMaker text that tries to speak to the runner (a failure reason, a description). */
const FORGED =
  '\n::error title=forged::forged by SageMaker\n::add-mask::forged\n::stop-commands::forged\n##[set-output name=status]Succeeded'
const FAKE_SHA = 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef'

interface Case {
  name: string
  /**
   * Inputs. `{initial}`, `{main}` and `{pr}` stand for the example repository's commits; a `reference`
   * that is a key of `arns` stands for that execution of the shared history.
   */
  inputs?: Record<string, string>
  /** Files written into this case's own copy of the checkout (null deletes; a function makes big ones). */
  files?: Record<string, string | null | (() => string)>
  /**
   * Symlinks made in the copy (path → target), replacing what is there. `{outside}` is a file beside
   * the checkout holding `OUTSIDE_TEXT`; `{outsideDir}` a directory beside it whose
   * `sagemaker-pipelines.yml` holds the same.
   */
  links?: Record<string, string>
  /** Directories made in the copy, replacing what is there. */
  dirs?: string[]
  /** Named pipes made in the copy (a read would block forever). */
  fifos?: string[]
  env?: Record<string, string>
  /** The event payload file's raw text, instead of the pull request event. */
  eventText?: string
  /** The pull request event as changed by this function. */
  event?: (event: PullRequestEvent, r: ExampleRepo) => unknown
  eventName?: string
  /** Run against the proxy that serves impossible definitions. */
  proxy?: boolean
  repository?: string
  /** Every one of these must appear in the single error message. */
  says: Array<string | RegExp>
  /** No line of the log may be longer (the default is the log's own cap, `MESSAGE_MAX` plus its tail). */
  maxLine?: number
  /**
   * A known bug: the case fails today for this reason (`it.failing`), and starts failing as a test
   * the day it is fixed, so the marker is removed with the fix.
   */
  bug?: string
}

type PullRequestEvent = Record<string, unknown> & {
  pull_request: Record<string, unknown> & { head: Record<string, unknown> }
}

/** The log's own cap on a message (src/action/log.ts MESSAGE_MAX) plus its `… (N characters)` tail. */
const LOG_LINE_MAX = 4000 + 40
/** What a line may reach when every echoed value is capped at 200 characters (SECURITY.md, 2). */
const ECHO_LINE_MAX = 700

let env: E2E
let world: E2E['world']
let proxy: { url: string; close(): Promise<void> }
/** ARNs of the shared history, by what they are. */
let arns: {
  good: string
  failedAtTrain: string
  stopped: string
  running: string
  /** Failed at Train with a failure reason that forges workflow commands. */
  forgedReason: string
  /** Succeeded, with a description that forges workflow commands (no provenance the action accepts). */
  forgedDescription: string
}
/** The seeded executions' descriptions: no failing case may change one (adopt writes them). */
let descriptions: Map<string, string | undefined>
/** Other people's comments on the pull request, some copying the marker, as seeded. */
let foreign: Array<{ id: number; body: string; user: string; updatedAt: string }>

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
  { name: 'config absolute', inputs: { config: '/etc/passwd' }, says: ['"config"', '"/etc/passwd"'] },
  // ---- the mapping file through symlinks (a pull request can replace it with one) ------------------
  {
    name: 'mapping: symlink to a file outside the checkout',
    links: { [MAPPING]: '{outside}' },
    says: [MAPPING, 'symlink', 'outside the repository checkout', 'not read']
  },
  {
    name: 'mapping: symlink to /proc/self/environ',
    links: { [MAPPING]: '/proc/self/environ' },
    says: [MAPPING, 'symlink', 'outside the repository checkout']
  },
  {
    name: 'mapping: symlink to /etc/passwd',
    links: { [MAPPING]: '/etc/passwd' },
    says: [MAPPING, 'outside the repository checkout']
  },
  {
    name: 'mapping: symlink to /dev/zero (endless)',
    links: { [MAPPING]: '/dev/zero' },
    says: [MAPPING, 'outside the repository checkout']
  },
  {
    name: 'mapping: relative symlink climbing out of the checkout',
    links: { [MAPPING]: '../../outside.yml' },
    says: [MAPPING, 'outside the repository checkout']
  },
  {
    name: 'mapping: its directory is a symlink to a directory outside the checkout',
    links: { '.github': '{outsideDir}' },
    says: [MAPPING, 'outside the repository checkout']
  },
  {
    name: 'config: a symlink out of the checkout',
    inputs: { config: 'ci/sagemaker.yml' },
    links: { 'ci/sagemaker.yml': '{outside}' },
    says: ['ci/sagemaker.yml', 'outside the repository checkout']
  },
  {
    name: 'config: a path through a symlinked directory out of the checkout',
    inputs: { config: 'ci/sagemaker-pipelines.yml' },
    links: { ci: '{outsideDir}' },
    says: ['ci/sagemaker-pipelines.yml', 'outside the repository checkout']
  },
  {
    name: 'mapping: dangling symlink',
    links: { [MAPPING]: 'nowhere/sagemaker-pipelines.yml' },
    says: [MAPPING, 'dangling']
  },
  {
    name: 'mapping: symlink to a directory in the checkout',
    links: { [MAPPING]: '../pipelines' },
    says: [MAPPING, 'not a regular file']
  },
  { name: 'mapping: a directory', dirs: [MAPPING], says: [MAPPING, 'not a regular file'] },
  {
    name: 'mapping: symlink loop (a → b → a)',
    links: { [MAPPING]: 'loop-b.yml', '.github/loop-b.yml': 'sagemaker-pipelines.yml' },
    says: [MAPPING, /link/]
  },
  {
    name: 'mapping: symlink to itself',
    links: { [MAPPING]: 'sagemaker-pipelines.yml' },
    says: [MAPPING, /link/]
  },
  {
    name: 'mapping: a named pipe (a read would never end)',
    fifos: [MAPPING],
    says: [MAPPING, 'not a regular file']
  },
  // ---- sizes --------------------------------------------------------------------------------------
  {
    name: 'mapping: 2 MiB',
    files: {
      [MAPPING]: () => mappingWith('      Abalone-Train: pipelines/abalone/train/**\n') + padding(2 << 20)
    },
    says: [MAPPING, 'at most 1 MiB'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'mapping: 50 MB, one glob on one line',
    files: { [MAPPING]: () => mappingWith(`      Abalone-Train: '${'a'.repeat(50_000_000)}'\n`) },
    says: [MAPPING, 'at most 1 MiB'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'mapping: a malformed glob of 300,000 characters (under the size cap)',
    files: { [MAPPING]: () => mappingWith(`      Abalone-Train: '{${'a'.repeat(300_000)}'\n`) },
    says: [`${MAPPING}:4:`, 'Abalone-Train'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'mapping: 10,000 unknown steps',
    files: {
      [MAPPING]: () =>
        mappingWith(Array.from({ length: 10_000 }, (_, i) => `      Step-${i}: src/${i}/**\n`).join(''))
    },
    says: [`${MAPPING}:4:7`, 'Step-0'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: "mapping: a step name of 100,000 characters (past YAML's key limit)",
    files: { [MAPPING]: () => mappingWith(`      ${'S'.repeat(100_000)}: src/**\n`) },
    says: [`${MAPPING}:4:7`, 'invalid YAML', '1024'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'mapping: an unknown step whose name is 1,000 characters',
    files: { [MAPPING]: () => mappingWith(`      ${'S'.repeat(1_000)}: src/**\n`) },
    says: [`${MAPPING}:4:7`, 'SSSSSSSSSS'],
    maxLine: ECHO_LINE_MAX
  },
  {
    // The runner passes inputs in the environment, where one variable holds at most 128 KiB.
    name: 'parameters: 110 KB of undeclared names',
    inputs: {
      parameters: Array.from({ length: 6_000 }, (_, i) => `Undeclared${String(i).padStart(5, '0')}: 1`).join(
        '\n'
      )
    },
    says: ['parameters', '"Undeclared00000"'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: "parameters: a parameter name of 100,000 characters (past YAML's key limit)",
    inputs: { parameters: `${'P'.repeat(100_000)}: 1` },
    says: ['parameters', 'not valid YAML', '1024'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'parameters: an undeclared name of 1,000 characters',
    inputs: { parameters: `${'P'.repeat(1_000)}: 1` },
    says: ['parameters', 'PPPPPPPPPP'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'steps: a step name of 10,000 characters',
    inputs: { steps: 'S'.repeat(10_000) },
    says: ['"steps"', 'A-Z, a-z, 0-9'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'steps: 5,000 unknown step names',
    inputs: { steps: Array.from({ length: 5_000 }, (_, i) => `Unknown-${i}`).join(',') },
    says: ['steps', '"Unknown-0"'],
    maxLine: ECHO_LINE_MAX
  },
  // ---- YAML built to exhaust the parser -----------------------------------------------------------
  {
    name: 'mapping: an alias bomb',
    files: {
      [MAPPING]: mappingWith(
        '      Abalone-Train: pipelines/abalone/train/**\n',
        `    ignore:\n${aliasBomb('      ')}`
      )
    },
    says: [MAPPING, /alias/i]
  },
  {
    name: 'mapping: 50,000 nested flow sequences',
    files: {
      [MAPPING]: () => mappingWith(`      Abalone-Train: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`)
    },
    says: [MAPPING],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'parameters: 50,000 nested flow sequences',
    inputs: { parameters: `XGBMaxDepth: ${'['.repeat(50_000)}${']'.repeat(50_000)}` },
    says: ['parameters'],
    maxLine: ECHO_LINE_MAX
  },
  {
    name: 'parameters: an alias bomb as one value',
    inputs: { parameters: `XGBMaxDepth:\n${aliasBomb('  ')}` },
    says: ['parameters', /alias/i]
  },
  {
    name: 'parameters: an alias to no anchor',
    inputs: { parameters: 'XGBMaxDepth: *nowhere' },
    says: ['parameters', 'nowhere']
  },
  // ---- mapping edits that break it ----------------------------------------------------------------
  {
    name: 'mapping: unknown step whose name forges a workflow command',
    files: { [MAPPING]: mappingWith('      "Abalone-Evalute\\n::error title=x::forged": pipelines/**\n') },
    says: [`${MAPPING}:4:7`, 'Abalone-Evalute']
  },
  {
    name: 'mapping: unknown step named like markup',
    files: { [MAPPING]: mappingWith('      "<img src=x onerror=alert(1)>": pipelines/**\n') },
    says: [`${MAPPING}:4:7`, '<img src=x onerror=alert(1)>']
  },
  {
    name: 'mapping: all-steps glob climbing out with ..',
    files: {
      [MAPPING]: mappingWith(
        '      Abalone-Train: pipelines/abalone/train/**\n',
        '    all-steps:\n      - ../../etc/**\n'
      )
    },
    says: [`${MAPPING}:6:`, '../../etc/**', "'..'"]
  },
  {
    name: 'mapping: glob with .. in the middle',
    files: { [MAPPING]: mappingWith('      Abalone-Train: pipelines/../../secrets/**\n') },
    says: [`${MAPPING}:4:`, 'pipelines/../../secrets/**', "'..'"]
  },
  {
    name: 'mapping: malformed ignore glob',
    files: {
      [MAPPING]: mappingWith(
        '      Abalone-Train: pipelines/abalone/train/**\n',
        "    ignore:\n      - 'docs/{a,b'\n"
      )
    },
    says: [`${MAPPING}:6:`, 'docs/{a,b']
  },
  {
    name: 'mapping: a step mapped to a number',
    files: { [MAPPING]: mappingWith('      Abalone-Train: 42\n') },
    says: [`${MAPPING}:4:`, 'Abalone-Train']
  },
  {
    name: 'mapping: steps given as a list',
    files: { [MAPPING]: mappingWith('      - Abalone-Train\n') },
    says: [`${MAPPING}:4:`, 'steps']
  },
  {
    name: 'mapping: coverage for an unknown step (typo)',
    files: {
      [MAPPING]: mappingWith(
        '      Abalone-Train: pipelines/abalone/train/**\n',
        '    coverage:\n      Abalone-FailNotfy:\n        parameters: { MseThreshold: "0" }\n'
      )
    },
    says: [`${MAPPING}:6:`, 'Abalone-FailNotfy', 'did you mean "Abalone-FailNotify"']
  },
  // ---- SageMaker text that tries to speak to the runner -------------------------------------------
  {
    name: 'adopt: a run with a forging failure reason that records another commit',
    inputs: { selection: 'adopt', reference: 'forgedReason' },
    says: ['"reference"', 'already records commit', 'cannot be adopted']
  },
  {
    name: 'reference: a run with a forging failure reason, on a pipeline with no such step',
    inputs: { reference: 'forgedReason', steps: 'Abalone-Trian' },
    says: ['steps', '"Abalone-Trian"', 'did you mean "Abalone-Train"']
  },
  {
    name: 'reference: a run whose description forges commands (no provenance)',
    inputs: { reference: 'forgedDescription' },
    says: ['"reference"', /commit/]
  },
  // ---- heads that exist nowhere -------------------------------------------------------------------
  {
    name: 'head: a full SHA that exists nowhere',
    inputs: { head: FAKE_SHA },
    says: ['"head"', FAKE_SHA]
  },
  {
    name: 'head: a short SHA that exists nowhere',
    inputs: { head: '0badc0d' },
    says: ['"head"', '"0badc0d"']
  },
  {
    name: 'head: a range, not a commit',
    inputs: { head: 'main..improve-evaluation' },
    says: ['"head"', 'main..improve-evaluation']
  },
  {
    name: 'head: a revision expression',
    inputs: { head: 'HEAD~1' },
    says: ['"head"', 'commit SHA or a git ref']
  },
  {
    name: 'head: an option, not a ref',
    inputs: { head: '--output=/tmp/pwned' },
    says: ['"head"', 'commit SHA or a git ref']
  },
  {
    name: 'head: a ref with a line that forges a command',
    inputs: { head: 'main\n::error::forged' },
    says: ['"head"', 'commit SHA or a git ref']
  },
  {
    name: 'event: a head SHA that exists nowhere',
    event: e => ({
      ...e,
      pull_request: { ...e.pull_request, head: { ...e.pull_request.head, sha: FAKE_SHA } }
    }),
    says: [FAKE_SHA, 'nothing was started']
  },
  {
    name: 'event: a head "SHA" that is an option',
    event: e => ({
      ...e,
      pull_request: { ...e.pull_request, head: { ...e.pull_request.head, sha: '--upload-pack=touch pwned' } }
    }),
    says: ['--upload-pack=touch pwned']
  },
  {
    name: 'event: a head "SHA" that is a branch name',
    event: e => ({
      ...e,
      pull_request: { ...e.pull_request, head: { ...e.pull_request.head, sha: 'main' } }
    }),
    says: ['"main"', /SHA/]
  },
  {
    name: 'event: no head SHA',
    event: e => ({ ...e, pull_request: { ...e.pull_request, head: { ref: 'improve-evaluation' } } }),
    says: ['pull_request.head.sha', 'head input']
  },
  {
    name: 'event: pull_request_target without allow-pull-request-target',
    eventName: 'pull_request_target',
    says: ['pull_request_target', 'allow-pull-request-target', 'SECURITY.md']
  },
  // ---- steps, selection and permissions ------------------------------------------------------------
  {
    name: 'mapping: the same step twice, once quoted',
    files: {
      [MAPPING]: mappingWith(
        '      Abalone-Train: pipelines/abalone/train/**\n      "Abalone-Train": pipelines/abalone/train.py\n'
      )
    },
    says: [`${MAPPING}:5:7`, 'YAML', /unique|duplicate/i]
  },
  {
    name: 'selection: adopt without a reference',
    inputs: { selection: 'adopt' },
    says: ['"selection"', '"adopt"', '"reference"', 'execution ARN']
  },
  {
    name: 'selection: adopt with reference: latest',
    inputs: { selection: 'adopt', reference: 'latest' },
    says: ['"selection"', '"adopt"', '"reference"']
  },
  {
    name: 'adopt: a malformed reference ARN',
    inputs: { selection: 'adopt', reference: `${ACCOUNT_ARN}/AbalonePipeline/executions/abc` },
    says: ['"reference"', 'executions/abc', 'pipeline execution ARN']
  },
  {
    name: 'adopt: a Stopped run',
    inputs: { selection: 'adopt', reference: 'stopped', head: '{main}' },
    says: ['"reference"', 'cannot be adopted', 'Stopped']
  },
  {
    name: 'adopt: a running run',
    inputs: { selection: 'adopt', reference: 'running', head: '{main}' },
    says: ['"reference"', 'cannot be adopted', 'Executing']
  },
  {
    name: 'adopt: a run that does not exist',
    inputs: { selection: 'adopt', reference: `${ACCOUNT_ARN}/AbalonePipeline/execution/zzzzzzzzzzzz` },
    says: ['"reference"', 'execution/zzzzzzzzzzzz', /does not exist|not found/i]
  },
  {
    name: 'adopt: a run of another pipeline',
    inputs: { selection: 'adopt', reference: `${ACCOUNT_ARN}/TitanicPipeline/execution/abcdef123456` },
    says: ['"reference"', '"TitanicPipeline"', '"AbalonePipeline"']
  },
  {
    name: 'adopt: a run that already records another commit',
    inputs: { selection: 'adopt', reference: 'good', head: '{initial}' },
    says: ['"reference"', 'already records commit', 'cannot be adopted']
  },
  {
    name: 'command-permission: owner',
    inputs: { 'command-permission': 'owner' },
    says: ['"command-permission"', '"owner"', '"read"', '"admin"']
  },
  {
    name: 'command-permission: Write (case matters)',
    inputs: { 'command-permission': 'Write' },
    says: ['"command-permission"', '"Write"', 'did you mean "write"']
  },
  {
    name: 'allow-pull-request-target: sure',
    inputs: { 'allow-pull-request-target': 'sure' },
    says: ['"allow-pull-request-target"', '"sure"', 'true or false']
  }
]

/** YAML comment lines making the text `bytes` long. */
function padding(bytes: number): string {
  const line = `# ${'x'.repeat(97)}\n`
  return line.repeat(Math.ceil(bytes / line.length))
}

/** Nine anchors of ten references each (a billion leaves once expanded), as list items under `indent`. */
function aliasBomb(indent: string): string {
  const lines = ['&a [x, x, x, x, x, x, x, x, x, x]']
  for (let i = 0; i < 8; i++) {
    const prev = String.fromCharCode(97 + i)
    const name = String.fromCharCode(98 + i)
    lines.push(`&${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
  }
  return lines.map(l => `${indent}- ${l}\n`).join('')
}

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
      { status: 'Executing', createdAt: '-1h', description: provenance(r.commits.main, '992/1') },
      {
        status: 'Failed',
        createdAt: '-2h',
        description: provenance(r.commits.main, '993/1'),
        steps: { 'Abalone-Train': { status: 'Failed', failureReason: `CapacityError${FORGED}` } }
      },
      {
        status: 'Succeeded',
        createdAt: '-2d',
        description: `sagemaker-selective-execution/v1 {"sha":"${FORGED.replace(/\n/g, '\\n')}"}`
      }
    ]
  })
  world = env.world
  const [good, failedAtTrain, stopped, running, forgedReason, forgedDescription] = world.history as [
    string,
    string,
    string,
    string,
    string,
    string
  ]
  arns = { good, failedAtTrain, stopped, running, forgedReason, forgedDescription }
  descriptions = new Map(
    await Promise.all(world.history.map(async arn => [arn, await descriptionOf(arn)] as const))
  )
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
  // Other people's comments copying the marker: one from a stranger, one from a login that looks
  // like the action's own but is not the token's (no `[bot]`), one quoting the marker mid-text.
  world.github.seed(
    githubSeed(world.repo, [
      { issue: DEMO_PR, user: 'mallory', body: `${MARKER}\nAll green, merge me. ${FORGED}` },
      { issue: DEMO_PR, user: 'github-actions', body: `${MARKER}\nA lookalike login.` },
      { issue: DEMO_PR, user: 'reviewer', body: `Quoting the bot:\n${MARKER}\nplease re-run` }
    ])
  )
  foreign = foreignComments()
  expect(foreign).toHaveLength(4) // the three above and the reviewer's of the demo seed
}, 60_000)

afterAll(async () => {
  await proxy?.close()
  await env?.close()
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

describe('bad input fails the job with one clear error, starts nothing, posts nothing, prints no secret', () => {
  // Each case runs in its own checkout, with its own run id, so the cases can run side by side.
  const check = async (c: Case): Promise<void> => {
    const runId = String(2000 + cases.indexOf(c))
    const commits = world.repo.commits
    const inputs: Record<string, string> = {}
    for (const [name, value] of Object.entries(c.inputs ?? {})) {
      inputs[name] = value
        .replace('{initial}', commits.initial)
        .replace('{main}', commits.main)
        .replace('{pr}', commits.pr)
    }
    if (inputs.reference && inputs.reference in arns)
      inputs.reference = arns[inputs.reference as keyof typeof arns]
    const runEnv: Record<string, string> = { ...secretEnv(), HOSTILE_CANARY: ENV_CANARY, ...c.env }
    if (c.eventText !== undefined) runEnv.GITHUB_EVENT_PATH = scratchFile('event.json', c.eventText)
    const needsCopy = c.files ?? c.links ?? c.dirs ?? c.fifos
    const result = await env.run(inputs, {
      env: runEnv,
      runId,
      ...(needsCopy ? { workspace: checkoutWith(c) } : {}),
      ...(c.proxy ? { sagemakerUrl: proxy.url } : {}),
      ...(c.repository === undefined ? {} : { repository: c.repository }),
      ...(c.event ? { event: c.event(world.pullRequestEvent as PullRequestEvent, world.repo) } : {}),
      ...(c.eventName ? { eventName: c.eventName } : {})
    })
    expectOneClearError(result, c.says)
    expectNoForgedCommands(result)
    expectNotPrinted(result, [OUTSIDE_CANARY, ENV_CANARY])
    // Lines as the log shows them: a command's data is decoded (a multi-line error is several lines).
    const shown = result.stdout.split('\n').flatMap(line => decodeCommand(line).split(/\r?\n/))
    expect(Math.max(...shown.map(line => line.length))).toBeLessThanOrEqual(c.maxLine ?? LOG_LINE_MAX)
    expect(result.exitCode).toBe(1)
    expect(await executionsStartedBy(runId)).toEqual([])
    expect(env.ourComments().filter(comment => comment.body.includes(`/actions/runs/${runId})`))).toEqual([])
    expect(result.outputs['execution-arn'] ?? '').toBe('')
    // Nothing adopted or edited in anyone's name.
    for (const [arn, description] of descriptions) expect(await descriptionOf(arn)).toBe(description)
    expect(foreignComments()).toEqual(foreign)
  }
  // The big cases (a 50 MB file, 10,000 mapping entries) take seconds each, side by side on a small machine.
  const timeout = 120_000
  it.concurrent.each(cases.filter(c => !c.bug))('$name', check, timeout)
  // Known bugs (see each case's `bug`): these pass while the bug is there, and fail once it is fixed.
  it.concurrent.failing.each(cases.filter(c => c.bug))('$name (known bug)', check, timeout)
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

/** The workflow commands the action itself writes (through @actions/core). */
const OWN_COMMANDS = new Set(['group', 'endgroup', 'debug', 'add-mask', 'error', 'warning', 'notice'])

/**
 * No line of the log acts as a workflow command the action did not mean: a line starting (after
 * whitespace) with `::` is one of the action's own commands, whose data never holds a line that
 * starts with `::` once the runner decodes it, and never carries the forged text; `##[` appears nowhere.
 */
function expectNoForgedCommands(result: RunnerResult): void {
  for (const line of result.stdout.split('\n')) {
    expect(line).not.toContain('##[')
    if (!/^\s*::/.test(line)) continue
    const command = /^\s*::([a-z-]+)((?: [^:]*)?)::(.*)$/.exec(line)
    if (!command || !OWN_COMMANDS.has(command[1]!))
      throw new Error(`a line acts as a workflow command: ${line}`)
    expect(command[2]).not.toContain('forged')
    if (command[1] === 'add-mask') expect(command[3]).not.toContain('forged')
    for (const piece of decodeCommand(command[3]!).split(/\r?\n/)) expect(piece).not.toMatch(/^\s*::/)
  }
}

/** None of `texts` appears in the log, the summary or the outputs. */
function expectNotPrinted(result: RunnerResult, texts: string[]): void {
  const everything = [result.stdout, result.stderr, result.summary, ...Object.values(result.outputs)].join(
    '\n'
  )
  for (const text of texts) expect(everything).not.toContain(text)
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

/**
 * A copy of the pull request's checkout (history included) with the case's files, links, directories
 * and pipes made in it; beside it (outside the checkout) `outside.yml` and `outside-dir/` hold
 * `OUTSIDE_TEXT`, for the links to point at.
 */
function checkoutWith(c: Case): string {
  const root = scratchDir()
  const dir = join(root, 'checkout')
  cpSync(world.repo.dir, dir, { recursive: true })
  writeFileSync(join(root, 'outside.yml'), OUTSIDE_TEXT)
  mkdirSync(join(root, 'outside-dir'))
  writeFileSync(join(root, 'outside-dir', 'sagemaker-pipelines.yml'), OUTSIDE_TEXT)
  const replace = (path: string): string => {
    const full = join(dir, path)
    rmSync(full, { recursive: true, force: true })
    mkdirSync(dirname(full), { recursive: true })
    return full
  }
  for (const [path, content] of Object.entries(c.files ?? {})) {
    if (content === null) rmSync(join(dir, path), { force: true })
    else writeFileSync(replace(path), typeof content === 'function' ? content() : content)
  }
  for (const path of c.dirs ?? []) mkdirSync(replace(path), { recursive: true })
  for (const path of c.fifos ?? []) execFileSync('mkfifo', [replace(path)])
  for (const [path, target] of Object.entries(c.links ?? {})) {
    const to = target
      .replace('{outsideDir}', join(root, 'outside-dir'))
      .replace('{outside}', join(root, 'outside.yml'))
    symlinkSync(to, replace(path))
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

async function descriptionOf(arn: string): Promise<string | undefined> {
  const response = await fetch(world.emulator.url, {
    method: 'POST',
    headers: {
      'x-amz-target': 'SageMaker.DescribePipelineExecution',
      'content-type': 'application/x-amz-json-1.1'
    },
    body: JSON.stringify({ PipelineExecutionArn: arn })
  })
  return ((await response.json()) as { PipelineExecutionDescription?: string }).PipelineExecutionDescription
}

/** Comments on the pull request written by anyone but the token's identity. */
function foreignComments(): Array<{ id: number; body: string; user: string; updatedAt: string }> {
  return world.github
    .comments(owner, repo, DEMO_PR)
    .filter(c => c.user !== 'github-actions[bot]')
    .map(c => ({ id: c.id, body: c.body, user: c.user, updatedAt: c.updatedAt }))
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
 * This proxy answers ListPipelineVersions (one version) and DescribePipeline for the given names with
 * the given definitions and forwards everything else to the emulator.
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
      if (op === 'SageMaker.ListPipelineVersions' && name !== undefined && name in definitions) {
        const text = JSON.stringify({
          PipelineVersionSummaries: [
            {
              PipelineArn: `${ACCOUNT_ARN}/${name.toLowerCase()}`,
              PipelineVersionId: 1,
              CreationTime: 1_700_000_000
            }
          ]
        })
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'proxy-0' })
        res.end(text)
        return
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
