import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIo } from './context.js'

export const DEMO_HELP = `Usage: demo

Runs the action end to end on the embedded SageMaker emulator and a local GitHub API stand-in: a pull
request on the Abalone example changes evaluate.py; the bundled dist/index.js plans, starts and waits
for the selective execution and posts its sticky comment, which is printed here.
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
  const { runDemo } = await import('../demo/demo.js')
  return runDemo(actionRoot(), line => io.stdout(`${line}\n`))
}
