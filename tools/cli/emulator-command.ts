import { parseArgs } from 'node:util'
import type { SeedDocument } from '../emulator/sagemaker/server.js'
import { UserError } from '../../src/errors.js'
import { type CliIo, messageOf, parseOrUsage, readJson, UsageError } from './context.js'

export const EMULATOR_HELP = `Usage: emulator [--port N] [--seed FILE] [--time-scale N]

Starts the local SageMaker Pipelines emulator on 127.0.0.1 (the real wire protocol, executions in
simulated time) and prints the line that points the AWS SDK and CLI at it. Runs until Ctrl+C.

Options:
  --port N          port to listen on (default: a free one)
  --seed FILE       JSON seed document: pipelines, their definitions and past executions
  --time-scale N    simulated seconds per real second (default 60)
  -h, --help        show this help
`

export async function emulatorCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOrUsage('emulator', ['port', 'seed', 'time-scale', 'help'], () =>
    parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        'time-scale': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  )
  if (values.help) {
    io.stdout(EMULATOR_HELP)
    return 0
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`emulator: --port ${values.port} is not a port number (0-65535)`)
  }
  const timeScale = values['time-scale'] === undefined ? undefined : Number(values['time-scale'])
  if (timeScale !== undefined && !(timeScale > 0 && Number.isFinite(timeScale))) {
    throw new UsageError(`emulator: --time-scale ${values['time-scale']} must be a positive number`)
  }
  const seed = values.seed === undefined ? undefined : readJson(io, '--seed', values.seed)
  if (
    seed !== undefined &&
    (typeof seed !== 'object' || seed === null || !Array.isArray((seed as SeedDocument).pipelines))
  ) {
    throw new UserError(`--seed ${values.seed}: expected {"pipelines": [...]}`)
  }

  // Loaded only here: graph and plan must not pay for the emulator.
  const { startEmulator } = await import('../emulator/sagemaker/server.js')
  let emulator
  try {
    emulator = await startEmulator({ port, seed: seed as SeedDocument | undefined, timeScale })
  } catch (error) {
    throw new UserError(`emulator: could not start (${messageOf(error)})`)
  }
  io.stdout(`SageMaker Pipelines emulator listening on ${emulator.url} (Ctrl+C to stop)\n`)
  io.stdout(`export AWS_ENDPOINT_URL_SAGEMAKER=${emulator.url}\n`)
  await (io.untilStopped ?? untilSignal)()
  await emulator.close()
  return 0
}

function untilSignal(): Promise<void> {
  return new Promise(resolve => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
