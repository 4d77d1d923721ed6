import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { CLOSED_BY_YOUNG_PERSON_NOTE, closeByYoungPerson } from '../../src/plugins/boussole/leads/closeByYoungPerson'
import { shortLinkTarget } from '../../src/plugins/boussole/leads/leadLinks'
import { loadLeadSummary } from '../../src/plugins/boussole/leads/leadSummary'
import { newLeadMessages } from '../../src/plugins/boussole/leads/newLeadMessages'
import { requestOtherOffer } from '../../src/plugins/boussole/leads/requestOtherOffer'
import { loadRequestStatus, requestAlternatives } from '../../src/plugins/boussole/leads/requestStatus'
import { leadToken, verifyLeadToken } from '../../src/plugins/boussole/leads/signatures'
import { submitLead } from '../../src/plugins/boussole/leads/submitLead'
import { matchOffers } from '../../src/plugins/boussole/matching/matchOffers'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { CAHORS, CEJ, eligibleAnswers, leadBody, ML_LOT_PRO, offerId, runEmailJobs } from './leads.fixtures'

/**
 * The young person's own page for their request (`/demandes/<id>?token=…`, signed `status` link of the acknowledgement
 * email and SMS): what it reads and what its actions do, against real PostgreSQL, Payload and SMTP.
 */
const smtp = useSmtpServer()
const context = useTestPayload()
let clock: InstalledClock
let cej: number

const START = '2026-11-24T09:00:00.000Z'
/** The CEJ commits to 3 days: due on Friday 27 November 2026, end of the day in Paris. */
const PAST_DUE = '2026-11-28T09:00:00.000Z'

const statusToken = (id: number) => leadToken(context.payload.secret, id, 'status')
const submit = async (contact: { email?: string | null; phone?: string | null }) => {
  const lead = await submitLead(context.payload, leadBody(cej, { contact }), { ip: null })
  return lead
}
const stored = (id: number) => context.payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true })
const leadCount = async () => (await context.payload.count({ collection: 'leads', overrideAccess: true })).totalDocs
const searchCount = async () => (await context.payload.count({ collection: 'searches', overrideAccess: true })).totalDocs

beforeAll(async () => {
  clock = useManualClock(context.payload, START)
  cej = await offerId(context.payload, CEJ)
})

beforeEach(() => clock.set(START))

afterAll(() => clock.restore())

describe('the links to the request’s own page', () => {
  it('the acknowledgement email’s action leads to it (and still carries the withdrawal link)', async () => {
    const lead = await submit({ email: 'statut@example.org', phone: null })
    await runEmailJobs(context.payload)
    const [acknowledgement] = smtp.to('statut@example.org')
    const link = new URL(acknowledgement.text.match(/Voir où en est ma demande : (\S+)/)![1])
    expect(link.pathname).toBe(`/demandes/${lead.id}`)
    expect(verifyLeadToken(context.payload.secret, lead.id, 'status', link.searchParams.get('token'))).toBe(true)
    expect(acknowledgement.html).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`)
    expect(acknowledgement.text).toContain(`/demandes/${lead.id}/retrait?token=`)
  })

  it('the acknowledgement SMS’s short link leads to it', async () => {
    const lead = await submit({ email: null, phone: '06 11 22 33 44' })
    const loaded = await loadLeadSummary(context.payload, lead.id)
    const { sms } = await newLeadMessages(context.payload, loaded!.summary)
    const code = sms[0].text.match(/\/r\/(\S+)$/)![1]
    expect(shortLinkTarget(context.payload, code)).toMatch(new RegExp(`/demandes/${lead.id}\\?token=${statusToken(lead.id)}$`))
  })

  it('a token made for another purpose or another request opens nothing', async () => {
    const lead = await submit({ email: 'mauvais-lien@example.org' })
    const other = await submit({ email: 'autre@example.org' })
    const { secret } = context.payload
    for (const token of ['', 'abc', leadToken(secret, lead.id, 'withdraw'), leadToken(secret, lead.id, 'follow-up'), statusToken(other.id), { $ne: null }]) {
      expect(verifyLeadToken(secret, lead.id, 'status', token)).toBe(false)
      await expect(closeByYoungPerson(context.payload, { leadId: lead.id, token })).rejects.toMatchObject({ status: 403 })
      await expect(requestOtherOffer(context.payload, { leadId: lead.id, token, offerId: 1 })).rejects.toMatchObject({ status: 403 })
    }
    expect((await stored(lead.id)).status).toBe('nouvelle')
  })
})

describe('what the page says', () => {
  it('the stage, the committed date and only the organisation’s public contact', async () => {
    const lead = await submit({ email: 'page@example.org' })
    const status = await loadRequestStatus(context.payload, lead.id)
    if (!status || status.erased) throw new Error('expected a live request')
    expect(status.progress).toMatchObject({
      stage: 'sent',
      message: 'Envoyée : Mission Locale du Lot doit te contacter au plus tard le vendredi 27 novembre 2026.',
      offersAlternatives: false,
    })
    const partner = await context.payload.findByID({ collection: 'partners', id: status.summary.partnerId, depth: 0, overrideAccess: true })
    expect(partner.contactsPublic).toBe(true)
    expect(status.partner).toMatchObject({ name: 'Mission Locale du Lot', phone: partner.publicPhone, website: partner.website ?? null })

    // Once the organisation stops publishing its contacts, the page shows none of them.
    await context.payload.update({ collection: 'partners', id: partner.id, data: { contactsPublic: false }, overrideAccess: true })
    try {
      const hidden = await loadRequestStatus(context.payload, lead.id)
      expect(hidden && !hidden.erased && hidden.partner).toMatchObject({ phone: null, email: null })
    } finally {
      await context.payload.update({ collection: 'partners', id: partner.id, data: { contactsPublic: true }, overrideAccess: true })
    }
  })
})

describe('« Je n’en ai plus besoin »', () => {
  it('closes the request once, with its history entry and an email to the organisation; a second time changes nothing', async () => {
    const lead = await submit({ email: 'plus-besoin@example.org' })
    await runEmailJobs(context.payload)
    smtp.clear()

    expect(await closeByYoungPerson(context.payload, { leadId: String(lead.id), token: statusToken(lead.id) })).toEqual({
      reference: lead.reference,
      closed: true,
    })
    const closed = await stored(lead.id)
    expect(closed).toMatchObject({ status: 'cloturee', outcome: 'pas_interessee', contact: { email: 'plus-besoin@example.org' } })
    expect(closed.timeline?.closedAt).toBe(START)
    expect(closed.history?.at(-1)).toMatchObject({ from: 'nouvelle', to: 'cloturee', note: CLOSED_BY_YOUNG_PERSON_NOTE, by: null })
    await runEmailJobs(context.payload)
    const toPro = smtp.to(ML_LOT_PRO)
    expect(toPro).toHaveLength(1)
    expect(toPro[0].subject).toBe(`Demande ${lead.reference} : le ou la jeune n’en a plus besoin`)
    expect(smtp.to('plus-besoin@example.org')).toHaveLength(0)

    const status = await loadRequestStatus(context.payload, lead.id)
    expect(status?.progress).toMatchObject({ stage: 'closed', message: 'Terminée : tu n’en avais plus besoin.', canClose: false })

    clock.advance({ hours: 1 })
    expect(await closeByYoungPerson(context.payload, { leadId: lead.id, token: statusToken(lead.id) })).toEqual({ reference: lead.reference, closed: false })
    expect((await stored(lead.id)).history).toEqual(closed.history)
    await runEmailJobs(context.payload)
    expect(smtp.to(ML_LOT_PRO)).toHaveLength(1)
  })

  it('a request already taken in charge can be closed too', async () => {
    const lead = await submit({ email: 'pris-en-charge@example.org' })
    await context.payload.update({ collection: 'leads', id: lead.id, data: { status: 'en_cours' }, overrideAccess: true })
    expect((await closeByYoungPerson(context.payload, { leadId: lead.id, token: statusToken(lead.id) })).closed).toBe(true)
    expect((await stored(lead.id)).history?.at(-1)).toMatchObject({ from: 'en_cours', to: 'cloturee', note: CLOSED_BY_YOUNG_PERSON_NOTE })
  })

  it('a withdrawn request is gone (410)', async () => {
    const lead = await submit({ email: 'efface@example.org' })
    await context.payload.update({
      collection: 'leads',
      id: lead.id,
      data: { timeline: { anonymizedAt: START, anonymizedReason: 'withdrawal' } },
      overrideAccess: true,
    })
    await expect(closeByYoungPerson(context.payload, { leadId: lead.id, token: statusToken(lead.id) })).rejects.toMatchObject({ status: 410 })
    expect((await loadRequestStatus(context.payload, lead.id))?.progress.stage).toBe('withdrawn')
  })
})

describe('other offers, once the delay passed without contact', () => {
  it('appear only after the due date and while the request is still new, without counting a new search', async () => {
    const lead = await submit({ email: 'autres-offres@example.org' })
    const token = statusToken(lead.id)
    const before = await loadRequestStatus(context.payload, lead.id)
    expect(before?.progress).toMatchObject({ stage: 'sent', offersAlternatives: false })
    const expected = (await matchOffers(context.payload, { commune: CAHORS, theme: 'emploi', answers: eligibleAnswers }, { recordSearch: false })).offers
      .map((offer) => offer.id)
      .filter((id) => id !== cej)
    expect(expected.length).toBeGreaterThan(0)
    await expect(requestOtherOffer(context.payload, { leadId: lead.id, token, offerId: expected[0] })).rejects.toMatchObject({ status: 409 })

    clock.set(PAST_DUE)
    const overdue = await loadRequestStatus(context.payload, lead.id)
    if (!overdue || overdue.erased) throw new Error('expected a live request')
    expect(overdue.progress).toMatchObject({ stage: 'overdue', offersAlternatives: true })
    expect(overdue.progress.message).toContain('Le délai est dépassé')
    const searches = await searchCount()
    const alternatives = await requestAlternatives(context.payload, overdue.lead)
    expect(await searchCount()).toBe(searches)
    expect(alternatives.offers.map((offer) => offer.id).sort()).toEqual([...expected].sort())
    expect(alternatives.offers.map((offer) => offer.id)).not.toContain(cej)
    // The Info Jeunes points of the Lot, as the public sees them (Gourdon does not publish its contacts).
    expect(alternatives.infoJeunes).toEqual([
      expect.objectContaining({ name: 'Point Information Jeunesse de Cahors', phone: '05 36 49 10 20' }),
      expect.objectContaining({ name: 'Point Information Jeunesse de Figeac' }),
      expect.objectContaining({ name: 'Point Information Jeunesse de Gourdon', phone: null, email: null }),
    ])

    // Taken in charge after the due date: no alternatives any more.
    await context.payload.update({ collection: 'leads', id: lead.id, data: { status: 'en_cours' }, overrideAccess: true })
    expect((await loadRequestStatus(context.payload, lead.id))?.progress).toMatchObject({ stage: 'taken', offersAlternatives: false })
    await expect(requestOtherOffer(context.payload, { leadId: lead.id, token, offerId: expected[0] })).rejects.toMatchObject({ status: 409 })
  })

  it('« Demander cette offre » creates exactly one new request, with the same contact and answers', async () => {
    const lead = await submit({ email: 'une-autre@example.org', phone: '06 55 44 33 22' })
    const token = statusToken(lead.id)
    clock.set(PAST_DUE)
    const overdue = await loadRequestStatus(context.payload, lead.id)
    if (!overdue || overdue.erased) throw new Error('expected a live request')
    const [chosen] = (await requestAlternatives(context.payload, overdue.lead)).offers

    // The request's own offer, or any offer that is not one of the alternatives, cannot be asked from here.
    await expect(requestOtherOffer(context.payload, { leadId: lead.id, token, offerId: cej })).rejects.toMatchObject({ status: 404 })

    const count = await leadCount()
    const first = await requestOtherOffer(context.payload, { leadId: String(lead.id), token, offerId: String(chosen.id) })
    const second = await requestOtherOffer(context.payload, { leadId: String(lead.id), token, offerId: String(chosen.id) })
    expect(second.id).toBe(first.id)
    expect(await leadCount()).toBe(count + 1)
    const created = await stored(first.id)
    expect(created).toMatchObject({
      status: 'nouvelle',
      offer: chosen.id,
      contact: { email: 'une-autre@example.org', phone: '+33655443322' },
      answers: (await stored(lead.id)).answers,
    })
    expect(created.dueAt! > PAST_DUE).toBe(true)
    // The first request stays as it was: the young person may still hear from its organisation.
    expect((await stored(lead.id)).status).toBe('nouvelle')
  })
})
