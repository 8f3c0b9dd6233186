import { describe, expect, it } from '@jest/globals'
import { CommentPermissionError } from '../../../src/adapters/sticky-comment.js'
import { commentFailure } from '../../../src/phases/publish.js'

const refused = (status: number, message = 'Resource not accessible by integration') =>
  new CommentPermissionError(`Cannot comment on acme/ml#7 (HTTP ${status}: ${message})`, status)

describe('commentFailure', () => {
  it('blames a fork only when the event proves one', () => {
    expect(commentFailure({ pr: 7, fork: true }, refused(403))).toMatch(
      /^Could not write the comment on pull request #7: the pull request comes from a fork/
    )
    const own = commentFailure({ pr: 7, fork: false }, refused(403))
    expect(own).not.toMatch(/fork/i)
    expect(own).toContain('permissions: { pull-requests: write }')
  })

  it('says what a 404 means and passes other failures through', () => {
    expect(commentFailure({ pr: 7, fork: false }, refused(404, 'Not Found'))).toMatch(
      /cannot see the pull request/
    )
    expect(commentFailure({ pr: 7, fork: false }, new Error('socket hang up'))).toBe(
      'Could not write the comment on pull request #7: socket hang up.'
    )
  })

  it('keeps an API message from forging a workflow command or flooding the log', () => {
    const message = commentFailure({ pr: 7, fork: false }, new Error(`x\n::error::forged${'y'.repeat(1000)}`))
    expect(message).not.toMatch(/\n/)
    expect(message.length).toBeLessThan(400)
  })
})
