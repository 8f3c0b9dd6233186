import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  jsonList,
  moreEntry,
  OUTPUT_BUDGETS,
  renderOutputs,
  TOTAL_OUTPUT_BYTES,
  writeOutputs,
  type Outcome
} from '../../../src/action/outputs.js'
import type { Plan, Reason } from '../../../src/core/types.js'

const MB = 1_000_000
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
const total = (outputs: Record<string, string>): number =>
  Object.values(outputs).reduce((n, v) => n + bytes(v), 0)

/** 10,000 changed files, each selecting a step by its own glob: what made `plan` 1.95 MB. */
function hugeChange(files = 10_000, steps = 40): Outcome {
  const changed = Array.from(
    { length: files },
    (_, i) => `pipelines/abalone/features/group-${i % 97}/very/deep/module_${String(i).padStart(5, '0')}.py`
  )
  const names = Array.from({ length: steps }, (_, i) => `Abalone-Feature-Engineering-Step-${i}`)
  const reasons: Record<string, Reason[]> = {}
  names.forEach((step, s) => {
    reasons[step] = changed
      .filter((_, i) => i % steps === s)
      .map(file => ({ kind: 'file', file, glob: 'pipelines/abalone/features/**/*.py' }))
  })
  const plan: Plan = {
    selected: names,
    reused: [],
    notRun: [],
    reasons,
    fullRun: false,
    needsReference: true,
    warnings: Array.from({ length: 500 }, (_, i) => `warning ${i}: ${'w'.repeat(300)}`)
  }
  return { status: 'Executing', plan, changedFiles: changed, executionArn: 'arn:aws:sagemaker:x' }
}

describe('renderOutputs: GitHub’s 1 MB limit', () => {
  it('keeps every output and their total under 1 MB with 10,000 changed files, all valid JSON', () => {
    const outcome = hugeChange()
    const unbounded = JSON.stringify(outcome.changedFiles)
    expect(bytes(unbounded)).toBeGreaterThan(OUTPUT_BUDGETS['changed-files']!)
    const outputs = renderOutputs(outcome)
    for (const [name, value] of Object.entries(outputs)) {
      expect(bytes(value)).toBeLessThanOrEqual(OUTPUT_BUDGETS[name] ?? 2048)
    }
    expect(total(outputs)).toBeLessThan(TOTAL_OUTPUT_BYTES)

    const files = JSON.parse(outputs['changed-files']!) as string[]
    const hidden = 10_000 - (files.length - 1)
    expect(files.slice(0, -1)).toEqual(outcome.changedFiles.slice(0, files.length - 1))
    expect(files.at(-1)).toBe(`… ${hidden.toLocaleString('en-US')} more: see the job summary`)

    const plan = JSON.parse(outputs.plan!) as Record<string, unknown>
    expect(plan).toMatchObject({ truncated: true, status: 'Executing', selected: outcome.plan!.selected })
    const omitted = plan.omitted as { reasons: number; warnings: number }
    const kept = Object.values(plan.reasons as Record<string, Reason[]>).reduce((n, l) => n + l.length, 0)
    expect(kept + omitted.reasons).toBe(10_000)
    expect((plan.warnings as string[]).length + omitted.warnings).toBe(500)
  })

  it('leaves outputs that fit untouched, without a truncated flag', () => {
    const outcome = hugeChange(30, 3)
    outcome.plan!.warnings = ['one warning']
    const outputs = renderOutputs(outcome)
    expect(JSON.parse(outputs['changed-files']!)).toEqual(outcome.changedFiles)
    const plan = JSON.parse(outputs.plan!) as Record<string, unknown>
    expect(plan).not.toHaveProperty('truncated')
    expect(plan.reasons).toEqual(outcome.plan!.reasons)
  })

  it('cuts the step lists themselves when even they are too long, still valid JSON', () => {
    const steps = Array.from({ length: 20_000 }, (_, i) => `Step-${'x'.repeat(40)}-${i}`)
    const plan: Plan = {
      selected: steps,
      reused: steps,
      notRun: steps,
      reasons: {},
      fullRun: true,
      needsReference: false,
      warnings: []
    }
    const outputs = renderOutputs({ status: 'Planned', plan, changedFiles: [] })
    expect(bytes(outputs.plan!)).toBeLessThanOrEqual(OUTPUT_BUDGETS.plan!)
    expect(bytes(outputs['selected-steps']!)).toBeLessThanOrEqual(OUTPUT_BUDGETS['selected-steps']!)
    const parsed = JSON.parse(outputs.plan!) as { selected: string[]; truncated: boolean }
    expect(parsed.truncated).toBe(true)
    expect(parsed.selected.at(-1)).toMatch(/^… [\d,]+ more: see the job summary$/)
    expect(total(outputs)).toBeLessThan(MB)
  })

  it('caps scalar outputs and the artifacts object', () => {
    const artifacts = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, i) => [
        `Step${i}`,
        { execution: 'arn:'.padEnd(100, 'a'), status: 'Succeeded' }
      ])
    )
    const outputs = renderOutputs({
      status: 'Succeeded',
      changedFiles: [],
      consoleUrl: `https://console.aws.amazon.com/${'p'.repeat(10_000)}`,
      artifacts
    })
    expect(outputs['console-url']!.length).toBeLessThanOrEqual(2048)
    const parsed = JSON.parse(outputs.artifacts!) as Record<string, unknown>
    expect(bytes(outputs.artifacts!)).toBeLessThanOrEqual(OUTPUT_BUDGETS.artifacts!)
    expect(parsed['…']).toMatch(/more: see the job summary$/)
    expect(Object.keys(parsed).length).toBeGreaterThan(100)
  })

  it('sets coverage outputs only with coverage', () => {
    expect(renderOutputs({ status: 'Skipped', changedFiles: [] })).not.toHaveProperty('coverage')
    const outputs = renderOutputs({
      status: 'Skipped',
      changedFiles: [],
      coverage: { percent: 71.428, uncovered: ['A', 'B'] }
    })
    expect(outputs.coverage).toBe('71.4')
    expect(JSON.parse(outputs['uncovered-steps']!)).toEqual(['A', 'B'])
  })
})

describe('jsonList', () => {
  it('keeps whole entries in order, counts the rest in a marker, and never exceeds the budget', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `file-${i}-ü.txt`)
    for (const max of [60, 100, 1_000, 10_000]) {
      const out = jsonList(items, max)
      expect(bytes(out)).toBeLessThanOrEqual(max)
      const parsed = JSON.parse(out) as string[]
      expect(parsed.at(-1)).toBe(moreEntry(1000 - (parsed.length - 1)))
      expect(parsed.slice(0, -1)).toEqual(items.slice(0, parsed.length - 1))
    }
    expect(jsonList(['a', 'b'], 100)).toBe('["a","b"]')
  })
})

describe('the plan output hides secret-looking parameter values', () => {
  it('writes *** for a parameter named like a credential or holding a token', () => {
    const plan: Plan = {
      selected: ['Train'],
      reused: [],
      notRun: [],
      reasons: {
        Train: [
          { kind: 'parameter', name: 'ApiToken', from: 'old-value-1', to: 'new-value-2' },
          { kind: 'parameter', name: 'Anything', to: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' },
          { kind: 'parameter', name: 'MaxDepth', from: '5', to: '6' }
        ]
      },
      fullRun: false,
      needsReference: true,
      warnings: ['leaked AKIAABCDEFGHIJKLMNOP in a warning']
    }
    const out = renderOutputs({ status: 'Planned', plan, changedFiles: [] }).plan!
    expect(out).not.toMatch(/old-value-1|new-value-2|ghp_|AKIA/)
    const parsed = JSON.parse(out) as { reasons: { Train: Reason[] }; warnings: string[] }
    expect(parsed.reasons.Train).toEqual([
      { kind: 'parameter', name: 'ApiToken', from: '***', to: '***' },
      { kind: 'parameter', name: 'Anything', to: '***' },
      { kind: 'parameter', name: 'MaxDepth', from: '5', to: '6' }
    ])
    expect(parsed.warnings).toEqual(['leaked *** in a warning'])
  })
})

describe('writeOutputs', () => {
  let dir: string
  let saved: string | undefined
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outputs-'))
    saved = process.env.GITHUB_OUTPUT
    process.env.GITHUB_OUTPUT = join(dir, 'output')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT
    else process.env.GITHUB_OUTPUT = saved
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes every output through the runner’s output file, the whole file under 1 MB', () => {
    writeOutputs(hugeChange())
    const file = readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')
    expect(bytes(file)).toBeLessThan(MB)
    for (const name of [
      'status',
      'plan',
      'changed-files',
      'selected-steps',
      'reused-steps',
      'execution-arn'
    ]) {
      expect(file).toContain(`${name}<<ghadelimiter_`)
    }
  })
})
