import type { Reason } from '../core/types.js'

/**
 * What stands in for a value that must not be shown: the runner's own mask, so a reader recognises it.
 */
export const MASK = '***'

/**
 * Words in a parameter name that say its value is a credential. Substrings for the unambiguous ones;
 * whole name parts (camelCase, snake_case, kebab-case) for the short ones, so `Author` or `MonkeyCount`
 * stay visible while `ApiKey`, `auth_header` and `db-pwd` are hidden.
 */
const SECRET_NAME_PART = /secret|passw(?:or)?d|token|credential|private/i
const SECRET_NAME_WORDS = new Set(['key', 'apikey', 'auth', 'pwd', 'pass', 'passphrase', 'signature'])

/** Credential shapes worth hiding wherever they appear in a text. */
const TOKEN_SHAPES: readonly RegExp[] = [
  // No leading word boundary: a token glued to other text (`xghp_…`, `KEY=ghp_…`) is still one.
  /gh[pousr]_[A-Za-z0-9]{16,}/g, // GitHub tokens: personal, OAuth, user-to-server, server-to-server, refresh
  /github_pat_[A-Za-z0-9_]{20,}/g, // fine-grained personal access token
  /(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g, // AWS access key ids (long-term, temporary)
  /-----BEGIN [A-Z0-9 ]{0,40}-----[\s\S]*?(?:-----END [A-Z0-9 ]{0,40}-----|$)/g, // PEM blocks, to their end
  /xox[abposr]-[A-Za-z0-9-]{10,}/g, // Slack tokens
  /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g // JSON Web Tokens
]

/** A value this long, of token characters only, mixing letters and digits, with this much entropy. */
const HIGH_ENTROPY_MIN_LENGTH = 32
const HIGH_ENTROPY_BITS = 4.2
const TOKEN_CHARACTERS = /^[A-Za-z0-9+/=_-]+$/

/** Whether a parameter's name says it carries a credential (`GitHubToken`, `db_password`, `ApiKey`). */
export function looksSecretName(name: string): boolean {
  if (SECRET_NAME_PART.test(name)) return true
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
  return words.some(word => SECRET_NAME_WORDS.has(word))
}

/**
 * Whether a value looks like a credential whatever its name: a known token shape (`ghp_…`,
 * `github_pat_…`, `AKIA…`, a PEM block, a JWT) or a long random-looking string. Hex digests and
 * UUIDs stay below the entropy bar; base64 and base62 keys of 32 characters and more do not.
 */
export function looksSecretValue(value: string | undefined): boolean {
  if (value === undefined) return false
  const v = value.trim()
  if (TOKEN_SHAPES.some(shape => new RegExp(shape.source).test(v))) return true
  return (
    v.length >= HIGH_ENTROPY_MIN_LENGTH &&
    TOKEN_CHARACTERS.test(v) &&
    /[A-Za-z]/.test(v) &&
    /\d/.test(v) &&
    entropy(v) >= HIGH_ENTROPY_BITS
  )
}

/** A parameter whose values are shown as `***`: its name or one of its values says credential. */
export function isSecretParameter(name: string, ...values: Array<string | undefined>): boolean {
  return looksSecretName(name) || values.some(looksSecretValue)
}

/**
 * The text with every credential-shaped substring, and every one of `secrets`, replaced by `***`.
 * Longer secrets first, so a secret that contains another is hidden whole.
 */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let out = text
  const known = [...secrets].filter(s => s.length > 0).sort((a, b) => b.length - a.length)
  for (const secret of known) out = out.split(secret).join(MASK)
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, MASK)
  return out
}

/** A reason fit to show: a secret-looking parameter's values become `***`. */
export function redactReason(reason: Reason): Reason {
  if (reason.kind !== 'parameter' || !isSecretParameter(reason.name, reason.from, reason.to)) return reason
  const masked: Reason = { ...reason }
  if (masked.from !== undefined) masked.from = MASK
  if (masked.to !== undefined) masked.to = MASK
  return masked
}

/** Every step's reasons, redacted; the same object when nothing needed hiding. */
export function redactReasons(reasons: Readonly<Record<string, Reason[]>>): Record<string, Reason[]> {
  const out: Record<string, Reason[]> = {}
  for (const [step, list] of Object.entries(reasons)) out[step] = list.map(redactReason)
  return out
}

/** A parameter map fit to show or log: secret-looking values become `***`. */
export function redactParameters(
  parameters: ReadonlyMap<string, string> | Readonly<Record<string, string>>
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of parameterEntries(parameters)) {
    out[name] = isSecretParameter(name, value) ? MASK : value
  }
  return out
}

/** The name-value pairs of parameters given as a Map (what the start sends) or a plain object. */
export function parameterEntries(
  parameters: ReadonlyMap<string, string> | Readonly<Record<string, string>>
): Array<[string, string]> {
  return isMap(parameters) ? [...parameters.entries()] : Object.entries(parameters)
}

function isMap(value: unknown): value is ReadonlyMap<string, string> {
  return value instanceof Map
}

/** Shannon entropy of the value's characters, in bits per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>()
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}
