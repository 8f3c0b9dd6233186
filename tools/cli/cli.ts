import { didYouMean, UserError } from '../../src/errors.js'
import { checkCommand } from './check-command.js'
import { type CliIo, messageOf, UsageError } from './context.js'
import { demoCommand } from './demo-command.js'
import { emulatorCommand } from './emulator-command.js'
import { graphCommand } from './graph-command.js'
import { initCommand } from './init-command.js'
import { planCommand } from './plan-command.js'

export type { CliIo } from './context.js'

export const USAGE = `Usage: sagemaker-selective-execution <command> [options]

The action's planning engine on the command line: no GitHub, no AWS account needed.

Commands:
  graph     steps and edges of a pipeline definition
  plan      the steps a change would run, and why (offline)
  init      write a starter mapping file for a definition, with globs guessed from its code locations
  check     check a mapping file against the definition and the repository's files
  emulator  start the local SageMaker Pipelines emulator
  demo      the action end to end on the emulator (what \`npm run demo\` runs)

Run a command with --help for its options.
`

const COMMANDS: Record<string, (argv: string[], io: CliIo) => number | Promise<number>> = {
  graph: graphCommand,
  plan: planCommand,
  init: initCommand,
  check: checkCommand,
  emulator: emulatorCommand,
  demo: demoCommand
}

/**
 * Runs one command and returns the exit code: 0 on success, 1 when what the user pointed at is wrong
 * (missing file, bad JSON, unknown pipeline or step), 2 when the command line itself is. Never throws,
 * so tests call it in-process and `index.ts` only sets the exit code.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined) throw new UsageError(`no command given\n\n${USAGE}`)
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE)
      return 0
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
    if (!run) {
      throw new UsageError(
        `unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}; the commands are ${Object.keys(COMMANDS).join(', ')}`
      )
    }
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`)
      return 2
    }
    io.stderr(
      error instanceof UserError ? `error: ${error.message}\n` : `internal error: ${messageOf(error)}\n`
    )
    return 1
  }
}
