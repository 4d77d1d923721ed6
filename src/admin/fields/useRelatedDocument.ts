'use client'

import { useEffect, useState } from 'react'

/** The id of a relationship field's value (a number, or `{ value }` / a populated document). */
export function relationId(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object') {
    const inner = (value as { value?: unknown; id?: unknown }).value ?? (value as { id?: unknown }).id
    return inner === undefined ? null : relationId(inner)
  }
  return null
}

/**
 * A few fields of the document a form's relationship points to, read with the person's own session through the
 * REST API (`select`), again whenever the relationship changes; null while none is chosen or not readable.
 */
export function useRelatedDocument<T>(collection: string, id: number | null, select: string[]): T | null {
  const [doc, setDoc] = useState<T | null>(null)
  const selection = select.join(',')
  useEffect(() => {
    if (id === null) {
      setDoc(null)
      return
    }
    const controller = new AbortController()
    const query = selection
      .split(',')
      .map((field) => `select[${field}]=true`)
      .join('&')
    fetch(`/api/${collection}/${id}?depth=0&${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((json) => setDoc(json as T | null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [collection, id, selection])
  return doc
}
