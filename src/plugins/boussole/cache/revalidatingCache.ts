import type { Payload } from 'payload'

import { getSettings } from '../core/options'

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
}

/**
 * Read-mostly reference data (communes, territories, offers…) kept in memory, one copy per Payload instance,
 * so that the public API answers without querying it again at every request. Two ways to notice a change:
 * the collections' hooks call `invalidate` (changes made in this process: immediate), and the `stamp` of
 * the source tables (row counts and last update times, one cheap query) is compared at most every
 * `cache.revalidateMs` (changes made by another process: the worker, another server, a script).
 */
export function revalidatingCache<T>(source: { stamp: (payload: Payload) => Promise<string>; load: (payload: Payload) => Promise<T> }): RevalidatingCache<T> {
  const states = new WeakMap<Payload, State<T>>()
  const stateOf = (payload: Payload): State<T> => {
    let state = states.get(payload)
    if (!state) states.set(payload, (state = { value: null, stamp: null, checkedAt: 0 }))
    return state
  }

  const load = (payload: Payload, state: State<T>): Promise<T> => {
    const value = source.load(payload)
    state.value = value
    // A failed load is not kept: the next request tries again.
    value.catch(() => {
      if (state.value === value) state.value = null
    })
    return value
  }

  return {
    async get(payload) {
      const state = stateOf(payload)
      const time = Date.now()
      if (state.value && time - state.checkedAt < getSettings(payload).cache.revalidateMs) return state.value
      state.checkedAt = time
      const current = state.value
      let stamp: string
      try {
        stamp = await source.stamp(payload)
      } catch (error) {
        // The data in memory can still answer: a failed check (the database unreachable for a moment) is retried later.
        if (!current) throw error
        payload.logger.warn({ err: error, msg: 'Boussole: in-memory data could not be revalidated; the current copy is kept' })
        return current
      }
      if (stamp !== state.stamp || !state.value) {
        state.stamp = stamp
        return load(payload, state)
      }
      return state.value
    },
    invalidate(payload) {
      const state = stateOf(payload)
      state.value = null
      state.stamp = null
    },
  }
}
