import { beforeAll, describe, expect, it } from '@jest/globals'

import { lastPublishedVersion, offerDiff } from '../../src/admin/workflows/validation/offerDiff'
import { changeOfferStatus, duplicateOffer, publishOffer, sendBackOffer } from '../../src/plugins/boussole/offers/offerWorkflow'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { runEmailJobs } from './leads.fixtures'
import { actor, LOT_ANIMATOR, ML_LOT_PRO, offerByTitle, PASSWORD, SICOVAL_ANIMATOR } from './workflows.fixtures'

const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let partnerToken: string
let draftId: number

const DRAFT = 'Atelier CV et simulation d’entretien'

beforeAll(async () => {
  api = apiClient(context.payload)
  partnerToken = await api.login(ML_LOT_PRO, PASSWORD)
  draftId = (await offerByTitle(context.payload, DRAFT)).id
})

describe('offer validation workflow', () => {
  it('lets the partner submit its draft, but not publish it', async () => {
    const publish = await api.patch(`/offers/${draftId}`, { status: 'publiee' }, partnerToken)
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.json)).toContain('la publication revient à l’animation du territoire')

    const submit = await api.patch(`/offers/${draftId}`, { status: 'soumise' }, partnerToken)
    expect(submit.status).toBe(200)
    expect(submit.json.doc.status).toBe('soumise')
  })

  it('refuses a partner or an animator of another territory as reviewer, and a send-back without comment', async () => {
    const { payload } = context
    await expect(sendBackOffer(payload, await actor(payload, ML_LOT_PRO), { offerId: draftId, comment: 'Précisez le lieu.' })).rejects.toThrow(
      /animation du territoire/,
    )
    await expect(sendBackOffer(payload, await actor(payload, SICOVAL_ANIMATOR), { offerId: draftId, comment: 'Précisez le lieu.' })).rejects.toMatchObject({
      status: 404,
    })
    await expect(sendBackOffer(payload, await actor(payload, LOT_ANIMATOR), { offerId: draftId, comment: '  ' })).rejects.toThrow(/commentaire obligatoire/)
    expect((await offerByTitle(payload, DRAFT)).status).toBe('soumise')
  })

  it('sends the offer back to draft with the comment, stored and emailed to the partner', async () => {
    const { payload } = context
    smtp.clear()
    const comment = 'Merci de préciser les horaires de l’atelier et le public visé (16-25 ans ?).'
    const { offer, notified } = await sendBackOffer(payload, await actor(payload, LOT_ANIMATOR), { offerId: draftId, comment })
    expect(offer.status).toBe('brouillon')
    expect(offer.reviewComment).toBe(comment)
    expect(notified).toBeGreaterThanOrEqual(1)

    await runEmailJobs(payload)
    const received = smtp.to(ML_LOT_PRO)
    expect(received).toHaveLength(1)
    expect(received[0].subject).toBe(`Votre offre « ${DRAFT} » est à revoir`)
    expect(received[0].text).toContain(comment)
    expect(received[0].html).toContain('/admin/collections/offers/')

    const stored = await offerByTitle(payload, DRAFT)
    expect(stored.status).toBe('brouillon')
    expect(stored.reviewComment).toBe(comment)
  })

  it('publishes a resubmitted offer: publishedAt set, visible to anyone', async () => {
    const { payload } = context
    expect((await api.get(`/offers/${draftId}`)).status).toBe(404)
    await changeOfferStatus(payload, await actor(payload, ML_LOT_PRO), draftId, 'submit')
    smtp.clear()

    const before = Date.now()
    const { offer } = await publishOffer(payload, await actor(payload, LOT_ANIMATOR), { offerId: draftId })
    expect(offer.status).toBe('publiee')
    expect(new Date(offer.publishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)

    const anonymous = await api.get(`/offers/${draftId}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.title).toBe(DRAFT)

    await runEmailJobs(payload)
    expect(smtp.to(ML_LOT_PRO).map((email) => email.subject)).toEqual([`Votre offre « ${DRAFT} » est publiée`])
  })

  it('shows the animator what changed since the published version', async () => {
    const { payload } = context
    const edited = await api.patch(`/offers/${draftId}`, { title: 'Atelier CV, lettre de motivation et entretien', status: 'soumise' }, partnerToken)
    expect(edited.status).toBe(200)

    const published = await lastPublishedVersion(payload, draftId)
    expect(published?.version.title).toBe(DRAFT)
    const rows = offerDiff(published!.version, edited.json.doc)
    const changed = rows.filter((row) => row.changed)
    expect(changed.map((row) => row.field)).toEqual(['title'])
    expect(changed[0]).toMatchObject({ before: DRAFT, after: 'Atelier CV, lettre de motivation et entretien' })
  })

  it('archives and restores an offer', async () => {
    const { payload } = context
    const partner = await actor(payload, ML_LOT_PRO)
    expect((await changeOfferStatus(payload, partner, draftId, 'archive')).status).toBe('archivee')
    expect((await changeOfferStatus(payload, partner, draftId, 'restore')).status).toBe('brouillon')
  })
})

describe('duplicating an offer', () => {
  it('creates a draft copy for the partner', async () => {
    const { payload } = context
    const source = await offerByTitle(payload, 'Contrat d’engagement jeune (CEJ)')
    const copy = await duplicateOffer(payload, await actor(payload, ML_LOT_PRO), source.id)
    expect(copy.id).not.toBe(source.id)
    expect(copy).toMatchObject({ title: 'Contrat d’engagement jeune (CEJ) (copie)', status: 'brouillon', partner: source.partner, territory: source.territory })
    expect(copy.publishedAt ?? null).toBeNull()
    expect(copy.rules?.map((rule) => rule.criterion)).toEqual(source.rules?.map((rule) => rule.criterion))
    expect((await api.get(`/offers/${copy.id}`)).status).toBe(404)
  })

  it("refuses to copy another organisation's offer into the partner's account", async () => {
    const { payload } = context
    const other = await offerByTitle(payload, 'Un logement meublé en résidence Habitat Jeunes')
    await expect(duplicateOffer(payload, await actor(payload, ML_LOT_PRO), other.id)).rejects.toThrow()
  })
})
