import type { Payload } from 'payload'

import { subtractMonths } from '@/domain/shared/subtractMonths'

import { getSettings, now as currentTime } from '../core/options'
import { CONTACT_ACCESSES_SLUG } from './ContactAccesses'

/** Deletes the access-log entries older than `retention.contactAccessLogMonths` (plugin clock). Returns how many. */
export async function purgeContactAccesses(payload: Payload): Promise<number> {
  const before = subtractMonths(currentTime(payload), getSettings(payload).retention.contactAccessLogMonths).toISOString()
  const where = { at: { less_than: before } }
  const { totalDocs } = await payload.count({ collection: CONTACT_ACCESSES_SLUG, where, overrideAccess: true })
  if (totalDocs) await payload.db.deleteMany({ collection: CONTACT_ACCESSES_SLUG, where })
  return totalDocs
}
