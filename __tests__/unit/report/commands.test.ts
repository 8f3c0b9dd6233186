import { describe, expect, it } from '@jest/globals'
import {
  describeMoved,
  invalidReply,
  permissionReply,
  REPLY_MARKER,
  staleReply,
  unknownStepsReply
} from '../../../src/report/commands.js'

const ZWJ = '\u200d'

describe('command replies', () => {
  it('names the permission held and the one required, without mentioning the commenter', () => {
    expect(permissionReply('rita', 'run', 'read', 'write')).toBe(
      `${REPLY_MARKER}\n👎 \`/sagemaker run\` was not carried out: @${ZWJ}rita has **read** permission on this repository, ` +
        'and `/sagemaker` commands need at least **write** (the `command-permission` input). Nothing was started.'
    )
    expect(permissionReply('x', 'plan', 'none', 'maintain')).toContain('has no permission')
    expect(permissionReply('x', 'plan', 'none', 'maintain')).toContain('at least **maintain**')
  })

  it('escapes a hostile login and caps it', () => {
    const reply = permissionReply('a_b*[x](javascript:1)<img>' + 'z'.repeat(100), 'run', 'read', 'write')
    expect(reply).not.toMatch(/(?<!\\)<img>/)
    expect(reply).not.toContain('[x](')
    expect(reply).toContain('a_b\\*\\[x\\](javascript:1)\\<img>')
    expect(reply).not.toContain('z'.repeat(60))
  })

  it('names a bad or unknown step as code', () => {
    expect(
      invalidReply('wes', { verb: 'invalid', tried: 'run', problem: 'bad-step', value: '`<b>`' })
    ).toContain('`/sagemaker run` names `` `<b>` ``, which cannot be a step name')
    expect(
      invalidReply('wes', { verb: 'invalid', tried: 'plan', problem: 'plan-arguments', value: 'now' })
    ).toContain('`/sagemaker plan` takes no arguments (it got `now`)')
    expect(unknownStepsReply('wes', 'P', ['Evalute'], ' (did you mean "Evaluate"?)')).toBe(
      `${REPLY_MARKER}\n👎 @${ZWJ}wes: \`/sagemaker run\` names \`Evalute\`, which is not a step of pipeline \`P\` (did you mean "Evaluate"?). Nothing was started.`
    )
    expect(unknownStepsReply('wes', 'P', ['A', 'B'], '')).toContain('names `A`, `B`, which are not steps')
  })

  it('lists what moved and links the fresh plan', () => {
    const reply = staleReply(
      'mia',
      [
        { what: 'head', from: 'a'.repeat(40), to: 'b'.repeat(40) },
        { what: 'reference', from: 'arn:aws:sagemaker:us-east-1:1:pipeline/P/execution/old', to: undefined }
      ],
      'https://github.com/o/r/pull/7#issuecomment-3'
    )
    expect(reply.split('\n')).toEqual([
      REPLY_MARKER,
      `👎 @${ZWJ}mia: \`/sagemaker run\` did not start anything: the plan it would start is not the plan that was posted.`,
      '',
      "- **new push**: the pull request's head moved from `aaaaaaa` to `bbbbbbb`",
      '- **newer reference run**: the posted plan reused `old`, the fresh plan reuses none (a full run)',
      '',
      'The fresh plan is now in [the sticky comment](https://github.com/o/r/pull/7#issuecomment-3). Review it, then comment `/sagemaker run` again to start exactly that plan.'
    ])
    expect(staleReply('mia', [{ what: 'no-plan' }], 'javascript:alert(1)')).toContain(
      'now in the sticky comment.'
    )
  })

  it('describes every kind of move', () => {
    expect(describeMoved({ what: 'version', from: 3, to: 4 })).toBe(
      '**pipeline version changed**: from 3 to 4'
    )
    expect(describeMoved({ what: 'parameters' })).toMatch(/^\*\*parameters changed\*\*/)
    expect(describeMoved({ what: 'inputs' })).toMatch(/^\*\*inputs changed\*\*/)
    expect(describeMoved({ what: 'requested', from: ['A'], to: [] })).toBe(
      '**steps changed**: the posted plan was computed for `A`, this command asks for the selection input'
    )
    expect(describeMoved({ what: 'selected', from: ['A'], to: ['A', 'B'] })).toBe(
      '**selected steps changed**: the posted plan ran `A`, the fresh plan runs `A`, `B`'
    )
  })
})
