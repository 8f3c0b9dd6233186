import { SageMakerClient } from '@aws-sdk/client-sagemaker'
import { rmSync } from 'node:fs'
import { commentCommand, pushToPullRequest } from '../tools/demo/commands.js'
import type { PostedComment } from '../tools/emulator/github/server.js'
import {
  createDemoWorld,
  DEMO_PIPELINE,
  DEMO_PR,
  DEMO_REPOSITORY,
  type DemoWorldOptions,
  type DemoWorld
} from '../tools/demo/world.js'
import { runAction, type RunnerOptions, type RunnerResult } from '../tools/demo/runner.js'

export const actionDir = process.cwd()
export const [owner, repo] = DEMO_REPOSITORY.split('/') as [string, string]
export { DEMO_PIPELINE, DEMO_PR }

export interface E2E {
  world: DemoWorld
  /** The real SDK client, pointed at the emulator, to look at what the action did. */
  sagemaker: SageMakerClient
  /** Runs dist/index.js on the pull request event unless told otherwise. */
  run(inputs?: Record<string, string>, overrides?: Partial<RunnerOptions>): Promise<RunnerResult>
  /**
   * Posts `body` on the pull request as `user` and runs dist/index.js on that `issue_comment` event,
   * as the command workflow does: a checkout of main (the pull request's head fetched for its objects).
   */
  command(
    body: string | PostedComment,
    user: string,
    inputs?: Record<string, string>
  ): Promise<RunnerResult & { comment: PostedComment }>
  /** A push to the pull request's branch (a commit in the checkout and on the stand-in): its SHA. */
  pushToPullRequest(message: string, changes: Record<string, string>): string
  starts(): number
  ourComments(): Array<{ id: number; body: string }>
  close(): Promise<void>
}

export async function e2e(options: Partial<DemoWorldOptions> = {}): Promise<E2E> {
  const world = await createDemoWorld({ actionDir, timeScale: 100_000, ...options })
  const sagemaker = new SageMakerClient({
    endpoint: world.emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' }
  })
  return {
    world,
    sagemaker,
    run: (inputs = {}, overrides = {}) =>
      runAction({
        actionDir,
        workspace: world.repo.dir,
        eventName: 'pull_request',
        event: world.pullRequestEvent,
        sha: world.repo.commits.pr,
        ref: `refs/pull/${DEMO_PR}/merge`,
        sagemakerUrl: world.emulator.url,
        githubUrl: world.github.url,
        repository: DEMO_REPOSITORY,
        inputs: { pipeline: DEMO_PIPELINE, ...inputs },
        ...overrides
      }),
    command: (body, user, inputs = {}) => commentCommand(world, actionDir, body, user, inputs),
    pushToPullRequest: (message, changes) => pushToPullRequest(world, message, changes),
    starts: () => world.emulator.calls().StartPipelineExecution ?? 0,
    ourComments: () =>
      world.github
        .comments(owner, repo, DEMO_PR)
        .filter(c => c.body.startsWith('<!-- sagemaker-selective-execution pipeline='))
        .map(c => ({ id: c.id, body: c.body })),
    close: async () => {
      sagemaker.destroy()
      await world.close()
      rmSync(world.repo.dir, { recursive: true, force: true })
    }
  }
}

export function json<T = unknown>(text: string | undefined): T {
  return JSON.parse(text ?? 'null') as T
}
