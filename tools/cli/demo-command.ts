import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIo } from './context.js'

export const DEMO_HELP = `Usage: demo [--approve]

Runs the action end to end on the embedded SageMaker emulator and a local GitHub API stand-in: a pull
request on the Abalone example changes evaluate.py; the bundled dist/index.js plans, starts and waits
for the selective execution and posts its sticky comment, which is printed here.

  --approve   the second act instead: plan, approve, run. The plan is posted on the pull request
              (mode: plan); a maintainer's "/sagemaker run" comment starts exactly that plan; a
              non-collaborator's is refused; after a new push a stale "/sagemaker run" is refused and
              the fresh plan is posted for approval.
`

/** The action's root: the CLI bundle lives in dist/cli/, the sources in tools/cli/. */
export function actionRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..')
}

export async function demoCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(DEMO_HELP)
    return 0
  }
  const print = (line: string) => io.stdout(`${line}\n`)
  if (argv.includes('--approve')) {
    const { runApproveDemo } = await import('../demo/approve.js')
    return runApproveDemo(actionRoot(), print)
  }
  const { runDemo } = await import('../demo/demo.js')
  return runDemo(actionRoot(), print)
}
