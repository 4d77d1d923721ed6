import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { lastPublishedVersion, offerDiff } from '../../src/admin/workflows/validation/offerDiff'
import type { Offer } from '../../src/payload-types'
import { tableStamp } from '../../src/plugins/boussole/cache/tableStamp'
import { publishOffer, sendBackOffer } from '../../src/plugins/boussole/offers/offerWorkflow'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, eligibleAnswers, leadBody, offerId, runEmailJobs } from './leads.fixtures'
import { actor, LOT_ANIMATOR, ML_LOT_PRO, PASSWORD, SICOVAL_ANIMATOR } from './workflows.fixtures'

/**
 * « What is published is what was validated »: a partner's edit of a published offer waits as a draft
 * version; the public site, the matching, the open data and the lead intake keep the validated version until
 * the territory's animator publishes the edit — whatever channel the partner writes through.
 */
const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let partnerToken: string
let cej: number
let validated: Offer

const live = (payload: Payload, id = cej) => payload.findByID({ collection: 'offers', id, depth: 0, overrideAccess: true })
const latest = (payload: Payload, id = cej) => payload.findByID({ collection: 'offers', id, depth: 0, overrideAccess: true, draft: true })
const matchAnswers = { ...eligibleAnswers, inscriptions: ['mission_locale'], handicap: 'non' }

/** What each public reader serves for the offer: its title and contact delay (null when absent). */
async function publicViews(id = cej) {
  const { payload } = context
  const match = await api.post('/boussole/match', { commune: '46042', theme: 'emploi', answers: matchAnswers })
  expect(match.status).toBe(200)
  const matched = (match.json.offers as { id: number; title: string; contactDelayDays: number }[]).find((offer) => offer.id === id)
  const openData = await api.get('/boussole/open-data/services?size=500')
  expect(openData.status).toBe(200)
  const service = (openData.json.items as { id: string; nom: string }[]).find((item) => item.id === String(id))
  const rest = await api.get(`/offers/${id}`)
  const restDraft = await api.get(`/offers/${id}?draft=true`)
  // The public offer page's query (src/app/(frontend)/offre/[id]/page.tsx): Local API, anonymous.
  const page = await payload.find({ collection: 'offers', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: false })
  return {
    match: matched ? { title: matched.title, contactDelayDays: matched.contactDelayDays } : null,
    openData: service?.nom ?? null,
    rest: rest.status === 200 ? rest.json.title : rest.status,
    restDraft: restDraft.status === 200 ? restDraft.json.title : restDraft.status,
    page: page.docs[0]?.title ?? null,
  }
}

const expectPublicTitle = async (title: string, contactDelayDays: number) => {
  const views = await publicViews()
  expect(views).toMatchObject({ match: { title, contactDelayDays }, openData: title, rest: title, page: title })
  // A pending version is never served to the public, not even with `?draft=true`.
  expect([title, 404]).toContain(views.restDraft)
}

beforeAll(async () => {
  api = apiClient(context.payload)
  partnerToken = await api.login(ML_LOT_PRO, PASSWORD)
  cej = await offerId(context.payload, CEJ)
  validated = await live(context.payload)
  expect(validated).toMatchObject({ status: 'publiee', _status: 'published', contactDelayDays: 3 })
})

describe('a partner edits a published offer', () => {
  const PENDING = 'CEJ : 6 à 12 mois pour trouver ta voie'

  it('through the Local API: a pending version « soumise », the validated one stays live and « publiée »', async () => {
    const { payload } = context
    const stampBefore = await tableStamp(payload, ['offers'])
    await expectPublicTitle(validated.title, 3)

    const saved = await payload.update({
      collection: 'offers',
      id: cej,
      data: { title: PENDING, contactDelayDays: 7 },
      overrideAccess: false,
      user: await actor(payload, ML_LOT_PRO),
      depth: 0,
    })
    expect(saved).toMatchObject({ title: PENDING, status: 'soumise', _status: 'draft' })

    expect(await live(payload)).toMatchObject({
      title: validated.title,
      contactDelayDays: 3,
      status: 'publiee',
      _status: 'published',
      updatedAt: validated.updatedAt,
    })
    expect(await latest(payload)).toMatchObject({ title: PENDING, contactDelayDays: 7, status: 'soumise' })
    // The other-process cache check (counts and max(updated_at) of `offers`) sees no change either.
    expect(await tableStamp(payload, ['offers'])).toBe(stampBefore)
    await expectPublicTitle(validated.title, 3)
  })

  it('the partner sees and keeps editing its pending version', async () => {
    const mine = await api.get(`/offers/${cej}?draft=true`, partnerToken)
    expect(mine.status).toBe(200)
    expect(mine.json).toMatchObject({ title: PENDING, status: 'soumise' })

    const again = await api.patch(`/offers/${cej}?draft=true`, { summary: 'Un conseiller te suit de près pendant 6 à 12 mois.' }, partnerToken)
    expect(again.status).toBe(200)
    expect(await latest(context.payload)).toMatchObject({ title: PENDING, summary: 'Un conseiller te suit de près pendant 6 à 12 mois.', status: 'soumise' })
    expect((await live(context.payload)).summary).toBe(validated.summary)
  })

  it.each<[string, () => Promise<{ status: number }>]>([
    [
      'REST PATCH ?draft=false with _status « published »',
      () => api.patch(`/offers/${cej}?draft=false`, { title: 'Contournement REST', _status: 'published' }, partnerToken),
    ],
    ['REST PATCH without draft', () => api.patch(`/offers/${cej}`, { title: 'Contournement REST' }, partnerToken)],
    [
      'REST PATCH ?draft=true with _status « published »',
      () => api.patch(`/offers/${cej}?draft=true`, { title: 'Contournement REST', _status: 'published' }, partnerToken),
    ],
    ['REST PATCH status « publiee »', () => api.patch(`/offers/${cej}`, { title: 'Contournement REST', status: 'publiee' }, partnerToken)],
    ['REST bulk PATCH', () => api.patch(`/offers?where[id][equals]=${cej}`, { title: 'Contournement REST' }, partnerToken)],
    [
      'GraphQL update, draft: false, _status published',
      async () => {
        const { json } = await api.graphql(
          'mutation($id: Int!) { updateOffer(id: $id, draft: false, data: { title: "Contournement GraphQL", _status: published }) { id title } }',
          partnerToken,
          { id: cej },
        )
        return { status: json.errors?.length ? (json.errors[0].extensions?.statusCode ?? 400) : 200 }
      },
    ],
    [
      'Local API, draft: false, _status published',
      async () => {
        const { payload } = context
        return payload
          .update({
            collection: 'offers',
            id: cej,
            draft: false,
            data: { title: 'Contournement Local', _status: 'published' },
            overrideAccess: false,
            user: await actor(payload, ML_LOT_PRO),
          })
          .then(() => ({ status: 200 }))
          .catch((error: { status?: number }) => ({ status: error.status ?? 500 }))
      },
    ],
  ])('cannot bypass the review: %s', async (_label, attempt) => {
    const { status } = await attempt()
    expect(status).toBeLessThan(500)
    const stored = await live(context.payload)
    expect(stored).toMatchObject({ title: validated.title, status: 'publiee', _status: 'published', contactDelayDays: 3 })
    await expectPublicTitle(validated.title, 3)
  })

  it('cannot restore a version onto the live document (only as a draft, which is reviewed)', async () => {
    const { payload } = context
    const { docs } = await payload.findVersions({
      collection: 'offers',
      where: { parent: { equals: cej } },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    const restored = await api.post(`/offers/versions/${docs[0].id}`, {}, partnerToken)
    expect(restored.status).toBe(403)
    expect(JSON.stringify(restored.json)).toContain('revient à l’animation du territoire')
    expect(await live(payload)).toMatchObject({ title: validated.title, status: 'publiee' })
  })

  it('puts the edit at the top of the validation queue with a field-by-field diff against the live version', async () => {
    const { payload } = context
    const animator = await actor(payload, LOT_ANIMATOR)
    const queue = await payload.find({
      collection: 'offers',
      where: { status: { equals: 'soumise' } },
      draft: true,
      overrideAccess: false,
      user: animator,
      depth: 0,
    })
    const pending = queue.docs.find((offer) => offer.id === cej)
    expect(pending).toBeDefined()

    const published = await lastPublishedVersion(payload, cej)
    expect(published?.version).toMatchObject({ title: validated.title, status: 'publiee' })
    const rows = offerDiff(published!.version, pending!)
    const changed = Object.fromEntries(rows.filter((row) => row.changed).map((row) => [row.label, [row.before, row.after]]))
    expect(changed).toEqual({
      Intitulé: [validated.title, expect.stringContaining('Contournement')],
      Résumé: [validated.summary, 'Un conseiller te suit de près pendant 6 à 12 mois.'],
      'Délai de recontact': ['3 jour(s)', '7 jour(s)'],
    })

    // Another territory's animator does not see it.
    const sicoval = await payload.find({
      collection: 'offers',
      where: { status: { equals: 'soumise' } },
      draft: true,
      overrideAccess: false,
      user: await actor(payload, SICOVAL_ANIMATOR),
      depth: 0,
    })
    expect(sicoval.docs.map((offer) => offer.id)).not.toContain(cej)
  })

  it('the animator refuses it with a reason: the validated version stays online, the edit goes back to draft', async () => {
    const { payload } = context
    smtp.clear()
    const comment = 'Le délai de 7 jours est trop long pour le CEJ : gardez 3 jours.'
    // Another territory's animator only sees the public (live) version: nothing to review there.
    await expect(sendBackOffer(payload, await actor(payload, SICOVAL_ANIMATOR), { offerId: cej, comment })).rejects.toMatchObject({ status: 409 })
    expect(await latest(payload)).toMatchObject({ status: 'soumise', contactDelayDays: 7 })
    const { notified } = await sendBackOffer(payload, await actor(payload, LOT_ANIMATOR), { offerId: cej, comment })
    expect(notified).toBeGreaterThanOrEqual(1)

    expect(await live(payload)).toMatchObject({ title: validated.title, status: 'publiee', contactDelayDays: 3 })
    expect(await latest(payload)).toMatchObject({ status: 'brouillon', reviewComment: comment, contactDelayDays: 7 })
    await expectPublicTitle(validated.title, 3)

    await runEmailJobs(payload)
    const [email] = smtp.to(ML_LOT_PRO)
    expect(email.subject).toContain('est à revoir')
    expect(email.text).toContain(comment)
    expect(email.text).toContain('La version validée reste en ligne')
  })

  it('the partner resubmits; the animator publishes it: every public reader serves the new version', async () => {
    const { payload } = context
    const partner = await actor(payload, ML_LOT_PRO)
    await payload.update({ collection: 'offers', id: cej, data: { title: PENDING, contactDelayDays: 3 }, overrideAccess: false, user: partner })
    expect((await latest(payload)).status).toBe('brouillon')
    await payload.update({ collection: 'offers', id: cej, data: { status: 'soumise' }, overrideAccess: false, user: partner })
    expect(await latest(payload)).toMatchObject({ status: 'soumise', title: PENDING })
    expect((await live(payload)).title).toBe(validated.title)

    smtp.clear()
    const stampBefore = await tableStamp(payload, ['offers'])
    await expect(publishOffer(payload, partner, { offerId: cej })).rejects.toThrow(/animation du territoire/)
    const { offer } = await publishOffer(payload, await actor(payload, LOT_ANIMATOR), { offerId: cej })
    expect(offer).toMatchObject({ title: PENDING, status: 'publiee' })
    expect(await live(payload)).toMatchObject({
      title: PENDING,
      summary: 'Un conseiller te suit de près pendant 6 à 12 mois.',
      status: 'publiee',
      _status: 'published',
    })
    expect(await tableStamp(payload, ['offers'])).not.toBe(stampBefore)
    await expectPublicTitle(PENDING, 3)

    await runEmailJobs(payload)
    const [email] = smtp.to(ML_LOT_PRO)
    expect(email.subject).toContain('est publiée')
    expect(email.text).toContain('a validé vos modifications')
  })
})

describe('the staff edit an offer that has a pending version', () => {
  it('an animator’s direct edit publishes the pending version: the offer stays « publiée », the partner’s next edit waits again', async () => {
    const { payload } = context
    const offer = await offerId(payload, 'Trouver ton alternance dans le Lot')
    const before = await live(payload, offer)
    const partner = await actor(payload, ML_LOT_PRO)
    await payload.update({ collection: 'offers', id: offer, data: { summary: 'Résumé en attente de validation.' }, overrideAccess: false, user: partner })
    expect(await latest(payload, offer)).toMatchObject({ status: 'soumise', summary: 'Résumé en attente de validation.' })

    await payload.update({
      collection: 'offers',
      id: offer,
      data: { benefits: 'Relu par l’animation.' },
      overrideAccess: false,
      user: await actor(payload, LOT_ANIMATOR),
    })
    expect(await live(payload, offer)).toMatchObject({
      status: 'publiee',
      _status: 'published',
      summary: 'Résumé en attente de validation.',
      benefits: 'Relu par l’animation.',
    })

    const rest = await api.patch(`/offers/${offer}?depth=0`, { summary: before.summary }, partnerToken)
    expect(rest.status).toBe(200)
    expect(await live(payload, offer)).toMatchObject({ status: 'publiee', summary: 'Résumé en attente de validation.' })
    expect(await latest(payload, offer)).toMatchObject({ status: 'soumise', summary: before.summary })
  })
})

describe('what takes effect without review', () => {
  it('the notification addresses: live at once (lead intake), without a pending version', async () => {
    const { payload } = context
    const before = await live(payload)
    const addresses = [{ email: 'cej.cahors@missionlocale46.example' }]
    const saved = await api.patch(`/offers/${cej}`, { notificationEmails: addresses }, partnerToken)
    expect(saved.status).toBe(200)
    expect(await live(payload)).toMatchObject({ status: 'publiee', title: before.title, notificationEmails: [expect.objectContaining(addresses[0])] })
    expect((await latest(payload)).status).toBe('publiee')

    smtp.clear()
    const lead = await api.post('/boussole/leads', leadBody(cej, { contact: { email: 'nina.drafts@example.org' } }))
    expect(lead.status).toBe(201)
    await runEmailJobs(payload)
    expect(smtp.to(addresses[0].email)).toHaveLength(1)
  })

  it('the addresses changed together with content: the addresses live, the content pending', async () => {
    const { payload } = context
    const before = await live(payload)
    const addresses = [{ email: 'cej.figeac@missionlocale46.example' }]
    const saved = await api.patch(`/offers/${cej}`, { notificationEmails: addresses, contactDelayDays: 6 }, partnerToken)
    expect(saved.status).toBe(200)
    expect(await live(payload)).toMatchObject({
      status: 'publiee',
      contactDelayDays: before.contactDelayDays,
      notificationEmails: [expect.objectContaining(addresses[0])],
    })
    expect(await latest(payload)).toMatchObject({ status: 'soumise', contactDelayDays: 6 })

    const lead = await api.post('/boussole/leads', leadBody(cej, { contact: { email: 'sami.drafts@example.org' } }))
    expect(lead.status).toBe(201)
    expect(lead.json.contactDelayDays).toBe(before.contactDelayDays)
  })

  it('archiving: the offer leaves the public site at once', async () => {
    const { payload } = context
    const archived = await api.patch(`/offers/${cej}`, { status: 'archivee' }, partnerToken)
    expect(archived.status).toBe(200)
    expect(await live(payload)).toMatchObject({ status: 'archivee' })
    const views = await publicViews()
    expect(views).toMatchObject({ match: null, openData: null, rest: 404, page: null })
  })
})
