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
  const state = { version: 1, loads: 0, failStamp: false, release: null as null | (() => void) }
  return {
    state,
    stamp: async () => {
      if (state.failStamp) throw new Error('database unreachable')
      return `v${state.version}`
    },
    load: async () => {
      state.loads++
      const version = state.version
      if (state.release !== null) await new Promise<void>((resolve) => (state.release = resolve))
      return `data v${version}`
    },
  }
}

/** Lets the background check (a few awaits) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('revalidatingCache', () => {
  it('loads once, then answers from memory while the source does not change', async () => {
    const { payload } = fakePayload(0)
    const data = source()
    const cache = revalidatingCache(data)
    expect(await cache.get(payload)).toBe('data v1')
    await settle()
    expect(await cache.get(payload)).toBe('data v1')
    await settle()
    expect(data.state.loads).toBe(1)
  })

  it('notices another process’s change in the background: the current data meanwhile, the new data once loaded', async () => {
    const { payload } = fakePayload(0)
    const data = source()
    const cache = revalidatingCache(data)
    await cache.get(payload)
    data.state.version = 2

    expect(await cache.get(payload)).toBe('data v1') // starts the check, does not wait for it
    await settle()
    expect(await cache.get(payload)).toBe('data v2')
    expect(data.state.loads).toBe(2)
  })

  it('checks the stamp at most once per revalidation delay', async () => {
    const { payload } = fakePayload(60_000)
    const data = source()
    const cache = revalidatingCache(data)
    await cache.get(payload)
    data.state.version = 2
    await cache.get(payload)
    await settle()
    expect(await cache.get(payload)).toBe('data v1')
    expect(data.state.loads).toBe(1)
  })

  it('waits for fresh data after an invalidation (a change made in this process)', async () => {
    const { payload } = fakePayload(60_000)
    const data = source()
    const cache = revalidatingCache(data)
    await cache.get(payload)
    data.state.version = 2
    cache.invalidate(payload)
    expect(await cache.get(payload)).toBe('data v2')
  })

  it('never lets a background load that started before an invalidation replace fresher data', async () => {
    const { payload } = fakePayload(0)
    const data = source()
    const cache = revalidatingCache(data)
    await cache.get(payload)
    data.state.version = 2
    data.state.release = () => {} // the next load blocks until released
    void cache.get(payload) // background check: loads v2 and blocks
    await settle()
    const slowLoad = data.state.release
    data.state.release = null
    data.state.version = 3
    cache.invalidate(payload)
    expect(await cache.get(payload)).toBe('data v3')
    slowLoad()
    await settle()
    expect(await cache.get(payload)).toBe('data v3')
  })

  it('keeps the current data when the check fails, and says so in the log', async () => {
    const { payload, warnings } = fakePayload(0)
    const data = source()
    const cache = revalidatingCache(data)
    await cache.get(payload)
    data.state.failStamp = true
    await cache.get(payload)
    await settle()
    expect(await cache.get(payload)).toBe('data v1')
    expect(warnings.length).toBeGreaterThan(0)
  })

  it('does not keep a failed first load: the next request tries again', async () => {
    const { payload } = fakePayload(0)
    const data = source()
    const cache = revalidatingCache(data)
    data.state.failStamp = true
    await expect(cache.get(payload)).rejects.toThrow('database unreachable')
    data.state.failStamp = false
    expect(await cache.get(payload)).toBe('data v1')
  })
})
