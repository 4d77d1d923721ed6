import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { poolOf } from '../../src/database/pool'
import type { TaskBoussoleSendEmail } from '../../src/payload-types'
import { purgeContactAccesses } from '../../src/plugins/boussole/accessLog/purgeContactAccesses'
import { getSettings } from '../../src/plugins/boussole/core/options'
import { deliverEmail } from '../../src/plugins/boussole/jobs/deliverEmail'
import { EMAIL_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { leadToken } from '../../src/plugins/boussole/leads/signatures'
import { withdrawLead } from '../../src/plugins/boussole/leads/withdrawLead'
import { erasureNotice } from '../../src/plugins/boussole/retention/privacyNotice'
import { runRetentionSweep } from '../../src/plugins/boussole/retention/runRetentionSweep'
import { NOT_ASKED_YET } from '../../src/plugins/boussole/sla/recordFollowUp'
import { runSlaSweep } from '../../src/plugins/boussole/sla/runSlaSweep'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { type Actor, CHANNELS, type Channel, expectIds, expectOutcome, type Matrix, serialised } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { createLeads, type Demo, openDemoMatrix } from './access.fixtures'
import { CEJ, eligibleAnswers, leadBody, offerId, runEmailJobs } from './leads.fixtures'

/**
 * What a young person's withdrawal and the retention sweep leave behind (only non-identifying figures),
 * the follow-up answer (accepted once the question was really sent), the log of accesses to contact
 * details, and bad values in a lead PATCH (a 400 naming the field).
 */
const smtp = useSmtpServer()
const context = useTestPayload()
let matrix: Matrix
let demo: Demo
let clock: InstalledClock
let cej: number

const PHONE_DIGITS = '612345678'
/** Every field that may carry personal data, through GraphQL (REST and the Local API return them all). */
const LEAD_FIELDS = 'id status outcome ageBand closingComment answers contact { email phone } profile { question answer } history { note from to }'

interface Submitted {
  id: number
  reference: string
}

async function submit(email: string, answers?: Record<string, unknown>): Promise<Submitted> {
  const response = await matrix.api.rest('POST', '/boussole/leads', {
    body: leadBody(cej, { contact: { email, phone: '06 12 34 56 78' }, ...(answers ? { answers } : {}) }),
  })
  expect(response.status).toBe(201)
  return response.json as Submitted
}

/** A lead of the Mission Locale du Lot written directly (no intake: the rate limits stay out of the way). */
async function createLead(key: string): Promise<Submitted> {
  const { [key]: id } = await createLeads(context.payload, demo, [{ key, partner: 'mlLot', commune: 'cahors' }])
  return { id, reference: key }
}

const db = () => poolOf(context.payload)

/** Everything PostgreSQL holds about a lead, as text: its row, its arrays, its jobs, its sent-emails rows. */
async function storedTraces(id: number): Promise<string> {
  const queries = [
    ['select to_jsonb(l) as row from leads l where id = $1', [id]],
    ['select to_jsonb(p) as row from leads_profile p where _parent_id = $1', [id]],
    ['select to_jsonb(h) as row from leads_history h where _parent_id = $1', [id]],
    [`select to_jsonb(j) as row from payload_jobs j where input->>'leadId' = $1::text`, [id]],
    ['select to_jsonb(s) as row from sent_emails s where lead_id = $1', [id]],
  ] as const
  const rows = []
  for (const [sql, params] of queries) rows.push(...(await db().query(sql, [...params])).rows)
  return JSON.stringify(rows)
}

/** What each reader sees of the lead, through the three channels. */
async function readAsEveryone(id: number): Promise<{ who: string; text: string; doc: Record<string, any> | undefined }[]> {
  const readers: Actor[] = ['admin', 'animatorLot', 'partnerMlLot']
  const seen = []
  for (const channel of CHANNELS) {
    for (const actor of readers) {
      const one = await matrix.findByID(channel, actor, 'leads', id, { fields: LEAD_FIELDS })
      expect({ channel, actor, status: one.status }).toEqual({ channel, actor, status: 200 })
      const many = await matrix.find(channel, actor, 'leads', { where: { id: { equals: id } }, fields: LEAD_FIELDS })
      expect({ channel, actor, count: many.docs.length }).toEqual({ channel, actor, count: 1 })
      seen.push({ who: `${channel} ${actor}`, text: serialised(one) + serialised(many), doc: one.doc })
    }
  }
  return seen
}

function expectNothingIdentifying(text: string, secrets: string[], who: string): void {
  for (const secret of secrets) expect({ who, leaks: text.includes(secret) ? secret : null }).toEqual({ who, leaks: null })
}

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload, ['anonymous', 'admin', 'animatorLot', 'animatorSicoval', 'partnerMlLot', 'partnerPijCahors']))
  clock = useManualClock(context.payload, '2026-11-24T09:00:00.000Z')
  cej = await offerId(context.payload, CEJ)
})

const START = '2026-11-24T09:00:00.000Z'
beforeEach(() => clock.set(START))
afterAll(() => clock.restore())

describe('after a withdrawal, nothing identifying is left', () => {
  it('erases contact, answers, profile and notes; keeps the figures and an age band, for every reader and in the rows', async () => {
    const { payload } = context
    const lead = await submit('retire.tout@example.org')
    await runEmailJobs(payload)
    // The acknowledgement says what will be erased, what stays, and when (the settings' durations).
    const [acknowledgement] = smtp.to('retire.tout@example.org')
    const { retention } = getSettings(payload)
    expect(acknowledgement.text.replace(/\s+/g, ' ')).toContain(erasureNotice(retention))
    expect(erasureNotice(retention)).toContain(`${retention.monthsAfterClosing} mois après la clôture`)
    const before = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    const profileAnswers = (before.profile ?? []).map((row) => row.answer!).filter((answer) => answer.length > 3)
    expect(profileAnswers.length).toBeGreaterThan(2)
    expect(before.history?.[0]?.note).toBeTruthy()
    // The organisation takes it, writing a note-like comment along the way.
    const taken = await matrix.update('rest', 'partnerMlLot', 'leads', lead.id, { status: 'en_cours' })
    expect(taken.status).toBe(200)
    const secrets = ['retire.tout@example.org', PHONE_DIGITS, 'demandeur_emploi', before.history![0].note!, ...profileAnswers]

    await withdrawLead(payload, { leadId: lead.id, token: leadToken(payload.secret, lead.id, 'withdraw') })

    for (const { who, text, doc } of await readAsEveryone(lead.id)) {
      expectNothingIdentifying(text, secrets, who)
      expect({
        who,
        doc: doc && { status: doc.status, outcome: doc.outcome, ageBand: doc.ageBand, answers: doc.answers ?? null, profile: doc.profile },
      }).toEqual({
        who,
        doc: { status: 'cloturee', outcome: 'pas_interessee', ageBand: 'age_18_25', answers: null, profile: [] },
      })
    }
    const rows = await storedTraces(lead.id)
    expectNothingIdentifying(rows, secrets, 'database')
    expect((await db().query('select count(*)::int as n from leads_profile where _parent_id = $1', [lead.id])).rows[0].n).toBe(0)
    const kept = (await db().query('select answers, age_band, theme_id, territory_id, commune_id, created_at from leads where id = $1', [lead.id])).rows[0]
    expect(kept).toMatchObject({
      answers: null,
      age_band: 'age_18_25',
      theme_id: expect.any(Number),
      territory_id: demo.territories.lot,
      commune_id: demo.communes.cahors,
    })
  })

  it('the retention sweep erases the same, and keeps the same', async () => {
    const { payload } = context
    const lead = await submit('oublie.moi@example.org', { ...eligibleAnswers, age: 16 })
    const before = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    const profileAnswers = (before.profile ?? []).map((row) => row.answer!).filter((answer) => answer.length > 3)
    const secrets = ['oublie.moi@example.org', PHONE_DIGITS, 'demandeur_emploi', ...profileAnswers]
    // A failed email job (SMTP gave up) keeps the young person's address in its input: it must go too.
    await db().query(`update payload_jobs set has_error = true where input->>'leadId' = $1::text and input->>'kind' = 'acknowledgement'`, [lead.id])

    clock.advance({ days: 19 * 31 })
    expect((await runRetentionSweep(payload)).anonymized).toBeGreaterThanOrEqual(1)

    for (const { who, text, doc } of await readAsEveryone(lead.id)) {
      expectNothingIdentifying(text, secrets, who)
      expect({ who, ageBand: doc?.ageBand, answers: doc?.answers ?? null, profile: doc?.profile }).toEqual({
        who,
        ageBand: 'age_15_17',
        answers: null,
        profile: [],
      })
    }
    expectNothingIdentifying(await storedTraces(lead.id), secrets, 'database')
  })

  it('an email job already taken by a worker when the lead is erased does not send the young person’s data', async () => {
    const { payload } = context
    smtp.clear()
    const lead = await submit('trop.tard@example.org')
    // A worker has picked the new-lead email (processing): the withdrawal cannot delete it.
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: EMAIL_QUEUE } }, { 'input.leadId': { equals: lead.id } }, { 'input.kind': { equals: 'new-lead' } }] },
      overrideAccess: true,
      depth: 0,
    })
    const input = docs[0].input as TaskBoussoleSendEmail['input']
    await db().query('update payload_jobs set processing = true where id = $1', [docs[0].id])

    await withdrawLead(payload, { leadId: lead.id, token: leadToken(payload.secret, lead.id, 'withdraw') })

    expect(await deliverEmail(payload, input)).toBe('skipped')
    expect(smtp.received.filter((email) => email.text.includes('trop.tard@example.org'))).toEqual([])
    await db().query('delete from payload_jobs where id = $1', [docs[0].id])
  })
})

describe('the follow-up answer', () => {
  it('is refused until the follow-up email has actually been sent, then accepted once (a different answer corrects it)', async () => {
    const { payload } = context
    await runEmailJobs(payload)
    const lead = await submit('suivi.attendu@example.org')
    const answer = (value: string) =>
      matrix.api.get(`/boussole/leads/${lead.id}/follow-up?answer=${value}&token=${encodeURIComponent(leadToken(payload.secret, lead.id, 'follow-up'))}`)

    // Before any follow-up question.
    const early = await answer('oui')
    expect(early.status).toBe(409)
    expect(early.json.errors).toEqual([{ field: 'answer', message: NOT_ASKED_YET }])

    // Queued by the SLA sweep, but not sent yet.
    clock.set('2026-12-20T09:00:00.000Z')
    await runSlaSweep(payload)
    const queued = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect(queued.timeline?.followUpSentAt).toBe('2026-12-20T09:00:00.000Z')
    expect((await answer('non')).status).toBe(409)
    expect((await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })).timeline?.followUpAnsweredAt ?? null).toBeNull()

    await runEmailJobs(payload)
    const accepted = await answer('non')
    expect(accepted.status).toBe(200)
    const stored = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect(stored.timeline?.contactedAccordingToYoungPerson).toBe('non')
    expect((await answer('non')).status).toBe(409)
    expect((await answer('oui')).status).toBe(200)
  })
})

describe('bad values in a lead PATCH', () => {
  const CASES: [string, Record<string, unknown>, string][] = [
    ['an unknown status', { status: 'nimportequoi' }, 'status'],
    ['a status that is not a string', { status: { $ne: null } }, 'status'],
    ['a number as closing comment', { status: 'cloturee', outcome: 'autre', closingComment: 5 }, 'closingComment'],
    ['an unknown outcome', { status: 'cloturee', outcome: 'nimportequoi', closingComment: 'Vu.' }, 'outcome'],
  ]
  it.each(CASES)('%s: 400 naming the field, in French, nothing written', async (_, body, field) => {
    const lead = await createLead(`patch${field}${Math.random().toString(36).slice(2, 8)}`)
    const before = await context.payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    const response = await matrix.api.patch(`/leads/${lead.id}`, body, matrix.token('partnerMlLot'))
    expect(response.status).toBe(400)
    const errors = response.json.errors.flatMap((error: any) => error.data?.errors ?? [])
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, message: expect.stringMatching(/[a-zé]/) })]))
    expect(JSON.stringify(errors)).not.toMatch(/Cannot read|undefined|TypeError/)
    const stored = await context.payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect({ status: stored.status, history: stored.history, updatedAt: stored.updatedAt }).toEqual({
      status: 'nouvelle',
      history: before.history,
      updatedAt: before.updatedAt,
    })
  })
})

describe('the log of accesses to contact details', () => {
  const entriesFor = async (leadId: number) => {
    const { rows } = await db().query(
      `select a.id, a.action, a.user_id as "user", a.territory_id as territory, array_agg(r.leads_id order by r.leads_id) as leads
         from contact_accesses a join contact_accesses_rels r on r.parent_id = a.id and r.path = 'leads'
        where a.id in (select parent_id from contact_accesses_rels where leads_id = $1)
        group by a.id order by a.id`,
      [leadId],
    )
    return rows as { id: number; action: string; user: number; territory: number; leads: number[] }[]
  }

  it.each(CHANNELS)('records who opened or listed a lead with its contact details, via %s', async (channel: Channel) => {
    const lead = await createLead(`journal${channel}`)
    for (const actor of ['admin', 'animatorLot', 'partnerMlLot'] as const) {
      expect((await matrix.findByID(channel, actor, 'leads', lead.id, { fields: 'id contact { email }' })).status).toBe(200)
      await matrix.find(channel, actor, 'leads', { where: { id: { equals: lead.id } }, fields: 'id contact { email }' })
    }
    // Refused readers and reads without contact details leave no entry.
    await matrix.findByID(channel, 'partnerPijCahors', 'leads', lead.id, { fields: 'id contact { email }' })
    await matrix.findByID(channel, 'anonymous', 'leads', lead.id, { fields: 'id contact { email }' })

    const entries = await entriesFor(lead.id)
    const who = (actor: Actor) => matrix.user(actor)!.id
    expect(entries.map(({ action, user, territory, leads }) => ({ action, user, territory, leads }))).toEqual(
      ['admin', 'animatorLot', 'partnerMlLot'].flatMap((actor) => [
        { action: 'read', user: who(actor as Actor), territory: demo.territories.lot, leads: [lead.id] },
        { action: 'list', user: who(actor as Actor), territory: demo.territories.lot, leads: [lead.id] },
      ]),
    )
    const [first] = await matrix.all('contact-accesses', { id: { equals: entries[0].id } })
    expect(first.at).toBe('2026-11-24T09:00:00.000Z')
  })

  it('records an export of leads with every exported lead, and not an anonymised export', async () => {
    const lead = await createLead('journalexport')
    const exported = await matrix.api.get(`/boussole/exports/leads.csv?territory=${demo.territories.lot}`, matrix.token('animatorLot'))
    expect(exported.status).toBe(200)
    const anonymous = await matrix.api.get(`/boussole/exports/leads.csv?anonymized=true`, matrix.token('animatorLot'))
    expect(anonymous.status).toBe(200)
    const entries = await entriesFor(lead.id)
    expect(entries.map(({ action, user, territory }) => ({ action, user, territory }))).toEqual([
      { action: 'export', user: matrix.user('animatorLot')!.id, territory: demo.territories.lot },
    ])
    const withContact = (
      await db().query(`select count(*)::int as n from leads where territory_id = $1 and (contact_email is not null or contact_phone is not null)`, [
        demo.territories.lot,
      ])
    ).rows[0].n
    expect(entries[0].leads.length).toBe(withContact)
  })

  it.each(CHANNELS)('is read by administrators (all) and animators (their territories) only, via %s', async (channel: Channel) => {
    const lot = await matrix.all('contact-accesses', { territory: { equals: demo.territories.lot } })
    expect(lot.length).toBeGreaterThan(0)
    const sicoval = await context.payload.create({
      collection: 'contact-accesses',
      overrideAccess: true,
      data: {
        at: new Date().toISOString(),
        user: matrix.user('animatorSicoval')!.id,
        userEmail: matrix.user('animatorSicoval')!.email,
        action: 'read',
        leads: [lot[0].leads[0]],
        territory: demo.territories.sicoval,
      },
    })
    const all = await matrix.all('contact-accesses')
    expectIds(
      await matrix.find(channel, 'admin', 'contact-accesses'),
      all.map((entry) => entry.id),
      `${channel} admin`,
    )
    expectIds(
      await matrix.find(channel, 'animatorLot', 'contact-accesses'),
      lot.map((entry) => entry.id),
      `${channel} animatorLot`,
    )
    expectIds(await matrix.find(channel, 'animatorSicoval', 'contact-accesses'), [sicoval.id], `${channel} animatorSicoval`)
    expectIds(await matrix.find(channel, 'partnerMlLot', 'contact-accesses'), 'denied', `${channel} partnerMlLot`)
    expectIds(await matrix.find(channel, 'anonymous', 'contact-accesses'), 'denied', `${channel} anonymous`)
    expect((await matrix.findByID(channel, 'animatorLot', 'contact-accesses', sicoval.id)).status).not.toBe(200)
    await context.payload.delete({ collection: 'contact-accesses', id: sicoval.id, overrideAccess: true })
  })

  it.each(CHANNELS)('cannot be written, changed or deleted by anybody through the API, via %s', async (channel: Channel) => {
    const [entry] = await matrix.all('contact-accesses')
    for (const actor of ['anonymous', 'admin', 'animatorLot', 'partnerMlLot'] as Actor[]) {
      const data = {
        at: new Date().toISOString(),
        user: matrix.user('admin')!.id,
        userEmail: 'faux@example.org',
        action: 'read',
        leads: entry.leads,
        territory: demo.territories.lot,
      }
      expectOutcome(await matrix.create(channel, actor, 'contact-accesses', data), 'denied', `${channel} ${actor} create`)
      expectOutcome(await matrix.update(channel, actor, 'contact-accesses', entry.id, { action: 'export' }), 'denied', `${channel} ${actor} update`)
      expectOutcome(await matrix.delete(channel, actor, 'contact-accesses', entry.id), 'denied', `${channel} ${actor} delete`)
    }
    expect(await matrix.raw('contact-accesses', entry.id)).toMatchObject({ action: entry.action })
  })

  it('keeps its entries for the configured months, then the retention purge deletes them', async () => {
    const { payload } = context
    const count = () => matrix.count('contact-accesses')
    const existing = await count()
    expect(existing).toBeGreaterThan(0)
    clock.set('2027-11-23T09:00:00.000Z')
    expect(await purgeContactAccesses(payload)).toBe(0)
    clock.set('2027-11-25T09:00:00.000Z')
    expect(await purgeContactAccesses(payload)).toBe(existing)
    expect(await count()).toBe(0)
  })
})
