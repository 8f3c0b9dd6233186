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
