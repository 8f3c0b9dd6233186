import { describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_PIPELINE, DEMO_PR, e2e, json, owner, repo, type E2E } from '../../__fixtures__/e2e.js'
import { parseOutputFile, type RunnerResult } from '../../tools/demo/runner.js'
import { DEMO_DURATIONS, githubSeed } from '../../tools/demo/world.js'

/**
 * The bundled action against input written by someone who wants it to misbehave (SECURITY.md): a
 * mapping file that links out of the checkout or is enormous, a SageMaker failure reason that forges
 * workflow commands, comments that copy the action's marker, a secret passed as a parameter, an
 * event naming a commit that exists nowhere, a fork, `pull_request_target`; and the promises that
 * keep runs apart (superseded commits, idempotency across jobs and attempts) and outputs within
 * GitHub's limits. Each scenario has a world of its own.
 */
// Several worlds run side by side on a small machine; the 10,000-file commit alone takes a while.
jest.setTimeout(180_000)

const TOKEN = 'ghs_demotoken0123456789' // what the runner fixture passes as github-token
const MAPPING = '.github/sagemaker-pipelines.yml'
const MARKER = `<!-- sagemaker-selective-execution pipeline="${DEMO_PIPELINE}" -->`
const SCENARIO = {
  durations: DEMO_DURATIONS,
  outputs: {
    'Abalone-Evaluate': {
      propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value: 4.2 } } } }
    }
  }
}
/** The executions the demo pull request needs: Evaluate and everything after it. */
const PR_SELECTION = [
  'Abalone-Evaluate',
  'Abalone-MSECheck',
  'Abalone-ModelRegister-RegisterModel',
  'Abalone-CreateModel-CreateModel',
  'Abalone-FailNotify'
]

async function inWorld(options: Parameters<typeof e2e>[0], body: (env: E2E) => Promise<void>): Promise<void> {
  const env = await e2e(options)
  try {
    await body(env)
  } finally {
    await env.close()
  }
}

describe('the mapping file is read only from inside the checkout', () => {
  const SECRET_LINE = 'AWS_SECRET_ACCESS_KEY=HostileOutsideSecret/0123456789abcdefABCDEF'
  const ENV_CANARY = 'EnvironCanary-never-print-0815'

  it.concurrent.each([
    ['a temporary file holding a credential', 'file'],
    ['/proc/self/environ (the job environment)', '/proc/self/environ']
  ])('a symlink to %s is refused by name, unread, and nothing starts', async (_label, kind) => {
    await inWorld({}, async env => {
      const outside = mkdtempSync(join(tmpdir(), 'hostile-outside-'))
      try {
        // The file would even parse as a mapping, with the credential as a step name an error would echo.
        const text = `# ${SECRET_LINE}\npipelines:\n  AbalonePipeline:\n    steps:\n      ${SECRET_LINE}: pipelines/**\n`
        const target = kind === 'file' ? join(outside, 'credentials') : kind
        if (kind === 'file') writeFileSync(target, text)
        replaceWithLink(env.world.repo.dir, MAPPING, target)
        const result = await env.run(
          {},
          { env: { HOSTILE_CANARY: ENV_CANARY, AWS_SECRET_ACCESS_KEY: 'HostileJobSecret/abcdef0123456789' } }
        )
        expect(result.exitCode).toBe(1)
        expect(result.errors).toHaveLength(1)
        const message = decodeCommand(result.errors[0]!)
        expect(message).toContain(MAPPING)
        expect(message).toMatch(/symlink that points outside the repository checkout; it was not read/)
        const printed = everything(result)
        for (const secret of ['HostileOutsideSecret', ENV_CANARY, 'HostileJobSecret', 'pipelines/**'])
          expect(printed).not.toContain(secret)
        expect(env.world.emulator.calls().StartPipelineExecution ?? 0).toBe(0)
        expect(env.ourComments()).toEqual([])
        expect(result.outputs['execution-arn'] ?? '').toBe('')
      } finally {
        rmSync(outside, { recursive: true, force: true })
      }
    })
  })

  it.concurrent('a symlink to a file inside the checkout is followed', async () => {
    await inWorld({}, async env => {
      const dir = env.world.repo.dir
      mkdirSync(join(dir, 'ci'))
      // The mapping moved: a relative link from .github to ci/ points at it.
      writeFileSync(join(dir, 'ci', 'mapping.yml'), readFileSync(join(dir, MAPPING), 'utf8'))
      replaceWithLink(dir, MAPPING, '../ci/mapping.yml')
      const result = await env.run({ mode: 'plan' })
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      // Only the mapping maps evaluate.py to its step: without it nothing would select Evaluate by file.
      const plan = json<{ reasons: Record<string, unknown[]> }>(result.outputs.plan)
      expect(plan.reasons['Abalone-Evaluate']).toEqual([
        { kind: 'file', file: 'pipelines/abalone/evaluate.py', glob: 'pipelines/abalone/evaluate.py' }
      ])
    })
  })

  it.concurrent('a 50 MB mapping file is refused with a short error, and nothing starts', async () => {
    await inWorld({}, async env => {
      const dir = env.world.repo.dir
      const glob = 'pipelines/'.repeat(5_000_000) // 50 MB on one line
      writeFileSync(
        join(dir, MAPPING),
        `pipelines:\n  AbalonePipeline:\n    steps:\n      Abalone-Train: '${glob}**'\n`
      )
      const result = await env.run()
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(decodeCommand(result.errors[0]!)).toMatch(
        /sagemaker-pipelines\.yml is 50,?000,?\d+ bytes; at most 1 MiB/
      )
      expect(longestLine(result.stdout)).toBeLessThanOrEqual(400)
      expect(result.stdout).not.toContain('pipelines/pipelines/')
      expect(env.world.emulator.calls().StartPipelineExecution ?? 0).toBe(0)
      expect(env.ourComments()).toEqual([])
    })
  })
})

describe('SageMaker text is data', () => {
  it.concurrent(
    'a failure reason that forges workflow commands in mode: wait: no forged command, status Failed',
    async () => {
      await inWorld({}, async env => {
        const forged =
          'ClientError: boom\n::error title=x::forged\n::add-mask::y\n::stop-commands::t\n##[set-output name=status]Succeeded'
        env.world.emulator.setScenario(DEMO_PIPELINE, {
          ...SCENARIO,
          failures: { 'Abalone-Evaluate': forged }
        })
        const result = await env.run({ mode: 'wait' })
        expect(result.exitCode).toBe(1)
        expect(result.outputs.status).toBe('Failed')
        // The reason was printed, so the neutralising was exercised, not skipped.
        expect(result.stdout).toContain('forged')
        expect(result.stdout).toContain('ClientError: boom')
        for (const line of result.stdout.split('\n')) {
          expect(line).not.toContain('##[')
          if (!/^\s*::/.test(line)) continue
          const command = /^\s*::([a-z-]+)((?: [^:]*)?)::(.*)$/.exec(line)
          if (!command) throw new Error(`a line the runner would take as a command: ${line}`)
          const [, name, properties, data] = command as unknown as [string, string, string, string]
          expect(['group', 'endgroup', 'debug', 'add-mask', 'error', 'warning', 'notice']).toContain(name)
          expect(properties).not.toContain('title=x')
          if (name === 'add-mask') expect(data).toBe(TOKEN)
          // The runner decodes %0A inside a command's data: no decoded line may start a command either.
          for (const piece of decodeCommand(data).split(/\r?\n/)) expect(piece).not.toMatch(/^\s*::/)
        }
        // One error, the action's own: the run ended Failed.
        expect(result.errors).toHaveLength(1)
        expect(result.errors[0]).toMatch(/ended Failed/)
        const comment = env.ourComments()
        expect(comment).toHaveLength(1)
        expect(comment[0]!.body).toContain('Failed')
      })
    }
  )
})

describe('the sticky comment belongs to the token that wrote it', () => {
  it.concurrent(
    "a stranger's comment starting with the marker is left alone; ours is posted beside it",
    async () => {
      await inWorld({}, async env => {
        const fake = `${MARKER}\n## All steps Succeeded :white_check_mark:\nMerge away.`
        env.world.github.seed(
          githubSeed(env.world.repo, [
            { issue: DEMO_PR, user: 'mallory', body: fake },
            { issue: DEMO_PR, user: 'github-actions', body: `${MARKER}\nA lookalike login, not the bot.` }
          ])
        )
        const before = env.world.github.comments(owner, repo, DEMO_PR)
        const result = await env.run()
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        const after = env.world.github.comments(owner, repo, DEMO_PR)
        for (const comment of before) expect(after).toContainEqual(comment) // untouched: body and time
        const ours = after.filter(c => c.user === 'github-actions[bot]')
        expect(ours).toHaveLength(1)
        expect(ours[0]!.body.startsWith(MARKER)).toBe(true)
        expect(ours[0]!.body).toContain(result.outputs['execution-arn']!.split('/').pop())
        expect(result.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${ours[0]!.id}$`))
        const calls = env.world.github.calls()
        expect(calls['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'] ?? 0).toBe(0)
        expect(calls['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}'] ?? 0).toBe(0)
      })
    }
  )

  it.concurrent(
    'our own comment refusing the edit: a fresh comment carries the report, the job stays green',
    async () => {
      await inWorld({}, async env => {
        env.world.github.seed(
          githubSeed(env.world.repo, [
            { issue: DEMO_PR, user: 'github-actions[bot]', body: `${MARKER}\nThe report of an older push.` }
          ])
        )
        const old = env.ourComments()
        expect(old).toHaveLength(1)
        env.world.github.setFaults({ failCommentEdits: true })
        const result = await env.run()
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        expect(result.outputs.status).toBe('Executing')
        const calls = env.world.github.calls()
        expect(calls['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}']).toBeGreaterThanOrEqual(1)
        const ours = env.ourComments()
        const fresh = ours.find(c => c.id !== old[0]!.id)
        expect(fresh).toBeDefined()
        expect(fresh!.body).toContain(result.outputs['execution-arn']!.split('/').pop())
        expect(result.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${fresh!.id}$`))
        // The refusing comment is ours: deleting it is allowed, so only the fresh one is left.
        expect(ours.map(c => c.id)).toEqual([fresh!.id])
        expect(warnings(result).some(w => w.includes('refused the edit'))).toBe(true)
      })
    }
  )
})

describe('secrets', () => {
  it.concurrent(
    'a token-shaped parameter value is *** in the comment, the summary and the plan output, and masked',
    async () => {
      await inWorld({}, async env => {
        const secret = 'ghp_0123456789abcdefghij0123456789abcdef'
        const result = await env.run({ parameters: `InputData: ${secret}` })
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        const lines = result.stdout.split('\n')
        expect(lines).toContain(`::add-mask::${secret}`)
        // Anywhere else, the value is a leak (the runner consumes ::add-mask:: and never shows it).
        expect(lines.filter(l => !l.startsWith('::add-mask::')).join('\n')).not.toContain(secret)
        expect(result.stderr).not.toContain(secret)
        const comment = env.ourComments()[0]!.body
        for (const text of [comment, result.summary, result.outputs.plan!]) {
          expect(text).not.toContain(secret)
          expect(text).not.toContain('ghp_0123')
          // Markdown shows `\*\*\*` as ***.
          expect(text).toMatch(/InputData.*(\*\*\*|\\\*\\\*\\\*)/)
        }
        expect(Object.values(result.outputs).join('\n')).not.toContain(secret)
        // The parameter is why Preprocess runs; the plan shows the change with the value hidden.
        const plan = json<{ reasons: Record<string, Array<Record<string, unknown>>> }>(result.outputs.plan)
        expect(plan.reasons['Abalone-Preprocess']).toContainEqual(
          expect.objectContaining({ kind: 'parameter', name: 'InputData', to: '***' })
        )
        // Masked in the reports only: the execution gets the real value.
        const sent: Array<{ Name: string; Value: string }> = []
        let token: string | undefined
        do {
          const page = await sagemaker<{
            PipelineParameters: Array<{ Name: string; Value: string }>
            NextToken?: string
          }>(env, 'ListPipelineParametersForExecution', {
            PipelineExecutionArn: result.outputs['execution-arn'],
            NextToken: token
          })
          sent.push(...page.PipelineParameters)
          token = page.NextToken
        } while (token)
        expect(sent).toContainEqual({ Name: 'InputData', Value: secret })
      })
    }
  )
})

describe('runs that must not disturb each other', () => {
  it.concurrent(
    'cancel-superseded stops a run for an older commit and leaves one for a newer commit running',
    async () => {
      await inWorld({ clock: 'manual' }, async env => {
        const older = env.world.repo.commits.pr
        const newer = env.world.repo.commit('Evaluate: RMSE rounding', {
          [join('pipelines', 'abalone', 'evaluate.py')]: '"""Evaluates."""\nROUND = 3\n'
        })
        // A newer push's run is under way when a late job for the older commit arrives.
        const forNewer = await env.run({}, { runId: '7001', event: eventAt(env, newer), sha: newer })
        expect(forNewer.outputs.status).toBe('Executing')
        const late = await env.run(
          { 'cancel-superseded': 'true' },
          { runId: '7002', event: eventAt(env, older), sha: older }
        )
        expect(late.errors).toEqual([])
        expect(late.outputs.status).toBe('Executing')
        expect(await status(env, forNewer.outputs['execution-arn']!)).toBe('Executing')
        expect(late.stdout).toContain(`left ${forNewer.outputs['execution-arn']} running`)
        expect(env.world.emulator.calls().StopPipelineExecution ?? 0).toBe(0)

        // The next push for the newer commit supersedes the late job's run (an ancestor of it).
        const next = await env.run(
          { 'cancel-superseded': 'true' },
          { runId: '7003', event: eventAt(env, newer), sha: newer }
        )
        expect(next.errors).toEqual([])
        expect(next.stdout).toContain(`Stopped superseded execution ${late.outputs['execution-arn']}`)
        expect(['Stopping', 'Stopped']).toContain(await status(env, late.outputs['execution-arn']!))
        // The run for the same commit as head is not superseded by it.
        expect(await status(env, forNewer.outputs['execution-arn']!)).toBe('Executing')
        expect(await status(env, next.outputs['execution-arn']!)).toBe('Executing')
        expect(env.world.emulator.calls().StopPipelineExecution).toBe(1)
      })
    }
  )

  it.concurrent(
    'two action steps of one job attempt with different steps both start; a re-run attempt attaches',
    async () => {
      await inWorld({ clock: 'manual' }, async env => {
        const evaluate = await env.run({ steps: 'Abalone-Evaluate' }, { runId: '6001' })
        const train = await env.run({ steps: 'Abalone-Train' }, { runId: '6001' })
        for (const r of [evaluate, train]) {
          expect(r.errors).toEqual([])
          expect(r.exitCode).toBe(0)
          expect(r.outputs.status).toBe('Executing')
          expect(r.stdout).not.toContain('ConflictException')
        }
        expect(train.outputs['execution-arn']).not.toBe(evaluate.outputs['execution-arn'])
        expect(await executionsOfRun(env, '6001/1')).toHaveLength(2)
        const starts = env.starts()

        // Attempt 2 of the same run, same inputs as the first step, while its execution still runs.
        // The newest execution of the run is the Train one: only the inputs tell them apart.
        const again = await env.run({ steps: 'Abalone-Evaluate' }, { runId: '6001', runAttempt: '2' })
        expect(again.errors).toEqual([])
        expect(again.exitCode).toBe(0)
        expect(again.outputs['execution-arn']).toBe(evaluate.outputs['execution-arn'])
        expect(again.stdout).toMatch(/earlier attempt of this workflow run already started/)
        expect(env.starts()).toBe(starts)
        expect(await executionsOfRun(env, '6001/2')).toEqual([])
      })
    }
  )
})

describe('outputs within GitHub limits', () => {
  it.concurrent(
    'a pull request changing 10,000 files: valid JSON outputs, all of them under 1 MB',
    async () => {
      await inWorld({}, async env => {
        const files: Record<string, string> = {}
        for (let i = 0; i < 10_000; i++) {
          files[`pipelines/abalone/train/shard-${String(i).padStart(5, '0')}-of-10000-training-data.csv`] =
            `${i}\n`
        }
        const head = env.world.repo.commit('Ten thousand training shards', files)
        const scratch = mkdtempSync(join(tmpdir(), 'hostile-output-'))
        try {
          const outputFile = join(scratch, 'output')
          writeFileSync(outputFile, '')
          const result = await env.run(
            { mode: 'plan' },
            { event: eventAt(env, head), sha: head, env: { GITHUB_OUTPUT: outputFile } }
          )
          expect(result.errors).toEqual([])
          expect(result.exitCode).toBe(0)
          const raw = readFileSync(outputFile, 'utf8')
          expect(Buffer.byteLength(raw, 'utf8')).toBeLessThan(1_000_000)
          const outputs = parseOutputFile(raw)
          expect(outputs.status).toBe('Planned')
          for (const name of ['selected-steps', 'reused-steps', 'changed-files']) {
            const list = json<unknown[]>(outputs[name])
            expect(Array.isArray(list)).toBe(true)
            expect(list.every(item => typeof item === 'string')).toBe(true)
          }
          const changed = json<string[]>(outputs['changed-files'])
          // Cut to its budget, with the marker saying how many more there are: the shards, and the
          // pull request's own two files (README.md, evaluate.py) since the reference run's commit.
          const total = 10_002
          expect(changed.length).toBeLessThan(total)
          expect(changed.at(-1)).toBe(
            `… ${(total - changed.length + 1).toLocaleString('en-US')} more: see the job summary`
          )
          expect(changed).toContain('pipelines/abalone/train/shard-00000-of-10000-training-data.csv')
          expect(changed).toContain('pipelines/abalone/evaluate.py')
          const plan = json<{ selected: string[]; truncated?: boolean }>(outputs.plan)
          expect(plan.selected).toContain('Abalone-Train')
          expect(json<string[]>(outputs['selected-steps'])).toContain('Abalone-Train')
          for (const value of Object.values(outputs)) expect(Buffer.byteLength(value)).toBeLessThan(1_000_000)
          const comment = env.ourComments()
          expect(comment).toHaveLength(1)
          expect(comment[0]!.body.length).toBeLessThanOrEqual(65_536)
          expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
        } finally {
          rmSync(scratch, { recursive: true, force: true })
        }
      })
    }
  )
})

describe('events', () => {
  it.concurrent('a head SHA that exists nowhere: a clean error naming it, nothing started', async () => {
    await inWorld({}, async env => {
      const nowhere = 'c0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ff'
      const result = await env.run({}, { event: eventAt(env, nowhere), sha: nowhere })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      const message = decodeCommand(result.errors[0]!)
      expect(message).toContain(nowhere)
      expect(message).toMatch(/exists neither in the checkout nor in the repository octo-org\/abalone-ml/)
      expect(message).not.toMatch(/\n\s+at |undefined/)
      expect(env.starts()).toBe(0)
      expect(env.ourComments()).toEqual([])
    })
  })

  it.concurrent(
    'a fork pull request: a notice, a green job, a summary telling a maintainer what to do, no SageMaker call',
    async () => {
      await inWorld({}, async env => {
        const event = eventAt(env, env.world.repo.commits.pr) as {
          pull_request: Record<string, unknown> & { head: object; base: object }
        }
        event.pull_request.head = { ...event.pull_request.head, repo: { full_name: 'mallory/abalone-ml' } }
        event.pull_request.base = { ...event.pull_request.base, repo: { full_name: 'octo-org/abalone-ml' } }
        const result = await env.run({}, { event })
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        expect(result.stdout.split('\n').some(l => /^::notice::Fork pull request #7/.test(l))).toBe(true)
        expect(result.summary).toContain('/sagemaker plan')
        expect(result.summary).toContain('issue_comment')
        expect(env.world.emulator.calls()).toEqual({})
        expect(env.ourComments()).toEqual([])
        expect(result.outputs.status).toBe('Skipped')
      })
    }
  )

  it.concurrent(
    'pull_request_target is refused unless allow-pull-request-target: true, then the run proceeds',
    async () => {
      await inWorld({}, async env => {
        const refused = await env.run({}, { eventName: 'pull_request_target' })
        expect(refused.exitCode).toBe(1)
        expect(refused.errors).toHaveLength(1)
        expect(decodeCommand(refused.errors[0]!)).toMatch(
          /pull_request_target event.*refuses it unless allow-pull-request-target is true/
        )
        expect(env.world.emulator.calls()).toEqual({})
        expect(env.ourComments()).toEqual([])

        const allowed = await env.run(
          { 'allow-pull-request-target': 'true' },
          { eventName: 'pull_request_target' }
        )
        expect(allowed.errors).toEqual([])
        expect(allowed.exitCode).toBe(0)
        expect(allowed.outputs.status).toBe('Executing')
        expect(json(allowed.outputs['selected-steps'])).toEqual(PR_SELECTION)
        expect(env.starts()).toBe(1)
        expect(env.ourComments()).toHaveLength(1)
      })
    }
  )
})

// ---- helpers ------------------------------------------------------------------------------------

function replaceWithLink(dir: string, path: string, target: string): void {
  rmSync(join(dir, path), { force: true })
  symlinkSync(target, join(dir, path))
}

/** The pull request event with head moved to `sha` (a push to the pull request, or any SHA). */
function eventAt(env: E2E, sha: string): Record<string, unknown> {
  const event = env.world.pullRequestEvent as { pull_request: Record<string, unknown> & { head: object } }
  return { ...event, pull_request: { ...event.pull_request, head: { ...event.pull_request.head, sha } } }
}

function everything(result: RunnerResult): string {
  return [result.stdout, result.stderr, result.summary, ...Object.values(result.outputs)].join('\n')
}

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map(line => line.length))
}

/** `::error::` data escapes %, CR and LF (the runner decodes them). */
function decodeCommand(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function warnings(result: RunnerResult): string[] {
  return result.stdout
    .split('\n')
    .filter(l => l.startsWith('::warning'))
    .map(l => decodeCommand(l.replace(/^::warning[^:]*::/, '')))
}

async function sagemaker<T>(env: E2E, operation: string, body: unknown): Promise<T> {
  const response = await fetch(env.world.emulator.url, {
    method: 'POST',
    headers: { 'x-amz-target': `SageMaker.${operation}`, 'content-type': 'application/x-amz-json-1.1' },
    body: JSON.stringify(body)
  })
  if (!response.ok) throw new Error(`${operation}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function status(env: E2E, arn: string): Promise<string> {
  return (
    await sagemaker<{ PipelineExecutionStatus: string }>(env, 'DescribePipelineExecution', {
      PipelineExecutionArn: arn
    })
  ).PipelineExecutionStatus
}

/** The executions whose provenance names this workflow run (`<run id>/<attempt>`). */
async function executionsOfRun(env: E2E, run: string): Promise<string[]> {
  const listed = await sagemaker<{
    PipelineExecutionSummaries: Array<{ PipelineExecutionArn: string; PipelineExecutionDescription?: string }>
  }>(env, 'ListPipelineExecutions', { PipelineName: DEMO_PIPELINE, MaxResults: 100 })
  return listed.PipelineExecutionSummaries.filter(s =>
    (s.PipelineExecutionDescription ?? '').includes(`"run":"${run}"`)
  ).map(s => s.PipelineExecutionArn)
}
