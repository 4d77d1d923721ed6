import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { matchOffers } from '../../src/plugins/boussole/matching/matchOffers'
import { pauseOffer, resumeOffer } from '../../src/plugins/boussole/offers/pauseOffer'
import { PAUSED_DEMO_OFFER } from '../../src/seed/offerPause'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'
import { CAHORS, CEJ, eligibleAnswers, leadBody, offerId } from './leads.fixtures'
import { actor, FJT_LOT_PRO, LOT_ANIMATOR, ML_LOT_PRO, SICOVAL_ANIMATOR } from './workflows.fixtures'

const context = useTestPayload()
let api: ApiClient
let clock: InstalledClock
let cej: number

const requestAs = async (payload: Payload, email: string): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...(await actor(payload, email)), collection: 'users' } as PayloadRequest['user'] & object }, payload)
const submit = (body: unknown) => api.rest('POST', '/boussole/leads', { body })
const resultIds = async (payload: Payload) =>
  (await matchOffers(payload, { commune: CAHORS, theme: 'emploi', answers: eligibleAnswers }, { recordSearch: false })).offers.map((offer) => offer.id)
const resultIdsAt = async (payload: Payload, commune: string, answers: Record<string, unknown>) =>
  (await matchOffers(payload, { commune, theme: 'emploi', answers }, { recordSearch: false })).offers.map((offer) => offer.id)
const versions = async (payload: Payload) => (await payload.countVersions({ collection: 'offers', where: { parent: { equals: cej } } })).totalDocs

beforeAll(async () => {
  api = apiClient(context.payload)
  // Tuesday 24 November 2026, 10:00 in Paris.
  clock = useManualClock(context.payload, '2026-11-24T09:00:00.000Z')
  cej = await offerId(context.payload, CEJ)
})

afterAll(() => clock.restore())

describe('pausing an offer « complet jusqu’au … »', () => {
  it('is refused to another organisation of the territory and to the staff of another territory, and nothing changes', async () => {
    const { payload } = context
    for (const email of [FJT_LOT_PRO, SICOVAL_ANIMATOR]) {
      await expect(pauseOffer(payload, { offerId: cej, until: '2026-11-26' }, await requestAs(payload, email))).rejects.toMatchObject({ status: 403 })
    }
    const offer = await payload.findByID({ collection: 'offers', id: cej, depth: 0, overrideAccess: true })
    expect(offer.pausedUntil ?? null).toBeNull()
    expect(offer.pauseLog ?? []).toEqual([])
  })

  it('refuses a past day and a day more than 6 months ahead (400, in French)', async () => {
    const { payload } = context
    const req = await requestAs(payload, ML_LOT_PRO)
    await expect(pauseOffer(payload, { offerId: cej, until: '2026-11-23' }, req)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/passée/),
    })
    await expect(pauseOffer(payload, { offerId: cej, until: '2027-05-25' }, req)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/6 mois/),
    })
  })

  it('by the organisation: out of the results, the intake answers 409 until the day included, then it is back by itself', async () => {
    const { payload } = context
    expect(await resultIds(payload)).toContain(cej)
    const versionsBefore = await versions(payload)

    const paused = await pauseOffer(payload, { offerId: cej, until: '2026-11-26' }, await requestAs(payload, ML_LOT_PRO))

    expect(paused.status).toBe('publiee')
    expect(paused.pausedUntil).toBe('2026-11-26T12:00:00.000Z')
    // Not an edit of the offer's content: no version, no review; the edit view (latest version) shows it, content unchanged.
    expect(await versions(payload)).toBe(versionsBefore)
    const latest = await payload.findByID({ collection: 'offers', id: cej, depth: 0, overrideAccess: true, draft: true })
    expect(latest).toMatchObject({
      title: CEJ,
      status: 'publiee',
      pausedUntil: '2026-11-26T12:00:00.000Z',
      pauseLog: [expect.objectContaining({ action: 'pause' })],
    })
    expect(latest.rules).toEqual(paused.rules)
    expect(await resultIds(payload)).not.toContain(cej)
    const refused = await submit(leadBody(cej))
    expect(refused.status).toBe(409)
    expect(refused.json).toEqual({
      errors: [{ field: 'offer', message: 'Cette offre est complète jusqu’au jeudi 26 novembre 2026 : choisis une autre offre.' }],
    })

    // Thursday 26, 23:30 in Paris: still its last day.
    clock.set(new Date('2026-11-26T22:30:00.000Z'))
    expect(await resultIds(payload)).not.toContain(cej)
    expect((await submit(leadBody(cej))).status).toBe(409)

    // Friday 27, 00:30 in Paris: back by itself.
    clock.set(new Date('2026-11-26T23:30:00.000Z'))
    expect(await resultIds(payload)).toContain(cej)
    expect((await submit(leadBody(cej, { contact: { email: 'apres.pause@example.org' } }))).status).toBe(201)
  })

  it('by the territory’s animator, then resumed by the organisation: both recorded in the pause log', async () => {
    const { payload } = context
    clock.set(new Date('2026-11-30T09:00:00.000Z'))
    const animator = await actor(payload, LOT_ANIMATOR)
    const pro = await actor(payload, ML_LOT_PRO)

    await pauseOffer(payload, { offerId: cej, until: '2026-12-20' }, await requestAs(payload, LOT_ANIMATOR))
    expect(await resultIds(payload)).not.toContain(cej)

    clock.set(new Date('2026-12-01T09:00:00.000Z'))
    const resumed = await resumeOffer(payload, { offerId: cej }, await requestAs(payload, ML_LOT_PRO))

    expect(resumed.pausedUntil ?? null).toBeNull()
    expect(await resultIds(payload)).toContain(cej)
    expect(resumed.pauseLog).toEqual([
      expect.objectContaining({ action: 'pause', at: '2026-11-24T09:00:00.000Z', by: pro.id, until: '2026-11-26T12:00:00.000Z' }),
      expect.objectContaining({ action: 'pause', at: '2026-11-30T09:00:00.000Z', by: animator.id, until: '2026-12-20T12:00:00.000Z' }),
      expect.objectContaining({ action: 'resume', at: '2026-12-01T09:00:00.000Z', by: pro.id }),
    ])
    await expect(resumeOffer(payload, { offerId: cej }, await requestAs(payload, ML_LOT_PRO))).rejects.toMatchObject({ status: 409 })
  })

  it('the demo data holds a paused offer with its pause log (pause, resume, pause)', async () => {
    const { payload } = context
    const { docs } = await payload.find({ collection: 'offers', where: { title: { equals: PAUSED_DEMO_OFFER } }, depth: 0, overrideAccess: true })
    expect(docs[0].pausedUntil).toEqual(expect.any(String))
    expect(docs[0].pauseLog?.map((row) => row.action)).toEqual(['pause', 'resume', 'pause'])
    expect(docs[0].pauseLog?.at(-1)?.until).toBe(docs[0].pausedUntil)
    const latest = await payload.findByID({ collection: 'offers', id: docs[0].id, depth: 0, overrideAccess: true, draft: true })
    expect(latest.pausedUntil).toBe(docs[0].pausedUntil)
    expect(await resultIdsAt(payload, '31446', eligibleAnswers)).not.toContain(docs[0].id)
  })
})
