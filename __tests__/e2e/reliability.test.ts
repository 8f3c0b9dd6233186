import { describe, expect, it, jest } from '@jest/globals'
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { e2e, json, type E2E } from '../../__fixtures__/e2e.js'
import type { SeedExecution } from '../../tools/emulator/sagemaker/server.js'
import type { ExampleRepo } from '../../tools/demo/example-repo.js'
import type { RunnerResult } from '../../tools/demo/runner.js'

/**
 * The bundled action against an unreliable world: a throttling, failing or slow SageMaker API, long
 * histories, concurrent jobs and a GitHub API that refuses comments. Each scenario must end with
 * exactly one correct execution (or a clear failure), never a duplicate, and a report that says what
 * happened. Nothing here asserts on wall-clock time.
 */
// Scenarios run side by side and some sit out back-offs: the timeout covers a loaded machine.
jest.setTimeout(120_000)

/** Each scenario has a world of its own, so scenarios that mostly wait (back-offs) run side by side. */
async function inWorld(options: Parameters<typeof e2e>[0], body: (env: E2E) => Promise<void>): Promise<void> {
  const env = await e2e(options)
  try {
    await body(env)
  } finally {
    await env.close()
  }
}

/** The executions the pull request in the demo world needs: Evaluate and everything after it. */
const PR_SELECTION = [
  'Abalone-Evaluate',
  'Abalone-MSECheck',
  'Abalone-ModelRegister-RegisterModel',
  'Abalone-CreateModel-CreateModel',
  'Abalone-FailNotify'
]

describe('a SageMaker API in trouble', () => {
  // The seeds are chosen so that the first requests are throttled (mulberry32 draws of the emulator):
  // seed 7 at 30 % throttles requests 1, 2, 8, 11, 12; seed 12 at 60 % throttles 1-3, 5, 6, 9, 11.
  it.concurrent.each([
    ['30 %', 0.3, 7, 3],
    ['60 %', 0.6, 12, 4]
  ])(
    'throttling at %s: one execution, Succeeded, the retries absorb it',
    async (_label, rate, seed, describeCalls) => {
      await inWorld({}, async env => {
        env.world.emulator.setFaults({ throttleRate: rate, randomSeed: seed })
        const result = await env.run({ mode: 'wait' })
        // The faults were in force: ListPipelineVersions, the first request, was throttled and retried.
        expect(env.world.emulator.calls().ListPipelineVersions).toBe(describeCalls)
        clearFaults(env)
        expectSucceededOnce(env, result, await executionsOfRun(env, '1001/1'))
      })
    }
  )

  it.concurrent('a burst of 5xx (3 InternalFailure in a row): one execution, Succeeded', async () => {
    await inWorld({}, async env => {
      env.world.emulator.setFaults({ serverErrors: 3 })
      const result = await env.run({ mode: 'wait' })
      expect(env.world.emulator.calls().ListPipelineVersions).toBe(4) // the first request: three 500s, then the answer
      clearFaults(env)
      expectSucceededOnce(env, result, await executionsOfRun(env, '1001/1'))
    })
  })

  it.concurrent(
    'a 5xx outage longer than the retries: a clear failure, nothing started, nothing half-reported',
    async () => {
      await inWorld({}, async env => {
        env.world.emulator.setFaults({ serverErrors: 1000 })
        const result = await env.run({ mode: 'wait' })
        clearFaults(env)
        expect(result.exitCode).toBe(1)
        expect(result.errors).toHaveLength(1)
        // Which service, which call, which pipeline: "internal error" alone could be GitHub or AWS.
        expect(result.errors[0]).toMatch(/SageMaker/)
        expect(result.errors[0]).toContain('AbalonePipeline')
        expect(result.errors[0]).toMatch(/internal error|InternalFailure/i)
        expect(env.starts()).toBe(0)
        expect(await executionsOfRun(env, '1001/1')).toEqual([])
      })
    }
  )

  it.concurrent('slow responses (200 ms each): one execution, Succeeded', async () => {
    await inWorld({}, async env => {
      env.world.emulator.setFaults({ latencyMs: 200 })
      const result = await env.run({ mode: 'wait' })
      clearFaults(env)
      expectSucceededOnce(env, result, await executionsOfRun(env, '1001/1'))
    })
  })

  it.concurrent(
    "a lost StartPipelineExecution response: the SDK's retry gets the same execution back",
    async () => {
      await inWorld({}, async env => {
        const proxy = await loseFirstStartResponse(env.world.emulator.url)
        try {
          const result = await env.run({ mode: 'wait' }, { sagemakerUrl: proxy.url })
          expect(proxy.lost()).toBe(1)
          expect(env.starts()).toBe(2) // the one whose answer was lost, and the retry
          expectSucceededOnce(env, result, await executionsOfRun(env, '1001/1'))
        } finally {
          await proxy.close()
        }
      })
    }
  )
})

describe('long histories', () => {
  /** `count` runs newer than one good run on main, each Stopped or Failed at the first step. */
  const history =
    (count: number) =>
    (repo: ExampleRepo, provenance: (sha: string, run: string) => string): SeedExecution[] => [
      { status: 'Succeeded', createdAt: '-3d', description: provenance(repo.commits.main, '100/1') },
      ...Array.from({ length: count }, (_, i): SeedExecution =>
        i % 2 === 0
          ? {
              status: 'Failed',
              createdAt: `-${count - i}m`,
              description: provenance(repo.commits.main, `${100_000 + i}/1`),
              failedStep: 'Abalone-Preprocess'
            }
          : {
              status: 'Stopped',
              createdAt: `-${count - i}m`,
              description: provenance(repo.commits.main, `${100_000 + i}/1`)
            }
      )
    ]

  it.concurrent('finds the one good run behind 120 newer Stopped / Failed-at-Preprocess runs', async () => {
    await inWorld({ clock: 'manual', executions: history(120) }, async env => {
      const good = env.world.history[0]!
      const result = await env.run()
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.outputs['reference-execution-arn']).toBe(good)
      expect(json(result.outputs['selected-steps'])).toEqual(PR_SELECTION)
      const started = await executionsOfRun(env, '1001/1')
      expect(started).toHaveLength(1)
      expect((await describeExecution(env, started[0]!.arn)).SelectiveExecutionConfig).toEqual({
        SourcePipelineExecutionArn: good,
        SelectedSteps: PR_SELECTION.map(StepName => ({ StepName }))
      })
    })
  })

  it.concurrent(
    'behind 1,000 newer unusable runs (beyond the 500 read): a full run, and the report says why',
    async () => {
      await inWorld({ clock: 'manual', executions: history(1000) }, async env => {
        const result = await env.run()
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        expect(result.outputs.status).toBe('Executing')
        // No reference within the history read: the sound answer is a full run, never a stale reuse.
        expect(result.outputs['reference-execution-arn']).toBe('')
        expect(json<{ fullRun: boolean }>(result.outputs.plan).fullRun).toBe(true)
        const started = await executionsOfRun(env, '1001/1')
        expect(started).toHaveLength(1)
        expect((await describeExecution(env, started[0]!.arn)).SelectiveExecutionConfig).toBeUndefined()
        const comment = env.ourComments()
        expect(comment).toHaveLength(1)
        expect(comment[0]!.body.length).toBeLessThanOrEqual(65_536)
        // What a reader needs: that no usable reference was found, and how far back the action looked.
        expect(comment[0]!.body).toMatch(/no eligible reference/i)
        expect(comment[0]!.body).toMatch(/500/)
        // The fallback to the event's range is not "the reference run has no recorded commit": there is none.
        expect(result.stdout).not.toMatch(/The reference run has no recorded commit/)
      })
    }
  )

  // The adapter always asks for pages of 100 (MaxResults); a page size of 1 cannot be set from outside
  // the action, so paging one execution at a time is covered by the emulator's own tests, not here.
})

describe('concurrent jobs', () => {
  it.concurrent(
    'the same job started twice at once (same run id and attempt): one execution, one comment',
    async () => {
      // Manual clock: the first execution is still running when the second job asks.
      await inWorld({ clock: 'manual' }, async env => {
        const github = await lineUpCommentListings(env.world.github.url, 2)
        const [a, b] = await Promise.all([
          env.run({}, { githubUrl: github.url }),
          env.run({}, { githubUrl: github.url })
        ]).finally(() => github.close())
        expect(github.lined()).toBe(2)
        for (const r of [a, b]) {
          expect(r.errors).toEqual([])
          expect(r.exitCode).toBe(0)
          expect(r.outputs.status).toBe('Executing')
        }
        expect(b.outputs['execution-arn']).toBe(a.outputs['execution-arn'])
        const started = await executionsOfRun(env, '1001/1')
        expect(started.map(e => e.arn)).toEqual([a.outputs['execution-arn']])
        expect(await allExecutions(env)).toHaveLength(env.world.history.length + 1)
        expect(env.ourComments()).toHaveLength(1)
      })
    }
  )

  it.concurrent(
    'two runs of the pull request at once (different run ids): two executions, one sticky comment',
    async () => {
      await inWorld({ clock: 'manual' }, async env => {
        const github = await lineUpCommentListings(env.world.github.url, 2)
        const [a, b] = await Promise.all([
          env.run({}, { runId: '3001', githubUrl: github.url }),
          env.run({}, { runId: '3002', githubUrl: github.url })
        ]).finally(() => github.close())
        expect(github.lined()).toBe(2)
        for (const r of [a, b]) {
          expect(r.errors).toEqual([])
          expect(r.exitCode).toBe(0)
        }
        expect(a.outputs['execution-arn']).not.toBe(b.outputs['execution-arn'])
        expect(await executionsOfRun(env, '3001/1')).toHaveLength(1)
        expect(await executionsOfRun(env, '3002/1')).toHaveLength(1)
        const comments = env.ourComments()
        expect(comments).toHaveLength(1)
        // Whichever run wrote last, the comment is about one of the two executions.
        const ids = [a, b].map(r => r.outputs['execution-arn']!.split('/').pop()!)
        expect(ids.some(id => comments[0]!.body.includes(id))).toBe(true)
      })
    }
  )
})

describe('a GitHub API that refuses or fails comments', () => {
  it.concurrent(
    '403 on comment writes: a warning, the job succeeds, the summary carries the report',
    async () => {
      await inWorld({}, async env => {
        env.world.github.setFaults({ failComments: 403 })
        const result = await env.run()
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        expect(result.outputs.status).toBe('Executing')
        expect(warnings(result).some(w => /comment/i.test(w) && w.includes('403'))).toBe(true)
        expect(result.summary).toContain('Abalone-Evaluate')
        expect(result.summary).toContain(result.outputs['execution-arn']!.split('/').pop())
        expect(result.outputs['comment-url']).toBe('')
        expect(env.ourComments()).toEqual([])
        expect(await executionsOfRun(env, '1001/1')).toHaveLength(1)
      })
    }
  )

  it.concurrent(
    'transient 500s from GitHub are retried and the comment is written',
    async () => {
      await inWorld({}, async env => {
        env.world.github.setFaults({ serverErrors: 2 })
        const result = await env.run()
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        expect(env.ourComments()).toHaveLength(1)
        expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
        // The two 500s hit the first requests (the token's identity, then the comments), and retries got
        // through: without faults a run makes 3 such calls (identity, list, list again after creating).
        const calls = env.world.github.calls()
        const identityAndLists =
          (calls['POST /graphql'] ?? 0) +
          (calls['GET /user'] ?? 0) +
          (calls['GET /repos/{owner}/{repo}/issues/{issue_number}/comments'] ?? 0)
        expect(identityAndLists).toBeGreaterThanOrEqual(5)
        expect(await executionsOfRun(env, '1001/1')).toHaveLength(1)
      })
    },
    30_000
  )

  it.concurrent(
    'comment writes failing with 500 every time: retried, then a warning; the job still succeeds',
    async () => {
      await inWorld({}, async env => {
        env.world.github.setFaults({ failComments: 500 })
        const result = await env.run()
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        const calls = env.world.github.calls()
        expect(calls['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']).toBeGreaterThan(1)
        expect(warnings(result).some(w => /comment/i.test(w))).toBe(true)
        expect(result.summary).toContain('Abalone-Evaluate')
        expect(env.ourComments()).toEqual([])
        expect(await executionsOfRun(env, '1001/1')).toHaveLength(1)
      })
    },
    45_000
  )
})

describe('provenance that stays true', () => {
  it.concurrent(
    'a head given as a branch name: the SHA is recorded, and the next push re-runs what it changed',
    async () => {
      await inWorld({ clock: 'manual' }, async env => {
        const first = await env.run({ head: 'improve-evaluation' })
        expect(first.errors).toEqual([])
        const started = await executionsOfRun(env, '1001/1')
        expect(started).toHaveLength(1)
        await env.world.emulator.settle()
        // The recorded commit is the SHA that ran, not a name that moves on with the branch (a name is
        // not provenance: readers drop it, and the run could no longer serve as a reference).
        expect(provenanceOf(started[0]!.description).sha).toBe(env.world.repo.commits.pr)

        // The branch moves on: the training code changes.
        const push = env.world.repo.commit('Train: deeper trees', {
          'pipelines/abalone/train/hyperparameters.yml':
            'objective: reg:linear\nnum_round: 80\nmax_depth: 9\n'
        })
        const event = {
          ...env.world.pullRequestEvent,
          pull_request: {
            number: 7,
            head: { sha: push, ref: 'improve-evaluation' },
            base: { sha: env.world.repo.commits.main, ref: 'main' }
          }
        }
        const second = await env.run({ mode: 'plan' }, { runId: '1002', event, sha: push })
        expect(second.errors).toEqual([])
        expect(json<string[]>(second.outputs['selected-steps'])).toContain('Abalone-Train')
        expect(json<string[]>(second.outputs['changed-files'])).toContain(
          'pipelines/abalone/train/hyperparameters.yml'
        )
      })
    }
  )
})

// ---- helpers ------------------------------------------------------------------------------------

interface Listed {
  arn: string
  status: string
  description: string
}

function clearFaults(e: E2E): void {
  e.world.emulator.setFaults({ throttleRate: 0, serverErrors: 0, latencyMs: 0 })
}

async function sagemaker<T>(e: E2E, operation: string, body: unknown): Promise<T> {
  const response = await fetch(e.world.emulator.url, {
    method: 'POST',
    headers: { 'x-amz-target': `SageMaker.${operation}`, 'content-type': 'application/x-amz-json-1.1' },
    body: JSON.stringify(body)
  })
  if (!response.ok) throw new Error(`${operation}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function allExecutions(e: E2E): Promise<Listed[]> {
  const out: Listed[] = []
  let token: string | undefined
  do {
    const page = await sagemaker<{
      PipelineExecutionSummaries: Array<{
        PipelineExecutionArn: string
        PipelineExecutionStatus: string
        PipelineExecutionDescription?: string
      }>
      NextToken?: string
    }>(e, 'ListPipelineExecutions', { PipelineName: 'AbalonePipeline', MaxResults: 100, NextToken: token })
    for (const s of page.PipelineExecutionSummaries) {
      out.push({
        arn: s.PipelineExecutionArn,
        status: s.PipelineExecutionStatus,
        description: s.PipelineExecutionDescription ?? ''
      })
    }
    token = page.NextToken
  } while (token)
  return out
}

/** The executions whose provenance names this workflow run (`<run id>/<attempt>`). */
async function executionsOfRun(e: E2E, run: string): Promise<Listed[]> {
  return (await allExecutions(e)).filter(x => x.description.includes(`"run":"${run}"`))
}

function describeExecution(e: E2E, arn: string): Promise<Record<string, unknown>> {
  return sagemaker(e, 'DescribePipelineExecution', { PipelineExecutionArn: arn })
}

function provenanceOf(description: string): { sha: string; run: string } {
  const prefix = 'sagemaker-selective-execution/v1 '
  expect(description.startsWith(prefix)).toBe(true)
  return JSON.parse(description.slice(prefix.length)) as { sha: string; run: string }
}

function warnings(result: RunnerResult): string[] {
  return result.stdout
    .split('\n')
    .filter(l => l.startsWith('::warning'))
    .map(l => l.replace(/^::warning[^:]*::/, ''))
}

/** The run succeeded, started exactly one execution for this job, and every report says so. */
function expectSucceededOnce(e: E2E, result: RunnerResult, started: Listed[]): void {
  expect(result.errors).toEqual([])
  expect(result.exitCode).toBe(0)
  expect(result.outputs.status).toBe('Succeeded')
  expect(json(result.outputs['selected-steps'])).toEqual(PR_SELECTION)
  expect(result.outputs['reference-execution-arn']).toBe(e.world.history[1])
  expect(started).toHaveLength(1)
  expect(started[0]!.arn).toBe(result.outputs['execution-arn'])
  expect(started[0]!.status).toBe('Succeeded')
  const comments = e.ourComments()
  expect(comments).toHaveLength(1)
  expect(comments[0]!.body).toContain('Succeeded')
  expect(comments[0]!.body).toContain(started[0]!.arn.split('/').pop())
  expect(result.summary).toContain('Succeeded')
}

interface Proxy {
  url: string
  close(): Promise<void>
}

interface ProxyHooks {
  /** Awaited before the request goes upstream (to line requests up). */
  hold?(request: IncomingMessage): Promise<void> | undefined
  /** Answers in place of the upstream response; returns false to pass it through. */
  answer?(request: IncomingMessage, upstream: IncomingMessage, response: ServerResponse): boolean
}

/** A loopback proxy in front of the emulator or the GitHub stand-in, with hooks to reorder or lose answers. */
async function proxy(upstream: string, hooks: ProxyHooks): Promise<Proxy> {
  const target = new URL(upstream)
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void Promise.resolve(hooks.hold?.(req)).then(() => {
        const forward = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            path: req.url,
            method: req.method,
            headers: req.headers
          },
          up => {
            if (hooks.answer?.(req, up, res)) {
              up.resume()
              return
            }
            res.writeHead(up.statusCode ?? 500, up.headers)
            up.pipe(res)
          }
        )
        forward.on('error', error => res.writeHead(502).end(String(error)))
        forward.end(Buffer.concat(chunks))
      })
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

/**
 * Answers the first StartPipelineExecution with a 500 after the emulator has processed it: the
 * execution exists, the client never heard.
 */
async function loseFirstStartResponse(upstream: string): Promise<Proxy & { lost(): number }> {
  let lost = 0
  const p = await proxy(upstream, {
    answer: (req, up, res) => {
      if (req.headers['x-amz-target'] !== 'SageMaker.StartPipelineExecution') return false
      if (lost > 0 || up.statusCode !== 200) return false
      lost++
      res.writeHead(500, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'InternalFailure'
      })
      res.end(JSON.stringify({ __type: 'InternalFailure', message: 'We encountered an internal error.' }))
      return true
    }
  })
  return { ...p, lost: () => lost }
}

/**
 * Holds the first comment listings until `parties` of them have arrived (or a few seconds pass), so
 * concurrent jobs both see the pull request before either has written: the race a real matrix of
 * jobs runs into, made certain instead of left to timing.
 */
async function lineUpCommentListings(
  upstream: string,
  parties: number
): Promise<Proxy & { lined(): number }> {
  let waiting: Array<() => void> = []
  let lined = 0
  const p = await proxy(upstream, {
    hold: req => {
      const listing = req.method === 'GET' && /\/issues\/\d+\/comments/.test(req.url ?? '')
      if (!listing || lined >= parties) return undefined
      lined++
      return new Promise<void>(resolve => {
        waiting.push(resolve)
        const release = (): void => {
          for (const r of waiting) r()
          waiting = []
        }
        if (waiting.length >= parties) release()
        else setTimeout(release, 5000)
      })
    }
  })
  return { ...p, lined: () => lined }
}
