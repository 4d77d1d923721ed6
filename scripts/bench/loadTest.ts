/** A small closed-loop load generator: `concurrency` workers send requests back to back for `durationMs`. */

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
  const started = performance.now()
  const deadline = started + options.durationMs

  async function send(index: number) {
    const spec = options.request(index)
    const t0 = performance.now()
    let status = 0
    let body: unknown = null
    try {
      const response = await fetch(`${options.baseUrl}${spec.path}`, {
        method: spec.method,
        headers: { 'Content-Type': 'application/json', ...spec.headers },
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      })
      status = response.status
      body = await response.json().catch(() => null)
    } catch {
      status = 0
    }
    latencies.push(performance.now() - t0)
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
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    name: options.name,
    requests: latencies.length,
    failures,
    statuses,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  }
}

export function formatResult(result: LoadResult, target?: { p95Ms: number; minPerSecond?: number }): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const verdict = target
    ? result.p95 <= target.p95Ms && (target.minPerSecond === undefined || result.perSecond >= target.minPerSecond) && result.failures === 0
      ? '  ✓'
      : `  ✗ (objectif p95 ≤ ${target.p95Ms} ms${target.minPerSecond ? `, ≥ ${target.minPerSecond} req/s` : ''})`
    : ''
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ')
  return `${result.name.padEnd(58)} p50 ${ms(result.p50).padStart(9)}  p95 ${ms(result.p95).padStart(9)}  p99 ${ms(result.p99).padStart(9)}  ${result.perSecond.toFixed(0).padStart(5)} req/s  [${statuses}]${verdict}`
}
