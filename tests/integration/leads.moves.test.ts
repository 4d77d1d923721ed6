import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { HandedOnLeads } from '../../src/admin/leads/move/HandedOnLeads'
import { HANDED_ON_PAGE, MOVE_DONE_PARAM } from '../../src/admin/leads/move/movePaths'
import { overdueLeads } from '../../src/admin/leads/overdue/overdueLeads'
import { inTransaction } from '../../src/database/transactions'
import type { User } from '../../src/payload-types'
import { SMS_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { moveCandidates } from '../../src/plugins/boussole/leads/moves/moveCandidates'
import { moveLead } from '../../src/plugins/boussole/leads/moves/moveLead'
import { partnerRecipients } from '../../src/plugins/boussole/leads/recipients'
import { otherOfferAskedNote, requestOtherOffer } from '../../src/plugins/boussole/leads/requestOtherOffer'
import { leadToken } from '../../src/plugins/boussole/leads/signatures'
import { submitLead } from '../../src/plugins/boussole/leads/submitLead'
import { anonymizeLead } from '../../src/plugins/boussole/retention/anonymizeLead'
import { signedMessageParams } from '../../src/security/signedMessage'
import { apiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { runQueue } from '../helpers/jobs'
import { useTestPayload } from '../helpers/payload'
import { startSmppServer, type TestSmppServer } from '../helpers/smpp'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, DEMO_PASSWORD, DRAFT_OFFER, LOT_ANIMATOR, ML_LOT_PRO, leadBody, offerId, runEmailJobs } from './leads.fixtures'

/**
 * Handing a request to another organisation's offer (issue #12, « when the delay is missed »): the animation's
 * reassignment and the professional's forwarding, against real PostgreSQL, Payload, SMTP and SMPP.
 */
const smtp = useSmtpServer()
const context = useTestPayload()
let clock: InstalledClock
let gateway: TestSmppServer
const previousSmppUrl = process.env.SMPP_URL
let cej: number

const START = '2026-11-24T09:00:00.000Z'
/** The CEJ commits to 3 days: due on Friday 27 November 2026; the next morning it is overdue. */
const PAST_DUE = '2026-11-28T09:00:00.000Z'

const userByEmail = async (payload: Payload, email: string): Promise<User> => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true })
  if (!docs[0]) throw new Error(`Compte de démonstration introuvable : ${email}`)
  return docs[0]
}
const as = (user: User) => ({ user: { ...user, collection: 'users' } }) as never
const stored = (id: number) => context.payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true })
const submit = (contact: { email?: string | null; phone?: string | null }) => submitLead(context.payload, leadBody(cej, { contact }), { ip: null })
const movesOf = async (leadId: number) =>
  (await context.payload.find({ collection: 'lead-moves', where: { lead: { equals: leadId } }, depth: 0, overrideAccess: true })).docs

let animator: User
let professional: User
let otherAnimator: User
let otherProfessional: User
/** A published offer of another organisation matching the CEJ's young person in Cahors. */
let target: { offerId: number; partnerId: number; partnerName: string; offerTitle: string; contactDelayDays: number }

beforeAll(async () => {
  gateway = await startSmppServer()
  process.env.SMPP_URL = gateway.url
  clock = useManualClock(context.payload, START)
  cej = await offerId(context.payload, CEJ)
  ;[animator, professional, otherAnimator, otherProfessional] = await Promise.all(
    [LOT_ANIMATOR, ML_LOT_PRO, 'animateur.sicoval@boussole.test', 'pro.pij-cahors@boussole.test'].map((email) => userByEmail(context.payload, email)),
  )
  const lead = await submit({ email: 'candidats@example.org' })
  const [candidate] = await moveCandidates(context.payload, lead.id)
  const offer = await context.payload.findByID({ collection: 'offers', id: candidate.offerId, depth: 0, overrideAccess: true })
  target = { ...candidate, partnerId: offer.partner as number }
})

beforeEach(() => clock.set(START))

afterAll(async () => {
  clock.restore()
  await gateway.close()
  if (previousSmppUrl === undefined) delete process.env.SMPP_URL
  else process.env.SMPP_URL = previousSmppUrl
})

describe('the candidates', () => {
  it('are the other organisations’ matching offers, with their delay and why they match', async () => {
    const lead = await submit({ email: 'liste@example.org' })
    const candidates = await moveCandidates(context.payload, lead.id)
    expect(candidates.length).toBeGreaterThan(0)
    const ownPartner = (await stored(lead.id)).partner
    for (const candidate of candidates) {
      const offer = await context.payload.findByID({ collection: 'offers', id: candidate.offerId, depth: 0, overrideAccess: true })
      expect(offer.partner).not.toBe(ownPartner)
      expect(offer.status).toBe('publiee')
      expect(candidate.contactDelayDays).toBe(offer.contactDelayDays)
      expect(candidate.reasons.length).toBeGreaterThan(0)
    }
  })
})

describe('the animation reassigns an overdue request', () => {
  it('of a phone-only young person: the request, its history and trace, the SMS, the two organisations’ emails', async () => {
    const lead = await submit({ email: null, phone: '06 70 80 90 10' })
    await context.payload.update({ collection: 'leads', id: lead.id, data: { status: 'en_cours' }, overrideAccess: true })
    clock.set(PAST_DUE)
    await context.payload.update({ collection: 'leads', id: lead.id, data: { overdue: true }, overrideAccess: true })
    await runEmailJobs(context.payload)
    await runQueue(context.payload, SMS_QUEUE)
    smtp.clear()
    gateway.received.length = 0
    const historyBefore = (await stored(lead.id)).history ?? []

    const moved = await moveLead(
      context.payload,
      { leadId: String(lead.id), offerId: String(target.offerId), kind: 'reassigned', reason: '  Pas de réponse malgré deux relances  ' },
      as(animator),
    )

    const after = await stored(lead.id)
    // Due at the end of the new offer's delay, counted from the move (Paris time).
    expect(moved.dueAt > PAST_DUE).toBe(true)
    expect(after).toMatchObject({
      offer: target.offerId,
      partner: target.partnerId,
      status: 'nouvelle',
      overdue: false,
      assignee: null,
      outcome: null,
      contactDelayDays: target.contactDelayDays,
      dueAt: moved.dueAt,
      timeline: { movedAt: PAST_DUE, takenAt: null, remindedAt: null, escalatedAt: null },
    })
    expect(after.history).toHaveLength(historyBefore.length + 1)
    expect(after.history?.at(-1)).toMatchObject({
      event: 'reassigned',
      by: animator.id,
      from: 'en_cours',
      to: 'nouvelle',
      note: `De Mission Locale du Lot (${CEJ}) à ${target.partnerName} (${target.offerTitle}) : Pas de réponse malgré deux relances`,
    })
    const [trace] = await movesOf(lead.id)
    expect(trace).toMatchObject({
      reference: lead.reference,
      kind: 'reassigned',
      by: animator.id,
      fromOffer: cej,
      toOffer: target.offerId,
      toPartner: target.partnerId,
      reason: 'Pas de réponse malgré deux relances',
      wasOverdue: true,
    })

    await runQueue(context.payload, SMS_QUEUE)
    const sms = gateway.received.filter((message) => message.to.endsWith('670809010'))
    expect(sms).toHaveLength(1)
    expect(sms[0].text).toMatch(
      new RegExp(`^Boussole : ta demande ${lead.reference} est maintenant confiée à .+, qui te contacte avant le .+\\. Ta demande : http\\S+/r/\\S+$`),
    )

    await runEmailJobs(context.payload)
    const newRecipients = await partnerRecipients(context.payload, { offerId: target.offerId, partnerId: target.partnerId }, 'newLeads')
    expect(newRecipients.length).toBeGreaterThan(0)
    for (const address of newRecipients) {
      expect(smtp.to(address).map((email) => email.subject)).toEqual([
        expect.stringMatching(new RegExp(`^Nouvelle demande ${lead.reference} : à contacter avant le `)),
      ])
    }
    const toFirst = smtp.to(ML_LOT_PRO)
    expect(toFirst).toHaveLength(1)
    expect(toFirst[0].subject).toBe(`Demande ${lead.reference} confiée à ${target.partnerName}`)
    expect(toFirst[0].text).toContain(`par ${animator.name}`)
    expect(toFirst[0].text).not.toContain('06 70 80 90 10')
  })
})

describe('a professional forwards to a peer', () => {
  it('an email request: the young person is told by email, the history says « forwarded »', async () => {
    const lead = await submit({ email: 'orientee@example.org', phone: '06 70 80 90 11' })
    await runEmailJobs(context.payload)
    smtp.clear()
    await moveLead(
      context.payload,
      { leadId: lead.id, offerId: target.offerId, kind: 'forwarded', reason: 'Projet de formation plutôt que d’emploi' },
      as(professional),
    )
    const after = await stored(lead.id)
    expect(after).toMatchObject({ partner: target.partnerId, status: 'nouvelle' })
    expect(after.history?.at(-1)).toMatchObject({ event: 'forwarded', by: professional.id, from: 'nouvelle', to: 'nouvelle' })
    await runEmailJobs(context.payload)
    const [toYoungPerson] = smtp.to('orientee@example.org')
    expect(toYoungPerson.subject).toBe(`Ta demande est maintenant suivie par ${target.partnerName}`)
    expect(toYoungPerson.text).toContain(`/demandes/${lead.id}?token=${leadToken(context.payload.secret, lead.id, 'status')}`)
    await runQueue(context.payload, SMS_QUEUE)
    expect(gateway.received.filter((message) => message.to.endsWith('670809011'))).toHaveLength(0)
  })

  it('the first organisation keeps the trace through REST, but no longer the request', async () => {
    const lead = await submit({ email: 'trace@example.org' })
    await moveLead(context.payload, { leadId: lead.id, offerId: target.offerId, kind: 'forwarded', reason: 'Hors de notre champ' }, as(professional))
    const api = apiClient(context.payload)
    const token = await api.login(ML_LOT_PRO, DEMO_PASSWORD)
    const trace = await api.get(`/lead-moves?where[lead][equals]=${lead.id}&depth=0`, token)
    expect(trace.status).toBe(200)
    expect(trace.json.docs).toEqual([expect.objectContaining({ reference: lead.reference, reason: 'Hors de notre champ' })])
    expect((await api.get(`/leads/${lead.id}`, token)).status).toBe(404)

    // The dashboard's « Demandes confiées à d’autres organismes », read with the professional's access.
    const section = renderToStaticMarkup((await HandedOnLeads({ payload: context.payload, user: professional, now: new Date(START) }))!)
    expect(section).toContain('Demandes confiées à d’autres organismes')
    expect(section).toContain(`<th scope="row">${lead.reference}</th>`)
    for (const text of [target.partnerName, professional.name, 'Hors de notre champ']) expect(section).toContain(text.replace(/'/g, '&#x27;'))
    const otherOrganisation = await HandedOnLeads({ payload: context.payload, user: otherProfessional, now: new Date(START) })
    if (otherOrganisation) expect(renderToStaticMarkup(otherOrganisation)).not.toContain(lead.reference)
  })
})

describe('where the professional lands after forwarding: the dashboard’s « Demandes confiées »', () => {
  it('shows the result only when the server signed it for the dashboard', async () => {
    const lead = await submit({ email: 'resultat-confiee@example.org' })
    await moveLead(context.payload, { leadId: lead.id, offerId: target.offerId, kind: 'forwarded', reason: 'Autre besoin' }, as(professional))
    const text = `Demande ${lead.reference} confiée à ${target.partnerName} (${target.offerTitle}).`
    const render = async (searchParams: Record<string, string>) =>
      renderToStaticMarkup((await HandedOnLeads({ payload: context.payload, user: professional, now: new Date(START), searchParams }))!)
    const escaped = (value: string) => value.replace(/'/g, '&#x27;')

    const signed = await render(signedMessageParams(context.payload.secret, HANDED_ON_PAGE, MOVE_DONE_PARAM, text))
    expect(signed).toContain(`<p role="status" class="boussole-handed-on__done">${escaped(text)}</p>`)

    const forged = 'Demande confiée : appelez le 08 99 00 00 00'
    const refused: [string, Record<string, string>][] = [
      ['unsigned', { [MOVE_DONE_PARAM]: forged }],
      [
        'another text under a real signature',
        { ...signedMessageParams(context.payload.secret, HANDED_ON_PAGE, MOVE_DONE_PARAM, text), [MOVE_DONE_PARAM]: forged },
      ],
      ['signed for the request page', signedMessageParams(context.payload.secret, `/admin/collections/leads/${lead.id}`, MOVE_DONE_PARAM, forged)],
      ['signed with another secret', signedMessageParams('un-autre-secret', HANDED_ON_PAGE, MOVE_DONE_PARAM, forged)],
    ]
    for (const [, searchParams] of refused) {
      const html = await render(searchParams)
      expect(html).toContain(`<th scope="row">${lead.reference}</th>`)
      expect(html).not.toContain('role="status"')
      expect(html).not.toContain('08 99')
    }
  })
})

describe('refused moves leave the request as it was', () => {
  const cases: [string, () => User, () => Promise<Record<string, unknown>>, number][] = [
    ['an animator of another territory', () => otherAnimator, async () => ({}), 404],
    ['a professional of another organisation', () => otherProfessional, async () => ({ kind: 'forwarded' }), 404],
    ['a professional reassigning', () => professional, async () => ({}), 403],
    ['a target of the same organisation', () => animator, async () => ({ offerId: cej }), 400],
    ['an unpublished target', () => animator, async () => ({ offerId: await offerId(context.payload, DRAFT_OFFER) }), 400],
    ['an unknown target', () => animator, async () => ({ offerId: 999999 }), 404],
    ['no reason', () => animator, async () => ({ reason: '  ' }), 400],
  ]
  it.each(cases)('%s', async (name, actor, overrides, status) => {
    // One address per case: the intake allows five requests a day per contact.
    const lead = await submit({ email: `refus.${cases.findIndex((entry) => entry[0] === name)}@example.org` })
    const before = await stored(lead.id)
    const input = { leadId: lead.id, offerId: target.offerId, kind: 'reassigned', reason: 'Motif', ...(await overrides()) }
    await expect(moveLead(context.payload, input, as(actor()))).rejects.toMatchObject({ status })
    expect(await stored(lead.id)).toMatchObject({ offer: before.offer, partner: before.partner, history: before.history })
    expect(await movesOf(lead.id)).toHaveLength(0)
  })

  it('a closed request (409) and an erased one (409)', async () => {
    const closed = await submit({ email: 'close@example.org' })
    await context.payload.update({
      collection: 'leads',
      id: closed.id,
      data: { status: 'cloturee', outcome: 'autre', closingComment: 'Fini' },
      overrideAccess: true,
    })
    await expect(
      moveLead(context.payload, { leadId: closed.id, offerId: target.offerId, kind: 'reassigned', reason: 'Motif' }, as(animator)),
    ).rejects.toMatchObject({
      status: 409,
    })
    const erased = await submit({ email: 'efface-moi@example.org' })
    await context.payload.update({
      collection: 'leads',
      id: erased.id,
      data: { timeline: { anonymizedAt: START, anonymizedReason: 'withdrawal' } },
      overrideAccess: true,
    })
    await expect(
      moveLead(context.payload, { leadId: erased.id, offerId: target.offerId, kind: 'reassigned', reason: 'Motif' }, as(animator)),
    ).rejects.toMatchObject({
      status: 409,
    })
  })
})

describe('two simultaneous moves', () => {
  it('only one wins; the other is told the request changed (409)', async () => {
    const lead = await submit({ email: 'course@example.org' })
    const move = (user: User, kind: string) => moveLead(context.payload, { leadId: lead.id, offerId: target.offerId, kind, reason: 'En même temps' }, as(user))
    const results = await Promise.allSettled([move(animator, 'reassigned'), move(professional, 'forwarded')])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { status: 409 } })
    expect(await movesOf(lead.id)).toHaveLength(1)
    expect((await stored(lead.id)).history?.filter((entry) => entry.event !== 'status' && entry.event)).toHaveLength(1)
  })
})

describe('erasure', () => {
  it('clears the reasons of the request’s moves, keeps where it went', async () => {
    const lead = await submit({ email: 'efface-motif@example.org' })
    await moveLead(context.payload, { leadId: lead.id, offerId: target.offerId, kind: 'reassigned', reason: 'Léa a déménagé à Figeac' }, as(animator))
    await inTransaction(context.payload, async (req) => anonymizeLead(req, await stored(lead.id), 'withdrawal', new Date(START)))
    const [trace] = await movesOf(lead.id)
    expect(trace.reason ?? null).toBeNull()
    expect(trace).toMatchObject({ reference: lead.reference, toOffer: target.offerId })
  })
})

describe('asking another offer from the request’s page', () => {
  it('writes one entry in the first request’s history, even when tapped twice', async () => {
    const lead = await submit({ email: 'autre-offre-historique@example.org' })
    clock.set(PAST_DUE)
    const token = leadToken(context.payload.secret, lead.id, 'status')
    const first = await requestOtherOffer(context.payload, { leadId: lead.id, token, offerId: target.offerId })
    await requestOtherOffer(context.payload, { leadId: lead.id, token, offerId: target.offerId })
    const entries = (await stored(lead.id)).history?.filter((entry) => entry.note === otherOfferAskedNote(first.reference))
    expect(entries).toHaveLength(1)
    expect(otherOfferAskedNote(first.reference)).toBe(`Le ou la jeune a demandé une autre offre : ${first.reference}`)
  })
})

describe('the animation’s list of overdue requests', () => {
  it('lists the territory’s requests still new past their date, oldest first, and no longer those moved', async () => {
    const older = await submit({ email: 'retard.1@example.org' })
    clock.set('2026-11-25T09:00:00.000Z')
    const newer = await submit({ email: 'retard.2@example.org' })
    clock.set('2026-12-01T09:00:00.000Z')
    const territoryIds = (animator.territories ?? []) as number[]
    const listed = await overdueLeads(context.payload, { ...animator, collection: 'users' }, { kind: 'territories', territoryIds }, undefined)
    const ours = listed.filter((lead) => lead.id === older.id || lead.id === newer.id)
    expect(ours.map((lead) => lead.id)).toEqual([older.id, newer.id])
    expect(ours[0]).toMatchObject({ reference: older.reference, partnerName: 'Mission Locale du Lot', offerTitle: CEJ, communeName: 'Cahors', daysLate: 4 })
    expect(listed.map((lead) => lead.dueAt)).toEqual([...listed.map((lead) => lead.dueAt)].sort())

    await moveLead(context.payload, { leadId: older.id, offerId: target.offerId, kind: 'reassigned', reason: 'En retard' }, as(animator))
    const after = await overdueLeads(context.payload, { ...animator, collection: 'users' }, { kind: 'territories', territoryIds }, undefined)
    expect(after.map((lead) => lead.id)).not.toContain(older.id)
    const elsewhere = await overdueLeads(
      context.payload,
      { ...otherAnimator, collection: 'users' },
      { kind: 'territories', territoryIds: (otherAnimator.territories ?? []) as number[] },
      undefined,
    )
    expect(elsewhere.map((lead) => lead.id)).not.toContain(newer.id)
  })
})
