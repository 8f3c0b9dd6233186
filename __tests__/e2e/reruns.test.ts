import { afterEach, describe, expect, it } from '@jest/globals'
import { UpdatePipelineCommand } from '@aws-sdk/client-sagemaker'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { e2e, json, type E2E } from '../../__fixtures__/e2e.js'

/**
 * The seed use cases as a user runs them from GitHub (workflow_dispatch or schedule on main): a single
 * step, contiguous steps, rerunning a failed step, resuming after a Fail step, and branch coverage.
 */
let env: E2E | undefined
afterEach(async () => {
  await env?.close()
  env = undefined
})

function onMain(env: E2E, eventName = 'workflow_dispatch'): Parameters<E2E['run']>[1] {
  return {
    eventName,
    event: {
      ref: 'refs/heads/main',
      inputs: {},
      repository: { full_name: 'octo-org/abalone-ml', default_branch: 'main' }
    },
    sha: env.world.repo.commits.main,
    ref: 'refs/heads/main'
  }
}

describe('manual reruns', () => {
  it('runs a single step, reusing its inputs from the newest run where they succeeded', async () => {
    env = await e2e()
    const result = await env.run({ steps: 'Abalone-Train', downstream: 'false', mode: 'wait' }, onMain(env))
    expect(result.errors).toEqual([])
    expect(json(result.outputs['selected-steps'])).toEqual(['Abalone-Train'])
    expect(json(result.outputs['reused-steps'])).toEqual(['Abalone-Preprocess'])
    // The newest run failed at Train: its failed and never-run steps would all have to run again, so
    // the older healthy run is the cheaper reference.
    expect(result.outputs['reference-execution-arn']).toBe(env.world.history[1])
    expect(result.outputs.status).toBe('Succeeded')
    expect(json<{ notRun: string[] }>(result.outputs.plan).notRun).toContain('Abalone-Evaluate')
  })

  it('runs contiguous steps: every step on a path between two chosen steps is added', async () => {
    env = await e2e()
    const result = await env.run(
      { steps: 'Abalone-Preprocess\nAbalone-Evaluate', downstream: 'false', mode: 'plan' },
      onMain(env)
    )
    expect(result.errors).toEqual([])
    expect(json(result.outputs['selected-steps'])).toEqual([
      'Abalone-Preprocess',
      'Abalone-Train',
      'Abalone-Evaluate'
    ])
    const plan = json<{ reasons: Record<string, Array<{ kind: string }>> }>(result.outputs.plan)
    expect(plan.reasons['Abalone-Train']!.map(r => r.kind)).toEqual(['upstream'])
    expect(plan.reasons['Abalone-Evaluate']!.map(r => r.kind)).toEqual(['explicit'])
  })

  it('reruns the failed step of the newest failed run and resumes from it', async () => {
    env = await e2e()
    const failedRun = env.world.history[2]
    const result = await env.run({ selection: 'failed', mode: 'wait' }, onMain(env))
    expect(result.errors).toEqual([])
    expect(result.outputs['reference-execution-arn']).toBe(failedRun)
    expect(json(result.outputs['selected-steps'])).toEqual([
      'Abalone-Train',
      'Abalone-Evaluate',
      'Abalone-MSECheck',
      'Abalone-ModelRegister-RegisterModel',
      'Abalone-CreateModel-CreateModel',
      'Abalone-FailNotify'
    ])
    expect(json(result.outputs['reused-steps'])).toEqual(['Abalone-Preprocess'])
    const plan = json<{ reasons: Record<string, Array<{ kind: string; status?: string }>> }>(
      result.outputs.plan
    )
    expect(plan.reasons['Abalone-Train']).toEqual([{ kind: 'failed-in-reference', status: 'Failed' }])
    expect(result.outputs.status).toBe('Succeeded')
  })

  it('resumes a run that ended in its Fail step (RetryPipelineExecution refuses those)', async () => {
    env = await e2e({
      executions: (repo, provenance) => [
        { status: 'Succeeded', createdAt: '-2d', description: provenance(repo.commits.main, '800/1') },
        {
          status: 'Failed',
          createdAt: '-1h',
          // Started with MseThreshold 1: its provenance records no defaults' digest.
          description: provenance(repo.commits.main, '801/1').replace(/,"params":"[0-9a-f]+"/, ''),
          parameters: { MseThreshold: 1 }
        }
      ]
    })
    const failedRun = env.world.history[1]!
    const result = await env.run({ selection: 'failed', reference: failedRun, mode: 'wait' }, onMain(env))
    expect(result.outputs['reference-execution-arn']).toBe(failedRun)
    // FailNotify ended the run; its Condition comes with it, and the Condition's closure.
    expect(json(result.outputs['selected-steps'])).toEqual([
      'Abalone-MSECheck',
      'Abalone-ModelRegister-RegisterModel',
      'Abalone-CreateModel-CreateModel',
      'Abalone-FailNotify'
    ])
    // The reference's parameters are kept, so the Condition decides as before: the run fails again.
    expect(result.outputs.status).toBe('Failed')
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain('ended Failed')
  })

  it('a parameter override re-runs the steps that read it', async () => {
    env = await e2e()
    const result = await env.run({ parameters: 'XGBMaxDepth: 7', mode: 'plan' }, onMain(env))
    expect(result.errors).toEqual([])
    expect(json<string[]>(result.outputs['selected-steps'])[0]).toBe('Abalone-Train')
    const plan = json<{ reasons: Record<string, unknown[]> }>(result.outputs.plan)
    expect(plan.reasons['Abalone-Train']).toContainEqual({
      kind: 'parameter',
      name: 'XGBMaxDepth',
      from: '5',
      to: '7'
    })
  })
})

describe('definition changes', () => {
  it('re-runs a step whose definition changed since the reference run, though no file did', async () => {
    env = await e2e()
    const definition = structuredClone(env.world.definition) as {
      Steps: Array<{ Name: string; Arguments: { HyperParameters: Record<string, unknown> } }>
    }
    const train = definition.Steps.find(s => s.Name === 'Abalone-Train')!
    train.Arguments.HyperParameters.objective = 'reg:squarederror'
    const updated = await env.sagemaker.send(
      new UpdatePipelineCommand({
        PipelineName: 'AbalonePipeline',
        PipelineDefinition: JSON.stringify(definition)
      })
    )
    expect(updated.PipelineVersionId).toBe(2)
    const result = await env.run({ mode: 'plan' }, onMain(env))
    expect(result.errors).toEqual([])
    expect(json<string[]>(result.outputs['selected-steps'])[0]).toBe('Abalone-Train')
    expect(json(result.outputs['reused-steps'])).toEqual(['Abalone-Preprocess'])
    const plan = json<{ reasons: Record<string, unknown[]> }>(result.outputs.plan)
    expect(plan.reasons['Abalone-Train']).toContainEqual({
      kind: 'definition',
      paths: ['Arguments.HyperParameters.objective']
    })
    expect(env.world.emulator.calls().DescribePipelineDefinitionForExecution).toBeGreaterThan(0)
  })
})

describe('branch coverage', () => {
  it('forces the never-taken Fail branch and passes when it ran', async () => {
    env = await e2e()
    const result = await env.run({ selection: 'coverage', mode: 'wait' }, onMain(env, 'schedule'))
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.coverage).toBe('85.7')
    expect(json(result.outputs['uncovered-steps'])).toEqual(['Abalone-FailNotify'])
    // The Fail step ending the execution is the expected outcome, not a failure of the check.
    expect(result.outputs.status).toBe('Failed')
    const plan = json<{ reasons: Record<string, Array<{ kind: string }>>; selected: string[] }>(
      result.outputs.plan
    )
    expect(plan.reasons['Abalone-FailNotify']!.map(r => r.kind)).toContain('coverage')
    expect(result.summary).toContain('Coverage')
    expect(result.stdout).toContain('Coverage target reached')
  })

  it('fails naming the step and the outcome when the forcing parameter does not flip the Condition', async () => {
    env = await e2e()
    const mapping = join(env.world.repo.dir, '.github', 'sagemaker-pipelines.yml')
    const { readFileSync } = await import('node:fs')
    writeFileSync(
      mapping,
      readFileSync(mapping, 'utf8').replace(/MseThreshold: ['"]0['"]/, "MseThreshold: '100'")
    )
    const result = await env.run({ selection: 'coverage', mode: 'wait' }, onMain(env, 'schedule'))
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('Abalone-FailNotify did not run')
    expect(result.errors[0]).toContain('Abalone-MSECheck evaluated to True')
  })
})
