import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Actor } from '@/database/transactions'

import { absentMembersLine, loadHandling } from '../../src/admin/dashboard/whoHandles'
import { applyLeadAction } from '../../src/admin/leads/requestPage/leadActions'
import { loadRequestView } from '../../src/admin/leads/requestPage/loadRequestView'
import { mayUpdateLead } from '../../src/admin/leads/requestPage/mayUpdateLead'
import { LEAD_OUTCOMES } from '../../src/domain/leads/leadStatus'
import type { Lead } from '../../src/payload-types'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { createLeads, loadDemo, type Demo } from './access.fixtures'
import { actor, LOT_ANIMATOR, ML_LOT_PRO, PASSWORD, SICOVAL_ANIMATOR } from './workflows.fixtures'

const context = useTestPayload()
let payload: Payload
let api: ApiClient
let demo: Demo
let pro: Actor
let lotAnimator: Actor
let sicovalAnimator: Actor
let pijPro: Actor
const people = { colleague: 0, inactive: 0, otherOrg: 0 }
let serial = 0

async function member(name: string, partner: number, active = true): Promise<Actor> {
  serial += 1
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { name, email: `page.${serial}.${Date.now()}@boussole.test`, password: PASSWORD, role: 'partner', partner, active } as never,
  })
  return { ...user, collection: 'users' } as Actor
}

/** A fresh lead of the Mission Locale du Lot (each test starts from « nouvelle »). */
async function freshLead(): Promise<number> {
  serial += 1
  const ids = await createLeads(payload, demo, [{ key: `page${serial}x${Date.now().toString(36)}`, partner: 'mlLot', commune: 'cahors' }])
  return Object.values(ids)[0]
}

const read = (id: number) => payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true }) as Promise<Lead>
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => 'accepted',
    (error: { message?: string; data?: { errors?: { message: string }[] } }) => error?.data?.errors?.[0]?.message ?? error?.message,
  )

beforeAll(async () => {
  payload = context.payload
  api = apiClient(payload)
  demo = await loadDemo(payload)
  pro = await actor(payload, ML_LOT_PRO)
  lotAnimator = await actor(payload, LOT_ANIMATOR)
  sicovalAnimator = await actor(payload, SICOVAL_ANIMATOR)
  people.colleague = (await member('Camille Colline', demo.partners.mlLot)).id
  people.inactive = (await member('Ancien Membre', demo.partners.mlLot, false)).id
  pijPro = await member('Pro du PIJ', demo.partners.pijCahors)
  people.otherOrg = pijPro.id
})

describe('the request page actions (as the signed-in person, the collection’s rules applying)', () => {
  it('a professional takes a lead, assigns it to a colleague, then closes it with an outcome and a comment', async () => {
    const id = await freshLead()
    await applyLeadAction(payload, pro, id, { intent: 'take' })
    expect((await read(id)).status).toBe('en_cours')

    await applyLeadAction(payload, pro, id, { intent: 'assign', assignee: people.colleague })
    const assigned = await read(id)
    expect(assigned.assignee).toBe(people.colleague)
    expect(assigned.history?.at(-1)).toMatchObject({ event: 'assigned', note: 'Attribuée à Camille Colline', by: pro.id })

    await applyLeadAction(payload, pro, id, { intent: 'close', outcome: 'rdv_fixe', comment: '  RDV mardi 10 h  ' })
    const closed = await read(id)
    expect({ status: closed.status, outcome: closed.outcome, comment: closed.closingComment }).toEqual({
      status: 'cloturee',
      outcome: 'rdv_fixe',
      comment: 'RDV mardi 10 h',
    })
    expect(closed.timeline?.closedAt).toBeTruthy()
  })

  it('« me l’attribuer », then « remettre en nouvelle »; the page reads it all in words', async () => {
    const id = await freshLead()
    await applyLeadAction(payload, pro, id, { intent: 'take' })
    await applyLeadAction(payload, pro, id, { intent: 'assign', assignee: pro.id })
    await applyLeadAction(payload, pro, id, { intent: 'reopen' })
    const lead = await read(id)
    expect({ status: lead.status, assignee: lead.assignee }).toEqual({ status: 'nouvelle', assignee: pro.id })

    const view = await loadRequestView(payload, lead, new Date(), LEAD_OUTCOMES)
    expect(view.assignee).toEqual({ id: pro.id, name: pro.name })
    expect(view.members.map((entry) => entry.id)).toEqual(expect.arrayContaining([pro.id, people.colleague]))
    expect(view.members.map((entry) => entry.id)).not.toContain(people.inactive)
    expect(view.history.map((item) => item.what)).toEqual(['Prise en charge', 'Attribution', 'Remise en « nouvelle »'])
    expect(view.history[1]).toMatchObject({ who: pro.name, note: `Attribuée à ${pro.name}` })
    expect(view.profile).toEqual([{ question: 'Âge', answer: '19 ans' }])
    expect(view.due?.text).toMatch(/^à contacter avant le /)
  })

  it('the territory’s animator may act on it; clearing the assignee is recorded', async () => {
    const id = await freshLead()
    await applyLeadAction(payload, lotAnimator, id, { intent: 'assign', assignee: people.colleague })
    await applyLeadAction(payload, lotAnimator, id, { intent: 'assign', assignee: null })
    const lead = await read(id)
    expect(lead.assignee ?? null).toBeNull()
    expect(lead.history?.at(-1)).toMatchObject({ event: 'assigned', note: 'N’est plus attribuée à personne', by: lotAnimator.id })
  })

  it.each([
    ['closing without a comment', { intent: 'close', outcome: 'autre', comment: '  ' }, 'Un commentaire est obligatoire pour clôturer la demande.'],
    ['closing without an outcome', { intent: 'close', outcome: '', comment: 'fait' }, 'Indiquez la suite donnée à la demande pour la clôturer.'],
    ['reopening a new lead', { intent: 'reopen' }, 'Une demande « nouvelle » ne peut pas passer à « nouvelle ».'],
  ] as const)('refused: %s', async (_case, input, message) => {
    const id = await freshLead()
    const outcome = await refusal(applyLeadAction(payload, pro, id, input))
    if (input.intent === 'reopen')
      expect(outcome).toBe('accepted') // same status: nothing to refuse, nothing changes
    else expect(outcome).toBe(message)
    expect((await read(id)).status).toBe('nouvelle')
  })

  it.each([
    ['another organisation’s professional', () => pijPro],
    ['another territory’s animator', () => sicovalAnimator],
  ])('refused: %s acts on the lead', async (_case, who) => {
    const id = await freshLead()
    expect(await mayUpdateLead(payload, who(), id)).toBe(false)
    expect(await refusal(applyLeadAction(payload, who(), id, { intent: 'take' }))).not.toBe('accepted')
    expect((await read(id)).status).toBe('nouvelle')
  })

  it('the actions are offered to the organisation and the territory’s animator', async () => {
    const id = await freshLead()
    expect(await mayUpdateLead(payload, pro, id)).toBe(true)
    expect(await mayUpdateLead(payload, lotAnimator, id)).toBe(true)
  })
})

describe('who may be assigned: an active professional of the lead’s organisation (REST and Local API → 400)', () => {
  const OTHER = 'La demande ne peut être attribuée qu’à un membre de l’organisme qui la reçoit.'
  const INACTIVE = 'Ce compte est désactivé : attribuez la demande à un membre actif de l’organisme.'
  let token: string
  beforeAll(async () => {
    token = await api.login(ML_LOT_PRO, PASSWORD)
  })

  it.each([
    ['another organisation’s member', () => people.otherOrg, OTHER],
    ['an inactive member', () => people.inactive, INACTIVE],
    ['an animator (not a member)', () => lotAnimator.id, OTHER],
  ])('%s', async (_case, assignee, message) => {
    const id = await freshLead()
    const rest = await api.patch(`/leads/${id}`, { assignee: assignee() }, token)
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.json)).toContain(message)

    const local = await payload.update({ collection: 'leads', id, data: { assignee: assignee() }, user: pro, overrideAccess: false }).then(
      () => null,
      (error: { status?: number; data?: { errors?: { message: string }[] } }) => error,
    )
    expect(local?.status).toBe(400)
    expect(local?.data?.errors?.[0]?.message).toBe(message)
    expect((await read(id)).assignee ?? null).toBeNull()
  })

  it('an active colleague through REST: accepted', async () => {
    const id = await freshLead()
    const rest = await api.patch(`/leads/${id}`, { assignee: people.colleague }, token)
    expect(rest.status).toBe(200)
    expect((await read(id)).assignee).toBe(people.colleague)
  })
})

describe('a member records their absence on their own account', () => {
  it.each([
    ['a valid week', { from: '2026-12-07T00:00:00.000Z', until: '2026-12-11T00:00:00.000Z' }, 200],
    ['one day', { from: '2026-12-07T00:00:00.000Z', until: '2026-12-07T00:00:00.000Z' }, 200],
    ['until before from', { from: '2026-12-11T00:00:00.000Z', until: '2026-12-07T00:00:00.000Z' }, 400],
  ] as const)('%s → %s', async (_case, absence, status) => {
    const me = await member(`Absent ${_case}`, demo.partners.mlLot)
    const token = await api.login(me.email, PASSWORD)
    const response = await api.patch(`/users/${me.id}`, { absence }, token)
    expect(response.status).toBe(status)
    const stored = await payload.findByID({ collection: 'users', id: me.id, depth: 0, overrideAccess: true })
    if (status === 200) expect(stored.absence?.from?.slice(0, 10)).toBe(absence.from.slice(0, 10))
    else {
      expect(JSON.stringify(response.json)).toContain('Le dernier jour de l’absence doit être le même jour ou après le premier.')
      expect(stored.absence?.from ?? null).toBeNull()
    }
  })
})

describe('the dashboard shows who handles what', () => {
  it('« Suivie par » and the contact preferences of each lead, and the members absent today', async () => {
    const id = await freshLead()
    await payload.update({ collection: 'leads', id, data: { contactPreferences: { channels: ['appel'], moments: ['matin'] } }, overrideAccess: true })
    await applyLeadAction(payload, pro, id, { intent: 'assign', assignee: people.colleague })
    const viewer = { payload, user: pro, req: undefined as never }
    expect((await loadHandling(viewer, [id])).get(id)).toEqual({ assigneeId: people.colleague, assignee: 'Camille Colline', preferences: 'appel · le matin' })

    const away = await member('Zoé Ailleurs', demo.partners.mlLot)
    const now = new Date('2026-12-08T10:00:00.000Z')
    await payload.update({
      collection: 'users',
      id: away.id,
      data: { absence: { from: '2026-12-07T00:00:00.000Z', until: '2026-12-11T00:00:00.000Z' } },
      overrideAccess: true,
    })
    expect(await absentMembersLine(viewer, now)).toContain('Zoé Ailleurs jusqu’au 11/12/2026')
    expect(String(await absentMembersLine(viewer, new Date('2026-12-12T10:00:00.000Z')))).not.toContain('Zoé Ailleurs')
  })
})
