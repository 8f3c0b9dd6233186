import * as core from '@actions/core'
import type { SelectionMode } from '../core/types.js'
import { didYouMean, quote, UserError } from '../errors.js'
import { registerSecret } from './log.js'

export type Mode = 'plan' | 'start' | 'wait'
export type ReferenceChoice = { kind: 'auto' } | { kind: 'latest' } | { kind: 'arn'; arn: string }

/** Every input of action.yml, read once, validated and typed. The only module that calls `core.getInput`. */
export interface Settings {
  /** Pipeline name (an ARN input is reduced to its name; `pipelineArn` keeps it). */
  pipeline?: string
  pipelineArn?: string
  config: string
  /** The user named `config` (a missing file is then an error rather than "no mapping"). */
  configExplicit: boolean
  mode: Mode
  selection: SelectionMode
  steps: string[]
  downstream: boolean
  reference: ReferenceChoice
  /** The `parameters` input as written; parsed with the rest of the action (see `InputSettings`). */
  parametersText: string
  parameters: Record<string, string>
  base?: string
  head?: string
  comment: boolean
  githubToken: string
  region: string
  waitTimeoutMinutes: number
  cancelSuperseded: boolean
  /** Least repository permission a commenter needs for `/sagemaker` commands. */
  commandPermission: Permission
  /** Run on `pull_request_target` (base repository's secrets with a pull request's inputs) only when set. */
  allowPullRequestTarget: boolean
}

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin'
export const PERMISSIONS: readonly Permission[] = ['read', 'triage', 'write', 'maintain', 'admin']

export const DEFAULT_CONFIG = '.github/sagemaker-pipelines.yml'
const MODES: readonly Mode[] = ['plan', 'start', 'wait']
const SELECTIONS: readonly SelectionMode[] = ['affected', 'all', 'failed', 'coverage', 'adopt']
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/
const PIPELINE_ARN =
  /^arn:aws[a-z-]*:sagemaker:([a-z0-9-]*):([0-9]{12}|aws):pipeline\/([a-zA-Z0-9](-*[a-zA-Z0-9]){0,255})$/
export const EXECUTION_ARN =
  /^arn:aws[a-z-]*:sagemaker:([a-z0-9-]*):[0-9]{12}:pipeline\/([a-zA-Z0-9](-*[a-zA-Z0-9]){0,255})\/execution\/[a-zA-Z0-9]{1,64}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/
const GIT_REF = /^[^\s~^:?*[\\]+$/

/**
 * What `readSettings` returns: everything but the parameter overrides, whose YAML parser loads with the
 * rest of the action (after the first request is on its way); `withParameters` completes it.
 */
export type InputSettings = Omit<Settings, 'parameters'>

export function readSettings(env: NodeJS.ProcessEnv = process.env): InputSettings {
  const token = core.getInput('github-token')
  if (token) registerSecret(token)

  const pipelineInput = core.getInput('pipeline')
  let pipeline: string | undefined
  let pipelineArn: string | undefined
  let arnRegion: string | undefined
  if (pipelineInput) {
    const arn = PIPELINE_ARN.exec(pipelineInput)
    if (arn) {
      pipelineArn = pipelineInput
      pipeline = arn[3]
      arnRegion = arn[1]
    } else if (PIPELINE_NAME.test(pipelineInput)) {
      pipeline = pipelineInput
    } else {
      throw new UserError(
        `Input "pipeline" is ${JSON.stringify(pipelineInput)}: expected a SageMaker pipeline name (letters, digits and ` +
          `hyphens, starting with a letter or digit, at most 256 characters) or a pipeline ARN ` +
          `(arn:aws:sagemaker:<region>:<account>:pipeline/<name>).`
      )
    }
  }

  const configInput = core.getInput('config')
  const config = configInput || DEFAULT_CONFIG
  if (config.startsWith('/') || config.split(/[\\/]/).includes('..')) {
    throw new UserError(
      `Input "config" is ${JSON.stringify(config)}: give a path relative to the repository root, without "..".`
    )
  }

  const mode = oneOf('mode', core.getInput('mode') || 'start', MODES)
  const selection = oneOf('selection', core.getInput('selection') || 'affected', SELECTIONS)
  const steps = core
    .getInput('steps')
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(s => s !== '')
  for (const s of steps) {
    if (!/^[A-Za-z0-9\-_]{1,64}$/.test(s)) {
      throw new UserError(
        `Input "steps" names ${quote(s)}, which cannot be a step name (1-64 characters of A-Z, a-z, 0-9, - and _).`
      )
    }
  }

  const referenceInput = core.getInput('reference') || 'auto'
  let reference: ReferenceChoice
  if (referenceInput === 'auto' || referenceInput === 'latest') reference = { kind: referenceInput }
  else if (EXECUTION_ARN.test(referenceInput)) reference = { kind: 'arn', arn: referenceInput }
  else {
    throw new UserError(
      `Input "reference" is ${JSON.stringify(referenceInput)}: expected "auto", "latest" or a pipeline execution ARN ` +
        `(arn:aws:sagemaker:<region>:<account>:pipeline/<name>/execution/<id>)${didYouMean(referenceInput, ['auto', 'latest'])}.`
    )
  }

  const base = optionalRef('base')
  const head = optionalRef('head')

  const regionInput = core.getInput('aws-region')
  if (regionInput && arnRegion && regionInput !== arnRegion) {
    throw new UserError(
      `Input "aws-region" is ${JSON.stringify(regionInput)}, but the pipeline ARN in input "pipeline" is in ` +
        `${JSON.stringify(arnRegion)}: drop "aws-region" or make them agree.`
    )
  }
  const region = arnRegion || regionInput || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  if (!region) {
    throw new UserError(
      'No AWS region: set the "aws-region" input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets it).'
    )
  }
  if (!REGION.test(region)) {
    throw new UserError(`The AWS region ${JSON.stringify(region)} is not a region name like "us-east-1".`)
  }

  const timeoutText = core.getInput('wait-timeout-minutes') || '60'
  const waitTimeoutMinutes = Number(timeoutText)
  if (!Number.isFinite(waitTimeoutMinutes) || waitTimeoutMinutes <= 0 || waitTimeoutMinutes > 60 * 72) {
    throw new UserError(
      `Input "wait-timeout-minutes" is ${JSON.stringify(timeoutText)}: expected a number of minutes between 1 and 4320.`
    )
  }

  if (selection === 'adopt' && reference.kind !== 'arn') {
    throw new UserError(
      'Input "selection" is "adopt", which stamps provenance onto one existing run: set "reference" to that pipeline execution ARN.'
    )
  }

  return {
    pipeline,
    pipelineArn,
    config,
    configExplicit: configInput !== '' && configInput !== DEFAULT_CONFIG,
    mode,
    selection,
    steps,
    downstream: bool('downstream', true),
    reference,
    parametersText: core.getInput('parameters'),
    base,
    head,
    comment: bool('comment', true),
    githubToken: token,
    region,
    waitTimeoutMinutes,
    cancelSuperseded: bool('cancel-superseded', false),
    commandPermission: oneOf(
      'command-permission',
      core.getInput('command-permission') || 'write',
      PERMISSIONS
    ),
    allowPullRequestTarget: bool('allow-pull-request-target', false)
  }
}

function oneOf<T extends string>(name: string, value: string, accepted: readonly T[]): T {
  if ((accepted as readonly string[]).includes(value)) return value as T
  throw new UserError(
    `Input "${name}" is ${JSON.stringify(value)}: expected one of ${accepted.map(a => `"${a}"`).join(', ')}${didYouMean(value, accepted)}.`
  )
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new UserError(`Input "${name}" is ${JSON.stringify(core.getInput(name))}: expected true or false.`)
}

function optionalRef(name: string): string | undefined {
  const value = core.getInput(name).trim()
  if (value === '') return undefined
  if (!GIT_REF.test(value) || value.startsWith('-')) {
    throw new UserError(`Input "${name}" is ${JSON.stringify(value)}: expected a commit SHA or a git ref.`)
  }
  return value
}
