import type { Payload } from 'payload'

import { responsiveness, type Responsiveness } from '@/domain/statistics/responsiveness'

import { now as currentTime } from '../core/options'
import { loadResponsivenessCounts } from './responsiveness'

/**
 * An organisation's responsiveness for the public offer page (« Cet organisme répond en général sous
 * 2 jours »): one grouped query on the organisation's leads (indexed by partner), kept in memory for
 * CACHE_MS per organisation, so public traffic costs at most one query per organisation every ten
 * minutes. Only an aggregate leaves this function, never a request.
 */
const CACHE_MS = 10 * 60_000
const cache = new Map<number, { until: number; figure: Responsiveness }>()

export async function organisationResponsiveness(payload: Payload, partnerId: number): Promise<Responsiveness> {
  const now = currentTime(payload)
  const cached = cache.get(partnerId)
  if (cached && cached.until > now.getTime() && cached.until - CACHE_MS <= now.getTime()) return cached.figure
  const counts = await loadResponsivenessCounts(payload, { group: 'partner', now, perimeter: { kind: 'all' }, partnerId })
  const figure = responsiveness(counts.get(partnerId) ?? { requests: 0, inTime: 0, late: 0, medianHours: null })
  cache.set(partnerId, { until: now.getTime() + CACHE_MS, figure })
  return figure
}
