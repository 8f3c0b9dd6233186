import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { definitionHash, formatProvenance } from '../core/provenance.js'
import { startGitHubStandIn, type GitHubSeed, type GitHubStandIn } from '../emulator/github/server.js'
import { startEmulator, type Emulator, type SeedExecution } from '../emulator/sagemaker/server.js'
import { createExampleRepo, type ExampleRepo } from './example-repo.js'

export const DEMO_PIPELINE = 'AbalonePipeline'
export const DEMO_REPOSITORY = 'octo-org/abalone-ml'
export const DEMO_PR = 7

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
  const provenance = (sha: string, run: string): string =>
    formatProvenance({ sha, ref: 'refs/heads/main', repo: DEMO_REPOSITORY, run, def: hash })
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
function githubSeed(repo: ExampleRepo): GitHubSeed {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8' })
  const commits: GitHubSeed['repos'][number]['commits'] = {}
  for (const line of git('rev-list', '--all', '--parents').trim().split('\n')) {
    const [sha, ...parents] = line.split(' ')
    const tree: Record<string, string> = {}
    for (const path of git('ls-tree', '-r', '--name-only', sha!).trim().split('\n')) {
      tree[path] = git('show', `${sha}:${path}`)
    }
    commits[sha!] = { parents, tree, message: git('log', '-1', '--format=%s', sha!).trim() }
  }
  const [owner, name] = DEMO_REPOSITORY.split('/') as [string, string]
  return {
    repos: [
      {
        owner,
        name,
        defaultBranch: 'main',
        branches: { main: repo.commits.main, 'improve-evaluation': repo.commits.pr },
        commits,
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
          { issue: DEMO_PR, user: 'reviewer', body: 'Looks good, but let us see the pipeline numbers first.' }
        ]
      }
    ]
  }
}
