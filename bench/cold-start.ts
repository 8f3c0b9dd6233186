import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { inputsWithDefaults } from '../tools/demo/runner.js'
import { median } from './stats.js'

/**
 * Cold start: how long `node dist/index.js` takes to reach its first network call (DescribePipeline),
 * next to bundles that do nothing but load the same three packages. Node and the SDK's CommonJS
 * build set a floor no action can go under; what this measures is what the action adds on top.
 */
export interface ColdStartVariant {
  name: string
  description: string
  /** Median milliseconds from spawn to the first request reaching the local server. */
  firstRequestMs: number
  /** Median milliseconds from spawn to exit. */
  exitMs: number
  samples: number[]
  /** Size of the JavaScript that node loads (bundle files only), or undefined for the plain script. */
  bundleBytes?: number
}

export interface ColdStartResult {
  runs: number
  variants: ColdStartVariant[]
  /** action ÷ bare (imports only): the goal, ≤ 1.1. */
  ratio: number
  /** action ÷ the bare bundle sending DescribePipeline through the SDK (NaN when that was not timed). */
  ratioToSdkCall: number
  problems: string[]
}

interface Program {
  name: string
  description: string
  file: string
  cwd: string
  bundleDir?: string
  /** Added to the common environment. */
  env?: Record<string, string>
}

/**
 * Imports the three packages, one export of each referenced so that nothing is dropped, then makes one
 * request: a plain HTTP POST (`bare`), or with BENCH_SDK_CALL set, the action's first call through the
 * SDK, client set-up, credentials and signing included (`bare+sdk`). One bundle serves both.
 */
const BARE_ENTRY = `import * as core from '@actions/core'
import * as github from '@actions/github'
import { SageMakerClient, DescribePipelineCommand } from '@aws-sdk/client-sagemaker'
import { request } from 'node:http'
globalThis.__benchKeep = [core.getInput, github.getOctokit, SageMakerClient]
const done = () => process.exit(0)
if (process.env.BENCH_SDK_CALL) {
  const client = new SageMakerClient({ region: process.env.AWS_REGION })
  client.send(new DescribePipelineCommand({ PipelineName: 'AbalonePipeline' })).then(done, done)
} else {
  const req = request(process.env.AWS_ENDPOINT_URL_SAGEMAKER, { method: 'POST' }, res => res.resume().on('end', done))
  req.on('error', done)
  req.end('{}')
}
`

/** Node alone: no bundle, one plain HTTP request. */
const FLOOR_SCRIPT = `import { request } from 'node:http'
const done = () => process.exit(0)
const req = request(process.env.AWS_ENDPOINT_URL_SAGEMAKER, { method: 'POST' }, res => res.resume().on('end', done))
req.on('error', done)
req.end('{}')
`

/** The bare bundle, built in a folder under bench/out that `measureColdStart` removes. */
export interface BareBundle {
  dir: string
  file: string
  bundleDir: string
}

/**
 * Bundles the bare entry with ncc. Started before the call-count scenarios, whose numbers do not depend
 * on timing, so that the build overlaps them instead of adding to the run.
 */
export async function buildBareBundle(root: string): Promise<BareBundle> {
  const work = join(root, 'bench', 'out')
  mkdirSync(work, { recursive: true })
  // Under the repository so that the generated entry resolves node_modules; bench/out is git-ignored.
  const dir = mkdtempSync(join(work, 'cold-start-'))
  const src = join(dir, 'bare-src')
  const out = join(dir, 'bare')
  mkdirSync(src)
  writeFileSync(join(src, 'entry.mjs'), BARE_ENTRY)
  try {
    const ncc = join(root, 'node_modules', '.bin', 'ncc')
    await run(ncc, ['build', join(src, 'entry.mjs'), '-o', out, '--quiet'], root)
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  const main = readdirSync(out).find(f => /^index\.m?js$/.test(f))
  if (!main) throw new Error(`ncc wrote no index.js for the bare bundle in ${out}`)
  return { dir, file: join(out, main), bundleDir: out }
}

/**
 * @param names the programs to time: all four for the record; CI's quick mode times only `bare` and
 *   `action`, the two the goal compares
 */
export async function measureColdStart(
  root: string,
  bare: BareBundle,
  runs: number,
  names: readonly string[]
): Promise<ColdStartResult> {
  const problems: string[] = []
  const { dir } = bare
  try {
    writeFileSync(join(dir, 'floor.mjs'), FLOOR_SCRIPT)
    const workspace = actionWorkspace(root, dir)
    const bareProgram = { file: bare.file, cwd: dir, bundleDir: bare.bundleDir }
    const all: Program[] = [
      {
        name: 'node',
        description: 'node, one plain request (no bundle)',
        file: join(dir, 'floor.mjs'),
        cwd: dir
      },
      { name: 'bare', description: 'ncc bundle importing the 3 packages, plain request', ...bareProgram },
      {
        name: 'bare+sdk',
        description: 'same bundle, DescribePipeline through the SDK',
        ...bareProgram,
        env: { BENCH_SDK_CALL: '1' }
      },
      {
        name: 'action',
        description: 'node dist/index.js up to DescribePipeline',
        file: join(root, 'dist', 'index.js'),
        cwd: workspace,
        bundleDir: join(root, 'dist')
      }
    ]
    const programs = all.filter(p => names.includes(p.name))

    const server = await startRecorder()
    try {
      const env = environment(root, dir, server.url)
      const samples = new Map<string, number[]>(programs.map(p => [p.name, []]))
      const exits = new Map<string, number[]>(programs.map(p => [p.name, []]))
      // One uncounted round warms the file cache; then the programs take turns, in a rotating order.
      for (let round = -1; round < runs; round++) {
        for (let k = 0; k < programs.length; k++) {
          const program = programs[(Math.max(round, 0) + k) % programs.length]!
          const timed = await server.time(program, env)
          if (timed.problem) {
            if (!problems.includes(timed.problem)) problems.push(timed.problem)
            continue
          }
          if (round < 0) continue
          samples.get(program.name)!.push(timed.firstRequestMs)
          exits.get(program.name)!.push(timed.exitMs)
        }
      }
      const variants = programs.map(p => ({
        name: p.name,
        description: p.description,
        firstRequestMs: median(samples.get(p.name)!),
        exitMs: median(exits.get(p.name)!),
        samples: samples.get(p.name)!.map(round1),
        bundleBytes: p.bundleDir ? bundleBytes(p.bundleDir) : undefined
      }))
      const ms = (name: string): number => variants.find(v => v.name === name)?.firstRequestMs ?? Number.NaN
      return {
        runs,
        variants,
        ratio: ms('action') / ms('bare'),
        ratioToSdkCall: ms('action') / ms('bare+sdk'),
        problems
      }
    } finally {
      await server.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim()}`))
    )
  })
}

/** The bytes of JavaScript in a bundle folder (chunks included, licences and package.json not). */
function bundleBytes(dir: string): number {
  return readdirSync(dir)
    .filter(f => /\.m?js$/.test(f))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
}

/** A checkout holding the example mapping file, so the action reads and checks it as it does for real. */
function actionWorkspace(root: string, dir: string): string {
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace)
  cpSync(join(root, 'examples', 'abalone', 'repo', '.github'), join(workspace, '.github'), {
    recursive: true
  })
  return workspace
}

/** The runner's environment for a pull_request event; every program gets the same one. */
function environment(root: string, dir: string, url: string): Record<string, string> {
  const eventPath = join(dir, 'event.json')
  const [head, base] = ['a'.repeat(40), 'b'.repeat(40)]
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, head: { sha: head, ref: 'feature' }, base: { sha: base, ref: 'main' } },
      repository: { full_name: 'octo-org/abalone-ml', default_branch: 'main' }
    })
  )
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary.md'), '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_REPOSITORY: 'octo-org/abalone-ml',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: head,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: url,
    AWS_ENDPOINT_URL_SAGEMAKER: url,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEBENCH',
    AWS_SECRET_ACCESS_KEY: 'bench-secret-key',
    AWS_REGION: 'us-east-1'
  }
  for (const [name, value] of Object.entries(inputsWithDefaults(root, { pipeline: 'AbalonePipeline' }))) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

interface Run {
  firstRequestMs: number
  exitMs: number
  problem?: string
}

/**
 * A local endpoint that notes when the first request of the running program arrives and answers it
 * with a 400 ValidationException, which ends the action (the SDK does not retry a 400).
 */
async function startRecorder(): Promise<{
  url: string
  time(program: Program, env: Record<string, string>): Promise<Run>
  close(): Promise<void>
}> {
  let arrived: ((at: number) => void) | undefined
  const server: Server = createServer((req, res) => {
    const at = performance.now()
    arrived?.(at)
    arrived = undefined
    req.resume().on('end', () => {
      res.writeHead(400, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'ValidationException',
        'x-amzn-requestid': '00000000-0000-0000-0000-000000000000'
      })
      res.end(JSON.stringify({ __type: 'ValidationException', message: 'bench: cold start measured' }))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const time = async (program: Program, env: Record<string, string>): Promise<Run> => {
    const first = new Promise<number>(resolve => (arrived = resolve))
    const start = performance.now()
    const child = spawn(process.execPath, [program.file], {
      cwd: program.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const exited = new Promise<number>(resolve => child.on('close', () => resolve(performance.now())))
    const timeout = new Promise<'timeout'>(resolve => setTimeout(() => resolve('timeout'), 30_000).unref())
    const firstAt = await Promise.race([first, exited.then(() => 'exit' as const), timeout])
    if (firstAt === 'timeout') child.kill()
    const end = await exited
    arrived = undefined
    if (typeof firstAt !== 'number') {
      const tail = output.trim().split('\n').slice(-3).join(' | ')
      return {
        firstRequestMs: 0,
        exitMs: 0,
        problem: `${program.name} made no request (${firstAt}): ${tail}`
      }
    }
    return { firstRequestMs: firstAt - start, exitMs: end - start }
  }

  return {
    url,
    time,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}
