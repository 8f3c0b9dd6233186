import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import {
  clean,
  debug,
  error,
  group,
  info,
  MESSAGE_MAX,
  notice,
  registerSecret,
  registerSecretParameters,
  resetSecrets,
  safe,
  setFailed,
  warning
} from '../../../src/action/log.js'

/** The commands the runner registers (ActionCommandManager), `stop-commands` included. */
const RUNNER_COMMANDS = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands'
])
/** What .NET's `string.TrimStart()` removes (Char.IsWhiteSpace). */
const DOTNET_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/

/**
 * The runner's reading of one log line (actions/runner ActionCommand.TryParseV2, then the legacy
 * TryParse): `::name …::` after TrimStart, or `##[name …]` anywhere in the line.
 */
function runnerCommand(line: string): string | undefined {
  const trimmed = line.replace(DOTNET_WHITESPACE, '')
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end >= 0) {
      const name = trimmed.slice(2, end).split(' ')[0]!
      if (RUNNER_COMMANDS.has(name)) return name
    }
  }
  const prefix = line.indexOf('##[')
  if (prefix >= 0) {
    const bracket = line.indexOf(']', prefix)
    if (bracket >= 0) {
      const name = line.slice(prefix + 3, bracket).split(' ')[0]!
      if (RUNNER_COMMANDS.has(name)) return name
    }
  }
  return undefined
}

/** The lines the runner reads (it splits on CR, LF and CRLF) and the command each one issues. */
function commands(output: string): Array<string | undefined> {
  return output
    .split(/\r\n|\r|\n/)
    .filter(line => line.length > 0)
    .map(runnerCommand)
}

let written = ''
beforeEach(() => {
  written = ''
  resetSecrets()
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
})

/** Forged commands a failure reason, a file name or a branch name could carry. */
const FORGED = [
  '::error::forged',
  '::error title=Deploy failed,file=app.py::forged',
  '::add-mask::hide-the-real-failure',
  '::stop-commands::pwned',
  '::set-output name=execution-arn::arn:aws:sagemaker:us-east-1:000000000000:pipeline/x/execution/evil',
  '::warning::forged',
  '::notice::forged',
  '::group::forged',
  '::save-state name=x::y',
  '::add-path::/tmp/evil',
  '::set-env name=NODE_OPTIONS::--require /tmp/evil.js',
  '##[error]legacy forged',
  '##[add-mask]legacy',
  '##[set-output name=status;]Succeeded'
]
const BREAKS = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\n  \t',
  '\n\u00a0',
  '\n\u3000',
  '\n\ufeff'
]

describe('info: a forged command in outside text never reaches the runner as a command', () => {
  for (const forged of FORGED) {
    for (const lineBreak of BREAKS) {
      it(`${JSON.stringify(forged.slice(0, 24))} after ${JSON.stringify(lineBreak)}`, () => {
        const reason = `ClientError: bad input${lineBreak}${forged}`
        info(`  Abalone-Train: Failed (${reason})`)
        info(reason)
        info(`${forged}${lineBreak}${forged}`)
        expect(commands(written)).toEqual(commands(written).map(() => undefined))
      })
    }
  }

  it('neutralises a command opening the message itself, after leading whitespace too', () => {
    info('::error::x')
    info('   ::add-mask::x')
    info('\t::stop-commands::tok')
    expect(commands(written)).toEqual([undefined, undefined, undefined])
    // The reader still sees the same characters: only a zero-width space sits between the colons.
    expect(written.replace(/\u200b/g, '')).toBe(`::error::x\n   ::add-mask::x\n\t::stop-commands::tok\n`)
  })

  it('neutralises the legacy ##[command] form anywhere in a line', () => {
    info('step name ##[set-output name=status;]Succeeded')
    expect(commands(written)).toEqual([undefined])
    expect(written.replace(/\u200b/g, '')).toContain('##[set-output name=status;]Succeeded')
  })

  it('keeps a :: that does not open a line (ARNs, times) untouched', () => {
    info('role arn:aws:iam::123456789012:role/x at 10:00::00')
    expect(written).toBe('role arn:aws:iam::123456789012:role/x at 10:00::00\n')
  })

  it('keeps %0A as text: the runner decodes it only inside a command, never into a new line', () => {
    info('%0A::error::encoded')
    warning('reason%0A::error::encoded%0D%0A::add-mask::x')
    const lines = written.split('\n').filter(Boolean)
    expect(lines).toHaveLength(2)
    expect(commands(written)).toEqual([undefined, 'warning'])
    // @actions/core escapes the percent sign, so the runner shows "%0A" instead of breaking the line.
    expect(lines[1]).toBe('::warning::reason%250A::error::encoded%250D%250A::add-mask::x')
  })

  it('holds for any text made of command fragments (property)', () => {
    const fragment = fc.constantFrom(
      ':',
      '::',
      '#',
      '##[',
      ']',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u2028',
      '\u0085',
      '\u00a0',
      '\ufeff',
      'error',
      'add-mask',
      'stop-commands',
      'set-output name=x',
      '%0A',
      'x'
    )
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), parts => {
        written = ''
        const value = parts.join('')
        info(value)
        info(`prefix ${safe(value)} suffix`)
        warning(value)
        error(value, { title: value })
        debug(value)
        expect(commands(written)).toEqual(
          commands(written).map((_, i, all) =>
            i === all.length - 3
              ? 'warning'
              : i === all.length - 2
                ? 'error'
                : i === all.length - 1
                  ? 'debug'
                  : undefined
          )
        )
      })
    )
  })
})

describe('warning, error, notice, debug, setFailed, group', () => {
  it('issue exactly their own command, one line each, whatever the message carries', () => {
    const reason = 'bad\n::add-mask::x\r::stop-commands::tok\r\n##[error]y'
    warning(reason)
    error(reason, { title: `t\n::error::x`, file: 'a.py' })
    notice(reason)
    debug(reason)
    setFailed(new Error(reason))
    expect(commands(written)).toEqual(['warning', 'error', 'notice', 'debug', 'error'])
    expect(process.exitCode).toBe(1)
  })

  it('group titles are cleaned and capped', async () => {
    await group(`Coverage target: ${'x'.repeat(500)}\n::error::x`, async () => undefined)
    expect(commands(written)).toEqual(['group', 'endgroup'])
    expect(written.split('\n')[0]!.length).toBeLessThan(260)
  })
})

describe('safe', () => {
  it('caps a value at 200 characters and says how long it was', () => {
    const out = safe('r'.repeat(5000))
    expect(out).toBe(`${'r'.repeat(200)}… (5,000 characters)`)
    expect(safe('short')).toBe('short')
    expect(safe('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}… (50 characters)`)
  })

  it('never splits a surrogate pair at the cap', () => {
    const out = safe(`${'a'.repeat(199)}😀😀`)
    expect(out.startsWith(`${'a'.repeat(199)}…`)).toBe(true)
  })

  it('flattens line breaks, replaces control characters and bidi overrides, keeps tabs', () => {
    expect(safe('a\nb\r\nc\rd')).toBe('a↵b↵c↵d')
    expect(safe('red\u001b[31m\u0000x\u202ey')).toBe('red\ufffd[31m\ufffdx\ufffdy')
    expect(safe('a\tb')).toBe('a\tb')
  })

  it('neutralises a command at its start and the legacy form inside', () => {
    expect(safe('::error::x')).toBe(':\u200b:error::x')
    expect(safe('a ##[error]b')).toBe('a #\u200b#[error]b')
  })

  it('prints non-strings readably', () => {
    expect(safe(undefined)).toBe('undefined')
    expect(safe(42)).toBe('42')
  })
})

describe('secrets', () => {
  it('registerSecret masks the value with the runner and replaces it itself, even where a cap would cut it', () => {
    const secret = 'hunter2-correct-horse-battery-staple'
    registerSecret(secret)
    expect(written).toBe(`::add-mask::${secret}\n`)
    written = ''
    info(`password is ${secret}`)
    expect(written).toBe('password is ***\n')
    // Cut at 20 characters, the value would leave a prefix the runner does not recognise as the secret.
    expect(safe(`${secret}${secret}`, 20)).toBe('******')
    expect(safe(`x${secret}`, 5)).toBe('x***')
  })

  it('registers a multi-line value whole and line by line, and ignores short or empty values', () => {
    registerSecret('line-one-secret\nline-two-secret')
    registerSecret('abc')
    registerSecret('')
    registerSecret(undefined)
    expect(written.split('\n').filter(Boolean)).toEqual([
      '::add-mask::line-one-secret%0Aline-two-secret',
      '::add-mask::line-one-secret',
      '::add-mask::line-two-secret'
    ])
  })

  it('registers each secret once', () => {
    registerSecret('same-secret-value')
    registerSecret('same-secret-value')
    expect(written.split('\n').filter(Boolean)).toHaveLength(1)
  })

  it('registerSecretParameters registers the overrides whose name or value says credential', () => {
    const names = registerSecretParameters({
      ApiToken: 'plain-looking-value',
      Endpoint: 'https://example.com/x',
      Anything: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      Author: 'octocat-the-author',
      Threshold: '0.5'
    })
    expect(names).toEqual(['ApiToken', 'Anything'])
    expect(written).toContain('::add-mask::plain-looking-value')
    expect(written).not.toContain('octocat-the-author')
  })

  it('never prints a credential-shaped value, registered or not', () => {
    info('pushed with ghp_abcdefghijklmnopqrstuvwxyz0123456789 and AKIAABCDEFGHIJKLMNOP')
    warning('-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----')
    expect(written).toBe('pushed with *** and ***\n::warning::***\n')
  })
})

describe('clean', () => {
  it('caps a whole message', () => {
    const out = clean('y'.repeat(MESSAGE_MAX + 10))
    expect(out).toBe(`${'y'.repeat(MESSAGE_MAX)}… (${(MESSAGE_MAX + 10).toLocaleString('en-US')} characters)`)
  })

  it('keeps the message’s own line breaks but makes every line safe', () => {
    expect(clean('one\r\n::error::two\rthree')).toBe('one\n:\u200b:error::two\nthree')
  })
})

describe('registerSecretParameters with a Map', () => {
  it('reads the parameters StartPipelineExecution gets', () => {
    expect(
      registerSecretParameters(
        new Map([
          ['DbPassword', 'correct-horse'],
          ['Depth', '6']
        ])
      )
    ).toEqual(['DbPassword'])
    expect(written).toBe('::add-mask::correct-horse\n')
  })
})
