import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { poolOf } from '../../src/database/pool'
import { dueDate } from '../../src/domain/leads/dueDate'
import { getSettings } from '../../src/plugins/boussole/core/options'
import type { OutgoingEmail } from '../../src/plugins/boussole/jobs/queueEmail'
import { insertLead, reserveLeadId } from '../../src/plugins/boussole/leads/insertLead'
import { adminLeadUrl, siteUrl } from '../../src/plugins/boussole/leads/leadLinks'
import { submitLead } from '../../src/plugins/boussole/leads/submitLead'
import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '../../src/security/clientIp'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, countRows, leadBody, ML_LOT_PRO, offerId, runEmailJobs } from './leads.fixtures'

const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let clock: InstalledClock
let cej: number

const submit = (body: unknown, headers: Record<string, string> = {}) => api.rest('POST', '/boussole/leads', { body, headers })

beforeAll(async () => {
  api = apiClient(context.payload)
  // A Tuesday morning in Paris: the CEJ promises a contact within 3 days, i.e. by Friday 23:59.
  clock = useManualClock(context.payload, '2026-11-24T09:00:00.000Z')
  cej = await offerId(context.payload, CEJ)
})

afterAll(() => clock.restore())

describe('POST /api/boussole/leads', () => {
  it('stores the lead with its due date and emails the organisation and the young person', async () => {
    const { payload } = context
    const before = await countRows(payload)

    const response = await submit(leadBody(cej))

    expect(response.status).toBe(201)
    expect(response.json).toEqual({
      id: expect.any(Number),
      reference: expect.stringMatching(/^BSL-2026-[2-9A-Z]{6}$/),
      dueAt: '2026-11-27T22:59:59.999Z',
      contactDelayDays: 3,
      partner: { name: 'Mission Locale du Lot' },
    })
    const { id, reference } = response.json
    const lead = await payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true })
    expect(lead).toMatchObject({
      reference,
      offer: cej,
      status: 'nouvelle',
      overdue: false,
      contact: { email: 'lea.martin@example.org', phone: '+33612345678' },
      contactDelayDays: 3,
      createdAt: '2026-11-24T09:00:00.000Z',
      consentAt: '2026-11-24T09:00:00.000Z',
      answers: { age: 19, situation: 'demandeur_emploi', projet_emploi: 'emploi', diplome: 'bac', permis: 'non' },
    })
    expect(lead.dueAt).toBe(dueDate(new Date(lead.createdAt), 3).toISOString())
    expect(lead.history).toEqual([expect.objectContaining({ at: '2026-11-24T09:00:00.000Z', to: 'nouvelle' })])
    expect(lead.profile).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ question: 'Quel âge as-tu ?', answer: '19 ans' }),
        expect.objectContaining({ question: 'Quelle est ta situation aujourd’hui ?', answer: 'Je cherche un emploi' }),
        expect.objectContaining({ question: 'As-tu le permis de conduire (permis B) ?', answer: 'Non' }),
      ]),
    )
    // One email to the organisation (the offer's address is also its professional's: deduplicated), one to the young person.
    expect(await countRows(payload)).toEqual({ leads: before.leads + 1, jobs: before.jobs + 2 })

    await runEmailJobs(payload)

    expect(smtp.received).toHaveLength(2)
    const [toPartner] = smtp.to(ML_LOT_PRO)
    expect(toPartner.to).toEqual([ML_LOT_PRO])
    expect(toPartner.subject).toBe(`Nouvelle demande ${reference} : à contacter avant le vendredi 27 novembre 2026`)
    for (const expected of ['sous 3 jours', 'vendredi 27 novembre 2026', 'lea.martin@example.org', '06 12 34 56 78', 'Je cherche un emploi', CEJ]) {
      expect(toPartner.text).toContain(expected)
    }
    expect(toPartner.text).toContain(adminLeadUrl(payload, id))
    expect(toPartner.html).toContain(`href="${siteUrl(payload)}/admin/collections/leads/${id}"`)
    expect(toPartner.text).not.toContain('token=')

    const [toYoungPerson] = smtp.to('lea.martin@example.org')
    expect(toYoungPerson.subject).toBe('Ta demande a bien été transmise à Mission Locale du Lot')
    for (const expected of ['sous 3 jours', 'vendredi 27 novembre 2026', 'Mission Locale du Lot', `/demandes/${id}/retrait?token=`]) {
      expect(toYoungPerson.text).toContain(expected)
    }
    expect(await countRows(payload)).toEqual({ leads: before.leads + 1, jobs: before.jobs })
  })

  it('is also a service the public site calls without HTTP', async () => {
    const lead = await submitLead(context.payload, leadBody(cej, { contact: { phone: '+33 7 98 76 54 32' } }), { ip: null })
    expect(lead).toMatchObject({ contactDelayDays: 3, partner: { name: 'Mission Locale du Lot' } })
    const stored = await context.payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect(stored.contact).toEqual({ email: null, phone: '+33798765432' })
  })

  it('writes nothing at all when an email cannot be queued (lead, history, profile and jobs: all or nothing)', async () => {
    const { payload } = context
    const pool = poolOf(payload)
    const childRows = async () =>
      (await pool.query<{ n: string }>('select (select count(*) from leads_history) + (select count(*) from leads_profile) as n')).rows[0].n
    const before = { ...(await countRows(payload)), children: await childRows() }
    // A real database failure on the second job (the acknowledgement), after the organisation's one was written.
    await pool.query(`
      create function refuse_acknowledgement() returns trigger language plpgsql as $$
      begin
        if new.input->>'kind' = 'acknowledgement' then raise exception 'Panne simulée de la base'; end if;
        return new;
      end $$;
      create trigger refuse_acknowledgement before insert on payload_jobs for each row execute function refuse_acknowledgement();`)
    try {
      const response = await submit(leadBody(cej, { contact: { email: 'panne@example.org' } }))
      expect(response.status).toBe(500)
      expect(response.json.errors[0].message).toMatch(/Une erreur inattendue/)
    } finally {
      await pool.query('drop trigger refuse_acknowledgement on payload_jobs; drop function refuse_acknowledgement();')
    }
    expect({ ...(await countRows(payload)), children: await childRows() }).toEqual(before)
    expect((await submit(leadBody(cej, { contact: { email: 'panne@example.org' } }))).status).toBe(201)
  })
})

describe('references', () => {
  it('never reuses a reference: a taken one writes nothing, so the intake draws another', async () => {
    const { payload } = context
    const existing = await submitLead(payload, leadBody(cej, { contact: { email: 'premiere@example.org' } }))
    const lead = await payload.findByID({ collection: 'leads', id: existing.id, depth: 0, overrideAccess: true })
    const row = (reference: string) => ({
      id: 0,
      reference,
      offerId: cej,
      partnerId: lead.partner as number,
      territoryId: lead.territory as number,
      themeId: lead.theme as number,
      communeId: lead.commune as number,
      contact: { email: 'seconde@example.org', phone: null },
      answers: lead.answers,
      profile: [{ question: 'Quel âge as-tu ?', answer: '19 ans' }],
      idempotencyKey: null,
      requestFingerprint: null,
      contactDelayDays: 3,
      dueAt: lead.dueAt!,
      at: lead.createdAt,
      historyNote: 'Test',
    })
    const email: OutgoingEmail = {
      kind: 'acknowledgement',
      to: 'seconde@example.org',
      subject: 'Test',
      content: { title: 'Test', paragraphs: [] },
      dedupeKey: 'reference-test',
    }
    const before = await countRows(payload)

    expect(await insertLead(payload, { ...row(existing.reference), id: await reserveLeadId(payload) }, { emails: [email], sms: [] })).toBe(false)
    expect(await countRows(payload)).toEqual(before)

    const id = await reserveLeadId(payload)
    expect(await insertLead(payload, { ...row('BSL-2026-TESTXX'), id }, { emails: [email], sms: [] })).toBe(true)
    expect(await countRows(payload)).toEqual({ leads: before.leads + 1, jobs: before.jobs + 1 })
    const stored = await payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ reference: 'BSL-2026-TESTXX', status: 'nouvelle', profile: [{ question: 'Quel âge as-tu ?', answer: '19 ans' }] })
  })
})

describe('Idempotency-Key', () => {
  it('answers a retry with the same lead and writes nothing new', async () => {
    const body = leadBody(cej, { contact: { email: 'retry@example.org' } })
    const headers = { 'Idempotency-Key': 'c0ffee-2026-11-24-retry' }
    const first = await submit(body, headers)
    expect(first.status).toBe(201)
    const rows = await countRows(context.payload)

    const retry = await submit(body, headers)

    expect(retry.status).toBe(201)
    expect(retry.json).toEqual(first.json)
    expect(await countRows(context.payload)).toEqual(rows)
  })

  it('creates one lead for simultaneous requests with the same key', async () => {
    const before = await countRows(context.payload)
    const body = leadBody(cej, { contact: { email: 'double-clic@example.org' } })
    const headers = { 'Idempotency-Key': 'double-click-7f3a' }

    const [a, b] = await Promise.all([submit(body, headers), submit(body, headers)])

    expect([a.status, b.status]).toEqual([201, 201])
    expect(a.json.id).toBe(b.json.id)
    expect((await countRows(context.payload)).leads).toBe(before.leads + 1)
  })

  it('refuses the key for a different request', async () => {
    const response = await submit(leadBody(cej, { contact: { email: 'autre@example.org' } }), { 'Idempotency-Key': 'c0ffee-2026-11-24-retry' })
    expect(response.status).toBe(422)
    expect(response.json.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('déjà servi') }])
  })
})

describe('rate limits', () => {
  const rateLimits = () => getSettings(context.payload).rateLimits
  let saved: ReturnType<typeof rateLimits>

  beforeAll(() => {
    saved = { ...rateLimits() }
  })
  afterAll(() => {
    Object.assign(rateLimits(), saved)
    delete process.env.TRUST_PROXY
  })

  it('limits the leads per IP address behind a trusted proxy, with Retry-After', async () => {
    process.env.TRUST_PROXY = 'true'
    rateLimits().leadsPerIpPerHour = 3
    clock.set('2026-11-24T10:00:00.000Z')
    // The proxy (the socket's peer, stamped by src/instrumentation.ts) appends the client's address on the right;
    // the left-most entry is whatever the client sent.
    const from = (ip: string, n: number) =>
      submit(leadBody(cej, { contact: { email: `ip-${n}@example.org` } }), {
        [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('10.0.0.1'),
        'X-Forwarded-For': `192.0.2.${n}, ${ip}`,
      })

    for (let n = 0; n < 3; n++) expect((await from('203.0.113.7', n)).status).toBe(201)
    const before = await countRows(context.payload)
    const refused = await from('203.0.113.7', 3)

    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('3600')
    expect(refused.json.errors[0].message).toMatch(/^Trop de demandes ont été envoyées depuis cette connexion. Réessaie dans 1 heure.$/)
    expect(await countRows(context.payload)).toEqual(before)
    // Another connection is not affected; the IP address itself is never stored.
    const other = await from('198.51.100.4', 4)
    expect(other.status).toBe(201)
    const { docs } = await context.payload.find({ collection: 'leads', where: { id: { equals: other.json.id } }, overrideAccess: true, depth: 0 })
    expect(docs[0].requestFingerprint).toMatch(/^[\w-]{43}$/)
    expect(JSON.stringify(docs[0])).not.toContain('198.51.100.4')
    // An hour later the first connection may submit again.
    clock.advance({ hours: 1, minutes: 1 })
    expect((await from('203.0.113.7', 5)).status).toBe(201)
  })

  it('ignores X-Forwarded-For unless TRUST_PROXY=true (anyone can forge it)', async () => {
    delete process.env.TRUST_PROXY
    const response = await submit(leadBody(cej, { contact: { email: 'forged@example.org' } }), { 'X-Forwarded-For': '203.0.113.7' })
    expect(response.status).toBe(201)
    const lead = await context.payload.findByID({ collection: 'leads', id: response.json.id, overrideAccess: true, depth: 0 })
    expect(lead.requestFingerprint).toBeNull()
  })

  it('limits the leads per e-mail address or phone number and day', async () => {
    clock.set('2026-11-25T08:00:00.000Z')
    const limit = rateLimits().leadsPerContactPerDay
    for (let n = 0; n < limit; n++) {
      expect((await submit(leadBody(cej, { contact: { email: 'Insistant@Example.org', phone: '0611223344' } }))).status).toBe(201)
    }
    const sameEmail = await submit(leadBody(cej, { contact: { email: 'insistant@example.org' } }))
    expect(sameEmail.status).toBe(429)
    expect(sameEmail.headers.get('Retry-After')).toBe(String(24 * 3600))
    expect(sameEmail.json.errors[0].message).toContain('avec ces coordonnées')

    const samePhone = await submit(leadBody(cej, { contact: { email: 'nouvelle-adresse@example.org', phone: '06 11 22 33 44' } }))
    expect(samePhone.status).toBe(429)
  })
})
