import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Actor } from '@/database/transactions'

import { MOVE_DONE_PARAM, MOVE_ERROR_PARAM } from '../../src/admin/leads/move/movePaths'
import { applyLeadAction, type LeadActionInput } from '../../src/admin/leads/requestPage/leadActions'
import { LEAD_ERROR_PARAM, requestPagePath } from '../../src/admin/leads/requestPage/requestPagePath'
import type { Lead } from '../../src/payload-types'
import { moveLead } from '../../src/plugins/boussole/leads/moves/moveLead'
import { offerRecipients } from '../../src/plugins/boussole/offers/offerRecipients'
import { pauseOffer } from '../../src/plugins/boussole/offers/pauseOffer'
import { signedMessageParams, verifiedMessage } from '../../src/security/signedMessage'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { createLeads, loadDemo, type Demo } from './access.fixtures'
import { actor, LOT_ANIMATOR, ML_LOT_PRO, PASSWORD, SICOVAL_ANIMATOR } from './workflows.fixtures'

/**
 * Attacks on the entry points of issue #12 (request page, moves, assignee, absences, offer pause) from outside each
 * person's perimeter, through the Local API, REST and GraphQL; after every refusal the database holds what it held.
 */
const context = useTestPayload()
let payload: Payload
let api: ApiClient
let demo: Demo
const PIJ_PRO = 'pro.pij-cahors@boussole.test'
const ADMIN = 'admin@boussole.test'
const tokens: Record<string, string> = {}
let pro: Actor
let pijPro: Actor
let inactiveColleague: number
let serial = 0

const read = (id: number) => payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true }) as Promise<Lead>
/** What a refused write must leave untouched. */
const snapshot = async (id: number) => {
  const lead = await read(id)
  const moves = await payload.count({ collection: 'lead-moves', where: { lead: { equals: id } }, overrideAccess: true })
  const jobs = await payload.count({ collection: 'payload-jobs', overrideAccess: true })
  return {
    status: lead.status,
    offer: lead.offer,
    partner: lead.partner,
    territory: lead.territory,
    assignee: lead.assignee ?? null,
    dueAt: lead.dueAt,
    contact: lead.contact,
    reference: lead.reference,
    timeline: lead.timeline,
    history: lead.history,
    closingComment: lead.closingComment ?? null,
    moves: moves.totalDocs,
    jobs: jobs.totalDocs,
  }
}

async function freshLead(partner: 'mlLot' | 'pijCahors' = 'mlLot'): Promise<number> {
  serial += 1
  const ids = await createLeads(payload, demo, [{ key: `atk${serial}x${Date.now().toString(36)}`, partner, commune: 'cahors' }])
  return Object.values(ids)[0]
}

const requestAs = (user: Actor): Promise<PayloadRequest> => createLocalReq({ user }, payload)

beforeAll(async () => {
  payload = context.payload
  api = apiClient(payload)
  demo = await loadDemo(payload)
  pro = await actor(payload, ML_LOT_PRO)
  pijPro = await actor(payload, PIJ_PRO)
  const inactive = await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: {
      name: 'Ancien Membre',
      email: `ancien.${Date.now()}@boussole.test`,
      password: PASSWORD,
      role: 'partner',
      partner: demo.partners.mlLot,
      active: false,
    } as never,
  })
  inactiveColleague = inactive.id
  for (const email of [ML_LOT_PRO, PIJ_PRO, LOT_ANIMATOR, SICOVAL_ANIMATOR, ADMIN]) tokens[email] = await api.login(email, PASSWORD)
})

describe('REST PATCH /api/leads/:id by the lead’s own professional: fields written by the plugin only are ignored', () => {
  it('offer, partner, territory, reference, contact, dueAt, timeline.movedAt and history sent with a status change', async () => {
    const id = await freshLead()
    const before = await snapshot(id)
    const { status } = await api.patch(
      `/leads/${id}`,
      {
        status: 'en_cours',
        offer: demo.publishedOffer.mlSicoval,
        partner: demo.partners.pijCahors,
        territory: demo.territories.sicoval,
        reference: 'FAUX-1',
        contact: { email: 'pirate@example.org', phone: '0700000000' },
        dueAt: '2099-01-01T00:00:00.000Z',
        timeline: { movedAt: '1999-01-01T00:00:00.000Z', closedAt: '2099-01-01T00:00:00.000Z' },
        history: [{ at: '2000-01-01T00:00:00.000Z', event: 'forwarded', note: 'faux' }],
      },
      tokens[ML_LOT_PRO],
    )
    expect(status).toBe(200)
    const after = await snapshot(id)
    expect({ ...after, status: before.status, timeline: before.timeline, history: before.history }).toEqual(before)
    expect(after.status).toBe('en_cours')
    expect(after.timeline?.movedAt ?? null).toBeNull()
    expect(after.timeline?.closedAt ?? null).toBeNull()
    expect(after.history?.map((entry) => entry.event)).toEqual(['status'])
  })
})

describe('hostile assignees are refused with a 400 on the field, and nothing of the same save is written', () => {
  it.each([
    ['a professional of another organisation', (): unknown => pijPro.id],
    ['an inactive colleague', (): unknown => inactiveColleague],
    ['the territory’s animator', async (): Promise<unknown> => (await actor(payload, LOT_ANIMATOR)).id],
    ['an unknown account', (): unknown => 999_999_999],
    ['a string that is no id', (): unknown => 'abc'],
    ['an array of ids', (): unknown => [pro.id, pijPro.id]],
    ['an object naming another organisation’s member', (): unknown => ({ id: pijPro.id, partner: demo.partners.mlLot })],
  ] as const)('%s', async (_case, value) => {
    const id = await freshLead()
    const before = await snapshot(id)
    const { status, json } = await api.patch(`/leads/${id}`, { status: 'en_cours', assignee: await value() }, tokens[ML_LOT_PRO])
    expect(status).toBe(400)
    expect(JSON.stringify(json)).not.toMatch(/stack|syntax error|invalid input syntax/i)
    expect(await snapshot(id)).toEqual(before)
  })

  it('through GraphQL too', async () => {
    const id = await freshLead()
    const before = await snapshot(id)
    const { json } = await api.graphql(
      'mutation($id: Int!, $a: Int) { updateLead(id: $id, data: { assignee: $a, status: en_cours }) { id } }',
      tokens[ML_LOT_PRO],
      {
        id,
        a: pijPro.id,
      },
    )
    expect(json.errors?.[0]?.message).toBeTruthy()
    expect(json.errors[0].message).not.toMatch(/Cannot query|Unknown argument/)
    expect(await snapshot(id)).toEqual(before)
  })

  it('through the request page’s action (Local API as the person): « me l’attribuer » with another person’s id, an unknown intent', async () => {
    const id = await freshLead()
    const before = await snapshot(id)
    const attempts: LeadActionInput[] = [
      { intent: 'assign', assignee: pijPro.id },
      { intent: 'assign', assignee: Number('abc') },
      { intent: 'constructor' as never },
      { intent: '__proto__' as never },
      { intent: 'close', outcome: 'pas-une-suite', comment: 'x' },
      { intent: 'close', outcome: 'autre', comment: 'x'.repeat(5000) },
    ]
    for (const input of attempts) await expect(applyLeadAction(payload, pro, id, input)).rejects.toBeTruthy()
    expect(await snapshot(id)).toEqual(before)
  })
})

describe('out of their perimeter, nobody changes a lead (REST, GraphQL, Local API)', () => {
  it.each([
    ['a professional of another organisation', PIJ_PRO],
    ['the animator of another territory', SICOVAL_ANIMATOR],
  ])('%s', async (_case, email) => {
    const id = await freshLead()
    const before = await snapshot(id)
    const rest = await api.patch(`/leads/${id}`, { status: 'en_cours', assignee: pijPro.id }, tokens[email])
    expect([403, 404]).toContain(rest.status)
    const graphql = await api.graphql('mutation($id: Int!) { updateLead(id: $id, data: { status: en_cours }) { id } }', tokens[email], { id })
    expect(graphql.json.errors?.length).toBeGreaterThan(0)
    await expect(applyLeadAction(payload, await actor(payload, email), id, { intent: 'take' })).rejects.toBeTruthy()
    expect(await snapshot(id)).toEqual(before)
  })

  it('anonymous', async () => {
    const id = await freshLead()
    const before = await snapshot(id)
    expect([401, 403]).toContain((await api.patch(`/leads/${id}`, { status: 'en_cours' })).status)
    expect(await snapshot(id)).toEqual(before)
  })
})

describe('moves (« réattribuer », « orienter vers un homologue »)', () => {
  const input = (leadId: number, offerId: number, kind: unknown, reason: unknown = 'Plus adapté ailleurs') => ({ leadId, offerId, kind, reason })

  it.each([
    ['a professional of another organisation (the lead is not theirs: 404)', PIJ_PRO, 'forwarded', 404],
    ['the animator of another territory (404)', SICOVAL_ANIMATOR, 'reassigned', 404],
    ['the lead’s professional claiming the animation’s « réattribuer » (400 kind or 403)', ML_LOT_PRO, 'reassigned', [400, 403]],
  ] as const)('refused to %s, nothing written', async (_case, email, kind, expected) => {
    const id = await freshLead()
    const before = await snapshot(id)
    const error = await moveLead(payload, input(id, demo.publishedOffer.pijCahors, kind), { user: await actor(payload, email) }).catch((caught) => caught)
    expect([expected].flat()).toContain(error?.status)
    expect(await snapshot(id)).toEqual(before)
  })

  it.each([
    ['an offer of another territory', (): number => demo.publishedOffer.mlSicoval, 'Plus adapté ailleurs'],
    ['the lead’s own organisation', (): number => demo.publishedOffer.mlLot, 'Plus adapté ailleurs'],
    ['an unknown offer', (): number => 999_999_999, 'Plus adapté ailleurs'],
    ['an unpublished offer', (): number => demo.offers.find((offer) => offer.status !== 'publiee' && offer.territory === demo.territories.lot)!.id, 'Motif'],
    ['a reason of 100 000 characters', (): number => demo.publishedOffer.pijCahors, 'x'.repeat(100_000)],
    ['a reason given as an array', (): number => demo.publishedOffer.pijCahors, ['un', 'deux']],
    ['no reason', (): number => demo.publishedOffer.pijCahors, '   '],
  ] as const)('the lead’s professional forwarding it to %s is refused, nothing written', async (_case, offer, reason) => {
    const id = await freshLead()
    const before = await snapshot(id)
    const error = await moveLead(payload, input(id, offer(), 'forwarded', reason), { user: pro }).catch((caught) => caught)
    expect([400, 403, 404, 409]).toContain(error?.status)
    expect(await snapshot(id)).toEqual(before)
  })

  it('an inactive account is refused (403)', async () => {
    const id = await freshLead()
    const inactive = await payload.findByID({ collection: 'users', id: inactiveColleague, depth: 0, overrideAccess: true })
    const error = await moveLead(payload, input(id, demo.publishedOffer.pijCahors, 'forwarded'), { user: { ...inactive, collection: 'users' } as never }).catch(
      (caught) => caught,
    )
    expect(error?.status).toBe(403)
  })

  it('lead-moves cannot be written through REST or GraphQL, even by an administrator, and are read only by both organisations and the territory', async () => {
    const id = await freshLead()
    const move = await payload.create({
      collection: 'lead-moves',
      overrideAccess: true,
      data: {
        lead: id,
        reference: `MOVE-${id}`,
        kind: 'forwarded',
        at: new Date().toISOString(),
        territory: demo.territories.lot,
        fromOffer: demo.publishedOffer.mlLot,
        fromPartner: demo.partners.mlLot,
        toOffer: demo.publishedOffer.pijCahors,
        toPartner: demo.partners.pijCahors,
        reason: 'vrai motif',
      },
    })
    const forged = { lead: id, reference: 'FAUX', kind: 'reassigned', at: new Date().toISOString(), territory: demo.territories.lot }
    expect((await api.post('/lead-moves', { ...forged, fromOffer: 1, fromPartner: 1, toOffer: 1, toPartner: 1 }, tokens[ADMIN])).status).toBe(403)
    expect((await api.patch(`/lead-moves/${move.id}`, { reason: 'réécrit' }, tokens[ADMIN])).status).toBe(403)
    expect((await api.patch(`/lead-moves/${move.id}`, { reason: 'réécrit' }, tokens[ML_LOT_PRO])).status).toBe(403)
    const graphql = await api.graphql('mutation($id: Int!) { updateLeadMove(id: $id, data: { reason: "réécrit" }) { id } }', tokens[ADMIN], { id: move.id })
    expect(graphql.json.errors?.[0]?.message).not.toMatch(/Cannot query/)
    expect(graphql.json.errors?.length).toBeGreaterThan(0)
    const stored = await payload.findByID({ collection: 'lead-moves', id: move.id, depth: 0, overrideAccess: true })
    expect(stored.reason).toBe('vrai motif')
    expect((await payload.count({ collection: 'lead-moves', where: { reference: { equals: 'FAUX' } }, overrideAccess: true })).totalDocs).toBe(0)

    const visible = async (email: string) => (await api.get(`/lead-moves?where[id][equals]=${move.id}&depth=0`, tokens[email])).json?.docs?.length ?? 0
    expect({ ml: await visible(ML_LOT_PRO), pij: await visible(PIJ_PRO), lot: await visible(LOT_ANIMATOR), sicoval: await visible(SICOVAL_ANIMATOR) }).toEqual({
      ml: 1,
      pij: 1,
      lot: 1,
      sicoval: 0,
    })
    const other = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { name: 'Tiers', email: `tiers.${Date.now()}@boussole.test`, password: PASSWORD, role: 'partner', partner: demo.partners.mlSicoval } as never,
    })
    const otherToken = await api.login(other.email, PASSWORD)
    expect(await visible(other.email).catch(() => 0)).toBe(0)
    expect((await api.get(`/lead-moves/${move.id}`, otherToken)).status).toBe(404)
  })
})

describe('offer pause', () => {
  it('pausedUntil and pauseLog written through REST PATCH and GraphQL are ignored', async () => {
    const offerId = demo.publishedOffer.mlLot
    const before = await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true, draft: false })
    const body = { pausedUntil: '2099-01-01T12:00:00.000Z', pauseLog: [{ at: '2000-01-01T00:00:00.000Z', action: 'pause', until: '2099-01-01T12:00:00.000Z' }] }
    for (const email of [ML_LOT_PRO, LOT_ANIMATOR, ADMIN]) await api.patch(`/offers/${offerId}?draft=false`, body, tokens[email])
    await api.graphql('mutation($id: Int!) { updateOffer(id: $id, draft: false, data: { pausedUntil: "2099-01-01T12:00:00.000Z" }) { id } }', tokens[ADMIN], {
      id: offerId,
    })
    const after = await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true, draft: false })
    expect({ pausedUntil: after.pausedUntil ?? null, log: after.pauseLog ?? [] }).toEqual({
      pausedUntil: before.pausedUntil ?? null,
      log: before.pauseLog ?? [],
    })
  })

  it.each([
    ['a professional of another organisation', PIJ_PRO, '2026-12-20', 403],
    ['the animator of another territory', SICOVAL_ANIMATOR, '2026-12-20', [403, 404]],
    ['its own professional, a day in the past', ML_LOT_PRO, '2000-01-01', 400],
    ['its own professional, ten years ahead', ML_LOT_PRO, '2036-01-01', 400],
    ['its own professional, not a day', ML_LOT_PRO, '2026-02-31', 400],
    ['its own professional, an array', ML_LOT_PRO, ['2026-12-20'], 400],
    ['its own professional, a huge string', ML_LOT_PRO, '2'.repeat(100_000), 400],
  ] as const)('refused: %s', async (_case, email, until, expected) => {
    const offerId = demo.publishedOffer.mlLot
    const before = await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true, draft: false })
    const error = await pauseOffer(payload, { offerId, until }, await requestAs(await actor(payload, email))).catch((caught) => caught)
    expect([expected].flat()).toContain(error?.status)
    const after = await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true, draft: false })
    expect({ pausedUntil: after.pausedUntil ?? null, log: after.pauseLog?.length ?? 0 }).toEqual({
      pausedUntil: before.pausedUntil ?? null,
      log: before.pauseLog?.length ?? 0,
    })
  })
})

describe('absences', () => {
  it('another organisation’s professional, the animator of another territory and anonymous cannot set a member’s absence', async () => {
    for (const token of [tokens[PIJ_PRO], tokens[SICOVAL_ANIMATOR], undefined]) {
      const { status } = await api.patch(`/users/${pro.id}`, { absence: { from: '2026-01-01T12:00:00.000Z' } }, token)
      expect([401, 403, 404]).toContain(status)
    }
    const stored = await payload.findByID({ collection: 'users', id: pro.id, depth: 0, overrideAccess: true })
    expect(stored.absence?.from ?? null).toBe(pro.absence?.from ?? null)
  })

  it.each([
    ['a last day before the first', { from: '2026-12-10T12:00:00.000Z', until: '2026-12-01T12:00:00.000Z' }],
    ['a last day without a first', { until: '2026-12-01T12:00:00.000Z' }],
    ['not a date', { from: 'demain' }],
    ['an array', { from: ['2026-12-10'] }],
  ])('its owner’s own hostile absence is refused (400): %s', async (_case, absence) => {
    const { status } = await api.patch(`/users/${pro.id}`, { absence }, tokens[ML_LOT_PRO])
    expect(status).toBe(400)
    const stored = await payload.findByID({ collection: 'users', id: pro.id, depth: 0, overrideAccess: true })
    expect(stored.absence?.from ?? null).toBe(pro.absence?.from ?? null)
  })
})

describe('the result messages of the request page and the move form cannot be forged by a link', () => {
  const secret = () => payload.secret
  const page = (id: number) => requestPagePath(id)

  it.each([
    ['no signature', (_id: number) => ({ [LEAD_ERROR_PARAM]: 'Appelez le 08 99 99 99 99' }), null],
    ['a made-up signature', (_id: number) => ({ [LEAD_ERROR_PARAM]: 'Appelez le 08 99 99 99 99', [`${LEAD_ERROR_PARAM}Signature`]: 'AAAA' }), null],
    [
      'a signature of another text',
      (id: number) => ({ ...signedMessageParams(secret(), page(id), LEAD_ERROR_PARAM, 'vrai'), [LEAD_ERROR_PARAM]: 'faux' }),
      null,
    ],
    ['a signature for another lead', (id: number) => signedMessageParams(secret(), page(id + 1), LEAD_ERROR_PARAM, 'vrai'), null],
    [
      'a signature for another parameter',
      (id: number) => ({
        [LEAD_ERROR_PARAM]: 'vrai',
        [`${LEAD_ERROR_PARAM}Signature`]: signedMessageParams(secret(), page(id), 'confiee', 'vrai').confieeSignature,
      }),
      null,
    ],
    [
      'repeated parameters',
      (id: number) => ({
        [LEAD_ERROR_PARAM]: ['vrai', 'faux'],
        [`${LEAD_ERROR_PARAM}Signature`]: signedMessageParams(secret(), page(id), LEAD_ERROR_PARAM, 'vrai')[`${LEAD_ERROR_PARAM}Signature`],
      }),
      null,
    ],
    [
      'the server’s own signature',
      (id: number) => signedMessageParams(secret(), page(id), LEAD_ERROR_PARAM, 'Un commentaire est obligatoire.'),
      'Un commentaire est obligatoire.',
    ],
  ] as const)('request page refusal with %s', (_case, params, expected) => {
    expect(verifiedMessage(secret(), page(41), LEAD_ERROR_PARAM, params(41) as never)).toBe(expected)
  })

  it.each([
    [MOVE_DONE_PARAM, 'Demande ACCES-1 confiée au PIJ de Cahors (Accueil).'],
    [MOVE_ERROR_PARAM, 'Cette demande vient d’être modifiée : rechargez la page.'],
  ])('the move section’s « %s » shows only what the server signed for this page', (key, text) => {
    const signed = signedMessageParams(secret(), page(41), key, text)
    expect(verifiedMessage(secret(), page(41), key, signed)).toBe(text)
    expect(verifiedMessage(secret(), page(42), key, signed)).toBeNull()
    expect(verifiedMessage(secret(), page(41), key, { ...signed, [key]: 'Appelez le 08 99 99 99 99' })).toBeNull()
    expect(verifiedMessage(secret(), page(41), key, { [key]: text })).toBeNull()
    expect(verifiedMessage('un-autre-secret', page(41), key, signed)).toBeNull()
  })
})

describe('offer emails (review, publication, freshness) leave out absent members, as the lead alerts do', () => {
  it('an absent member is left out; when everyone is absent and no address is set, nobody is left out', async () => {
    const partner = demo.partners.mlSicoval
    const req = await createLocalReq({}, payload)
    const make = async (name: string, absence?: { from: string; until?: string }) =>
      payload.create({
        collection: 'users',
        overrideAccess: true,
        disableVerificationEmail: true,
        data: { name, email: `${name}.${Date.now()}@boussole.test`.toLowerCase(), password: PASSWORD, role: 'partner', partner, absence } as never,
      })
    const today = new Date().toISOString()
    const away = await make('Absente', { from: '2020-01-01T12:00:00.000Z', until: '2099-12-31T12:00:00.000Z' })
    const present = await make('Presente', { from: '2099-01-01T12:00:00.000Z' })
    const withAddress = await offerRecipients(req, { partner, notificationEmails: [{ email: 'Boite@Example.org' }] })
    expect(withAddress).toEqual(expect.arrayContaining(['boite@example.org', present.email]))
    expect(withAddress).not.toContain(away.email)
    await payload.update({ collection: 'users', id: present.id, overrideAccess: true, data: { absence: { from: today } } as never })
    const { docs } = await payload.find({
      collection: 'users',
      where: { and: [{ partner: { equals: partner } }, { role: { equals: 'partner' } }] },
      overrideAccess: true,
      depth: 0,
    })
    for (const member of docs) await payload.update({ collection: 'users', id: member.id, overrideAccess: true, data: { absence: { from: today } } as never })
    expect(await offerRecipients(req, { partner, notificationEmails: [] })).toEqual(expect.arrayContaining([away.email, present.email]))
  })
})
