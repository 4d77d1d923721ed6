import { describe, expect, it } from '@jest/globals'
import type { Where } from 'payload'
import { parse } from 'qs-esm'

import { staleOffersForBanner } from '../../src/admin/workflows/offers/staleOffers'
import { poolOf } from '../../src/database/pool'
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

describe('the offers to review: one rule for the banner, the list its link opens and the reminder', () => {
  /** Sets an offer's dates on its live document and on its latest version (what `draft: true` reads). */
  async function setDates(id: number, reviewedAt: string | null, updatedAt: string) {
    const pool = poolOf(context.payload)
    await pool.query('update offers set reviewed_at = $2, updated_at = $3 where id = $1', [id, reviewedAt, updatedAt])
    await pool.query('update _offers_v set version_reviewed_at = $2, version_updated_at = $3, updated_at = $3 where parent_id = $1 and latest', [
      id,
      reviewedAt,
      updatedAt,
    ])
  }

  it('counts exactly the offers the link lists, and reminds exactly those', async () => {
    const { payload } = context
    const now = new Date('2026-11-20T10:00:00Z')
    const { docs: published } = await payload.find({
      collection: 'offers',
      where: { status: { equals: 'publiee' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const offer of published) await setDates(offer.id, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')
    const [reviewedLongAgo, neverReviewedOld, neverReviewedRecent] = published
    await setDates(reviewedLongAgo.id, '2026-04-01T10:00:00Z', '2026-11-01T10:00:00Z')
    // Never reviewed: counts from the last update, stale here…
    await setDates(neverReviewedOld.id, null, '2026-03-01T10:00:00Z')
    // … and fresh here (the former banner and reminder counted it: « no review » was enough).
    await setDates(neverReviewedRecent.id, null, '2026-10-15T10:00:00Z')
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })

    const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@boussole.test' } }, overrideAccess: true })).docs[0]
    const banner = await staleOffersForBanner(payload, admin, now)
    // The list view reads the URL's query with `qs-esm` (depth 10, as Payload's admin) and lists with `draft: true` as the signed-in person.
    const { where } = parse(banner.href.split('?')[1], { depth: 10 }) as { where: Where }
    const listed = await payload.find({ collection: 'offers', where, draft: true, pagination: false, depth: 0, overrideAccess: false, user: admin })
    const listedIds = listed.docs.map((doc) => doc.id).sort((a, b) => a - b)

    expect(listedIds).toEqual([reviewedLongAgo.id, neverReviewedOld.id].sort((a, b) => a - b))
    expect(banner.count).toBe(listedIds.length)

    expect(await remindStaleOffers(payload, now)).toBe(listedIds.length)
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0, overrideAccess: true })
    const remindedIds = [
      ...new Set(
        jobs
          .filter((job) => (job.input as { kind?: string }).kind === 'offer-freshness')
          .map((job) => Number(/^offer:(\d+):freshness/.exec((job.input as { dedupeKey: string }).dedupeKey)?.[1])),
      ),
    ].sort((a, b) => a - b)
    expect(remindedIds).toEqual(listedIds)
  })

  it('a partner’s banner counts what its own list shows', async () => {
    const { payload } = context
    const now = new Date('2026-11-20T10:00:00Z')
    const partner = (await payload.find({ collection: 'users', where: { email: { equals: 'pro.missionlocale46@boussole.test' } }, overrideAccess: true }))
      .docs[0]
    const { docs: missionLocale } = await payload.find({ collection: 'partners', where: { name: { equals: 'Mission Locale du Lot' } }, overrideAccess: true })
    const { docs: others } = await payload.find({
      collection: 'offers',
      where: { and: [{ status: { equals: 'publiee' } }, { partner: { not_equals: missionLocale[0].id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    // Another organisation's published offer to review (published offers are readable by all).
    await setDates(others[0].id, '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z')
    const banner = await staleOffersForBanner(payload, partner, now)
    const { where } = parse(banner.href.split('?')[1], { depth: 10 }) as { where: Where }
    const listed = await payload.find({ collection: 'offers', where, draft: true, pagination: false, depth: 0, overrideAccess: false, user: partner })
    expect(listed.docs.map((doc) => doc.id)).toContain(others[0].id)
    expect(banner.count).toBe(listed.totalDocs)
  })
})

describe('the weekly freshness task', () => {
  it('is its own scheduled task, apart from the animators’ digest', () => {
    const tasks = context.payload.config.jobs.tasks ?? []
    expect(tasks.find((task) => task.slug === 'boussoleOfferFreshness')?.schedule).toEqual([{ cron: '0 9 * * 1', queue: 'scheduled' }])
    expect(tasks.find((task) => task.slug === 'boussoleWeeklyDigest')?.outputSchema?.map((field) => ('name' in field ? field.name : null))).toEqual(['digests'])
  })
})
