import { describe, expect, it } from '@jest/globals'
import { formatBinding, parseBinding } from '../../../src/core/commands.js'
import { StepGraph } from '../../../src/core/graph.js'
import type { Plan, Reason, StepState } from '../../../src/core/types.js'
import { commentMarker, renderComment, renderSummary, type ReportInput } from '../../../src/report/report.js'
import {
  abaloneGraph,
  baseInput,
  chainGraph,
  chainPlan,
  evaluatePlan,
  MINUTE,
  NOW,
  REF_ARN
} from './fixture.js'

const COMMENT_MAX = 65_536

/** The cells of a table row, split on the pipes GitHub splits on (not `\|`), trimmed. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map(c => c.trim())
}

/** The name inside a code span as the reader sees it (fence and padding gone, `\|` in a table is `|`). */
function codeName(cell: string): string | undefined {
  const m = /^(`+)(.*?)\1(?:\s|$)/.exec(cell)
  if (!m) return undefined
  const inner = m[2]!.replace(/\\\|/g, '|')
  return / .* /.test(inner) && inner.startsWith(' ') && inner.endsWith(' ') ? inner.slice(1, -1) : inner
}

/** Plan table rows: step name (from its code span) → the cells after it. */
function tableRows(body: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const line of body.split('\n')) {
    if (!line.startsWith('| `') || !line.endsWith(' |')) continue
    const [first, ...rest] = cells(line)
    const name = codeName(first!)
    if (name !== undefined) rows.set(name, rest)
  }
  return rows
}

/**
 * What markdown would read as markup: the body without its code spans (CommonMark: a backtick run
 * closes at the next run of the same length) and without backslash-escaped characters.
 */
function outsideCode(body: string): string {
  let out = ''
  let i = 0
  while (i < body.length) {
    if (body[i] === '\\' && i + 1 < body.length && /[!-/:-@[-`{-~]/.test(body[i + 1]!)) {
      out += '\u0000'
      i += 2
      continue
    }
    if (body[i] !== '`') {
      out += body[i]
      i++
      continue
    }
    const run = /^`+/.exec(body.slice(i))![0]
    let close = -1
    for (let j = i + run.length; j < body.length;) {
      const next = /`+/.exec(body.slice(j))
      if (!next) break
      if (next[0].length === run.length) {
        close = j + next.index
        break
      }
      j += next.index + next[0].length
    }
    if (close < 0) {
      out += run
      i += run.length
    } else {
      out += '\u0000'
      i = close + run.length
    }
  }
  return out
}

function headline(body: string): string {
  return body.split('\n').find(l => l.startsWith('### '))!
}

const SUCCEEDED_FINAL = new Map<string, StepState>([
  ['Abalone-Preprocess', { status: 'Succeeded', reusedFrom: REF_ARN }],
  ['Abalone-Train', { status: 'Succeeded', reusedFrom: REF_ARN }],
  ['Abalone-Evaluate', { status: 'Succeeded', startTime: 0, endTime: 2 * MINUTE }],
  ['Abalone-MSECheck', { status: 'Succeeded', outcome: 'True', startTime: 0, endTime: 1000 }],
  ['Abalone-ModelRegister-RegisterModel', { status: 'Succeeded', startTime: 0, endTime: 1000 }],
  ['Abalone-CreateModel-CreateModel', { status: 'Succeeded', startTime: 0, endTime: 1000 }]
])

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the pipeline', () => {
    expect(commentMarker('AbalonePipeline')).toBe(
      '<!-- sagemaker-selective-execution pipeline="AbalonePipeline" -->'
    )
  })

  it('cannot be closed early by the pipeline name and stays distinct per name', () => {
    const marker = commentMarker('x" --> <script>alert(1)</script> --!> <!--')
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    const value = /pipeline="(.*)" -->$/.exec(marker)![1]!
    expect(value).not.toMatch(/[<>!"]/)
    expect(commentMarker('a<')).not.toBe(commentMarker('a%3C'))
  })

  it('starts the comment body', () => {
    expect(renderComment(baseInput()).startsWith(`${commentMarker('AbalonePipeline')}\n`)).toBe(true)
  })
})

describe('renderComment structure (Abalone, evaluate.py changed)', () => {
  const body = renderComment(baseInput())

  it('leads with a headline: what runs, what is reused from where, what it saves', () => {
    expect(headline(body)).toMatch(
      /^### 🚀 Started: runs 5 of 7 steps of `AbalonePipeline`, reusing 2 from run /
    )
    expect(headline(body)).toContain('`pr-11-run-1`')
    expect(headline(body)).toContain('(commit `0123456`)')
    expect(headline(body)).toContain('saves ~35 min')
  })

  it('has one table row per step with its disposition and reasons', () => {
    const rows = tableRows(body)
    expect([...rows.keys()]).toEqual(abaloneGraph().topologicalOrder())
    expect(rows.get('Abalone-Preprocess')).toEqual([
      '♻️ reuse',
      'unchanged: reference output read by `Abalone-Evaluate`'
    ])
    expect(rows.get('Abalone-Train')).toEqual([
      '♻️ reuse',
      'unchanged: reference output read by `Abalone-Evaluate`, `Abalone-ModelRegister-RegisterModel` +1 more'
    ])
    expect(rows.get('Abalone-Evaluate')).toEqual(['▶️ run', 'pipelines/abalone/evaluate.py changed'])
    expect(rows.get('Abalone-MSECheck')).toEqual(['▶️ run', 'downstream of Abalone-Evaluate, which runs'])
  })

  it('includes the coloured diagram, the reference run and the links', () => {
    expect(body).toContain('```mermaid\nflowchart TD')
    expect(body).toMatch(/class n0,n1 reuse/)
    expect(body).toContain('**Reference run:** [`pr-11-run-1`](https://us-east-1.console.aws.amazon.com/')
    expect(body).toContain('commit `0123456` · Succeeded · started 3 h ago')
    expect(body).toContain('**Time saved:** ~35 min')
    expect(body).toContain('[`pr-12-fedcba9`](https://us-east-1.console.aws.amazon.com/')
    expect(body).toContain('[workflow run](https://github.com/acme/ml/actions/runs/42)')
  })

  it('lists changed files collapsed, those selecting steps first', () => {
    const files = body.slice(body.indexOf('<summary>Changed files'))
    expect(files).toContain('<summary>Changed files: 2 (1 mapped to steps)</summary>')
    expect(files.indexOf('evaluate.py` → `Abalone-Evaluate`')).toBeLessThan(files.indexOf('README.md'))
  })

  it('ends with the commit and the time of the update', () => {
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      '<sub>commit `fedcba9` on `feature/eval` · updated 2026-08-10 12:00 UTC · sagemaker-selective-execution</sub>'
    )
  })
})

describe('each status', () => {
  const graph = abaloneGraph()

  it('Planned: would run, nothing started', () => {
    const body = renderComment(baseInput({ mode: 'plan', status: 'Planned', execution: undefined }))
    expect(headline(body)).toMatch(/^### 📝 Plan: would run 5 of 7 steps/)
    expect(body).toContain('Plan only (`mode: plan`): nothing was started.')
  })

  it('Skipped: no step affected, no table', () => {
    const plan: Plan = {
      ...evaluatePlan(graph),
      selected: [],
      reasons: {},
      reused: [],
      notRun: graph.topologicalOrder()
    }
    const body = renderComment(baseInput({ plan, status: 'Skipped', execution: undefined }))
    expect(headline(body)).toBe(
      '### ⏭️ Skipped: no step of `AbalonePipeline` is affected by the 2 changed files — nothing started'
    )
    expect(tableRows(body).size).toBe(0)
    expect(body).not.toContain('```mermaid')
  })

  it('Succeeded: final result per step, in the past tense', () => {
    const body = renderComment(baseInput({ mode: 'wait', status: 'Succeeded', finalSteps: SUCCEEDED_FINAL }))
    expect(headline(body)).toMatch(/^### ✅ Succeeded: ran 5 of 7 steps .* — saved ~35 min$/)
    const rows = tableRows(body)
    expect(rows.get('Abalone-Train')?.slice(0, 2)).toEqual(['♻️ reuse', '♻️ reused'])
    expect(rows.get('Abalone-Evaluate')?.[1]).toBe('✅ Succeeded in ~2 min')
    expect(rows.get('Abalone-MSECheck')?.[1]).toBe('✅ Succeeded in 1 s · condition true → If')
    expect(rows.get('Abalone-FailNotify')?.[1]).toBe('⏭️ did not run')
    expect(body).toContain('class n2,n3,n4,n5 succeeded')
  })

  it('Failed: names the failed step in the headline and its failure reason in the table', () => {
    const final = new Map(SUCCEEDED_FINAL)
    final.set('Abalone-Evaluate', { status: 'Failed', failureReason: 'AlgorithmError: <oops> | exit 1' })
    final.delete('Abalone-MSECheck')
    const body = renderComment(baseInput({ mode: 'wait', status: 'Failed', finalSteps: final }))
    expect(headline(body)).toMatch(/^### ❌ Failed at `Abalone-Evaluate`: ran 5 of 7 steps/)
    expect(tableRows(body).get('Abalone-Evaluate')?.[1]).toBe(
      '❌ Failed: AlgorithmError: \\<oops> \\| exit 1'
    )
  })

  it('Stopped', () => {
    const body = renderComment(baseInput({ mode: 'wait', status: 'Stopped', finalSteps: new Map() }))
    expect(headline(body)).toMatch(/^### ⏹️ Stopped: started 5 of 7 steps/)
  })

  it('Executing with mode wait: running, and missing steps are pending', () => {
    const final = new Map<string, StepState>([['Abalone-Evaluate', { status: 'Executing' }]])
    const body = renderComment(baseInput({ mode: 'wait', finalSteps: final }))
    expect(headline(body)).toMatch(/^### ⏳ Running 5 of 7 steps/)
    const rows = tableRows(body)
    expect(rows.get('Abalone-Evaluate')?.[1]).toBe('⏳ Executing')
    expect(rows.get('Abalone-MSECheck')?.[1]).toBe('⏳ pending')
  })
})

describe('renderSummary', () => {
  it('has no marker and names the pull request', () => {
    const summary = renderSummary(baseInput())
    expect(summary).not.toContain('<!--')
    expect(summary.startsWith('### 🚀 Started: runs 5 of 7 steps')).toBe(true)
    expect(summary).toContain('· PR #12 ·')
  })
})

describe('full run', () => {
  it('says why, with every step running and no reference', () => {
    const graph = abaloneGraph()
    const plan: Plan = {
      selected: graph.topologicalOrder(),
      reasons: Object.fromEntries(graph.topologicalOrder().map(n => [n, [{ kind: 'selection-all' }]])),
      reused: [],
      notRun: [],
      fullRun: true,
      fullRunReason: 'selection: all asks for every step',
      needsReference: false,
      warnings: []
    }
    const body = renderComment(baseInput({ plan, reference: undefined }))
    expect(headline(body)).toBe(
      '### 🚀 Started: full run of all 7 steps of `AbalonePipeline` — selection: all asks for every step'
    )
    expect(body).toContain('**Reference run:** none (full run: every step runs)')
    expect([...tableRows(body).values()].every(cells => cells[0] === '▶️ run')).toBe(true)
    expect(body).not.toContain('Time saved')
  })
})

describe('reasons, warnings, errors, rejected candidates', () => {
  it('describes every kind of reason', () => {
    const graph = chainGraph(1, () => 'S')
    const reasons: Reason[] = [
      { kind: 'file', file: 'a.py', glob: '*.py' },
      { kind: 'all-steps-file', file: 'pipeline.py', glob: 'pipeline.py' },
      { kind: 'unknown-changes', detail: 'diff truncated' },
      { kind: 'definition', paths: ['Arguments.Image'] },
      { kind: 'new-step' },
      { kind: 'parameter', name: 'MseThreshold', from: '6', to: '7' },
      { kind: 'upstream', step: 'U' },
      { kind: 'enclosing-condition', of: 'B' },
      { kind: 'explicit' },
      { kind: 'selection-all' },
      { kind: 'failed-in-reference', status: 'Failed' },
      { kind: 'coverage', detail: 'Else branch never ran' }
    ]
    const plan: Plan = { ...chainPlan(graph, 0), reasons: { S: reasons } }
    const body = renderSummary(baseInput({ graph, plan, reference: undefined, pipeline: 'P' }))
    const why = tableRows(body).get('S')![1]!
    for (const part of [
      'a.py',
      'pipeline.py',
      'diff truncated',
      'Arguments.Image',
      'new step',
      'MseThreshold'
    ]) {
      expect(why).toContain(part)
    }
    // Direct causes first; the summary shows six, then a count.
    expect(why).toContain('+6 more')
  })

  it('shows warnings and errors as alerts and rejected candidates collapsed', () => {
    const body = renderComment(
      baseInput({
        warnings: ['the reference run has no recorded commit'],
        errors: ['StartPipelineExecution failed: ResourceLimitExceeded <quota>'],
        rejected: [
          { arn: 'arn:aws:sagemaker:us-east-1:1:pipeline/abalone/execution/old1', reason: 'status Stopped' }
        ]
      })
    )
    expect(body).toContain('> [!CAUTION]\n> - StartPipelineExecution failed: ResourceLimitExceeded \\<quota>')
    expect(body).toContain('> [!WARNING]\n> - the reference run has no recorded commit')
    expect(body).toContain('<summary>1 other candidate run not used</summary>\n\n- `old1`: status Stopped')
  })

  it('says when the changed-file list is incomplete', () => {
    const body = renderComment(
      baseInput({ changes: { files: ['a'], complete: false, detail: 'compare API truncated' } })
    )
    expect(body).toContain(
      'The list of changed files is incomplete (compare API truncated), so every step runs.'
    )
  })
})

describe('coverage', () => {
  it('shows the percentage and the uncovered steps first', () => {
    const body = renderComment(
      baseInput({
        coverage: {
          percent: 71.42857,
          targeted: ['Abalone-FailNotify'],
          steps: [
            {
              step: 'Abalone-Train',
              lastRun: NOW - 60 * MINUTE,
              lastSuccess: NOW - 60 * MINUTE,
              stale: false,
              covered: true
            },
            { step: 'Abalone-FailNotify', outcomes: ['False'], stale: true, covered: false },
            {
              step: 'Abalone-CreateModel-CreateModel',
              lastRun: NOW - 5 * MINUTE,
              stale: true,
              covered: false
            }
          ]
        }
      })
    )
    expect(body).toContain('### Coverage: 71.4 %')
    expect(body).toContain('1 of 3 steps ran successfully since their mapped files last changed.')
    expect(body).toContain('Targeted by this run: `Abalone-FailNotify`.')
    const section = body.slice(body.indexOf('| Step | Status |'))
    expect(section).toContain('| `Abalone-FailNotify` | 🎯 targeted | never | never | False |')
    expect(section).toContain('| `Abalone-CreateModel-CreateModel` | ⚠️ stale | 5 min ago | never | — |')
    expect(section.indexOf('Abalone-FailNotify')).toBeLessThan(section.indexOf('| `Abalone-Train`'))
  })
})

describe('hostile names', () => {
  const names = ['a|b', '@someone', '<img src=x onerror=alert(1)>', '`tick`', '[x](javascript:alert(1))']
  const graph = new StepGraph(
    names.map(name => ({ name, type: 'Processing', parameters: [], raw: {} })),
    names.slice(1).map((name, i) => ({ from: names[i]!, to: name, kind: 'depends-on' as const }))
  )
  const plan: Plan = {
    selected: names.slice(1),
    reasons: Object.fromEntries(
      names.slice(1).map(n => [n, [{ kind: 'file', file: `dir/${n}`, glob: '**' }]])
    ),
    reused: ['a|b'],
    notRun: [],
    fullRun: false,
    needsReference: true,
    warnings: ['@team/admins look: <script>alert(1)</script>']
  }
  const input = baseInput({
    graph,
    plan,
    pipeline: 'P<b>@x</b>',
    changes: { files: ['<img src=x onerror=alert(1)>', 'x|y.md', '@someone.py'], complete: true },
    reference: undefined
  })

  for (const [kind, body] of [
    ['comment', renderComment(input)],
    ['summary', renderSummary(input)]
  ] as const) {
    it(`${kind}: no raw HTML from names reaches the markdown`, () => {
      const markup = outsideCode(body)
      expect(markup).not.toContain('<img')
      expect(markup).not.toContain('<script')
      expect(markup).not.toContain('<b>')
      expect(markup).not.toContain('](javascript:')
    })

    it(`${kind}: a pipe in a name does not break the table, and every name reads back whole`, () => {
      const rows = body.split('\n').filter(l => l.startsWith('| `'))
      expect(rows).toHaveLength(names.length)
      for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(4)
      expect([...tableRows(body).keys()].sort()).toEqual([...names].sort())
    })

    it(`${kind}: mentions are broken outside code`, () => {
      // The marker is an HTML comment: never rendered, so it cannot mention anyone.
      const markup = outsideCode(body.replace(/^<!--.*-->$/m, ''))
      expect(markup).not.toMatch(/@[a-z]/i)
    })
  }
})

describe('size limits', () => {
  function huge(overrides: Partial<ReportInput> = {}): ReportInput {
    const graph = chainGraph(5000, i => `step-${i}-${'x'.repeat(50)}`)
    const files = Array.from({ length: 100_000 }, (_, i) => `src/${'deep/'.repeat(20)}file-${i}.py`)
    const plan = chainPlan(graph, 2500)
    const first = plan.selected[0]!
    plan.reasons[first] = files.slice(0, 500).map(file => ({ kind: 'file' as const, file, glob: '**/*.py' }))
    return baseInput({
      graph,
      plan,
      changes: { files, complete: true },
      warnings: Array.from({ length: 1000 }, (_, i) => `warning ${i} ${'|<>'.repeat(2000)}`),
      rejected: Array.from({ length: 1000 }, (_, i) => ({
        arn: `arn:${'|'.repeat(3000)}/${i}`,
        reason: '`x`'.repeat(500)
      })),
      reference: undefined,
      ...overrides
    })
  }

  it('keeps the comment under 65,536 characters for 5,000 steps and 100,000 files', () => {
    const body = renderComment(huge())
    expect(body.length).toBeLessThan(COMMENT_MAX)
    expect(body).toMatch(/…and [\d,]+ more steps that run/)
    expect(body).toContain('Changed files: 100,000')
    expect(body).toMatch(/^### 🚀 Started: runs 2,500 of 5,000 steps/m)
  })

  it('keeps a full run of 5,000 hostile, huge names under the limit', () => {
    const graph = chainGraph(5000, i => `${i}${'<|@`'.repeat(250)}`)
    const plan = chainPlan(graph, 0)
    const body = renderComment(
      huge({ graph, plan: { ...plan, fullRun: true, fullRunReason: 'r'.repeat(100_000) } })
    )
    expect(body.length).toBeLessThan(COMMENT_MAX)
    expect(body).toContain('full run of all 5,000 steps')
  })

  it('keeps a huge pipeline name and huge URLs under the limit', () => {
    const url = `https://x.test/${'a'.repeat(200_000)}`
    const body = renderComment(huge({ pipeline: '|'.repeat(200_000), runUrl: url }))
    expect(body.length).toBeLessThan(COMMENT_MAX)
  })

  it('keeps the job summary under 1 MiB and fuller than the comment', () => {
    const input = huge()
    const summary = renderSummary(input)
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(1024 * 1024)
    expect(tableRows(summary).size).toBeGreaterThan(tableRows(renderComment(input)).size)
  })

  it('prunes the diagram of a large pipeline to the steps that run and their neighbours', () => {
    const graph = chainGraph(300)
    const body = renderComment(baseInput({ graph, plan: chainPlan(graph, 297), reference: undefined }))
    expect(body.match(/^ {2}n\d+\[/gm)).toHaveLength(4)
    expect(body).toContain('Showing 4 of 300 steps')
    // 300 steps exceed the table: the 3 that run first, then the reused step they read from.
    expect([...tableRows(body).keys()]).toEqual(['s297', 's298', 's299', 's296'])
    expect(body).toContain('…and 296 more reused steps')
  })
})

describe('plan binding line', () => {
  it('puts the hidden plan digest right under the marker of the comment, and nowhere in the summary', () => {
    const binding = {
      sha: 'a'.repeat(40),
      version: 2,
      reference: REF_ARN,
      selected: ['Abalone-Evaluate'],
      requested: [],
      parameters: '0123456789abcdef',
      inputs: 'fedcba9876543210'
    }
    const input = baseInput({ binding })
    const lines = renderComment(input).split('\n')
    expect(lines[0]).toBe(commentMarker(input.pipeline))
    expect(lines[1]).toBe(formatBinding(binding))
    expect(parseBinding(renderComment(input))).toEqual(binding)
    expect(renderSummary(input)).not.toContain('plan-digest')
    expect(renderComment(baseInput())).not.toContain('plan-digest')
  })
})
