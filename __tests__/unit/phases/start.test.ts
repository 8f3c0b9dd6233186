import { describe, expect, it } from '@jest/globals'
import type { RunContext } from '../../../src/action/run-context.js'
import { definitionHash, parseProvenance } from '../../../src/core/provenance.js'
import type { Plan } from '../../../src/core/types.js'
import { UserError } from '../../../src/errors.js'
import { History } from '../../../src/phases/history.js'
import type { Pipeline } from '../../../src/phases/pipeline.js'
import { startPlanned, type Approval } from '../../../src/phases/start.js'
import { definitionOf, graphOf, type StepSpec } from '../../../__fixtures__/graphs.js'
import { FakeSageMaker, arn, sha, type Call } from './fakes.js'

const SPEC: StepSpec[] = ['Pre', 'Train<Pre', 'Eval<Train']
const doc = definitionOf(SPEC)
const pipeline: Pipeline = {
  name: 'p',
  version: 4,
  definition: { graph: graphOf(SPEC), document: doc, hash: definitionHash(doc) }
}
const context: RunContext = {
  eventName: 'issue_comment',
  payload: {},
  repository: 'octo/ml',
  owner: 'octo',
  repo: 'ml',
  runId: '77',
  runAttempt: '1',
  workspace: '.',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  sha: sha('merge'),
  ref: 'refs/pull/7/merge',
  headRef: 'feature',
  pr: 7,
  job: 'run',
  fork: false
}
const selective: Plan = {
  selected: ['Train', 'Eval'],
  reasons: {},
  reused: ['Pre'],
  notRun: [],
  fullRun: false,
  needsReference: true,
  warnings: []
}
const approval: Approval = {
  login: 'mia',
  url: 'https://github.com/octo/ml/pull/7#issuecomment-1',
  binding: 'b'.repeat(16)
}

function rejecting(what: (call: Call) => boolean, name = 'ValidationException') {
  return (call: Call): Error | undefined => {
    if (!what(call)) return undefined
    const error = new Error('Selected steps must be connected; "Eval" is not')
    error.name = name
    return error
  }
}

function start(sagemaker: FakeSageMaker, extra: { approval?: Approval } = {}) {
  return startPlanned({
    client: sagemaker.client,
    context,
    pipeline,
    head: sha('head'),
    plan: selective,
    referenceArn: arn('ref'),
    parameters: new Map([['Depth', '6']]),
    values: new Map([['Depth', '6']]),
    inputs: 'i'.repeat(16),
    history: new History({
      client: sagemaker.client,
      pipeline: 'p',
      head: pipeline.definition,
      changesSince: async () => ({ files: [], complete: true }),
      mappingSince: async () => ({ steps: new Set() }),
      known: []
    }),
    ...extra
  })
}

const isSelectiveStart = (call: Call): boolean =>
  call.command === 'StartPipelineExecution' && call.selective === true

describe('startPlanned', () => {
  it('starts the selective execution pinned to the planned version, reusing the reference', async () => {
    const sagemaker = new FakeSageMaker([])
    const started = await start(sagemaker)
    expect(started.fallback).toBeUndefined()
    expect(sagemaker.started).toHaveLength(1)
    const request = sagemaker.started[0]!
    expect(request.PipelineVersionId).toBe(4)
    expect(request.SelectiveExecutionConfig).toEqual({
      SourcePipelineExecutionArn: arn('ref'),
      SelectedSteps: [{ StepName: 'Train' }, { StepName: 'Eval' }]
    })
    expect(request.PipelineParameters).toEqual([{ Name: 'Depth', Value: '6' }])
    const provenance = parseProvenance(request.PipelineExecutionDescription ?? '')
    expect(provenance).toMatchObject({ sha: sha('head'), pr: 7, version: 4, def: pipeline.definition.hash })
    expect(provenance?.approvedBy).toBeUndefined()
  })

  it('falls back to a full run when the service rejects the selective start, with its words', async () => {
    const sagemaker = new FakeSageMaker([], rejecting(isSelectiveStart))
    const started = await start(sagemaker)
    expect(started.fallback).toContain('Selected steps must be connected')
    expect(sagemaker.calls.filter(c => c.command === 'StartPipelineExecution').map(c => c.selective)).toEqual(
      [true, false]
    )
    expect(sagemaker.started).toHaveLength(1)
    expect(sagemaker.started[0]!.SelectiveExecutionConfig).toBeUndefined()
    expect(sagemaker.started[0]!.PipelineVersionId).toBe(4)
    expect(started.arn).toBe(arn('started-1'))
  })

  it('never replaces an approved selective start with a full run: it fails and starts nothing', async () => {
    const sagemaker = new FakeSageMaker([], rejecting(isSelectiveStart))
    const failure = await start(sagemaker, { approval }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(UserError)
    expect((failure as Error).message).toContain('SageMaker rejected the approved selective start')
    expect((failure as Error).message).toContain('Selected steps must be connected')
    expect(sagemaker.count('StartPipelineExecution')).toBe(1)
    expect(sagemaker.started).toEqual([])
  })

  it('records the approval in the provenance of an approved start', async () => {
    const sagemaker = new FakeSageMaker([])
    await start(sagemaker, { approval })
    const provenance = parseProvenance(sagemaker.started[0]!.PipelineExecutionDescription ?? '')
    expect(provenance).toMatchObject({ approvedBy: 'mia', approval: approval.url, binding: approval.binding })
  })

  it('does not fall back on an error other than a rejection (throttling, access): it fails', async () => {
    const sagemaker = new FakeSageMaker([], rejecting(isSelectiveStart, 'AccessDeniedException'))
    await expect(start(sagemaker)).rejects.toThrow('Selected steps must be connected')
    expect(sagemaker.count('StartPipelineExecution')).toBe(1)
  })
})
