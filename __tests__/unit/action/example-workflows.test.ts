import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/**
 * The example workflows are what users copy: they must show the hardened way to run the action
 * (SECURITY.md). Checked here so an edit cannot quietly drop a pin or splice an output into a script.
 */
const DIR = join(process.cwd(), 'examples', 'workflows')
const files = readdirSync(DIR).filter(f => f.endsWith('.yml'))
const THIS_ACTION = 'sagemaker-selective-execution/sagemaker-selective-execution'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  if?: string
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: unknown
  jobs: Record<string, Job>
}

const read = (file: string) => readFileSync(join(DIR, file), 'utf8')
const workflow = (file: string) => parse(read(file)) as Workflow

describe.each(files)('examples/workflows/%s', file => {
  it('pins every third-party action to a full commit SHA with its version as a comment', () => {
    const uses = read(file)
      .split('\n')
      .filter(line => /^\s*-?\s*uses:/.test(line))
    expect(uses.length).toBeGreaterThan(0)
    for (const line of uses) {
      if (line.includes(`${THIS_ACTION}@`)) {
        // Its own release SHA is the user's to fill in; the line says so.
        expect(line).toMatch(/# pin to the release's commit SHA$/)
        continue
      }
      expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
    }
  })

  it('passes step outputs and inputs to scripts only through env, never spliced into run', () => {
    for (const job of Object.values(workflow(file).jobs)) {
      for (const step of job.steps) {
        if (step.run !== undefined) expect(step.run).not.toContain('${{')
      }
    }
  })

  it('grants no permission at the top and least permissions per job', () => {
    const wf = workflow(file)
    expect(wf.permissions).toEqual({})
    for (const job of Object.values(wf.jobs)) {
      expect(job.permissions).toBeDefined()
      expect(Object.values(job.permissions!).every(p => p === 'read' || p === 'write')).toBe(true)
      expect(job.permissions!.contents).toBe('read')
    }
  })

  it('never runs on pull_request_target and never keeps the checkout token', () => {
    expect(Object.keys(workflow(file).on)).not.toContain('pull_request_target')
    for (const job of Object.values(workflow(file).jobs)) {
      for (const step of job.steps.filter(s => s.uses?.startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials']).toBe(false)
      }
    }
  })
})

describe('pull-request.yml', () => {
  const wf = workflow('pull-request.yml')
  const role = (job: Job) =>
    job.steps.find(s => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))?.with?.[
      'role-to-assume'
    ]
  const prJobs = Object.values(wf.jobs).filter(j => j.if?.includes("'pull_request'"))
  const mainJobs = Object.values(wf.jobs).filter(j => j.if?.includes("'push'"))

  it('runs pull requests and main in separate jobs with separate roles', () => {
    expect(prJobs).toHaveLength(1)
    expect(mainJobs).toHaveLength(1)
    expect(role(prJobs[0]!)).toBe('${{ vars.SAGEMAKER_PR_ROLE }}')
    expect(role(mainJobs[0]!)).toBe('${{ vars.SAGEMAKER_MAIN_ROLE }}')
  })

  it('never upserts a pipeline from the pull-request job, nor runs it on the production pipeline', () => {
    const pr = prJobs[0]!
    expect(pr.steps.filter(s => s.run !== undefined && /python|pipeline/.test(s.run))).toEqual([])
    const action = pr.steps.find(s => s.uses?.startsWith(`${THIS_ACTION}@`))
    expect(action?.with?.pipeline).not.toBe('AbalonePipeline')
  })
})

describe('plan-on-pull-request.yml and run-on-command.yml', () => {
  const plan = workflow('plan-on-pull-request.yml')
  const command = workflow('run-on-command.yml')
  const action = (job: Job) => job.steps.find(s => s.uses?.startsWith(`${THIS_ACTION}@`))!

  it('plans on pull requests with a read-only role and starts nothing', () => {
    expect(Object.keys(plan.on)).toEqual(['pull_request'])
    const job = Object.values(plan.jobs)[0]!
    expect(action(job).with?.mode).toBe('plan')
    expect(
      job.steps.find(s => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))?.with?.[
        'role-to-assume'
      ]
    ).toBe('${{ vars.SAGEMAKER_PLAN_ROLE }}')
  })

  it('runs commands only for /sagemaker comments on pull requests, and plans what the plan job planned', () => {
    expect(command.on).toEqual({ issue_comment: { types: ['created'] } })
    const job = Object.values(command.jobs)[0]!
    expect(job.if).toBe(
      "github.event.issue.pull_request && startsWith(github.event.comment.body, '/sagemaker ')"
    )
    const planned = action(Object.values(plan.jobs)[0]!).with!
    const run = action(job).with!
    for (const input of ['pipeline', 'selection', 'steps', 'reference', 'downstream', 'parameters'])
      expect(run[input]).toEqual(planned[input])
  })

  it('never checks out, installs or runs the pull request, and never upserts a pipeline', () => {
    const job = Object.values(command.jobs)[0]!
    for (const step of job.steps.filter(s => s.uses?.startsWith('actions/checkout@'))) {
      expect(step.with?.ref).toBeUndefined() // the default branch
      expect(step.with?.repository).toBeUndefined()
    }
    const scripts = job.steps.filter(s => s.run !== undefined).map(s => s.run!)
    for (const script of scripts) {
      expect(script).not.toMatch(/\b(checkout|switch|worktree|pip|npm|python3?|make|bash \.|sh \.)\b/)
      expect(script).not.toMatch(/comment/)
    }
    expect(scripts.some(s => /git -c .* fetch --no-tags --quiet origin/.test(s))).toBe(true)
  })
})
