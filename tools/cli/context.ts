import { didYouMean, UserError } from '../../src/errors.js'

/** What a command may touch of the outside world; tests pass their own to run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Reads a file as UTF-8 text; `-` means standard input. */
  readFile: (path: string) => string
  /** Resolves when a long-running command (the emulator) should stop; default: SIGINT or SIGTERM. */
  untilStopped?: () => Promise<void>
}

/** The command line itself is wrong (exit 2), as opposed to what it points at (UserError, exit 1). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/**
 * Runs node:util `parseArgs` and turns its errors into usage errors in our words, with did-you-mean
 * for mistyped options.
 */
export function parseOrUsage<T>(command: string, options: string[], parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    const message = messageOf(error)
    const unknown = /^Unknown option '([^']+)'/.exec(message)
    if (unknown) {
      const hint = didYouMean(
        unknown[1]!,
        options.map(o => `--${o}`)
      )
      throw new UsageError(`${command}: unknown option ${unknown[1]}${hint}; see ${command} --help`)
    }
    const first = message.split('. ')[0]!
    throw new UsageError(
      `${command}: ${first.charAt(0).toLowerCase()}${first.slice(1)}; see ${command} --help`
    )
  }
}

/** Reads the file an option names; a missing or unreadable file is the user's input problem. */
export function readInput(io: CliIo, option: string, path: string): string {
  try {
    return io.readFile(path)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const why = code === 'ENOENT' ? 'no such file' : messageOf(error)
    throw new UserError(`${option} ${path}: cannot read the file (${why})`)
  }
}

export function readJson(io: CliIo, option: string, path: string): unknown {
  const text = readInput(io, option, path)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UserError(`${option} ${path}: invalid JSON (${messageOf(error)})`)
  }
}

export function requireOption(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw new UsageError(`${command}: --${name} FILE is required; see ${command} --help`)
  return value
}

/** Node's own errors (fs, parseArgs) may come from another realm under a test runner: no `instanceof`. */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}
