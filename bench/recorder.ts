import { createHash } from 'node:crypto'
import { createServer, request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A pass-through proxy in front of the emulator or the GitHub stand-in that keeps every request
 * whole. Their own `calls()` count requests per operation, which is what the table shows; the
 * proxy adds what a count cannot: whether the action asked for the *same* thing twice. Page sizes
 * (`MaxResults`, `per_page`) are ignored, since reading a list again with another page size is still
 * reading it again; a page of a paginated list differs from the one before by its token or page
 * number, so pagination never reads as a repeat.
 */
export interface RecordedCall {
  /** `DescribePipeline`, or `GET /repos/o/r/issues/7/comments?per_page=100`. */
  label: string
  /** What distinguishes it from another call of the same operation (execution id, page token …). */
  detail: string
  /** Identical requests share a key (method, path with query, target, body). */
  key: string
}

export interface Recorder {
  url: string
  calls: RecordedCall[]
  /** Requests sent more than once, with how many times. */
  repeated(): Array<{ label: string; detail: string; times: number }>
  reset(): void
  close(): Promise<void>
}

export async function startRecorder(upstream: string): Promise<Recorder> {
  const calls: RecordedCall[] = []
  const target = new URL(upstream)
  let url = ''
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (c: Buffer) => chunks.push(c))
    incoming.on('end', () => {
      const body = Buffer.concat(chunks)
      const method = incoming.method ?? 'GET'
      const path = incoming.url ?? '/'
      const amzTarget = String(incoming.headers['x-amz-target'] ?? '')
      const label = amzTarget ? amzTarget.replace(/^SageMaker\./, '') : `${method} ${path}`
      const digest = createHash('sha256')
        .update(sameContent(body.toString('utf8')))
        .digest('hex')
        .slice(0, 16)
      const detail = amzTarget ? describeBody(body.toString('utf8')) : ''
      const query = path.replace(/([?&])per_page=\d+&?/, '$1').replace(/[?&]$/, '')
      calls.push({ label, detail, key: `${method} ${query} ${amzTarget} ${digest}` })
      const forward = request(
        {
          host: target.hostname,
          port: target.port,
          method,
          path,
          headers: { ...incoming.headers, host: target.host }
        },
        response => {
          outgoing.writeHead(response.statusCode ?? 502, rewriteLinks(response.headers, upstream, url))
          response.pipe(outgoing)
        }
      )
      forward.on('error', error => {
        outgoing.writeHead(502, { 'content-type': 'text/plain' })
        outgoing.end(`bench recorder: ${error.message}`)
      })
      forward.end(body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    calls,
    repeated: () => {
      const byKey = new Map<string, { label: string; detail: string; times: number }>()
      for (const c of calls) {
        const seen = byKey.get(c.key)
        if (seen) seen.times++
        else byKey.set(c.key, { label: c.label, detail: c.detail, times: 1 })
      }
      return [...byKey.values()].filter(r => r.times > 1)
    },
    reset: () => {
      calls.length = 0
    },
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/** Pagination links name the upstream; point them at the proxy so the next page is recorded too. */
function rewriteLinks(headers: IncomingHttpHeaders, upstream: string, proxy: string): IncomingHttpHeaders {
  const link = headers.link
  if (typeof link !== 'string') return headers
  return { ...headers, link: link.split(upstream).join(proxy) }
}

/**
 * The request's identifying fields in a line: ARNs cut to their last segment (`execution/ab12…`), long
 * values (definitions, descriptions) left out.
 */
function describeBody(text: string): string {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return text.slice(0, 80)
  }
  if (!body || typeof body !== 'object') return ''
  return Object.entries(body as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([k, v]) => {
      const value = String(v)
      const shown = value.startsWith('arn:') ? value.split(':').pop()!.split('/').slice(-2).join('/') : value
      return `${k}=${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`
    })
    .join(' ')
}

/** The body with its page size left out, keys sorted: equal for requests that ask for the same thing. */
function sameContent(text: string): string {
  try {
    const body: unknown = JSON.parse(text)
    if (!body || typeof body !== 'object' || Array.isArray(body)) return text
    const { MaxResults: _size, ...rest } = body as Record<string, unknown>
    return canonical(rest)
  } catch {
    return text
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
