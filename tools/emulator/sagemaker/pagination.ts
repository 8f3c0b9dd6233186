/**
 * Opaque `NextToken` paging for every List* operation. The token records the sort key of the last
 * item returned (not an offset), so runs started while a client pages through a long history neither
 * repeat nor hide items, and it is bound to the query it came from.
 */
import { digest } from './metadata.js'
import { validationError } from './protocol.js'

export type SortKey = Array<string | number>

/** Page size when MaxResults is not given ([U]: the API reference documents no default; 10 makes clients page). */
export const DEFAULT_PAGE_SIZE = 10

export interface Page<T> {
  items: T[]
  nextToken?: string
}

/**
 * @param sorted the items already in the order the client asked for
 * @param keyOf a unique key that orders the items in that order (compared element by element)
 * @param query the request members that select and order the items (not NextToken / MaxResults)
 */
export function paginate<T>(
  sorted: T[],
  keyOf: (item: T) => SortKey,
  descending: boolean,
  request: { NextToken?: string; MaxResults?: number },
  query: unknown
): Page<T> {
  const fingerprint = digest(JSON.stringify(query ?? null), 12)
  let start = 0
  if (request.NextToken !== undefined && request.NextToken !== '') {
    const after = decode(request.NextToken, fingerprint)
    const direction = descending ? -1 : 1
    // The first item strictly after the cursor, by binary search (the items are in key order).
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareKeys(keyOf(sorted[mid]!), after) * direction > 0) hi = mid
      else lo = mid + 1
    }
    start = lo
  }
  const size = request.MaxResults ?? DEFAULT_PAGE_SIZE
  const items = sorted.slice(start, start + size)
  const page: Page<T> = { items }
  if (start + size < sorted.length && items.length > 0)
    page.nextToken = encode(keyOf(items[items.length - 1]!), fingerprint)
  return page
}

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return 0
}

function encode(key: SortKey, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ v: 1, q: fingerprint, k: key })).toString('base64url')
}

function decode(token: string, fingerprint: string): SortKey {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    throw validationError(`Invalid NextToken: '${token.slice(0, 64)}'`)
  }
  const t = parsed as { v?: unknown; q?: unknown; k?: unknown }
  if (typeof t !== 'object' || t === null || t.v !== 1 || !Array.isArray(t.k)) {
    throw validationError(`Invalid NextToken: '${token.slice(0, 64)}'`)
  }
  if (t.q !== fingerprint)
    throw validationError('Invalid NextToken: the token was issued for a different request.')
  return t.k as SortKey
}
