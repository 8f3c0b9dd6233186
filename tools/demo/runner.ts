import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

/**
 * Runs the bundled action exactly as the GitHub runner does: a child `node dist/index.js` with every
 * input as `INPUT_<NAME>` (action.yml defaults filled in), the event payload in a file, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to collect what it reports.
 */
export interface RunnerOptions {
  /** Repository root of the action (where action.yml and dist/ are). */
  actionDir: string
  /** The checkout the action sees (GITHUB_WORKSPACE). */
  workspace: string
  inputs: Record<string, string>
  eventName: string
  event: unknown
  sagemakerUrl: string
  githubUrl: string
  repository?: string
  runId?: string
  runAttempt?: string
  sha?: string
  ref?: string
  env?: Record<string, string>
}

export interface RunnerResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::error::` lines the action printed. */
  errors: string[]
}

export async function runAction(options: RunnerOptions): Promise<RunnerResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sse-runner-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/abalone-ml',
    GITHUB_RUN_ID: options.runId ?? '1001',
    GITHUB_RUN_ATTEMPT: options.runAttempt ?? '1',
    GITHUB_SHA: options.sha ?? '',
    GITHUB_REF: options.ref ?? '',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.githubUrl,
    AWS_ENDPOINT_URL_SAGEMAKER: options.sagemakerUrl,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEEMULATOR',
    AWS_SECRET_ACCESS_KEY: 'emulator-secret-key',
    AWS_REGION: 'us-east-1',
    SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE: '0.01',
    ...options.env
  }
  for (const [name, value] of Object.entries(inputsWithDefaults(options.actionDir, options.inputs))) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  const child = spawn(process.execPath, [join(options.actionDir, 'dist', 'index.js')], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exitCode = await new Promise<number>(resolve => child.on('close', code => resolve(code ?? 1)))
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'))
  const summary = readFileSync(summaryPath, 'utf8')
  rmSync(dir, { recursive: true, force: true })
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    errors: stdout
      .split('\n')
      .filter(l => l.startsWith('::error'))
      .map(l => l.replace(/^::error[^:]*::/, ''))
  }
}

/** The runner passes every input declared in action.yml, with its default when the workflow omits it. */
export function inputsWithDefaults(actionDir: string, given: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    let value = spec.default ?? ''
    if (value.includes('${{')) value = name === 'github-token' ? 'ghs_demotoken0123456789' : ''
    out[name] = value
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input "${name}"`)
    out[name] = value
  }
  return out
}

/** Reads the `name<<delimiter` blocks `@actions/core` writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const [, name, delimiter] = m
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!)
    out[name!] = value.join('\n')
  }
  return out
}

export function uniqueRunId(): string {
  return String(Number.parseInt(randomUUID().replace(/-/g, '').slice(0, 8), 16))
}
