import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { issueCommentEvent } from '../../../../tools/emulator/github/events.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../../../tools/emulator/github/server.js'
import { History, type GitHubSeed } from '../../../../tools/emulator/github/seed.js'

/** What the comment-command path asks of the stand-in: permissions, reactions, pushes, event payloads. */
const TOKEN = 'ghs_standin_test_token'
const repo = { owner: 'acme', repo: 'ml' }

function world(isPrivate = false): { seed: GitHubSeed; h: History } {
  const h = new History()
  h.commit('root', { changes: { 'README.md': 'hello\n', 'src/train.py': 'v1' } })
  h.commit('f1', { parents: ['root'], changes: { 'src/train.py': 'v2' } })
  return {
    h,
    seed: {
      tokens: { [TOKEN]: 'github-actions[bot]' },
      repos: [
        {
          owner: 'acme',
          name: 'ml',
          private: isPrivate,
          branches: h.branches({ main: 'root', feature: 'f1' }),
          commits: h.commits,
          pulls: [{ number: 7, head: h.sha('f1'), headRef: 'feature', base: 'main' }],
          issues: [9],
          permissions: { Mia: 'maintain', wes: 'write', tom: 'triage', rita: 'read', ada: 'admin' }
        }
      ]
    }
  }
}

let standIn: GitHubStandIn
let h: History
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  standIn = await startGitHubStandIn()
  octokit = getOctokit(TOKEN, { baseUrl: standIn.url, request: { fetch: globalThis.fetch } })
})
afterAll(async () => {
  await standIn.close()
})
beforeEach(() => {
  const built = world()
  h = built.h
  standIn.seed(built.seed)
  standIn.setFaults({})
  standIn.resetCalls()
})

describe('collaborator permission', () => {
  const permission = async (username: string) =>
    (await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data as unknown as {
      permission: string
      role_name: string
      user: { login: string }
    }

  it('answers role_name and the legacy permission of each seeded role (logins case-insensitive)', async () => {
    expect(await permission('ada')).toMatchObject({ permission: 'admin', role_name: 'admin' })
    expect(await permission('mia')).toMatchObject({ permission: 'write', role_name: 'maintain' })
    expect(await permission('wes')).toMatchObject({
      permission: 'write',
      role_name: 'write',
      user: { login: 'wes' }
    })
    expect(await permission('tom')).toMatchObject({ permission: 'read', role_name: 'triage' })
    expect(await permission('rita')).toMatchObject({ permission: 'read', role_name: 'read' })
    expect(standIn.calls()['GET /repos/{owner}/{repo}/collaborators/{username}/permission']).toBe(5)
  })

  it('answers read for anyone else on a public repository, 404 on a private one', async () => {
    expect(await permission('mallory')).toMatchObject({ permission: 'read', role_name: 'read' })
    standIn.seed(world(true).seed)
    await expect(permission('mallory')).rejects.toMatchObject({ status: 404 })
    expect(await permission('wes')).toMatchObject({ role_name: 'write' })
  })
})

describe('reactions', () => {
  it('records reactions by the token user: 201 for a new one, 200 for a repeat', async () => {
    const comment = standIn.postComment('acme', 'ml', 7, '/sagemaker run', 'wes')
    const first = await octokit.rest.reactions.createForIssueComment({
      ...repo,
      comment_id: comment.id,
      content: 'eyes'
    })
    expect(first.status).toBe(201)
    expect(first.data).toMatchObject({ content: 'eyes', user: { login: 'github-actions[bot]' } })
    const again = await octokit.rest.reactions.createForIssueComment({
      ...repo,
      comment_id: comment.id,
      content: 'eyes'
    })
    expect(again.status).toBe(200)
    expect(again.data.id).toBe(first.data.id)
    await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: '-1' })
    expect(standIn.reactions('acme', 'ml', comment.id).map(r => [r.content, r.user])).toEqual([
      ['eyes', 'github-actions[bot]'],
      ['-1', 'github-actions[bot]']
    ])
    const listed = await octokit.rest.reactions.listForIssueComment({ ...repo, comment_id: comment.id })
    expect(listed.data.map(r => r.content)).toEqual(['eyes', '-1'])
  })

  it('rejects an unknown reaction (422) and an unknown comment (404), and fails with comment-write faults', async () => {
    const comment = standIn.postComment('acme', 'ml', 7, 'hi', 'wes')
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
        ...repo,
        comment_id: comment.id,
        content: 'thumbsup' as 'eyes' // not a reaction GitHub knows
      })
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: 1, content: 'eyes' })
    ).rejects.toMatchObject({ status: 404 })
    standIn.setFaults({ failComments: true })
    await expect(
      octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'eyes' })
    ).rejects.toMatchObject({ status: 403 })
    expect(standIn.reactions('acme', 'ml', comment.id)).toEqual([])
  })
})

describe("comments posted in a person's name, and pushes", () => {
  it('posts a comment as its author with the URLs an event payload carries', async () => {
    const posted = standIn.postComment('acme', 'ml', 7, '/sagemaker plan', 'wes')
    expect(posted.htmlUrl).toBe(`https://github.com/acme/ml/pull/7#issuecomment-${posted.id}`)
    expect(posted.url).toBe(`${standIn.url}/repos/acme/ml/issues/comments/${posted.id}`)
    const read = (await octokit.rest.issues.getComment({ ...repo, comment_id: posted.id })).data
    expect(read).toMatchObject({ body: '/sagemaker plan', user: { login: 'wes' }, html_url: posted.htmlUrl })
    expect(standIn.calls()['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']).toBeUndefined()
    // The token cannot edit it: it is someone else's.
    await expect(
      octokit.rest.issues.updateComment({ ...repo, comment_id: posted.id, body: 'x' })
    ).rejects.toMatchObject({ status: 403 })
    expect(() => standIn.postComment('acme', 'ml', 99, 'x', 'wes')).toThrow(/no issue/)
  })

  it('a push moves the branch and the head of the pull request from it', async () => {
    const f2 = h.commit('f2', { parents: ['f1'], changes: { 'src/train.py': 'v3' } })
    standIn.push('acme', 'ml', 'feature', f2, { [f2]: h.commits[f2]! })
    const pull = (await octokit.rest.pulls.get({ ...repo, pull_number: 7 })).data
    expect(pull.head.sha).toBe(f2)
    const files = (await octokit.rest.pulls.listFiles({ ...repo, pull_number: 7 })).data
    expect(files.map(f => [f.filename, f.status])).toEqual([['src/train.py', 'modified']])
    expect(() => standIn.push('acme', 'ml', 'feature', 'f'.repeat(40))).toThrow(/unknown commit/)
  })
})

describe('issueCommentEvent', () => {
  it('builds the payload of a comment on a pull request, and on a plain issue', () => {
    const comment = {
      id: 5,
      body: '/sagemaker run',
      user: 'wes',
      htmlUrl: 'https://github.com/acme/ml/pull/7#issuecomment-5'
    }
    const event = issueCommentEvent({ repository: 'acme/ml', issue: 7, comment })
    expect(event).toMatchObject({
      action: 'created',
      issue: { number: 7, pull_request: { html_url: 'https://github.com/acme/ml/pull/7' } },
      comment: {
        id: 5,
        body: '/sagemaker run',
        user: { login: 'wes', type: 'User' },
        html_url: comment.htmlUrl
      },
      repository: { full_name: 'acme/ml', default_branch: 'main' },
      sender: { login: 'wes' }
    })
    const issue = issueCommentEvent({
      repository: 'acme/ml',
      issue: 9,
      pull: false,
      comment,
      action: 'edited'
    })
    expect((issue.issue as Record<string, unknown>).pull_request).toBeUndefined()
    expect(issue.action).toBe('edited')
  })
})
