/**
 * "Did you mean …?" for names the emulator does not know (steps, parameters). The emulator's own
 * copy: it grades the action, so it shares none of the action's helpers beyond the parser.
 */

/** ` (did you mean "X"?)` for the closest known name (case-insensitive edit distance), or `''` when none is close. */
export function suggestion(value: string, known: Iterable<string>): string {
  const lower = value.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = levenshtein(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3))
  return best !== undefined && bestDistance <= tolerance ? ` (did you mean "${best}"?)` : ''
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution))
    }
    previous = current
  }
  return previous[b.length]!
}
