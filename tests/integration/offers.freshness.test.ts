import { describe, expect, it } from '@jest/globals'

import { remindStaleOffers } from '../../src/plugins/boussole/offers/freshnessReminders'
import { useTestPayload } from '../helpers/payload'

const context = useTestPayload()

describe('freshness reminders of offers not reviewed for six months', () => {
  it('queues one email per recipient for stale published offers only', async () => {
    const { payload } = context
    const now = new Date('2026-11-20T10:00:00Z')
    const { docs: published } = await payload.find({ collection: 'offers', where: { status: { equals: 'publiee' } }, limit: 2, depth: 0 })
    const [stale, fresh] = published
    await payload.update({
      collection: 'offers',
      id: stale.id,
      data: { reviewedAt: '2026-04-01T10:00:00Z' },
      overrideAccess: true,
      context: { skipPerimeterCheck: true },
    })
    await payload.update({ collection: 'offers', id: fresh.id, data: { reviewedAt: '2026-11-01T10:00:00Z' }, overrideAccess: true })
    const { docs: others } = await payload.find({ collection: 'offers', where: { id: { not_in: [stale.id, fresh.id] } }, pagination: false, depth: 0 })
    for (const offer of others) await payload.update({ collection: 'offers', id: offer.id, data: { reviewedAt: '2026-11-01T10:00:00Z' }, overrideAccess: true })

    const reminded = await remindStaleOffers(payload, now)

    expect(reminded).toBe(1)
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })
    const freshnessJobs = jobs.filter((job) => (job.input as { kind?: string }).kind === 'offer-freshness')
    expect(freshnessJobs.length).toBeGreaterThan(0)
    for (const job of freshnessJobs) {
      const input = job.input as { subject: string; html: string; dedupeKey: string }
      expect(input.subject).toContain(stale.title)
      expect(input.html).toContain(`/admin/collections/offers/${stale.id}`)
      expect(input.dedupeKey).toContain(`offer:${stale.id}:freshness:2026-11`)
    }
  })
})
