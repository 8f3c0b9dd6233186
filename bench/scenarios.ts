import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type RunnerOptions, type RunnerResult } from '../tools/demo/runner.js'
import {
  createDemoWorld,
  DEMO_DURATIONS,
  DEMO_PIPELINE,
  DEMO_PR,
  DEMO_REPOSITORY,
  type DemoWorld
} from '../tools/demo/world.js'
import { startRecorder, type Recorder } from './recorder.js'

/**
 * API calls and steps run per scenario: the bundled action run as the GitHub runner runs it, against the
 * SageMaker emulator and the GitHub stand-in, each behind a recording proxy. Every scenario runs with
 * `mode: start` (the default): `wait` adds polls whose number depends on timing, not on the action.
 */

export type Calls = Record<string, number>

export interface ScenarioResult {
  name: string
  description: string
  /** False when the action failed, or does not implement what the scenario needs yet. */
  available: boolean
  note?: string
  exitCode: number
  status: string
  sagemaker: Calls
  github: Calls
  minimum: { sagemaker: Calls; github: Calls }
  /**
   * Requests sent more than once with the same content (pagination excluded by construction) whose
   * operation is called more often than its minimum: waste.
   */
  repeated: Array<{ label: string; detail: string; times: number }>
  /** Repeats the minimum accounts for (the comment listing after a create), shown but not counted. */
  expectedRepeats: Array<{ label: string; detail: string; times: number }>
  /** Every request (SageMaker, then GitHub) with what identifies it: where to look when a count is high. */
  requests: string[]
  /** Calls above the minimum, both services together (operations below their minimum do not offset). */
  excess: number
  /** Operations called fewer times than the minimum says: the minimum or the scenario is wrong. */
  belowMinimum: string[]
  steps?: StepsRun
}

export interface StepsRun {
  /** Steps the started execution runs (every step for a full run). */
  run: number
  /** Steps of the pipeline (what a full run runs). */
  total: number
  fullRun: boolean
  selected: string[]
  /** Virtual seconds of compute the skipped steps would have taken (DEMO_DURATIONS). */
  secondsSaved: number
  /** Virtual seconds of a full run (every step's duration, the untaken branch included). */
  fullRunSeconds: number
}

export const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
export const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
export const UPDATE_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'

/*
 * The fewest calls a sound run of each scenario needs, given the demo world (tools/demo/world.ts): three
 * past runs, each started pinned to version 1 and recording its commit, the hash of its definition and
 * the digest of its parameter values (so neither DescribePipelineDefinitionForExecution nor
 * ListPipelineParametersForExecution is needed: both match head's), in a git checkout holding every
 * commit (so the changed files need no GitHub call), with one page of history. Common to every scenario
 * that starts something:
 *   ListPipelineVersions 1      the latest version, which the run is pinned to
 *   DescribePipeline 1          that version's definition
 *   ListPipelineExecutions 1    the candidates for the reference run, one page
 *   StartPipelineExecution 1    one execution
 * and one ListPipelineExecutionSteps per candidate judged: which steps have an output in it, and which
 * run produced each (freshness is judged against the producing run, so no candidate can be chosen
 * without its step list; up to 4 are judged, so the choice is proven among them).
 */
const COMMON: Calls = {
  ListPipelineVersions: 1,
  DescribePipeline: 1,
  ListPipelineExecutions: 1,
  StartPipelineExecution: 1
}
const IDENTITY = 'POST /graphql'

/*
 * Typical PR (#7 changes evaluate.py and README.md), the demo's run:
 *   ListPipelineExecutionSteps 3: the three runs are judged; 950 (main) needs 5 steps, 990 failed at
 *     Train (6), 900 predates the Train change (6).
 *   GitHub: the token's identity (only the action's own comment is ever adopted), list the PR's
 *     comments to find the sticky one; there is none yet, so create it, then list them again: two jobs of
 *     the same PR running at once would each create one, and only a listing after the write shows the
 *     other's. The second listing is the same request as the first, a repeat the minimum accounts for.
 */
const TYPICAL_PR = {
  sagemaker: { ...COMMON, ListPipelineExecutionSteps: 3 },
  github: { [IDENTITY]: 1, [LIST_COMMENTS]: 2, [CREATE_COMMENT]: 1 }
}

/*
 * Second push on the same PR (changes register/model.py), after the first run has ended:
 *   ListPipelineExecutionSteps 4: the PR's own first run and the three main runs are judged; the PR's
 *     run needs the fewest steps (4: the branch steps, their Condition and its closure). Its reused
 *     outputs come from 950, whose step list is one of the four.
 *   GitHub: the identity, list the comments once, update the sticky comment once.
 */
const SECOND_PUSH = {
  sagemaker: { ...COMMON, ListPipelineExecutionSteps: 4 },
  github: { [IDENTITY]: 1, [LIST_COMMENTS]: 1, [UPDATE_COMMENT]: 1 }
}

/*
 * Dispatch rerun on main with `steps: Abalone-Train`:
 *   ListPipelineExecutionSteps 3: the three runs are judged; 950 lets Train and its closure run with
 *     Preprocess reused (a tie with 990 goes to the run that Succeeded).
 *   GitHub: none (not a pull request, no comment; the changed files come from the checkout).
 */
const DISPATCH = {
  sagemaker: { ...COMMON, ListPipelineExecutionSteps: 3 },
  github: {}
}

/*
 * Coverage run (`selection: coverage`, scheduled, on main):
 *   ListPipelineExecutionSteps 3: which steps ran and succeeded in each run; Abalone-FailNotify (the
 *     Else branch) ran in none of the 3, so none can be skipped. The reference is judged from the same
 *     step lists (read once).
 *   StartPipelineExecution 1: one target, FailNotify, forced by MseThreshold: "0" from the mapping file.
 *   GitHub: none (a schedule has no pull request).
 */
const COVERAGE = {
  sagemaker: { ...COMMON, ListPipelineExecutionSteps: 3 },
  github: {}
}

interface Harness {
  world: DemoWorld
  sagemaker: Recorder
  github: Recorder
  run(inputs: Record<string, string>, overrides?: Partial<RunnerOptions>): Promise<RunnerResult>
  close(): Promise<void>
}

async function harness(actionDir: string): Promise<Harness> {
  const world = await createDemoWorld({ actionDir, clock: 'manual' })
  const sagemaker = await startRecorder(world.emulator.url)
  const github = await startRecorder(world.github.url)
  return {
    world,
    sagemaker,
    github,
    run: (inputs, overrides = {}) => {
      world.emulator.resetCalls()
      world.github.resetCalls()
      sagemaker.reset()
      github.reset()
      return runAction({
        actionDir,
        workspace: world.repo.dir,
        eventName: 'pull_request',
        event: world.pullRequestEvent,
        sha: world.repo.commits.pr,
        ref: `refs/pull/${DEMO_PR}/merge`,
        sagemakerUrl: sagemaker.url,
        githubUrl: github.url,
        repository: DEMO_REPOSITORY,
        ...overrides,
        inputs: { pipeline: DEMO_PIPELINE, ...inputs }
      })
    },
    close: async () => {
      await Promise.all([sagemaker.close(), github.close(), world.close()])
      rmSync(world.repo.dir, { recursive: true, force: true })
    }
  }
}

export async function measureScenarios(
  actionDir: string,
  log: (line: string) => void
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = []

  const pr = await harness(actionDir)
  try {
    log('scenarios: typical pull request …')
    const first = await pr.run({}, { runId: '3001' })
    results.push(
      result('typical PR', 'PR #7 changes evaluate.py and README.md (the demo)', pr, first, TYPICAL_PR)
    )

    log('scenarios: second push on the same pull request …')
    await pr.world.emulator.settle()
    const push = pr.world.repo.commit('Register: tag the model', {
      [join('pipelines', 'abalone', 'register', 'model.py')]:
        '"""Registers the model."""\nTAGS = {"team": "ml"}\n'
    })
    const event = {
      ...pr.world.pullRequestEvent,
      pull_request: {
        number: DEMO_PR,
        head: { sha: push, ref: 'improve-evaluation' },
        base: { sha: pr.world.repo.commits.main, ref: 'main' }
      }
    }
    const second = await pr.run({}, { runId: '3002', event, sha: push })
    results.push(
      result('second push', 'the same PR, a new commit changing register/model.py', pr, second, SECOND_PUSH)
    )
  } finally {
    await pr.close()
  }

  const dispatch = await harness(actionDir)
  try {
    log('scenarios: dispatch rerun …')
    const main = dispatch.world.repo.commits.main
    const run = await dispatch.run(
      { steps: 'Abalone-Train' },
      {
        eventName: 'workflow_dispatch',
        event: {
          ref: 'refs/heads/main',
          inputs: { steps: 'Abalone-Train' },
          repository: { full_name: DEMO_REPOSITORY, default_branch: 'main' }
        },
        sha: main,
        ref: 'refs/heads/main',
        runId: '3003'
      }
    )
    results.push(
      result('dispatch rerun', 'workflow_dispatch on main, steps: Abalone-Train', dispatch, run, DISPATCH)
    )
  } finally {
    await dispatch.close()
  }

  const coverage = await harness(actionDir)
  try {
    log('scenarios: coverage run …')
    const main = coverage.world.repo.commits.main
    const run = await coverage.run(
      { selection: 'coverage' },
      {
        eventName: 'schedule',
        event: { schedule: '0 3 * * *', repository: { full_name: DEMO_REPOSITORY, default_branch: 'main' } },
        sha: main,
        ref: 'refs/heads/main',
        runId: '3004'
      }
    )
    const r = result('coverage run', 'scheduled on main, selection: coverage', coverage, run, COVERAGE)
    if (r.available && run.outputs.coverage === undefined) {
      r.available = false
      r.note =
        'the action ran but set no coverage output: selection: coverage is not implemented in dist/index.js'
    }
    results.push(r)
  } finally {
    await coverage.close()
  }
  return results
}

function result(
  name: string,
  description: string,
  h: Harness,
  run: RunnerResult,
  minimum: { sagemaker: Calls; github: Calls }
): ScenarioResult {
  const sagemaker = h.world.emulator.calls()
  const github = h.world.github.calls()
  const out: ScenarioResult = {
    name,
    description,
    available: run.exitCode === 0,
    exitCode: run.exitCode,
    status: run.outputs.status ?? '',
    sagemaker,
    github,
    minimum,
    repeated: [],
    expectedRepeats: [],
    requests: [...h.sagemaker.calls, ...h.github.calls].map(c =>
      c.detail ? `${c.label} ${c.detail}` : c.label
    ),
    excess: excess(sagemaker, minimum.sagemaker) + excess(github, minimum.github),
    belowMinimum: [...below(sagemaker, minimum.sagemaker), ...below(github, minimum.github)]
  }
  for (const [service, recorder] of [
    ['sagemaker', h.sagemaker],
    ['github', h.github]
  ] as const) {
    for (const r of recorder.repeated()) {
      const op = service === 'github' ? routeOf(r.label, Object.keys(github)) : r.label
      const justified = op !== undefined && (out[service][op] ?? 0) <= (minimum[service][op] ?? 0)
      if (justified) out.expectedRepeats.push(r)
      else out.repeated.push(r)
    }
  }
  if (run.exitCode !== 0) {
    out.note = `the action failed (exit ${run.exitCode}): ${run.errors.join('; ') || lastLines(run.stderr)}`
  }
  const proxied = h.sagemaker.calls.length + h.github.calls.length
  const counted = total(sagemaker) + total(github)
  if (proxied !== counted) {
    out.note = `${out.note ? `${out.note}; ` : ''}the recorder saw ${proxied} requests, the servers counted ${counted}`
  }
  const steps = stepsRun(run)
  if (steps) out.steps = steps
  return out
}

function stepsRun(run: RunnerResult): StepsRun | undefined {
  if (!run.outputs.plan) return undefined
  const plan = JSON.parse(run.outputs.plan) as { selected: string[]; fullRun: boolean; status: string }
  const total = Object.keys(DEMO_DURATIONS).length
  const started = run.outputs['execution-arn'] !== ''
  const ran = started ? plan.selected : []
  const seconds = (names: string[]): number => names.reduce((sum, n) => sum + (DEMO_DURATIONS[n] ?? 0), 0)
  const fullRunSeconds = seconds(Object.keys(DEMO_DURATIONS))
  return {
    run: ran.length,
    total,
    fullRun: plan.fullRun,
    selected: plan.selected,
    secondsSaved: fullRunSeconds - seconds(ran),
    fullRunSeconds
  }
}

/** `GET /repos/o/r/issues/7/comments?per_page=100` → the stand-in's `GET /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
function routeOf(label: string, templates: string[]): string | undefined {
  const request = label.split('?')[0]!
  return templates.find(t =>
    new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(request)
  )
}

function excess(actual: Calls, minimum: Calls): number {
  return Object.entries(actual).reduce((sum, [op, n]) => sum + Math.max(0, n - (minimum[op] ?? 0)), 0)
}

function below(actual: Calls, minimum: Calls): string[] {
  return Object.entries(minimum)
    .filter(([op, n]) => (actual[op] ?? 0) < n)
    .map(([op, n]) => `${op} ${actual[op] ?? 0} < ${n}`)
}

function total(calls: Calls): number {
  return Object.values(calls).reduce((a, b) => a + b, 0)
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-2).join(' | ')
}
