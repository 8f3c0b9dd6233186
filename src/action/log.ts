import * as core from '@actions/core'
import { isSecretParameter, parameterEntries, redactText } from '../report/redact.js'

/**
 * The one way text reaches the job log. Anything from outside (file, branch and step names, API
 * messages, SageMaker failure reasons, parameter values) may try to speak to the runner: a line of
 * the log that starts with `::name::` (after any whitespace) is a workflow command, and so is
 * `##[name]` anywhere in a line (the runner still honours that legacy form). `::add-mask::`,
 * `::stop-commands::`, `::error title=…::` or a forged `::set-output` in a failure reason would act.
 *
 * Every message goes through `clean`: registered secrets and credential-shaped text become `***`;
 * line breaks are normalised to `\n`; other control characters (ANSI escapes, NUL, U+0085, bidi
 * overrides) become `�`; a `::` opening a line becomes `:\u200b:` (a zero-width space between the
 * colons: it reads the same, and the runner's `StartsWith("::")` no longer matches) and `##[`
 * becomes `#\u200b#[`; the message is capped. Values put into a message go through `safe` first, which
 * also flattens them to one line and caps them at 200 characters.
 */

/** Longest message written, in characters; longer ones end with `… (N characters)`. */
export const MESSAGE_MAX = 4000
/** Longest debug payload written. */
export const DEBUG_MAX = 16_000
/** Default cap of one echoed value. */
export const VALUE_MAX = 200
/** Shorter values are never registered as secrets: masking them would blot out ordinary log text. */
export const SECRET_MIN_LENGTH = 6

const ZWSP = '\u200b'
/** Line breaks the runner (and the log viewer) split on, as one. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g
/** C0 and C1 controls but tab and newline; bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
/**
 * `::` at a line start, after anything the runner's `TrimStart()` removes or a reader cannot see
 * (a wider set than .NET's whitespace, so nothing slips between them).
 */
const LEADING_COMMAND = /^([\s\u180e\u200b-\u200d\u2060\ufeff]*):(?=:)/gm
const LEGACY_COMMAND = /##\[/g

const secrets = new Set<string>()

/**
 * Registers a value that must never be printed: the runner masks it in the log from now on
 * (`core.setSecret`) and `clean`/`safe` replace it with `***` themselves, so a value cut by a cap
 * cannot leave a prefix the runner would not recognise. Values shorter than
 * `SECRET_MIN_LENGTH` are not registered (reports still show them as `***`). A multi-line value is
 * registered whole and line by line, as the runner masks line by line.
 */
export function registerSecret(value: string | undefined): void {
  if (!value) return
  const parts = [value, ...value.split(/\r\n|\r|\n/)].map(v => v.trim())
  for (const part of new Set(parts)) {
    if (part.length < SECRET_MIN_LENGTH || secrets.has(part)) continue
    secrets.add(part)
    core.setSecret(part)
  }
}

/**
 * Registers the values of parameter overrides that look like credentials (by name, e.g. `ApiToken`,
 * or by shape, e.g. `ghp_…`), so a value passed as `${{ secrets.X }}` is masked even where the runner
 * does not know it came from a secret. Returns the names registered.
 */
export function registerSecretParameters(
  parameters: ReadonlyMap<string, string> | Readonly<Record<string, string>>
): string[] {
  const names: string[] = []
  for (const [name, value] of parameterEntries(parameters)) {
    if (!isSecretParameter(name, value)) continue
    registerSecret(value)
    names.push(name)
  }
  return names
}

/** Forgets every registered secret (tests). */
export function resetSecrets(): void {
  secrets.clear()
}

/**
 * An outside value made fit to put into a log message: secrets masked, on one line (breaks shown as
 * `↵`), no control characters, no command it could start, at most `max` characters plus
 * `… (N characters)` saying how long it was. `undefined` and `null` print as such.
 */
export function safe(value: unknown, max = VALUE_MAX): string {
  const text = typeof value === 'string' ? value : String(value)
  const flat = redactText(text, secrets).replace(LINE_BREAKS, '↵').replace(CONTROLS, '\ufffd')
  return neutralise(cap(flat, max))
}

/** The whole message made fit for the log (see the module comment). Exported for the tests. */
export function clean(message: string, max = MESSAGE_MAX): string {
  const text = redactText(message, secrets).replace(LINE_BREAKS, '\n').replace(CONTROLS, '\ufffd')
  return neutralise(cap(text, max))
}

function neutralise(text: string): string {
  return text.replace(LEADING_COMMAND, `$1:${ZWSP}`).replace(LEGACY_COMMAND, `#${ZWSP}#[`)
}

/** At most `max` characters, never splitting a surrogate pair, then how long the text was. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, Math.max(0, max))
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}… (${text.length.toLocaleString('en-US')} characters)`
}

function cleanProperties(properties?: core.AnnotationProperties): core.AnnotationProperties | undefined {
  if (!properties) return undefined
  const out: core.AnnotationProperties = { ...properties }
  if (out.title !== undefined) out.title = safe(out.title)
  if (out.file !== undefined) out.file = safe(out.file, 1000)
  return out
}

const text = (message: string | Error): string => (message instanceof Error ? message.message : message)

export function info(message: string): void {
  core.info(clean(message))
}

export function debug(message: string): void {
  core.debug(clean(message, DEBUG_MAX))
}

export function notice(message: string | Error, properties?: core.AnnotationProperties): void {
  core.notice(clean(text(message)), cleanProperties(properties))
}

export function warning(message: string | Error, properties?: core.AnnotationProperties): void {
  core.warning(clean(text(message)), cleanProperties(properties))
}

export function error(message: string | Error, properties?: core.AnnotationProperties): void {
  core.error(clean(text(message)), cleanProperties(properties))
}

/** `core.setFailed` with the message cleaned: the step fails with the same words, made safe. */
export function setFailed(message: string | Error): void {
  core.setFailed(clean(text(message)))
}

/** `core.group` with its title cleaned and capped (titles carry step names). */
export function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(clean(name, VALUE_MAX), fn)
}
