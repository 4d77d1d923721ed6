import type { Payload, Where } from 'payload'

import { inTransaction } from '@/database/transactions'
import { subtractMonths } from '@/domain/shared/subtractMonths'

import { getSettings, now as currentTime } from '../core/options'
import { anonymizeLead } from './anonymizeLead'

const BATCH = 100

/** Leads whose personal data is kept past the retention period: closed too long ago, or open too long. */
export function expiredLeadsWhere(now: Date, retention: { monthsAfterClosing: number; monthsAfterCreationIfOpen: number }): Where {
  return {
    and: [
      { 'timeline.anonymizedAt': { exists: false } },
      {
        or: [
          {
            and: [{ status: { equals: 'cloturee' } }, { 'timeline.closedAt': { less_than: subtractMonths(now, retention.monthsAfterClosing).toISOString() } }],
          },
          {
            and: [{ status: { not_equals: 'cloturee' } }, { createdAt: { less_than: subtractMonths(now, retention.monthsAfterCreationIfOpen).toISOString() } }],
          },
        ],
      },
    ],
  }
}

/**
 * Anonymises the leads past the retention period (`retention.monthsAfterClosing` after closing,
 * `monthsAfterCreationIfOpen` after creation for leads never closed). Idempotent; uses the plugin clock.
 * Run daily by the `boussoleRetentionSweep` task.
 */
export async function runRetentionSweep(payload: Payload): Promise<{ anonymized: number }> {
  const now = currentTime(payload)
  const where = expiredLeadsWhere(now, getSettings(payload).retention)
  let anonymized = 0
  for (;;) {
    const { docs } = await payload.find({ collection: 'leads', where, sort: 'id', limit: BATCH, depth: 0, overrideAccess: true })
    for (const lead of docs) {
      await inTransaction(payload, (req) => anonymizeLead(req, lead, 'retention', now))
      anonymized++
    }
    if (docs.length < BATCH) return { anonymized }
  }
}
