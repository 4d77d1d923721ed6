import type { Payload } from 'payload'

import { getSettings } from '../options'

export interface RevalidatingCache<T> {
  /** The cached value, loaded on first use and reloaded after a change. */
  get: (payload: Payload) => Promise<T>
  /** Drops the value: the next `get` loads it again. Called by hooks when this process changes the source data. */
  invalidate: (payload: Payload) => void
}

interface State<T> {
  value: Promise<T> | null
  stamp: string | null
  checkedAt: number
  /** Bumped by `invalidate`: a background reload started before it must not install its older data. */
  generation: number
  checking: boolean
}

/**
 * Read-mostly reference data (communes, territories, offers…) kept in memory, one copy per Payload instance,
 * so that the public API answers without querying it again at every request. Two ways to notice a change:
 * - the collections' hooks call `invalidate` (changes made in this process): the next `get` waits for fresh
 *   data, so what an administrator has just saved is what the next visitor sees;
 * - the `stamp` of the source tables (row counts and last update times, one query) is compared at most every
 *   `cache.revalidateMs` (changes made by another process: the worker, another server, a script), in the
 *   background: requests keep the current data until the new data is loaded, and never wait for the check.
 */
export function revalidatingCache<T>(source: { stamp: (payload: Payload) => Promise<string>; load: (payload: Payload) => Promise<T> }): RevalidatingCache<T> {
  const states = new WeakMap<Payload, State<T>>()
  const stateOf = (payload: Payload): State<T> => {
    let state = states.get(payload)
    if (!state) states.set(payload, (state = { value: null, stamp: null, checkedAt: 0, generation: 0, checking: false }))
    return state
  }

  /** Loads fresh data now; every request until it settles shares it. A failed load is not kept. */
  const loadNow = async (payload: Payload, state: State<T>): Promise<T> => {
    const generation = state.generation
    const value = source.stamp(payload).then(async (stamp) => {
      const loaded = await source.load(payload)
      if (generation === state.generation) state.stamp = stamp
      return loaded
    })
    state.value = value
    state.checkedAt = Date.now()
    value.catch(() => {
      if (state.value === value) state.value = null
    })
    return value
  }

  /** Compares the stamp and, when it moved, loads the new data before swapping it in. Errors keep the current data. */
  const checkInBackground = async (payload: Payload, state: State<T>): Promise<void> => {
    const generation = state.generation
    state.checking = true
    state.checkedAt = Date.now()
    try {
      const stamp = await source.stamp(payload)
      if (stamp === state.stamp) return
      const loaded = await source.load(payload)
      if (generation !== state.generation) return
      state.value = Promise.resolve(loaded)
      state.stamp = stamp
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'Boussole: in-memory data could not be revalidated; the current copy is kept' })
    } finally {
      state.checking = false
    }
  }

  return {
    get(payload) {
      const state = stateOf(payload)
      if (!state.value) return loadNow(payload, state)
      if (!state.checking && Date.now() - state.checkedAt >= getSettings(payload).cache.revalidateMs) void checkInBackground(payload, state)
      return state.value
    },
    invalidate(payload) {
      const state = stateOf(payload)
      state.value = null
      state.stamp = null
      state.generation++
    },
  }
}
