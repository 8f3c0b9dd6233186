import { afterEach, describe, expect, it } from '@jest/globals'
import { DescribePipelineExecutionCommand, ListPipelineExecutionsCommand } from '@aws-sdk/client-sagemaker'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionDir, e2e, json, type E2E } from '../../__fixtures__/e2e.js'
import { DEMO_DURATIONS } from '../../tools/demo/world.js'
import type { ExampleRepo } from '../../tools/demo/example-repo.js'

/**
 * The bundled action (dist/index.js) run as the GitHub runner runs it, against the SageMaker emulator
 * and the GitHub stand-in: the pull-request workflow of the README.
 */
let env: E2E | undefined
afterEach(async () => {
  await env?.close()
  env = undefined
})

describe('pull request', () => {
  it('runs the changed step and its closure, reusing the newest safe run', async () => {
    env = await e2e()
    const [initialRun, mainRun, failedRun] = env.world.history
    const result = await env.run({ mode: 'wait' })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('Succeeded')
    expect(json(result.outputs['selected-steps'])).toEqual([
      'Abalone-Evaluate',
      'Abalone-MSECheck',
      'Abalone-ModelRegister-RegisterModel',
      'Abalone-CreateModel-CreateModel',
      'Abalone-FailNotify'
    ])
    expect(json(result.outputs['reused-steps'])).toEqual(['Abalone-Preprocess', 'Abalone-Train'])
    expect(json(result.outputs['changed-files'])).toEqual(['README.md', 'pipelines/abalone/evaluate.py'])
    // The newest run failed at Train (it would have to run again); the oldest would re-run Train too.
    expect(result.outputs['reference-execution-arn']).toBe(mainRun)
    const plan = json<{ reasons: Record<string, unknown[]> }>(result.outputs.plan)
    expect(plan.reasons['Abalone-Evaluate']).toEqual([
      { kind: 'file', file: 'pipelines/abalone/evaluate.py', glob: 'pipelines/abalone/evaluate.py' }
    ])
    expect(env.starts()).toBe(1)
    const comments = env.ourComments()
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('Succeeded')
    expect(comments[0]!.body).toContain('```mermaid')
    expect(comments[0]!.body).toContain(failedRun!.split('/').pop())
    // Each rejected candidate with its estimated compute minutes (median step durations of the history).
    expect(comments[0]!.body).toMatch(
      /would run 6 steps \(\\~\d+ min\); the chosen run needs 5 steps \(\\~\d+ min\)/
    )
    expect(comments[0]!.body).toContain(initialRun!.split('/').pop())
    expect(result.summary).toContain('Abalone-Evaluate')
    // The README's sample comment is this very table: it cannot go stale.
    const readme = readFileSync(join(actionDir, 'README.md'), 'utf8')
    const sample = /<!-- sample-comment:start -->\n([\s\S]*?)<!-- sample-comment:end -->/.exec(readme)![1]!
    const rows = sample.split('\n').filter(l => l.startsWith('| `'))
    expect(rows).toHaveLength(7)
    const body = comments[0]!.body.replace(/<\/?sub>/g, '')
    for (const row of rows) expect(body).toContain(row)
    // The reviewer's comment is left alone.
    expect(env.world.github.comments('octo-org', 'abalone-ml', 7).map(c => c.user)).toContain('reviewer')
  })

  it('records provenance, a readable display name and an idempotent token on the execution', async () => {
    env = await e2e()
    const result = await env.run()
    expect(result.outputs.status).toBe('Executing')
    const arn = result.outputs['execution-arn']!
    const described = await env.sagemaker.send(
      new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn })
    )
    expect(described.PipelineExecutionDisplayName).toBe(
      `pr-7-${env.world.repo.commits.pr.slice(0, 7)}-run-1001`
    )
    const description = String(described.PipelineExecutionDescription)
    expect(description.startsWith('sagemaker-selective-execution/v1 ')).toBe(true)
    expect(JSON.parse(description.slice('sagemaker-selective-execution/v1 '.length))).toMatchObject({
      sha: env.world.repo.commits.pr,
      pr: 7,
      repo: 'octo-org/abalone-ml',
      run: '1001/1'
    })
    expect(described.SelectiveExecutionConfig).toEqual({
      SourcePipelineExecutionArn: env.world.history[1],
      SelectedSteps: json<string[]>(result.outputs['selected-steps']).map(StepName => ({ StepName }))
    })
    expect(result.outputs['console-url']).toContain('us-east-1')
  })

  it('starts nothing and reports Skipped when no step is affected', async () => {
    env = await e2e()
    const docs = onBranchFromMain(env.world.repo, 'docs-typo', {
      'README.md': '# abalone-ml\n\nFixed a typo.\n'
    })
    const event = {
      ...env.world.pullRequestEvent,
      pull_request: { number: 7, head: { sha: docs, ref: 'docs-typo' } }
    }
    const result = await env.run({}, { event, sha: docs })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('Skipped')
    expect(json(result.outputs['selected-steps'])).toEqual([])
    expect(json(result.outputs['changed-files'])).toEqual(['README.md'])
    expect(result.outputs['execution-arn']).toBe('')
    expect(env.starts()).toBe(0)
    expect(env.ourComments()[0]!.body).toMatch(/nothing started/i)
  })

  it.each([
    // Failed at Evaluate: the failed run and main's run let the same steps run; main's, which Succeeded, wins.
    ['Abalone-Evaluate', 'affected'],
    // Failed at Preprocess in a full run: nothing of it can be reused; main's run is the reference.
    ['Abalone-Preprocess', 'all']
  ])(
    'a re-run after the execution failed at %s (first run: selection %s) runs the failed steps again, not Skipped',
    async (failing, selection) => {
      env = await e2e()
      const scenario = {
        durations: DEMO_DURATIONS,
        outputs: {
          'Abalone-Evaluate': {
            propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value: 4.2 } } } }
          }
        }
      }
      env.world.emulator.setScenario('AbalonePipeline', {
        ...scenario,
        failures: { [failing]: 'OOM' }
      })
      const first = await env.run({ mode: 'wait', selection: selection })
      expect(first.outputs.status).toBe('Failed')
      expect(first.exitCode).toBe(1)
      env.world.emulator.setScenario('AbalonePipeline', scenario)
      const again = await env.run({ mode: 'wait' }, { runAttempt: '2' })
      expect(again.errors).toEqual([])
      expect(again.outputs.status).toBe('Succeeded')
      expect(json<string[]>(again.outputs['selected-steps'])[0]).toBe('Abalone-Evaluate')
      expect(json(again.outputs['reused-steps'])).toEqual(['Abalone-Preprocess', 'Abalone-Train'])
      // The failed run and main's run both let the same 5 steps run: the one that Succeeded wins the tie.
      expect(again.outputs['reference-execution-arn']).toBe(env.world.history[1])
    }
  )

  it('plan mode computes and reports but starts nothing', async () => {
    env = await e2e()
    const result = await env.run({ mode: 'plan' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('Planned')
    expect(result.outputs['execution-arn']).toBe('')
    expect(json<string[]>(result.outputs['selected-steps'])).toContain('Abalone-Evaluate')
    expect(env.starts()).toBe(0)
    expect(env.ourComments()[0]!.body).toContain('nothing was started')
  })

  it('a re-run of the same job attempt starts one execution and keeps one comment', async () => {
    env = await e2e({ clock: 'manual' }) // the first execution is still running when the job runs again
    const first = await env.run()
    const second = await env.run()
    expect(first.outputs['execution-arn']).toMatch(/execution\//)
    expect(second.outputs['execution-arn']).toBe(first.outputs['execution-arn'])
    expect(env.starts()).toBe(2) // two requests, one execution: the same ClientRequestToken
    const list = await env.sagemaker.send(
      new ListPipelineExecutionsCommand({ PipelineName: 'AbalonePipeline', MaxResults: 100 })
    )
    const summaries = list.PipelineExecutionSummaries ?? []
    expect(summaries).toHaveLength(env.world.history.length + 1)
    expect(env.ourComments()).toHaveLength(1)
  })

  it("a second push on the pull request reuses the pull request's first run", async () => {
    env = await e2e({ clock: 'manual' })
    const first = await env.run({}, { runId: '2001' })
    expect(first.outputs.status).toBe('Executing')
    await env.world.emulator.settle()
    const commentId = env.ourComments()[0]!.id
    const evaluate = join('pipelines', 'abalone', 'register', 'model.py')
    const push2 = env.world.repo.commit('Register: tag the model', {
      [evaluate]: '"""Registers the model."""\nTAGS = {"team": "ml"}\n'
    })
    const event = {
      ...env.world.pullRequestEvent,
      pull_request: { number: 7, head: { sha: push2, ref: 'improve-evaluation' }, base: { ref: 'main' } }
    }
    const second = await env.run({ mode: 'plan' }, { runId: '2002', event, sha: push2 })
    expect(second.outputs['reference-execution-arn']).toBe(first.outputs['execution-arn'])
    expect(json(second.outputs['changed-files'])).toEqual(['pipelines/abalone/register/model.py'])
    // Register and CreateModel are branch steps: their Condition comes with them, and its closure.
    expect(json(second.outputs['selected-steps'])).toEqual([
      'Abalone-MSECheck',
      'Abalone-ModelRegister-RegisterModel',
      'Abalone-CreateModel-CreateModel',
      'Abalone-FailNotify'
    ])
    expect(env.ourComments().map(c => c.id)).toEqual([commentId])
  })

  it("does not inherit another branch's unmerged outputs", async () => {
    env = await e2e({
      clock: 'manual',
      executions: (repo, provenance) => [
        { status: 'Succeeded', createdAt: '-1d', description: provenance(repo.commits.main, '950/1') },
        // Newer, from an unmerged branch that changed the training code: reusing its Train would be stale.
        { status: 'Succeeded', createdAt: '-1h', description: provenance(otherBranch(repo), '960/1') }
      ]
    })
    const result = await env.run({ mode: 'plan' })
    expect(result.outputs['reference-execution-arn']).toBe(env.world.history[0])
    expect(json<string[]>(result.outputs['reused-steps'])).toEqual(['Abalone-Preprocess', 'Abalone-Train'])
    expect(env.ourComments()[0]!.body).toContain('would run')
  })

  it("cancel-superseded stops only this pull request's earlier running execution", async () => {
    env = await e2e({ clock: 'manual' })
    const first = await env.run({}, { runId: '3001' })
    expect(first.outputs.status).toBe('Executing')
    const push2 = env.world.repo.commit('Evaluate: RMSE rounding', {
      [join('pipelines', 'abalone', 'evaluate.py')]: '"""Evaluates."""\nROUND = 3\n'
    })
    const event = {
      ...env.world.pullRequestEvent,
      pull_request: { number: 7, head: { sha: push2, ref: 'improve-evaluation' } }
    }
    const second = await env.run({ 'cancel-superseded': 'true' }, { runId: '3002', event, sha: push2 })
    expect(second.errors).toEqual([])
    expect(second.outputs['execution-arn']).not.toBe(first.outputs['execution-arn'])
    expect(second.stdout).toContain(`Stopped superseded execution ${first.outputs['execution-arn']}`)
    const status = async (arn: string): Promise<unknown> =>
      (await env!.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn })))
        .PipelineExecutionStatus
    expect(['Stopping', 'Stopped']).toContain(await status(first.outputs['execution-arn']!))
    expect(await status(second.outputs['execution-arn']!)).toBe('Executing')
    expect(env.world.emulator.calls().StopPipelineExecution).toBe(1)
  })

  it('without local history asks the GitHub API for the changed files', async () => {
    env = await e2e()
    const bare = mkdtempSync(join(tmpdir(), 'no-git-'))
    cpSync(join(env.world.repo.dir, '.github'), join(bare, '.github'), { recursive: true })
    try {
      const result = await env.run({ mode: 'plan' }, { workspace: bare })
      expect(result.errors).toEqual([])
      expect(json(result.outputs['changed-files'])).toEqual(['README.md', 'pipelines/abalone/evaluate.py'])
      expect(result.outputs['reference-execution-arn']).toBe(env.world.history[1])
      expect(Object.keys(env.world.github.calls()).some(k => k.includes('compare'))).toBe(true)
    } finally {
      rmSync(bare, { recursive: true, force: true })
    }
  })
})

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
}

/** A commit on a new branch made from main; the checkout returns to where it was. */
function onBranchFromMain(repo: ExampleRepo, branch: string, changes: Record<string, string>): string {
  const current = git(repo.dir, 'rev-parse', '--abbrev-ref', 'HEAD')
  git(repo.dir, 'checkout', '-q', '-b', branch, 'main')
  const sha = repo.commit(`${branch}: change`, changes)
  git(repo.dir, 'checkout', '-q', current)
  return sha
}

function otherBranch(repo: ExampleRepo): string {
  return onBranchFromMain(repo, 'experiment-deeper-trees', {
    [join('pipelines', 'abalone', 'train', 'hyperparameters.yml')]:
      'objective: reg:linear\nnum_round: 80\nmax_depth: 9\n'
  })
}
