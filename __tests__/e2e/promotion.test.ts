import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { e2e, json, type E2E } from '../../__fixtures__/e2e.js'
import { DEMO_REPOSITORY } from '../../tools/demo/world.js'

/**
 * Promotion (SPEC "Comment commands, fork pull requests, promotion"): a push to main after merging a
 * pull request whose last run succeeded at an identical tree starts nothing, and `artifacts` names
 * what that run made, so a deployment job promotes the registered model without re-running anything.
 */
let env: E2E | undefined
afterEach(async () => {
  await env?.close()
  env = undefined
})

type Artifacts = Record<string, { execution: string; status: string; metadata: Record<string, string> }>

describe('promotion to main', () => {
  it('a push to main after merging an already-run pull request starts nothing and names its model package', async () => {
    env = await e2e()
    const pr = await env.run({ mode: 'wait' })
    expect(pr.errors).toEqual([])
    expect(pr.outputs.status).toBe('Succeeded')
    const prRun = pr.outputs['execution-arn']!
    const prArtifacts = json<Artifacts>(pr.outputs.artifacts)
    expect(prArtifacts['Abalone-ModelRegister-RegisterModel']!.execution).toBe(prRun)

    // Merge the pull request: main's new commit has the pull request's tree.
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: env!.world.repo.dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'm',
          GIT_AUTHOR_EMAIL: 'm@example.com',
          GIT_COMMITTER_NAME: 'm',
          GIT_COMMITTER_EMAIL: 'm@example.com'
        }
      }).trim()
    git('checkout', '-q', 'main')
    git('merge', '-q', '--no-ff', '--no-edit', 'improve-evaluation')
    const merged = git('rev-parse', 'HEAD')
    const before = env.starts()

    const push = await env.run(
      {},
      {
        eventName: 'push',
        event: {
          ref: 'refs/heads/main',
          before: env.world.repo.commits.main,
          after: merged,
          repository: { full_name: DEMO_REPOSITORY, default_branch: 'main' }
        },
        sha: merged,
        ref: 'refs/heads/main'
      }
    )
    expect(push.errors).toEqual([])
    expect(push.outputs.status).toBe('Skipped')
    expect(env.starts()).toBe(before)
    expect(push.outputs['reference-execution-arn']).toBe(prRun)
    const artifacts = json<Artifacts>(push.outputs.artifacts)
    const register = artifacts['Abalone-ModelRegister-RegisterModel']!
    expect(register.execution).toBe(prRun)
    expect(register.status).toBe('Succeeded')
    expect(Object.keys(register.metadata)).toContain('RegisterModel')
    expect(register.metadata.RegisterModel).toBe(
      prArtifacts['Abalone-ModelRegister-RegisterModel']!.metadata.RegisterModel
    )
    // Steps the pull request's run reused are named with the run that made them.
    expect(artifacts['Abalone-Train']!.execution).toBe(prArtifacts['Abalone-Train']!.execution)
    expect(artifacts['Abalone-Train']!.execution).not.toBe(prRun)
  })
})
