import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDefinition } from '../../src/core/definition.js'
import { runParameters } from '../../src/core/parameters.js'
import { definitionHash, formatProvenance, parametersDigest } from '../../src/core/provenance.js'
import { startGitHubStandIn, type GitHubSeed, type GitHubStandIn } from '../emulator/github/server.js'
import { startEmulator, type Emulator, type SeedExecution } from '../emulator/sagemaker/server.js'
import { createExampleRepo, type ExampleRepo } from './example-repo.js'

export const DEMO_PIPELINE = 'AbalonePipeline'
export const DEMO_REPOSITORY = 'octo-org/abalone-ml'
export const DEMO_PR = 7
/**
 * Who may do what on the example repository (`GET /collaborators/{username}/permission`). Anyone
 * else is no collaborator: the public repository answers `read` for them.
 */
export const DEMO_PERMISSIONS = {
  'maintainer-mia': 'maintain',
  'writer-wes': 'write',
  'triager-tom': 'triage',
  'reader-rita': 'read',
  reviewer: 'write'
} as const

/** Virtual seconds each Abalone step takes (what a real run on ml.c5.xlarge roughly takes). */
export const DEMO_DURATIONS: Record<string, number> = {
  'Abalone-Preprocess': 420,
  'Abalone-Train': 1500,
  'Abalone-Evaluate': 300,
  'Abalone-MSECheck': 1,
  'Abalone-ModelRegister-RegisterModel': 30,
  'Abalone-CreateModel-CreateModel': 60,
  'Abalone-FailNotify': 1
}

export interface DemoWorld {
  repo: ExampleRepo
  emulator: Emulator
  github: GitHubStandIn
  definition: unknown
  /** Seeded execution ARNs, oldest first. */
  history: string[]
  pullRequestEvent: Record<string, unknown>
  close(): Promise<void>
}

export interface DemoWorldOptions {
  actionDir: string
  /** Virtual seconds per wall second (default 600: a 40-minute pipeline in 4 s). */
  timeScale?: number
  clock?: 'wall' | 'manual'
  /**
   * Update the pipeline as a workflow's upsert step would for the pull request: Abalone-Evaluate's
   * code is uploaded to a new content-hashed S3 path, so its definition changes.
   */
  upsertPullRequest?: boolean
  /** Replace the seeded history. */
  executions?: (repo: ExampleRepo, provenance: (sha: string, run: string) => string) => SeedExecution[]
}

/**
 * The world the demo and the end-to-end tests run in: the example repository with a pull request,
 * the emulator seeded with the Abalone pipeline and a realistic history, and the GitHub stand-in
 * serving the same commits and the pull request.
 */
export async function createDemoWorld(options: DemoWorldOptions): Promise<DemoWorld> {
  const repo = createExampleRepo(options.actionDir)
  const definition: unknown = JSON.parse(
    readFileSync(join(options.actionDir, 'examples', 'abalone', 'pipeline-definition.json'), 'utf8')
  )
  const hash = definitionHash(definition)
  // As the action records it: the digest of every value a run with the defaults gets.
  const params = parametersDigest(runParameters(parseDefinition(definition), {}).values)
  const provenance = (sha: string, run: string): string =>
    formatProvenance({
      sha,
      ref: 'refs/heads/main',
      repo: DEMO_REPOSITORY,
      run,
      def: hash,
      version: 1,
      params
    })
  const executions = options.executions
    ? options.executions(repo, provenance)
    : defaultHistory(repo, provenance)

  const emulator = await startEmulator({
    timeScale: options.timeScale ?? 600,
    clock: options.clock ?? 'wall'
  })
  const seeded = emulator.seed({
    pipelines: [
      {
        name: DEMO_PIPELINE,
        definition,
        scenario: {
          durations: DEMO_DURATIONS,
          outputs: {
            'Abalone-Evaluate': {
              propertyFiles: { EvaluationReport: { regression_metrics: { mse: { value: 4.2 } } } }
            }
          }
        },
        executions
      }
    ]
  })
  const history = seeded.pipelines[0]?.executions ?? []
  if (options.upsertPullRequest) await upsertEvaluateCode(emulator.url, definition)
  emulator.resetCalls() // count only what the action asks
  const github = await startGitHubStandIn({ seed: githubSeed(repo) })
  return {
    repo,
    emulator,
    github,
    definition,
    history,
    pullRequestEvent: pullRequestEvent(repo),
    close: async () => {
      await Promise.all([emulator.close(), github.close()])
    }
  }
}

/** A full run on the first commit, one on main, and the newest run on main failing at Train. */
function defaultHistory(
  repo: ExampleRepo,
  provenance: (sha: string, run: string) => string
): SeedExecution[] {
  return [
    {
      status: 'Succeeded',
      createdAt: '-3d',
      displayName: `main-${repo.commits.initial.slice(0, 7)}-run-900`,
      description: provenance(repo.commits.initial, '900/1')
    },
    {
      status: 'Succeeded',
      createdAt: '-1d',
      displayName: `main-${repo.commits.main.slice(0, 7)}-run-950`,
      description: provenance(repo.commits.main, '950/1')
    },
    {
      status: 'Failed',
      createdAt: '-5h',
      displayName: `main-${repo.commits.main.slice(0, 7)}-run-990`,
      description: provenance(repo.commits.main, '990/1'),
      steps: {
        'Abalone-Train': {
          status: 'Failed',
          failureReason: 'CapacityError: Unable to provision requested ML compute capacity'
        }
      }
    }
  ]
}

export function pullRequestEvent(repo: ExampleRepo): Record<string, unknown> {
  return {
    action: 'synchronize',
    number: DEMO_PR,
    pull_request: {
      number: DEMO_PR,
      title: 'Evaluate: report RMSE next to MSE',
      head: { sha: repo.commits.pr, ref: 'improve-evaluation' },
      base: { sha: repo.commits.main, ref: 'main' }
    },
    repository: { full_name: DEMO_REPOSITORY, default_branch: 'main' }
  }
}

/** The stand-in serves the example repository's real commits (same SHAs, same trees) and the pull request. */
/**
 * The stand-in's seed for the example repository: its commits, the pull request and a reviewer's
 * comment, then `extraComments` (tests seed other people's comments with it).
 */
export function githubSeed(
  repo: ExampleRepo,
  extraComments: NonNullable<GitHubSeed['repos'][number]['comments']> = []
): GitHubSeed {
  const [owner, name] = DEMO_REPOSITORY.split('/') as [string, string]
  return {
    repos: [
      {
        owner,
        name,
        defaultBranch: 'main',
        branches: { main: repo.commits.main, 'improve-evaluation': repo.commits.pr },
        commits: seedCommits(repo),
        permissions: DEMO_PERMISSIONS,
        pulls: [
          {
            number: DEMO_PR,
            head: repo.commits.pr,
            headRef: 'improve-evaluation',
            base: 'main',
            title: 'Evaluate: report RMSE next to MSE'
          }
        ],
        comments: [
          {
            issue: DEMO_PR,
            user: 'reviewer',
            body: 'Looks good, but let us see the pipeline numbers first.'
          },
          ...extraComments
        ]
      }
    ]
  }
}

/** The example repository's commits as the stand-in's seed wants them (all of them, or the `revisions` given). */
export function seedCommits(
  repo: ExampleRepo,
  revisions: string[] = ['--all']
): GitHubSeed['repos'][number]['commits'] {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8' })
  const commits: GitHubSeed['repos'][number]['commits'] = {}
  for (const line of git('rev-list', '--parents', ...revisions)
    .trim()
    .split('\n')) {
    const [sha, ...parents] = line.split(' ')
    const tree: Record<string, string> = {}
    for (const path of git('ls-tree', '-r', '--name-only', sha!).trim().split('\n')) {
      tree[path] = git('show', `${sha}:${path}`)
    }
    commits[sha!] = { parents, tree, message: git('log', '-1', '--format=%s', sha!).trim() }
  }
  return commits
}

/** UpdatePipeline on the emulator's wire protocol, with Abalone-Evaluate's code at a new S3 path. */
async function upsertEvaluateCode(url: string, definition: unknown): Promise<void> {
  const updated = structuredClone(definition) as {
    Steps: Array<{
      Name: string
      Arguments: { ProcessingInputs?: Array<{ InputName: string; S3Input: { S3Uri: unknown } }> }
    }>
  }
  const code = updated.Steps.find(s => s.Name === 'Abalone-Evaluate')?.Arguments.ProcessingInputs?.find(
    i => i.InputName === 'code'
  )
  if (!code || typeof code.S3Input.S3Uri !== 'string')
    throw new Error('the example has no Abalone-Evaluate code input')
  code.S3Input.S3Uri = code.S3Input.S3Uri.replace(
    /\/code\/[0-9a-f]{32}\//,
    '/code/5e0c9b2f1d7a4e8c9b3a6f1e2d4c8b7a/'
  )
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'x-amz-target': 'SageMaker.UpdatePipeline', 'content-type': 'application/x-amz-json-1.1' },
    body: JSON.stringify({ PipelineName: DEMO_PIPELINE, PipelineDefinition: JSON.stringify(updated) })
  })
  if (!response.ok) throw new Error(`UpdatePipeline failed: ${await response.text()}`)
}
