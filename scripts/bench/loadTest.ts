import http from 'node:http'

/**
 * A small load generator (open or closed loop). It shares the machine's cores with the server, so it is
 * kept lean, like autocannon: `node:http` with keep-alive connections (about 1 ms of CPU per request here;
 * `fetch` took 2.8 ms, time taken from the server) and no `Accept-Encoding`, so answers are not gzipped.
 */

export interface LoadRequest {
  method: 'GET' | 'POST'
  path: string
  body?: unknown
  headers?: Record<string, string>
}

export interface LoadResult {
  name: string
  requests: number
  failures: number
  /** status code → count */
  statuses: Record<number, number>
  perSecond: number
  p50: number
  p95: number
  p99: number
}

/** One request; the answer's body parsed as JSON (null when it is not). */
function httpRequest(agent: http.Agent, url: URL, spec: LoadRequest): Promise<{ status: number; body: unknown }> {
  const payload = spec.body === undefined ? undefined : JSON.stringify(spec.body)
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: spec.method,
        agent,
        headers: { 'Content-Type': 'application/json', ...(payload ? { 'Content-Length': Buffer.byteLength(payload) } : {}), ...spec.headers },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          let body: unknown = null
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            body = null
          }
          resolve({ status: response.statusCode ?? 0, body })
        })
      },
    )
    request.on('error', reject)
    request.end(payload)
  })
}

/**
 * Requests completed per second, between the first and the last completion: n completions span n − 1
 * intervals. Unlike « n / time since the start », it does not count the first and last requests' latency
 * as lost time, so a server keeping up with 100 requests/s scores 100, and one falling behind scores less.
 */
export function completionRate(count: number, first: number | undefined, last: number): number {
  if (count < 2 || first === undefined || last <= first) return count
  return ((count - 1) * 1000) / (last - first)
}

/** Nearest-rank percentile of sorted values (ms). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]
}

/**
 * Open-loop load: requests start at a fixed rate (`ratePerSecond`) whatever the server's speed, as real
 * visitors do, so latencies include any queueing; with `concurrency` instead, a closed loop of that many
 * clients sending back to back measures the maximum throughput.
 */
export async function runLoad(options: {
  name: string
  baseUrl: string
  durationMs: number
  concurrency: number
  ratePerSecond?: number
  request: (index: number) => LoadRequest
  /** Status codes that count as success (default 200). */
  expect?: number[]
  onResponse?: (status: number, body: unknown) => void
}): Promise<LoadResult> {
  const latencies: number[] = []
  const statuses: Record<number, number> = {}
  const expected = options.expect ?? [200]
  let failures = 0
  let counter = 0
  let firstCompletion: number | undefined
  let lastCompletion = 0
  // Idle connections are closed by the client before the server's keep-alive timeout (5 s) can close one
  // under a request being sent (a reset, counted as a failure that the server never saw).
  const agent = new http.Agent({ keepAlive: true, timeout: 2_000 })
  const started = performance.now()
  const deadline = started + options.durationMs

  async function send(index: number) {
    const spec = options.request(index)
    const t0 = performance.now()
    let status = 0
    let body: unknown = null
    try {
      ;({ status, body } = await httpRequest(agent, new URL(spec.path, options.baseUrl), spec))
    } catch {
      status = 0
    }
    const completed = performance.now()
    latencies.push(completed - t0)
    firstCompletion ??= completed
    lastCompletion = completed
    statuses[status] = (statuses[status] ?? 0) + 1
    if (!expected.includes(status)) failures++
    options.onResponse?.(status, body)
  }

  async function worker() {
    while (performance.now() < deadline) await send(counter++)
  }

  async function openLoop(rate: number) {
    const inFlight: Promise<void>[] = []
    const total = Math.round((rate * options.durationMs) / 1000)
    for (let index = 0; index < total; index++) {
      const due = started + (index * 1000) / rate
      const wait = due - performance.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      inFlight.push(send(index))
    }
    await Promise.all(inFlight)
  }

  if (options.ratePerSecond) await openLoop(options.ratePerSecond)
  else await Promise.all(Array.from({ length: options.concurrency }, worker))
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    name: options.name,
    requests: latencies.length,
    failures,
    statuses,
    perSecond: completionRate(latencies.length, firstCompletion, lastCompletion),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  }
}

/** One line per measure; the throughput is judged as printed (to the request per second). */
export function formatResult(result: LoadResult, target?: { p95Ms: number; minPerSecond?: number }): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const verdict = target
    ? result.p95 <= target.p95Ms && (target.minPerSecond === undefined || Math.round(result.perSecond) >= target.minPerSecond) && result.failures === 0
      ? '  ✓'
      : `  ✗ (objectif p95 ≤ ${target.p95Ms} ms${target.minPerSecond ? `, ≥ ${target.minPerSecond} req/s` : ''})`
    : ''
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ')
  return `${result.name.padEnd(58)} p50 ${ms(result.p50).padStart(9)}  p95 ${ms(result.p95).padStart(9)}  p99 ${ms(result.p99).padStart(9)}  ${result.perSecond.toFixed(0).padStart(5)} req/s  [${statuses}]${verdict}`
}
