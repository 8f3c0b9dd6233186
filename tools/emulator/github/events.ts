/**
 * Event payloads as the runner hands them to an action (GITHUB_EVENT_PATH), for the tests and the
 * demo: the fields the action reads and enough of the rest to look like GitHub's.
 */
export interface IssueCommentEventOptions {
  /** `owner/name` */
  repository: string
  defaultBranch?: string
  issue: number
  /** The issue is a pull request (`issue.pull_request` is set): only then is a comment a command. */
  pull?: boolean
  comment: { id: number; body: string; user: string; htmlUrl: string; url?: string; createdAt?: string }
  /** `created` unless given (`edited`, `deleted`). */
  action?: 'created' | 'edited' | 'deleted'
  /** `author_association` of the commenter (informational: the action asks the permission endpoint). */
  association?: string
}

const person = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' })

export function issueCommentEvent(options: IssueCommentEventOptions): Record<string, unknown> {
  const { repository, issue, comment } = options
  const html = `https://github.com/${repository}`
  return {
    action: options.action ?? 'created',
    issue: {
      number: issue,
      title: `Pull request ${issue}`,
      state: 'open',
      user: person('octocat'),
      html_url: `${html}/${options.pull === false ? 'issues' : 'pull'}/${issue}`,
      ...(options.pull === false
        ? {}
        : {
            pull_request: {
              url: `https://api.github.com/repos/${repository}/pulls/${issue}`,
              html_url: `${html}/pull/${issue}`
            }
          })
    },
    comment: {
      id: comment.id,
      body: comment.body,
      user: person(comment.user),
      html_url: comment.htmlUrl,
      url: comment.url ?? `https://api.github.com/repos/${repository}/issues/comments/${comment.id}`,
      author_association: options.association ?? 'NONE',
      ...(comment.createdAt ? { created_at: comment.createdAt } : {})
    },
    repository: {
      full_name: repository,
      name: repository.split('/')[1],
      owner: person(repository.split('/')[0] ?? ''),
      default_branch: options.defaultBranch ?? 'main'
    },
    sender: person(comment.user)
  }
}
