import { afterEach, describe, expect, it } from '@jest/globals'
import { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker'
import { DEMO_PR, e2e, json, owner, repo, type E2E } from '../../__fixtures__/e2e.js'
import { parseBinding } from '../../src/core/commands.js'
import { parseProvenance } from '../../src/core/provenance.js'
import { REPLY_MARKER } from '../../src/report/commands.js'

/**
 * Comment commands (SPEC "Comment commands, fork pull requests, promotion"): the plan workflow
 * posts the plan on the pull request; `/sagemaker run` from someone allowed starts exactly that plan,
 * anyone else gets a reply and 👎, and a plan that moved since it was posted is refused and re-posted.
 */
let env: E2E | undefined
afterEach(async () => {
  await env?.close()
  env = undefined
})

const ZWJ = '\u200d'
const BOT = 'github-actions[bot]'

function replies(e: E2E): string[] {
  return e.world.github
    .comments(owner, repo, DEMO_PR)
    .filter(c => c.body.startsWith(REPLY_MARKER))
    .map(c => c.body)
}

function reactions(e: E2E, commentId: number): string[] {
  return e.world.github.reactions(owner, repo, commentId).map(r => `${r.content} by ${r.user}`)
}

async function describeExecution(e: E2E, arn: string) {
  return e.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }))
}

describe('/sagemaker run', () => {
  it('by a writer starts exactly the posted plan, and provenance names the approver and the comment', async () => {
    env = await e2e()
    const plan = await env.run({ mode: 'plan' })
    expect(plan.errors).toEqual([])
    expect(plan.outputs.status).toBe('Planned')
    expect(env.starts()).toBe(0)
    const posted = parseBinding(env.ourComments()[0]!.body)!
    expect(posted.sha).toBe(env.world.repo.commits.pr)
    expect(posted.reference).toBe(plan.outputs['reference-execution-arn'])
    expect(posted.selected).toEqual(json(plan.outputs['selected-steps']))

    const run = await env.command('/sagemaker run', 'writer-wes')
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('Executing')
    expect(env.starts()).toBe(1)
    expect(json(run.outputs['selected-steps'])).toEqual(posted.selected)
    expect(run.outputs['reference-execution-arn']).toBe(posted.reference)

    const described = await describeExecution(env, run.outputs['execution-arn']!)
    expect(described.SelectiveExecutionConfig).toEqual({
      SourcePipelineExecutionArn: posted.reference,
      SelectedSteps: posted.selected.map(StepName => ({ StepName }))
    })
    const provenance = parseProvenance(described.PipelineExecutionDescription)!
    expect(provenance).toMatchObject({
      sha: env.world.repo.commits.pr,
      pr: DEMO_PR,
      ref: `refs/pull/${DEMO_PR}/head`,
      approvedBy: 'writer-wes',
      approval: `https://github.com/${owner}/${repo}/pull/${DEMO_PR}#issuecomment-${run.comment.id}`
    })
    expect(reactions(env, run.comment.id)).toEqual([`eyes by ${BOT}`, `rocket by ${BOT}`])
    expect(replies(env)).toEqual([])
    // Still one sticky comment, now showing the running execution, bound to the same plan.
    const sticky = env.ourComments()
    expect(sticky).toHaveLength(1)
    expect(parseBinding(sticky[0]!.body)).toEqual(posted)
    expect(sticky[0]!.body).toContain(run.outputs['execution-arn']!.split('/').pop())
  })

  it('by a reader is refused with a reply and 👎, and nothing starts', async () => {
    env = await e2e()
    await env.run({ mode: 'plan' })
    const before = env.ourComments()
    const run = await env.command('/sagemaker run', 'reader-rita')
    expect(run.exitCode).toBe(0)
    expect(run.errors).toEqual([])
    expect(run.outputs.status).toBe('Skipped')
    expect(run.outputs['execution-arn']).toBe('')
    expect(env.starts()).toBe(0)
    expect(replies(env)).toEqual([
      `${REPLY_MARKER}\n👎 \`/sagemaker run\` was not carried out: @${ZWJ}reader-rita has **read** permission on this repository, ` +
        'and `/sagemaker` commands need at least **write** (the `command-permission` input). Nothing was started.'
    ])
    expect(reactions(env, run.comment.id)).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`])
    expect(env.ourComments()).toEqual(before)
    // The permission endpoint was asked; the pull request and its plan were not.
    const calls = env.world.github.calls()
    expect(calls['GET /repos/{owner}/{repo}/collaborators/{username}/permission']).toBe(1)
    expect(calls['GET /repos/{owner}/{repo}/pulls/{pull_number}']).toBeUndefined()
  })

  it('by a stranger (no collaborator) is refused, and command-permission can lower the bar to read', async () => {
    env = await e2e()
    const stranger = await env.command('/sagemaker plan', 'mallory')
    expect(stranger.outputs.status).toBe('Skipped')
    expect(replies(env)[0]).toContain(`@${ZWJ}mallory has **read** permission`)
    expect(env.ourComments()).toEqual([])
    const allowed = await env.command('/sagemaker plan', 'mallory', { 'command-permission': 'read' })
    expect(allowed.errors).toEqual([])
    expect(allowed.outputs.status).toBe('Planned')
    expect(env.starts()).toBe(0)
    expect(parseBinding(env.ourComments()[0]!.body)!.sha).toBe(env.world.repo.commits.pr)
    expect(reactions(env, allowed.comment.id)).toEqual([`eyes by ${BOT}`])
  })

  it('after a new push is refused, naming the new push, and the fresh plan is posted; approving that one starts it', async () => {
    env = await e2e()
    await env.run({ mode: 'plan' })
    const old = env.world.repo.commits.pr
    const pushed = env.pushToPullRequest('Evaluate: also report MAE', {
      'pipelines/abalone/evaluate.py': '# evaluate, now with MAE\nprint("mae")\n'
    })
    const stale = await env.command('/sagemaker run', 'maintainer-mia')
    expect(stale.errors).toEqual([])
    expect(stale.exitCode).toBe(0)
    expect(stale.outputs.status).toBe('Planned')
    expect(env.starts()).toBe(0)
    const [reply] = replies(env)
    expect(reply).toContain(
      `- **new push**: the pull request's head moved from \`${old.slice(0, 7)}\` to \`${pushed.slice(0, 7)}\``
    )
    expect(reply).not.toContain('newer reference')
    expect(reactions(env, stale.comment.id)).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`])
    const sticky = env.ourComments()
    expect(sticky).toHaveLength(1)
    const fresh = parseBinding(sticky[0]!.body)!
    expect(fresh.sha).toBe(pushed)
    expect(reply).toContain(`#issuecomment-${sticky[0]!.id}`)

    const approved = await env.command('/sagemaker run', 'maintainer-mia')
    expect(approved.outputs.status).toBe('Executing')
    expect(env.starts()).toBe(1)
    const provenance = parseProvenance(
      (await describeExecution(env, approved.outputs['execution-arn']!)).PipelineExecutionDescription
    )!
    expect(provenance.sha).toBe(pushed)
    expect(provenance.approvedBy).toBe('maintainer-mia')
    expect(json(approved.outputs['selected-steps'])).toEqual(fresh.selected)
  })

  it('is refused when the plan was re-posted after the comment was written (a push while the job waited)', async () => {
    env = await e2e()
    await env.run({ mode: 'plan' })
    // The maintainer approves what they saw; then the author pushes and the plan workflow re-posts
    // before the command job runs (an environment review, a queue).
    const early = env.world.github.postComment(owner, repo, DEMO_PR, '/sagemaker run', 'maintainer-mia')
    const pushed = env.pushToPullRequest('Evaluate: a change nobody approved', {
      'pipelines/abalone/evaluate.py': '# evaluate, changed after the approval\nprint("x")\n'
    })
    const replan = await env.run(
      { mode: 'plan' },
      {
        event: {
          ...env.world.pullRequestEvent,
          pull_request: {
            ...(env.world.pullRequestEvent.pull_request as object),
            head: { sha: pushed, ref: 'improve-evaluation' }
          }
        },
        sha: pushed
      }
    )
    expect(replan.errors).toEqual([])
    expect(parseBinding(env.ourComments()[0]!.body)!.sha).toBe(pushed)

    const late = await env.command(early, 'maintainer-mia')
    expect(late.errors).toEqual([])
    expect(late.outputs.status).toBe('Planned')
    expect(env.starts()).toBe(0)
    expect(replies(env).join('\n')).toContain('**plan posted after your comment**')
    expect(reactions(env, early.id)).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`])
  })

  it('is refused when the command comment was deleted or edited before the job reached it', async () => {
    env = await e2e()
    await env.run({ mode: 'plan' })
    const deleted = env.world.github.postComment(owner, repo, DEMO_PR, '/sagemaker run', 'maintainer-mia')
    env.world.github.changeComment(deleted.id, undefined)
    const gone = await env.command(deleted, 'maintainer-mia')
    expect(gone.errors).toEqual([])
    expect(gone.outputs.status).toBe('Skipped')
    expect(env.starts()).toBe(0)
    expect(replies(env)).toEqual([
      expect.stringContaining(
        'the comment was deleted before the job reached it, so the approval no longer stands'
      )
    ])

    const edited = env.world.github.postComment(owner, repo, DEMO_PR, '/sagemaker run', 'maintainer-mia')
    env.world.github.changeComment(edited.id, 'Actually, wait for the new data.')
    const changed = await env.command(edited, 'maintainer-mia')
    expect(changed.outputs.status).toBe('Skipped')
    expect(env.starts()).toBe(0)
    expect(replies(env)[1]).toContain('the comment was edited into something else before the job reached it')
    expect(reactions(env, edited.id)).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`])

    // The same plan, approved by a comment that stands, starts.
    const standing = await env.command('/sagemaker run', 'maintainer-mia')
    expect(standing.outputs.status).toBe('Executing')
    expect(env.starts()).toBe(1)
  })

  it('on a closed pull request is refused, and nothing is planned or started', async () => {
    env = await e2e()
    await env.run({ mode: 'plan' })
    env.world.github.setPullState(owner, repo, DEMO_PR, 'closed')
    const before = env.world.emulator.calls()
    const run = await env.command('/sagemaker run', 'maintainer-mia')
    expect(run.errors).toEqual([])
    expect(run.outputs.status).toBe('Skipped')
    expect(env.starts()).toBe(0)
    expect(replies(env)).toEqual([expect.stringContaining(`pull request #${DEMO_PR} is closed`)])
    expect(reactions(env, run.comment.id)).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`])
    expect(env.world.emulator.calls().ListPipelineExecutions).toBe(before.ListPipelineExecutions)
  })

  it('with steps runs only a plan computed for those steps; an unknown step is named and nothing starts', async () => {
    env = await e2e()
    await env.run({ mode: 'plan' })
    const unknown = await env.command('/sagemaker run Abalone-Evaluate, Abalone-Evalute', 'writer-wes')
    expect(unknown.outputs.status).toBe('Skipped')
    expect(replies(env)).toEqual([
      `${REPLY_MARKER}\n👎 @${ZWJ}writer-wes: \`/sagemaker run\` names \`Abalone-Evalute\`, which is not a step of pipeline ` +
        '`AbalonePipeline` (did you mean "Abalone-Evaluate"?). Nothing was started.'
    ])
    expect(reactions(env, unknown.comment.id)).toEqual([`eyes by ${BOT}`, `-1 by ${BOT}`])

    // The posted plan was computed without steps: this is another plan, posted for approval.
    const first = await env.command('/sagemaker run Abalone-Train', 'writer-wes')
    expect(first.outputs.status).toBe('Planned')
    expect(env.starts()).toBe(0)
    expect(replies(env)[1]).toContain(
      '- **steps changed**: the posted plan was computed for the selection input, this command asks for `Abalone-Train`'
    )
    const fresh = parseBinding(env.ourComments()[0]!.body)!
    expect(fresh.requested).toEqual(['Abalone-Train'])
    expect(fresh.selected).toEqual(json(first.outputs['selected-steps']))
    expect(fresh.selected[0]).toBe('Abalone-Train')
    const second = await env.command('  /SageMaker  RUN   Abalone-Train  ', 'writer-wes')
    expect(second.errors).toEqual([])
    expect(second.outputs.status).toBe('Executing')
    expect(json(second.outputs['selected-steps'])).toEqual(fresh.selected)
    expect(env.starts()).toBe(1)
    expect(reactions(env, second.comment.id)).toEqual([`eyes by ${BOT}`, `rocket by ${BOT}`])
  })
})

describe('/sagemaker plan', () => {
  it("posts the plan for the pull request's current head and starts nothing", async () => {
    env = await e2e()
    const pushed = env.pushToPullRequest('Evaluate: also report MAE', {
      'pipelines/abalone/evaluate.py': '# evaluate, now with MAE\nprint("mae")\n'
    })
    const plan = await env.command('/sagemaker plan', 'triager-tom', { 'command-permission': 'triage' })
    expect(plan.errors).toEqual([])
    expect(plan.outputs.status).toBe('Planned')
    expect(env.starts()).toBe(0)
    const sticky = env.ourComments()
    expect(sticky).toHaveLength(1)
    expect(parseBinding(sticky[0]!.body)!.sha).toBe(pushed)
    expect(sticky[0]!.body).toContain(pushed.slice(0, 7))
    expect(replies(env)).toEqual([])
  })
})

describe('other comments', () => {
  it.each([
    ['a remark', 'Looks good to me'],
    ['a command that is not on the first line', 'LGTM\n/sagemaker run'],
    ['a longer word', '/sagemaker runner'],
    ['an unknown verb', '/sagemaker deploy']
  ])('%s exits 0 with nothing started, no comment written and no API call', async (_what, body) => {
    env = await e2e()
    const before = env.world.github.comments(owner, repo, DEMO_PR).length
    const result = await env.command(body, 'maintainer-mia')
    expect(result.exitCode).toBe(0)
    expect(result.errors).toEqual([])
    expect(result.outputs.status).toBe('Skipped')
    expect(env.starts()).toBe(0)
    expect(env.world.github.comments(owner, repo, DEMO_PR)).toHaveLength(before + 1) // the remark itself
    expect(env.ourComments()).toEqual([])
    expect(reactions(env, result.comment.id)).toEqual([])
    expect(env.world.github.calls()).toEqual({})
    expect(env.world.emulator.calls()).toEqual({})
  })
})
