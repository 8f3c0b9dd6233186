import { describe, expect, it } from '@jest/globals'
import {
  bindingDigest,
  commandWithdrawn,
  compareBindings,
  effectivePermission,
  formatBinding,
  judgeApproval,
  MAX_COMMAND_STEPS,
  parseBinding,
  parseCommand,
  permits,
  readCommandEvent,
  runningApproval,
  type PlanBinding
} from '../../../src/core/commands.js'

describe('parseCommand', () => {
  it.each([
    ['/sagemaker plan', { verb: 'plan' }],
    ['/sagemaker run', { verb: 'run', steps: [] }],
    ['/SageMaker RUN', { verb: 'run', steps: [] }],
    ['   /sagemaker    plan   ', { verb: 'plan' }],
    ['/sagemaker\trun', { verb: 'run', steps: [] }],
    ['/sagemaker run\r\nthanks!', { verb: 'run', steps: [] }],
    ['/sagemaker plan\nsecond line /sagemaker run X', { verb: 'plan' }],
    ['/sagemaker run StepA,StepB', { verb: 'run', steps: ['StepA', 'StepB'] }],
    ['/sagemaker run StepA, StepB  Step_C', { verb: 'run', steps: ['StepA', 'StepB', 'Step_C'] }],
    ['/sagemaker run StepA,StepA', { verb: 'run', steps: ['StepA'] }],
    ['/sagemaker run ,', { verb: 'run', steps: [] }]
  ])('%j is %j', (body, command) => {
    expect(parseCommand(body)).toEqual(command)
  })

  it('keeps step names as written (case matters for step names)', () => {
    expect(parseCommand('/SAGEMAKER run abalone-train')).toEqual({ verb: 'run', steps: ['abalone-train'] })
  })

  it.each([
    'Looks good',
    '/sagemaker runner',
    '/sagemaker planner',
    '/sagemaker',
    '/sagemaker deploy',
    '/sagemakerrun',
    'sagemaker run',
    '> /sagemaker run',
    'LGTM\n/sagemaker run',
    '',
    `/sagemaker run ${'x'.repeat(3000)}`
  ])('%j is not a command', body => {
    expect(parseCommand(body)).toBeUndefined()
  })

  it('reads only strings', () => {
    expect(parseCommand(undefined)).toBeUndefined()
    expect(parseCommand(42)).toBeUndefined()
    expect(parseCommand({ body: '/sagemaker run' })).toBeUndefined()
  })

  it('a bad step name is an invalid command naming it', () => {
    expect(parseCommand('/sagemaker run StepA,<img src=x>')).toEqual({
      verb: 'invalid',
      tried: 'run',
      problem: 'bad-step',
      value: '<img'
    })
    expect(parseCommand(`/sagemaker run ${'a'.repeat(65)}`)).toMatchObject({ problem: 'bad-step' })
    expect(parseCommand('/sagemaker run Step;rm')).toEqual({
      verb: 'invalid',
      tried: 'run',
      problem: 'bad-step',
      value: 'Step;rm'
    })
  })

  it('plan takes no arguments, run at most MAX_COMMAND_STEPS steps', () => {
    expect(parseCommand('/sagemaker plan now')).toEqual({
      verb: 'invalid',
      tried: 'plan',
      problem: 'plan-arguments',
      value: 'now'
    })
    const many = Array.from({ length: MAX_COMMAND_STEPS + 1 }, (_, i) => `S${i}`).join(',')
    expect(parseCommand(`/sagemaker run ${many}`)).toEqual({
      verb: 'invalid',
      tried: 'run',
      problem: 'too-many-steps',
      value: String(MAX_COMMAND_STEPS + 1)
    })
    const enough = Array.from({ length: MAX_COMMAND_STEPS }, (_, i) => `S${i}`).join(',')
    expect(parseCommand(`/sagemaker run ${enough}`)).toMatchObject({ verb: 'run' })
  })
})

describe('readCommandEvent', () => {
  const payload = (over: Record<string, unknown> = {}) => ({
    action: 'created',
    issue: { number: 7, pull_request: { url: 'u' } },
    comment: {
      id: 11,
      body: '/sagemaker run A',
      html_url: 'https://github.com/o/r/pull/7#issuecomment-11',
      user: { login: 'wes' }
    },
    ...over
  })

  it('reads the command, the pull request and the comment', () => {
    expect(readCommandEvent(payload())).toEqual({
      command: { verb: 'run', steps: ['A'] },
      pr: 7,
      comment: { id: 11, url: 'https://github.com/o/r/pull/7#issuecomment-11', author: 'wes' }
    })
  })

  it('ignores edits and deletions, issues that are not pull requests, and non-commands', () => {
    expect(readCommandEvent(payload({ action: 'edited' }))).toBeUndefined()
    expect(readCommandEvent(payload({ action: 'deleted' }))).toBeUndefined()
    expect(readCommandEvent(payload({ issue: { number: 7 } }))).toBeUndefined()
    expect(
      readCommandEvent(payload({ comment: { id: 11, body: 'LGTM', html_url: 'u', user: { login: 'w' } } }))
    ).toBeUndefined()
    expect(
      readCommandEvent(payload({ comment: { id: 11, body: '/sagemaker run', html_url: 'u', user: null } }))
    ).toBeUndefined()
    expect(readCommandEvent({})).toBeUndefined()
  })
})

describe('permissions', () => {
  it('uses role_name when it is a known role, else the legacy permission', () => {
    expect(effectivePermission('write', 'maintain')).toBe('maintain')
    expect(effectivePermission('read', 'triage')).toBe('triage')
    expect(effectivePermission('write', 'custom-release-manager')).toBe('write')
    expect(effectivePermission('admin', undefined)).toBe('admin')
    expect(effectivePermission('none', undefined)).toBe('none')
    expect(effectivePermission(undefined, undefined)).toBe('none')
    expect(effectivePermission('superuser', 42)).toBe('none')
  })

  it('ranks read < triage < write < maintain < admin, none below all', () => {
    expect(permits('write', 'write')).toBe(true)
    expect(permits('maintain', 'write')).toBe(true)
    expect(permits('admin', 'maintain')).toBe(true)
    expect(permits('triage', 'write')).toBe(false)
    expect(permits('read', 'triage')).toBe(false)
    expect(permits('triage', 'triage')).toBe(true)
    expect(permits('read', 'read')).toBe(true)
    expect(permits('none', 'read')).toBe(false)
    expect(permits('write', 'admin')).toBe(false)
  })
})

const SHA = 'a'.repeat(40)
const binding: PlanBinding = {
  sha: SHA,
  version: 3,
  reference: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/P/execution/ref1',
  selected: ['Evaluate', 'Register'],
  requested: [],
  parameters: '0123456789abcdef',
  inputs: 'fedcba9876543210'
}

describe('plan binding', () => {
  it('round-trips through its hidden comment line, inside a larger body', () => {
    const line = formatBinding(binding)
    expect(line).toMatch(/^<!-- sagemaker-selective-execution:plan-digest sha256:[0-9a-f]{64} \{.*\} -->$/)
    expect(parseBinding(`<!-- marker -->\n${line}\n### Plan`)).toEqual(binding)
    expect(parseBinding('### Plan')).toBeUndefined()
    expect(parseBinding(undefined)).toBeUndefined()
  })

  it('rejects a binding whose digest does not match its parts', () => {
    const line = formatBinding(binding).replace('"Register"', '"Train"')
    expect(parseBinding(`<!-- marker -->\n${line}`)).toBeUndefined()
  })

  it('cannot end the HTML comment, whatever a step name holds', () => {
    const hostile = { ...binding, selected: ['a-->b<script>'] }
    const line = formatBinding(hostile)
    expect(line.indexOf('-->')).toBe(line.length - 3)
    expect(line).not.toContain('<script')
    expect(parseBinding(`<!-- marker -->\n${line}`)).toEqual(hostile)
  })

  it('is read only from the line right under the marker', () => {
    const line = formatBinding(binding)
    expect(parseBinding(`<!-- marker -->\r\n${line}\r\n### Plan`)).toEqual(binding)
    expect(parseBinding(line)).toBeUndefined()
    expect(parseBinding(`<!-- marker -->\n### Plan\n${line}`)).toBeUndefined()
    // Quoted in a plan table (a file or step name carrying it), it is never read.
    expect(parseBinding(`<!-- marker -->\n| \`${line}\` | run |`)).toBeUndefined()
  })

  it('is read only in the exact form this action writes (canonical JSON, no extra or repeated keys)', () => {
    const good = formatBinding(binding)
    const json = good.slice(good.indexOf('{'), good.lastIndexOf('}') + 1)
    const digest = good.slice(good.indexOf('sha256:'), good.indexOf(' {'))
    const forged = (text: string) =>
      `<!-- marker -->\n<!-- sagemaker-selective-execution:plan-digest ${digest} ${text} -->`
    expect(parseBinding(forged(json))).toEqual(binding)
    const parsed = JSON.parse(json) as Record<string, unknown>
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(parsed).reverse()))
    expect(parseBinding(forged(reordered))).toBeUndefined()
    expect(parseBinding(forged(json.replace(/^\{/, '{"extra":"/x/y",')))).toBeUndefined()
    expect(parseBinding(forged(json.replace(/^\{/, `{"sha":"${'b'.repeat(40)}",`)))).toBeUndefined()
  })

  it('the order steps are requested in is no part of the plan', () => {
    const ab = { ...binding, requested: ['A', 'B'] }
    const ba = { ...binding, requested: ['B', 'A'] }
    expect(bindingDigest(ab)).toBe(bindingDigest(ba))
    expect(compareBindings(ab, ba)).toEqual([])
  })

  it('digests differ when any part differs', () => {
    const base = bindingDigest(binding)
    expect(bindingDigest({ ...binding })).toBe(base)
    for (const change of [
      { sha: 'b'.repeat(40) },
      { version: 4 },
      { reference: undefined },
      { selected: ['Register', 'Evaluate'] },
      { requested: ['Evaluate'] },
      { parameters: '1111111111111111' },
      { inputs: '2222222222222222' }
    ]) {
      expect(bindingDigest({ ...binding, ...change })).not.toBe(base)
    }
  })
})

describe('compareBindings', () => {
  it('nothing moved: empty', () => {
    expect(compareBindings(binding, { ...binding })).toEqual([])
  })

  it('no posted plan', () => {
    expect(compareBindings(undefined, binding)).toEqual([{ what: 'no-plan' }])
  })

  it('a new push names the head, and the selection that followed it is not named on its own', () => {
    const fresh = { ...binding, sha: 'c'.repeat(40), selected: ['Train', 'Evaluate', 'Register'] }
    expect(compareBindings(binding, fresh)).toEqual([{ what: 'head', from: SHA, to: 'c'.repeat(40) }])
  })

  it('a newer reference run and a new pipeline version', () => {
    const fresh = { ...binding, version: 4, reference: 'arn:…/execution/ref2' }
    expect(compareBindings(binding, fresh)).toEqual([
      { what: 'version', from: 3, to: 4 },
      { what: 'reference', from: binding.reference, to: 'arn:…/execution/ref2' }
    ])
  })

  it('requested steps explain the changed inputs; parameters are named as such', () => {
    expect(
      compareBindings(binding, { ...binding, requested: ['Train'], inputs: '3333333333333333' })
    ).toEqual([{ what: 'requested', from: [], to: ['Train'] }])
    expect(
      compareBindings(binding, { ...binding, parameters: '4444444444444444', inputs: '5555555555555555' })
    ).toEqual([{ what: 'parameters' }])
    expect(compareBindings(binding, { ...binding, inputs: '6666666666666666' })).toEqual([{ what: 'inputs' }])
  })

  it('a selection that moved alone is named with both lists', () => {
    expect(compareBindings(binding, { ...binding, selected: ['Evaluate'] })).toEqual([
      { what: 'selected', from: ['Evaluate', 'Register'], to: ['Evaluate'] }
    ])
  })
})

describe('judgeApproval', () => {
  const command = '2026-11-30T10:00:00Z'
  it('starts the same plan posted before the command', () => {
    expect(
      judgeApproval(binding, { ...binding }, { postedAt: '2026-11-30T09:59:59Z', commandAt: command })
    ).toEqual([])
  })
  it('refuses the same plan when the sticky comment was rewritten after the command', () => {
    expect(
      judgeApproval(binding, { ...binding }, { postedAt: '2026-11-30T10:00:01Z', commandAt: command })
    ).toEqual([{ what: 'posted-after' }])
  })
  it('a rewrite within the second of the command may be after it (GitHub times have whole seconds)', () => {
    expect(judgeApproval(binding, { ...binding }, { postedAt: command, commandAt: command })).toEqual([
      { what: 'posted-after' }
    ])
  })
  it('names what moved, not the timing, when the plans differ', () => {
    const fresh = { ...binding, sha: 'c'.repeat(40) }
    expect(judgeApproval(binding, fresh, { postedAt: '2026-11-30T10:05:00Z', commandAt: command })).toEqual(
      compareBindings(binding, fresh)
    )
    expect(judgeApproval(undefined, binding, { commandAt: command })).toEqual([{ what: 'no-plan' }])
  })
  it('without both instants only the bindings decide', () => {
    expect(judgeApproval(binding, { ...binding }, { commandAt: command })).toEqual([])
    expect(judgeApproval(binding, { ...binding }, { postedAt: '2026-11-30T10:05:00Z' })).toEqual([])
  })
})

describe('runningApproval', () => {
  const digest = bindingDigest(binding)
  const run = (arn: string, status: string, binding?: string) => ({
    arn,
    status,
    ...(binding ? { provenance: { binding } } : {})
  })
  it('finds the live run of this approved plan', () => {
    const runs = [run('a', 'Succeeded', digest), run('b', 'Executing', 'other'), run('c', 'Stopping', digest)]
    expect(runningApproval(runs, digest)?.arn).toBe('c')
    expect(runningApproval([run('d', 'Executing', digest)], digest)?.arn).toBe('d')
  })
  it('a run that ended, another plan or a run without approval does not hold the plan', () => {
    for (const status of ['Succeeded', 'Failed', 'Stopped']) {
      expect(runningApproval([run('a', status, digest)], digest)).toBeUndefined()
    }
    expect(runningApproval([run('b', 'Executing', 'other'), run('c', 'Executing')], digest)).toBeUndefined()
  })
})

describe('commandWithdrawn', () => {
  const run = { verb: 'run' as const, steps: ['Train', 'Eval'] }
  it('stands while the first line is the same command, steps in any order', () => {
    expect(commandWithdrawn(run, { body: '/sagemaker run Train,Eval' })).toBeUndefined()
    expect(commandWithdrawn(run, { body: '/sagemaker run Eval, Train\nthanks!' })).toBeUndefined()
    expect(commandWithdrawn({ verb: 'plan' }, { body: '/sagemaker plan' })).toBeUndefined()
  })
  it('is deleted when the comment is gone', () => {
    expect(commandWithdrawn(run, undefined)).toBe('deleted')
  })
  it('is edited when the first line is no longer that command', () => {
    expect(commandWithdrawn(run, { body: 'never mind' })).toBe('edited')
    expect(commandWithdrawn(run, { body: '/sagemaker plan' })).toBe('edited')
    expect(commandWithdrawn(run, { body: '/sagemaker run Train' })).toBe('edited')
    expect(commandWithdrawn(run, { body: '/sagemaker run Train,Eval,Register' })).toBe('edited')
    // As many steps, not the same ones.
    expect(commandWithdrawn(run, { body: '/sagemaker run Train,Register' })).toBe('edited')
    expect(commandWithdrawn({ verb: 'run', steps: [] }, { body: '/sagemaker run Train' })).toBe('edited')
    expect(commandWithdrawn(run, { body: '/sagemaker run Train,bad step!' })).toBe('edited')
  })
})
