import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { issueCommentEvent } from '../emulator/github/events.js'
import type { PostedComment } from '../emulator/github/server.js'
import { runAction, type RunnerResult } from './runner.js'
import { DEMO_PIPELINE, DEMO_PR, DEMO_REPOSITORY, seedCommits, type DemoWorld } from './world.js'

const [OWNER, REPO] = DEMO_REPOSITORY.split('/') as [string, string]
const PR_BRANCH = 'improve-evaluation'

/**
 * Posts `body` on the demo pull request as `user` and runs the bundled action on that `issue_comment`
 * event, as the command workflow (examples/workflows/run-on-command.yml) does: a checkout of main,
 * the pull request's head present as git objects only.
 */
export async function commentCommand(
  world: DemoWorld,
  actionDir: string,
  body: string | PostedComment,
  user: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<RunnerResult & { comment: PostedComment }> {
  // A comment posted earlier (its event delivered late), or a new one.
  const comment = typeof body === 'string' ? world.github.postComment(OWNER, REPO, DEMO_PR, body, user) : body
  const git = gitIn(world.repo.dir)
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  git('checkout', '-q', 'main')
  try {
    const result = await runAction({
      actionDir,
      workspace: world.repo.dir,
      eventName: 'issue_comment',
      event: issueCommentEvent({ repository: DEMO_REPOSITORY, issue: DEMO_PR, comment }),
      sha: git('rev-parse', 'main'),
      ref: 'refs/heads/main',
      sagemakerUrl: world.emulator.url,
      githubUrl: world.github.url,
      repository: DEMO_REPOSITORY,
      runId: String(2000 + comment.id - 1_900_000_000),
      inputs: { pipeline: DEMO_PIPELINE, ...inputs },
      env
    })
    return { ...result, comment }
  } finally {
    git('checkout', '-q', branch)
  }
}

/** A push to the pull request's branch: a commit in the checkout and on the GitHub stand-in. Its SHA. */
export function pushToPullRequest(
  world: DemoWorld,
  message: string,
  changes: Record<string, string>
): string {
  const git = gitIn(world.repo.dir)
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  git('checkout', '-q', PR_BRANCH)
  try {
    for (const [path, content] of Object.entries(changes)) {
      mkdirSync(dirname(join(world.repo.dir, path)), { recursive: true })
      writeFileSync(join(world.repo.dir, path), content)
    }
    const sha = world.repo.commit(message, {})
    world.github.push(OWNER, REPO, PR_BRANCH, sha, seedCommits(world.repo, ['-1', sha]))
    return sha
  } finally {
    git('checkout', '-q', branch)
  }
}

function gitIn(dir: string): (...args: string[]) => string {
  return (...args) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Abalone Dev',
        GIT_AUTHOR_EMAIL: 'dev@example.com',
        GIT_COMMITTER_NAME: 'Abalone Dev',
        GIT_COMMITTER_EMAIL: 'dev@example.com'
      }
    }).trim()
}
