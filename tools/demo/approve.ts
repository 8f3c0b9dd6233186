import { rmSync } from 'node:fs'
import { parseBinding } from '../../src/core/commands.js'
import { parseProvenance } from '../../src/core/provenance.js'
import { REPLY_MARKER } from '../../src/report/commands.js'
import { commentCommand, pushToPullRequest } from './commands.js'
import { runAction } from './runner.js'
import { createDemoWorld, DEMO_PIPELINE, DEMO_PR, DEMO_REPOSITORY, type DemoWorld } from './world.js'

const [OWNER, REPO] = DEMO_REPOSITORY.split('/') as [string, string]
const FAST = { SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE: '0.1' }

/**
 * `npm run demo -- --approve`: plan, approve, run. The plan workflow posts the plan on pull request
 * #7 (mode: plan, nothing starts); a maintainer's `/sagemaker run` starts exactly that plan; a
 * stranger's is refused; after a new push, a stale `/sagemaker run` is refused and the fresh plan is
 * posted for approval. Everything runs the bundled dist/index.js against the local emulators.
 */
export async function runApproveDemo(actionDir: string, print: (line: string) => void): Promise<number> {
  const started = Date.now()
  const world = await createDemoWorld({ actionDir, timeScale: 600, upsertPullRequest: true })
  const problems: string[] = []
  const check = (ok: boolean, what: string) => {
    print(`  ${ok ? '✓' : '✗'} ${what}`)
    if (!ok) problems.push(what)
  }
  try {
    print(`▶ ${DEMO_REPOSITORY}, pull request #${DEMO_PR}: plan, approve, run (emulators on loopback)`)
    print('')

    print('1. The plan workflow (pull_request, mode: plan, a read-only role) posts the plan')
    const plan = await runAction({
      actionDir,
      workspace: world.repo.dir,
      eventName: 'pull_request',
      event: world.pullRequestEvent,
      sha: world.repo.commits.pr,
      ref: `refs/pull/${DEMO_PR}/merge`,
      sagemakerUrl: world.emulator.url,
      githubUrl: world.github.url,
      repository: DEMO_REPOSITORY,
      inputs: { pipeline: DEMO_PIPELINE, mode: 'plan' },
      env: FAST
    })
    const posted = parseBinding(sticky(world))
    print(`  status ${plan.outputs.status}: would run ${list(plan.outputs['selected-steps'])}`)
    print(
      `  reusing ${list(plan.outputs['reused-steps'])} from ${id(plan.outputs['reference-execution-arn'])}`
    )
    print(
      `  hidden digest: head ${short(posted?.sha)}, pipeline version ${posted?.version ?? '?'}, reference ${id(posted?.reference)}`
    )
    check(
      starts(world) === 0 && posted !== undefined,
      'nothing started; the sticky comment carries the plan digest'
    )
    print('')

    print('2. maintainer-mia comments "/sagemaker run"')
    const run = await commentCommand(world, actionDir, '/sagemaker run', 'maintainer-mia', {}, FAST)
    const arn = run.outputs['execution-arn'] ?? ''
    print(`  status ${run.outputs.status}: ${id(arn)} runs ${list(run.outputs['selected-steps'])}`)
    print(`  reactions on the comment: ${reactions(world, run.comment.id)}`)
    const provenance = parseProvenance(arn ? await executionDescription(world, arn) : undefined)
    print(
      `  provenance: sha ${short(provenance?.sha)}, approvedBy ${provenance?.approvedBy ?? '?'}, approval …${(provenance?.approval ?? '').slice(-28)}`
    )
    check(
      starts(world) === 1 &&
        run.outputs['selected-steps'] === plan.outputs['selected-steps'] &&
        run.outputs['reference-execution-arn'] === plan.outputs['reference-execution-arn'],
      'started exactly the posted plan (same steps, same reference run)'
    )
    print('')

    print('3. mallory (no collaborator) comments "/sagemaker run"')
    const stranger = await commentCommand(world, actionDir, '/sagemaker run', 'mallory', {}, FAST)
    print(`  status ${stranger.outputs.status}; reactions: ${reactions(world, stranger.comment.id)}`)
    for (const line of lastReply(world)) print(`  reply │ ${line}`)
    check(starts(world) === 1, 'refused: nothing started')
    print('')

    print('4. A new push to the pull request, then maintainer-mia comments "/sagemaker run" again')
    const pushed = pushToPullRequest(world, 'Evaluate: also report MAE', {
      'pipelines/abalone/evaluate.py': '"""Evaluate the model: MSE, RMSE and MAE."""\nprint("mae")\n'
    })
    print(`  pushed ${short(pushed)} to improve-evaluation`)
    const stale = await commentCommand(world, actionDir, '/sagemaker run', 'maintainer-mia', {}, FAST)
    print(`  status ${stale.outputs.status}; reactions: ${reactions(world, stale.comment.id)}`)
    for (const line of lastReply(world)) print(`  reply │ ${line}`)
    const fresh = parseBinding(sticky(world))
    print(
      `  the sticky comment now shows the plan for ${short(fresh?.sha)}: ${list(stale.outputs['selected-steps'])}`
    )
    check(
      starts(world) === 1 && fresh?.sha === pushed,
      'stale approval refused; the fresh plan is posted for approval'
    )
    print('')

    const gh = world.github.calls()
    print(
      `  executions started: ${starts(world)} · GitHub API calls: ${Object.values(gh).reduce((a, b) => a + b, 0)} · wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
    print(problems.length === 0 ? '✓ done' : `✗ ${problems.length} check(s) failed`)
    return problems.length === 0 ? 0 : 1
  } finally {
    await world.close()
    rmSync(world.repo.dir, { recursive: true, force: true })
  }
}

/** DescribePipelineExecution on the emulator's wire protocol: the execution's description (its provenance). */
async function executionDescription(world: DemoWorld, arn: string): Promise<string | undefined> {
  const response = await fetch(world.emulator.url, {
    method: 'POST',
    headers: {
      'x-amz-target': 'SageMaker.DescribePipelineExecution',
      'content-type': 'application/x-amz-json-1.1'
    },
    body: JSON.stringify({ PipelineExecutionArn: arn })
  })
  if (!response.ok) return undefined
  return ((await response.json()) as { PipelineExecutionDescription?: string }).PipelineExecutionDescription
}

function starts(world: DemoWorld): number {
  return world.emulator.calls().StartPipelineExecution ?? 0
}

function sticky(world: DemoWorld): string | undefined {
  return world.github
    .comments(OWNER, REPO, DEMO_PR)
    .find(c => c.body.startsWith('<!-- sagemaker-selective-execution pipeline='))?.body
}

function lastReply(world: DemoWorld): string[] {
  const replies = world.github.comments(OWNER, REPO, DEMO_PR).filter(c => c.body.startsWith(REPLY_MARKER))
  const body = replies[replies.length - 1]?.body ?? '(no reply)'
  return body
    .replace(REPLY_MARKER, '')
    .replace(/\u200d/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .split('\n')
    .filter(l => l.trim() !== '')
}

function reactions(world: DemoWorld, commentId: number): string {
  const emoji: Record<string, string> = { eyes: '👀', rocket: '🚀', '-1': '👎' }
  const got = world.github.reactions(OWNER, REPO, commentId).map(r => emoji[r.content] ?? r.content)
  return got.length > 0 ? got.join(' ') : '(none)'
}

function list(json: string | undefined): string {
  try {
    const names = JSON.parse(json ?? '[]') as string[]
    return names.length === 0 ? '(none)' : names.join(', ')
  } catch {
    return json ?? ''
  }
}

const id = (arn: string | undefined): string => (arn ? (arn.split('/').pop() ?? arn) : '(none)')
const short = (sha: string | undefined): string => (sha ? sha.slice(0, 7) : '?')
