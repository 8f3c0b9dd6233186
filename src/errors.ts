/**
 * One way to turn anything thrown into text. A thrown string or object must still fail the step with
 * a readable message, never pass silently or print "[object Object]".
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}

/** A value quoted for an error message: JSON-escaped, at most `max` characters, then how long it was. */
export function quote(value: string, max = 200): string {
  const text = JSON.stringify(value)
  return text.length <= max
    ? text
    : `${text.slice(0, max)}…" (${value.length.toLocaleString('en-US')} characters)`
}

/**
 * A problem with what the user gave us (an input, the mapping file, a definition). The message names
 * the offending value and what would be accepted; the action fails before anything is started.
 */
export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'UserError'
  }
}

/** Levenshtein-based "did you mean" over a list of known names; empty string when nothing is close. */
export function didYouMean(value: string, known: Iterable<string>): string {
  let best = ''
  let bestDistance = Infinity
  const lower = value.toLowerCase()
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase())
    if (d < bestDistance) {
      bestDistance = d
      best = candidate
    }
  }
  const limit = Math.max(2, Math.floor(value.length / 3))
  return best && bestDistance <= limit ? ` (did you mean "${best}"?)` : ''
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}
