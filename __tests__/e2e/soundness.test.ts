import { afterEach, describe, expect, it } from '@jest/globals'
import {
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  ListPipelineParametersForExecutionCommand,
  UpdatePipelineCommand
} from '@aws-sdk/client-sagemaker'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { e2e, json, type E2E } from '../../__fixtures__/e2e.js'
import { DEMO_PIPELINE, DEMO_REPOSITORY } from '../../tools/demo/world.js'

/**
 * "Never a stale output": each of the ways the first landing reused a stale output, run as a user
 * would, against the emulator and the bundled action. Every reused step must be proven fresh against
 * the run that produced it.
 */
let env: E2E | undefined
afterEach(async () => {
  await env?.close()
  env = undefined
})

type PlanJson = {
  selected: string[]
  reused: string[]
  fullRun: boolean
  fullRunReason: string | null
  reasons: Record<string, Array<{ kind: string; [k: string]: unknown }>>
}

function onMain(
  env: E2E,
  eventName = 'workflow_dispatch',
  sha = env.world.repo.commits.main
): Parameters<E2E['run']>[1] {
  return {
    eventName,
    event: {
      ref: 'refs/heads/main',
      inputs: {},
      repository: { full_name: DEMO_REPOSITORY, default_branch: 'main' }
    },
    sha,
    ref: 'refs/heads/main'
  }
}

async function parametersOf(env: E2E, arn: string): Promise<Record<string, string>> {
  const out = await env.sagemaker.send(
    new ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn, MaxResults: 100 })
  )
  return Object.fromEntries((out.PipelineParameters ?? []).map(p => [p.Name!, p.Value!]))
}

/** A provenance line without the parameter digest (the run got other values than the defaults). */
function withoutParams(description: string): string {
  return description.replace(/,"params":"[0-9a-f]+"/, '')
}

const ALL = [
  'Abalone-Preprocess',
  'Abalone-Train',
  'Abalone-Evaluate',
  'Abalone-MSECheck',
  'Abalone-ModelRegister-RegisterModel',
  'Abalone-CreateModel-CreateModel',
  'Abalone-FailNotify'
]

describe('never a stale output', () => {
  it('1. parameters are never inherited from the reference run; steps reading a changed value re-run', async () => {
    env = await e2e({
      executions: (repo, provenance) => [
        {
          status: 'Succeeded',
          createdAt: '-2h',
          // Started with other values than the defaults: its provenance records no defaults' digest.
          description: withoutParams(provenance(repo.commits.main, '970/1')),
          parameters: {
            ApprovalStatus: 'Approved',
            InputData: 's3://someone-elses-bucket/poisoned.csv',
            MseThreshold: '0'
          },
          // MseThreshold 0 was a coverage run's forcing value: that run took the Fail branch.
          steps: { 'Abalone-MSECheck': { outcome: 'True' } }
        }
      ]
    })
    const result = await env.run({ mode: 'wait' }, onMain(env, 'push'))
    expect(result.errors).toEqual([])
    const arn = result.outputs['execution-arn']!
    const sent = await parametersOf(env, arn)
    // Defaults of the definition that ran, not the reference's values.
    expect(sent.ApprovalStatus).toBe('PendingManualApproval')
    expect(sent.InputData).not.toContain('someone-elses-bucket')
    expect(sent.MseThreshold).not.toBe('0')
    const plan = json<PlanJson>(result.outputs.plan)
    if (!plan.reasons['Abalone-Preprocess']?.some(r => r.kind === 'parameter'))
      console.log(JSON.stringify(plan.reasons), result.stdout)
    // Preprocess read a different InputData in the run that produced its output: it runs again.
    expect(plan.selected).toContain('Abalone-Preprocess')
    expect(
      plan.reasons['Abalone-Preprocess']!.some(r => r.kind === 'parameter' && r.name === 'InputData')
    ).toBe(true)
  })

  it('2. a concurrent upsert cannot make the run execute a definition nobody planned', async () => {
    env = await e2e()
    const planned = JSON.stringify(env.world.definition)
    const other = JSON.parse(planned) as {
      Steps: Array<{ Name: string; Arguments?: Record<string, unknown> }>
    }
    const evaluate = other.Steps.find(s => s.Name === 'Abalone-Evaluate')!
    evaluate.Arguments = { ...evaluate.Arguments, Environment: { INJECTED_BY_OTHER_PR: '1' } }
    env.world.emulator.setFaults({
      concurrentUpsert: { pipeline: DEMO_PIPELINE, definition: other, afterDescribePipeline: 1 }
    })
    const result = await env.run({})
    expect(result.errors).toEqual([])
    const arn = result.outputs['execution-arn']!
    const ran = await env.sagemaker.send(
      new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: arn })
    )
    expect(ran.PipelineDefinition).not.toContain('INJECTED_BY_OTHER_PR')
    const described = await env.sagemaker.send(
      new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn })
    )
    expect(described.PipelineVersionId).toBe(1)
    expect(described.PipelineExecutionDescription).toContain('"version":1')
  })

  it("3. the base input never replaces a reference run's recorded commit", async () => {
    env = await e2e()
    // base = head would make every range empty: the changes since the reference's commit still count.
    const result = await env.run({ base: env.world.repo.commits.pr, mode: 'plan' })
    expect(result.errors).toEqual([])
    expect(result.outputs.status).toBe('Planned')
    expect(json<string[]>(result.outputs['selected-steps'])).toContain('Abalone-Evaluate')
  })

  it('4. a chain of selective runs does not launder a stale output', async () => {
    env = await e2e({
      executions: (repo, provenance) => [
        // Everything ran on the first commit (num_round: 50).
        { status: 'Succeeded', createdAt: '-2d', description: provenance(repo.commits.initial, '900/1') },
        // On main (num_round: 80) only Evaluate and what follows ran; Train's output came from run 0.
        {
          status: 'Succeeded',
          createdAt: '-1d',
          description: provenance(repo.commits.main, '950/1'),
          selective: { source: 0, selectedSteps: ALL.slice(2) }
        }
      ]
    })
    const result = await env.run({ mode: 'plan' })
    expect(result.errors).toEqual([])
    const plan = json<PlanJson>(result.outputs.plan)
    // Train's output was produced before the hyper-parameter change: it is stale for head.
    expect(plan.selected).toContain('Abalone-Train')
    expect(plan.reused).not.toContain('Abalone-Train')
  })

  it('5. a run without a recorded commit is never a reference: the first run is a full run', async () => {
    env = await e2e({
      executions: () => [{ status: 'Succeeded', createdAt: '-1h', description: 'started from a notebook' }]
    })
    const result = await env.run({ mode: 'plan' }, onMain(env))
    expect(result.errors).toEqual([])
    const plan = json<PlanJson>(result.outputs.plan)
    expect(plan.fullRun).toBe(true)
    expect(result.outputs['reference-execution-arn']).toBe('')
    expect(result.summary).toContain('no recorded commit')
  })

  it('5b. selection: adopt vouches for such a run; the next run reuses it', async () => {
    env = await e2e({
      executions: () => [{ status: 'Succeeded', createdAt: '-1h', description: 'started from a notebook' }]
    })
    const adopted = env.world.history[0]!
    const adopt = await env.run({ selection: 'adopt', reference: adopted }, onMain(env))
    expect(adopt.errors).toEqual([])
    expect(env.starts()).toBe(0)
    const next = await env.run({ mode: 'plan' }, onMain(env))
    expect(next.outputs.status).toBe('Skipped')
    expect(next.outputs['reference-execution-arn']).toBe(adopted)
  })

  it('6. a Succeeded reference whose downstream steps never ran is not complete', async () => {
    env = await e2e()
    // Train alone re-runs (a retry on main); its downstream steps do not run in that execution.
    const first = await env.run({ steps: 'Abalone-Train', downstream: 'false', mode: 'wait' }, onMain(env))
    expect(first.outputs.status).toBe('Succeeded')
    expect(json<string[]>(first.outputs['selected-steps'])).toEqual(['Abalone-Train'])
    // Planned from that run, the steps it never ran have no output there: they run.
    const latest = await env.run({ mode: 'plan', reference: 'latest' }, onMain(env))
    expect(latest.outputs['reference-execution-arn']).toBe(first.outputs['execution-arn'])
    const plan = json<PlanJson>(latest.outputs.plan)
    expect(plan.selected).toEqual(ALL.slice(2))
    expect(plan.reasons['Abalone-Evaluate']!.map(r => r.kind)).toContain('failed-in-reference')
    // With auto, the full run on main is the better reference: every output there stands for head.
    const auto = await env.run({ mode: 'plan' }, onMain(env))
    expect(auto.outputs.status).toBe('Skipped')
    expect(auto.outputs['reference-execution-arn']).toBe(env.world.history[1])
  })

  it('7. editing the mapping file never hides a code change made with it', async () => {
    env = await e2e({
      executions: (repo, provenance) => [
        { status: 'Succeeded', createdAt: '-1h', description: provenance(repo.commits.main, '950/1') }
      ]
    })
    const repo = env.world.repo
    const mappingPath = join(repo.dir, '.github', 'sagemaker-pipelines.yml')
    const mapping = readFileSync(mappingPath, 'utf8').replace(
      '      Abalone-Train:\n        - pipelines/abalone/train/**\n',
      ''
    )
    const train = join(repo.dir, 'pipelines', 'abalone', 'train', 'train.py')
    const head = repo.commit('Train: new objective, and drop its mapping', {
      '.github/sagemaker-pipelines.yml': mapping,
      'pipelines/abalone/train/train.py': readFileSync(train, 'utf8') + '\n# objective: reg:squarederror\n'
    })
    const event = {
      ...env.world.pullRequestEvent,
      pull_request: {
        ...(env.world.pullRequestEvent.pull_request as object),
        head: { sha: head, ref: 'improve-evaluation' }
      }
    }
    const result = await env.run({ mode: 'plan' }, { event, sha: head })
    expect(result.errors).toEqual([])
    const plan = json<PlanJson>(result.outputs.plan)
    expect(plan.selected).toContain('Abalone-Train')
    expect(plan.reasons['Abalone-Train']!.map(r => r.kind)).toContain('mapping')
  })

  it('8a. a selective start the service rejects falls back to a full run, with its words', async () => {
    env = await e2e()
    env.world.emulator.setFaults({
      rejectSelectiveStarts: { message: 'Selected steps must be connected (test)' }
    })
    const result = await env.run({})
    expect(result.errors).toEqual([])
    expect(result.outputs.status).toBe('Executing')
    const plan = json<PlanJson>(result.outputs.plan)
    expect(plan.fullRun).toBe(true)
    expect(result.summary).toContain('Selected steps must be connected (test)')
  })

  it('8b. resuming a run whose values no longer fit the declared types is a clear error; nothing starts', async () => {
    env = await e2e({
      executions: (repo, provenance) => [
        {
          status: 'Failed',
          createdAt: '-1h',
          description: withoutParams(provenance(repo.commits.main, '990/1')),
          failedStep: 'Abalone-Train',
          parameters: { XGBGamma: '4' }
        }
      ]
    })
    // The pipeline was upserted since: XGBGamma is now a String enum the old value does not fit.
    const doc = JSON.parse(JSON.stringify(env.world.definition)) as {
      Parameters: Array<{ Name: string; Type: string; DefaultValue?: unknown; EnumValues?: string[] }>
    }
    const gamma = doc.Parameters.find(p => p.Name === 'XGBGamma')!
    Object.assign(gamma, { Type: 'String', DefaultValue: 'low', EnumValues: ['low', 'high'] })
    await env.sagemaker.send(
      new UpdatePipelineCommand({ PipelineName: DEMO_PIPELINE, PipelineDefinition: JSON.stringify(doc) })
    )
    env.world.emulator.resetCalls()
    const result = await env.run({ selection: 'failed' }, onMain(env))
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain('XGBGamma')
    expect(env.starts()).toBe(0)
  })

  it('9. parameter names like __proto__ and constructor are data, not object keys', async () => {
    env = await e2e()
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const result = await env.run({ parameters: `${name}: 5`, mode: 'plan' })
      expect(result.exitCode).toBe(1)
      expect(result.errors.join('\n')).toContain(`"${name}" is not a parameter of this pipeline`)
    }
    expect(env.starts()).toBe(0)
  })

  it('an upsert between the reference and head re-runs exactly the steps whose definition changed', async () => {
    env = await e2e()
    const doc = JSON.parse(JSON.stringify(env.world.definition)) as {
      Steps: Array<{ Name: string; Arguments?: { Environment?: Record<string, string> } }>
    }
    const evaluate = doc.Steps.find(s => s.Name === 'Abalone-Evaluate')!
    evaluate.Arguments = {
      ...evaluate.Arguments,
      Environment: { ...(evaluate.Arguments?.Environment ?? {}), LOG_LEVEL: 'debug' }
    }
    await env.sagemaker.send(
      new UpdatePipelineCommand({ PipelineName: DEMO_PIPELINE, PipelineDefinition: JSON.stringify(doc) })
    )
    const result = await env.run({ mode: 'plan' }, onMain(env))
    const plan = json<PlanJson>(result.outputs.plan)
    expect(plan.reasons['Abalone-Evaluate']!.map(r => r.kind)).toContain('definition')
    expect(plan.reused).toEqual(['Abalone-Preprocess', 'Abalone-Train'])
  })
})
