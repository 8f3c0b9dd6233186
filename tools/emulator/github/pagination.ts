/**
 * List pagination as api.github.com does it: `per_page` (default 30, at most 100), `page` from 1, and
 * a `Link` header with `prev`/`next`/`last`/`first` relations that carry every other query parameter.
 */
export interface Page<T> {
  items: T[]
  link?: string
}

export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export function perPage(query: URLSearchParams): number {
  const value = Number.parseInt(query.get('per_page') ?? '', 10)
  if (!Number.isFinite(value) || value < 1) return DEFAULT_PER_PAGE
  return Math.min(value, MAX_PER_PAGE)
}

export function pageNumber(query: URLSearchParams): number {
  const value = Number.parseInt(query.get('page') ?? '', 10)
  return Number.isFinite(value) && value >= 1 ? value : 1
}

/** `selfUrl` is the absolute URL of the list without its query (it becomes the base of every link). */
export function paginate<T>(items: readonly T[], query: URLSearchParams, selfUrl: string): Page<T> {
  const size = perPage(query)
  const page = pageNumber(query)
  const last = Math.max(1, Math.ceil(items.length / size))
  const slice = items.slice((page - 1) * size, page * size)
  if (last === 1 && page === 1) return { items: slice }
  const at = (n: number): string => {
    const params = new URLSearchParams(query)
    params.set('per_page', String(size))
    params.set('page', String(n))
    return `<${selfUrl}?${params.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`)
  if (page > 1) links.push(`${at(1)}; rel="first"`)
  return { items: slice, link: links.join(', ') }
}
