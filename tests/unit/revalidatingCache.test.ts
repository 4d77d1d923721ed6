import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { revalidatingCache } from '../../src/plugins/boussole/cache/revalidatingCache'

/** The part of Payload the cache reads: the plugin's revalidation delay, and a logger. */
const fakePayload = (revalidateMs: number) => {
  const warnings: unknown[] = []
  const payload = { config: { custom: { boussole: { cache: { revalidateMs } } } }, logger: { warn: (entry: unknown) => warnings.push(entry) } }
  return { payload: payload as unknown as Payload, warnings }
}

/** A data source whose stamp and content the test moves, counting the loads. */
function source() {
  const state = { version: 1, loads: 0, failStamp: false }
  return {
    state,
    stamp: async () => {
      if (state.failStamp) throw new Error('database unreachable')
      return `v${state.version}`
    },
    load: async () => {
      state.loads++
      return `data v${state.version}`
    },
  }
}

/** A cache over a fresh source, with the given revalidation delay. */
function setUp(revalidateMs: number) {
  const { payload, warnings } = fakePayload(revalidateMs)
  const data = source()
  return { payload, warnings, data, cache: revalidatingCache(data) }
}

describe('revalidatingCache', () => {
  it('loads once, then answers from memory while the source does not change', async () => {
    const { payload, data, cache } = setUp(0)
    expect(await cache.get(payload)).toBe('data v1')
    expect(await cache.get(payload)).toBe('data v1')
    expect(data.state.loads).toBe(1)
  })

  it('notices another process’s change at the first request once the delay has passed', async () => {
    const { payload, data, cache } = setUp(0)
    await cache.get(payload)
    data.state.version = 2
    expect(await cache.get(payload)).toBe('data v2')
    expect(data.state.loads).toBe(2)
  })

  it('checks the stamp at most once per revalidation delay', async () => {
    const { payload, data, cache } = setUp(60_000)
    await cache.get(payload)
    data.state.version = 2
    expect(await cache.get(payload)).toBe('data v1')
    expect(data.state.loads).toBe(1)
  })

  it('waits for fresh data after an invalidation (a change made in this process)', async () => {
    const { payload, data, cache } = setUp(60_000)
    await cache.get(payload)
    data.state.version = 2
    cache.invalidate(payload)
    expect(await cache.get(payload)).toBe('data v2')
  })

  it('keeps the current data when the check fails, and says so in the log', async () => {
    const { payload, warnings, data, cache } = setUp(0)
    await cache.get(payload)
    data.state.failStamp = true
    expect(await cache.get(payload)).toBe('data v1')
    expect(warnings).toHaveLength(1)
  })

  it('does not keep a failed first load: the next request tries again', async () => {
    const { payload, data, cache } = setUp(0)
    data.state.failStamp = true
    await expect(cache.get(payload)).rejects.toThrow('database unreachable')
    data.state.failStamp = false
    expect(await cache.get(payload)).toBe('data v1')
  })
})
