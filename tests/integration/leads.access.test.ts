import { beforeAll, describe, expect, it } from '@jest/globals'

import { submitLead } from '../../src/plugins/boussole/leads/submitLead'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { CEJ, DEMO_PASSWORD, leadBody, LOT_ANIMATOR, ML_LOT_PRO, offerId } from './leads.fixtures'

const context = useTestPayload()
let api: ApiClient
let cej: number
let leadId: number
const tokens: Record<'admin' | 'animator' | 'partner' | 'otherPartner', string> = { admin: '', animator: '', partner: '', otherPartner: '' }

beforeAll(async () => {
  api = apiClient(context.payload)
  cej = await offerId(context.payload, CEJ)
  leadId = (await submitLead(context.payload, leadBody(cej))).id
  tokens.admin = await api.login('admin@boussole.test', DEMO_PASSWORD)
  tokens.animator = await api.login(LOT_ANIMATOR, DEMO_PASSWORD)
  tokens.partner = await api.login(ML_LOT_PRO, DEMO_PASSWORD)
  tokens.otherPartner = await api.login('pro.pij-cahors@boussole.test', DEMO_PASSWORD)
})

describe('leads through the generic APIs', () => {
  it('cannot be created by anybody through REST or GraphQL (only the public endpoint creates leads)', async () => {
    const before = await context.payload.count({ collection: 'leads', overrideAccess: true })
    const data = {
      offer: cej,
      partner: 1,
      territory: 1,
      theme: 1,
      commune: 1,
      status: 'nouvelle',
      consentAt: new Date().toISOString(),
      contact: { email: 'x@example.org' },
    }
    for (const token of [undefined, tokens.partner, tokens.animator]) {
      expect((await api.post('/leads', data, token)).status).toBe(403)
      const { json } = await api.graphql('mutation ($data: mutationLeadInput!) { createLead(data: $data) { id } }', token, { data })
      expect(json.errors?.[0]?.extensions?.name).toBe('Forbidden')
    }
    expect(await context.payload.count({ collection: 'leads', overrideAccess: true })).toEqual(before)
  })

  it('cannot be read anonymously', async () => {
    expect((await api.get('/leads')).status).toBe(403)
    expect((await api.get(`/leads/${leadId}`)).status).toBe(403)
    const { json } = await api.graphql('{ Leads { docs { id contact { email } } } }')
    expect(json.errors?.[0]?.extensions?.name).toBe('Forbidden')
    expect(json.data?.Leads ?? null).toBeNull()
    expect(JSON.stringify(json)).not.toContain('lea.martin@example.org')
  })

  it('is read by its organisation and the animators of its territory, not by other organisations', async () => {
    expect((await api.get(`/leads/${leadId}`, tokens.partner)).json.contact.email).toBe('lea.martin@example.org')
    expect((await api.get(`/leads/${leadId}`, tokens.animator)).status).toBe(200)
    expect((await api.get(`/leads/${leadId}`, tokens.otherPartner)).status).toBe(404)
    // The idempotency key and the IP fingerprint stay hidden from professionals.
    const asPartner = (await api.get(`/leads/${leadId}`, tokens.partner)).json
    expect(asPartner).not.toHaveProperty('requestFingerprint')
    expect(asPartner).not.toHaveProperty('idempotencyKey')
  })
})

describe('the jobs queue and the sent-emails log (email contents are personal data)', () => {
  it('are readable by administrators only', async () => {
    for (const path of ['/payload-jobs', '/sent-emails']) {
      expect((await api.get(path)).status).toBe(403)
      expect((await api.get(path, tokens.partner)).status).toBe(403)
      expect((await api.get(path, tokens.animator)).status).toBe(403)
      const asAdmin = await api.get(path, tokens.admin)
      expect(asAdmin.status).toBe(200)
    }
    const jobs = (await api.get('/payload-jobs', tokens.admin)).json
    expect(jobs.totalDocs).toBe(2)
  })

  it('cannot be run, scheduled or filled by anyone but administrators', async () => {
    for (const token of [undefined, tokens.partner, tokens.animator]) {
      expect([401, 403]).toContain((await api.get('/payload-jobs/run', token)).status)
      expect([401, 403]).toContain((await api.get('/payload-jobs/handle-schedules', token)).status)
      expect((await api.post('/payload-jobs', { input: {}, taskSlug: 'boussoleSendEmail' }, token)).status).toBe(403)
    }
    expect((await context.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(2)
  })
})
