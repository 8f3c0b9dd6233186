import { rmSync } from 'node:fs'
import { DEMO_PIPELINE, DEMO_PR, DEMO_REPOSITORY, createDemoWorld } from './world.js'
import { runAction } from './runner.js'

/**
 * `npm run demo`: the main job end to end on the embedded emulator. A pull request changes
 * evaluate.py; the bundled action (dist/index.js, run as the GitHub runner runs it) plans, picks the
 * reference run, starts the selective execution, waits for it and updates its sticky comment.
 */
export async function runDemo(actionDir: string, print: (line: string) => void): Promise<number> {
  const started = Date.now()
  const world = await createDemoWorld({ actionDir, timeScale: 600, upsertPullRequest: true })
  try {
    print(
      `▶ SageMaker Pipelines emulator on ${world.emulator.url}, GitHub API stand-in on ${world.github.url}`
    )
    print(`▶ ${DEMO_REPOSITORY}: pipeline ${DEMO_PIPELINE} (7 steps) with ${world.history.length} past runs:`)
    print('    3 days ago  Succeeded  full run of the first commit')
    print('    1 day ago   Succeeded  full run of main')
    print('    5 h ago     Failed     main, at Abalone-Train (capacity error)')
    print(`▶ Pull request #${DEMO_PR} changes pipelines/abalone/evaluate.py and README.md; its workflow`)
    print('  upserted the pipeline first, so Abalone-Evaluate now reads its code from a new S3 path')
    print('▶ Running dist/index.js as the GitHub runner would (mode: wait) …')
    print('')

    const result = await runAction({
      actionDir,
      workspace: world.repo.dir,
      eventName: 'pull_request',
      event: world.pullRequestEvent,
      sha: world.repo.commits.pr,
      ref: `refs/pull/${DEMO_PR}/merge`,
      sagemakerUrl: world.emulator.url,
      githubUrl: world.github.url,
      repository: DEMO_REPOSITORY,
      inputs: { pipeline: DEMO_PIPELINE, mode: 'wait' },
      env: { SAGEMAKER_SELECTIVE_EXECUTION_POLL_SCALE: '0.1' }
    })
    const log = result.stdout
      .split('\n')
      .filter(l => !l.startsWith('::') || l.startsWith('::warning') || l.startsWith('::error'))
      .filter(l => l.trim() !== '')
    print('─── action log ───')
    for (const line of log) print(`  ${line}`)
    print('')

    const [owner, repo] = DEMO_REPOSITORY.split('/') as [string, string]
    const comments = world.github.comments(owner, repo, DEMO_PR)
    const ours = comments.filter(c => c.body.startsWith('<!-- sagemaker-selective-execution'))
    print(`─── the sticky comment on pull request #${DEMO_PR} (${ours.length} comment, edited in place) ───`)
    for (const c of ours) print(readable(c.body))
    print('')
    print('─── step outputs ───')
    for (const key of [
      'status',
      'execution-arn',
      'reference-execution-arn',
      'selected-steps',
      'reused-steps',
      'changed-files'
    ]) {
      print(`  ${key}: ${result.outputs[key] ?? ''}`)
    }
    const calls = world.emulator.calls()
    const total = Object.values(calls).reduce((a, b) => a + b, 0)
    print(
      `  SageMaker API calls: ${total} (${Object.entries(calls)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`
    )
    const gh = world.github.calls()
    print(
      `  GitHub API calls: ${Object.values(gh).reduce((a, b) => a + b, 0)} (${Object.entries(gh)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`
    )
    print(`  wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    if (result.exitCode !== 0)
      print(`✗ the action failed (exit ${result.exitCode}): ${result.errors.join('; ')}`)
    else print('✓ done')
    return result.exitCode
  } finally {
    await world.close()
    rmSync(world.repo.dir, { recursive: true, force: true })
  }
}

/** The comment as a terminal shows it best: the markdown with its HTML code tags turned into backticks. */
function readable(markdown: string): string {
  return markdown
    .replace(/<!--.*?-->\n?/g, '')
    .replace(/<\/?code>/g, '`')
    .replace(/<\/?sub>/g, '')
    .replace(/<br>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map(l => `  ${l}`)
    .join('\n')
}
