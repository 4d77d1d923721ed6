import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { runSlaSweep } from '../../src/plugins/boussole/sla/runSlaSweep'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, countRows, DEMO_PASSWORD, leadBody, ML_LOT_PRO, offerId, runEmailJobs } from './leads.fixtures'
import { actor } from './workflows.fixtures'

const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let clock: InstalledClock
let cej: number
let colleague: { id: number; email: string }
let pro: { id: number }

const COLLEAGUE = 'collegue.missionlocale46@boussole.test'
const submit = (body: unknown) => api.rest('POST', '/boussole/leads', { body })
const newLeadEmailsTo = (email: string) => smtp.to(email).filter((message) => message.subject.startsWith('Nouvelle demande'))

beforeAll(async () => {
  const { payload } = context
  api = apiClient(payload)
  // Wednesday 2 December 2026, 10:00 in Paris.
  clock = useManualClock(payload, '2026-12-02T09:00:00.000Z')
  cej = await offerId(payload, CEJ)
  // The offer's notification addresses would always be alerted: without them, only members are.
  await payload.db.updateOne({ collection: 'offers', id: cej, data: { notificationEmails: [] } })
  const ml = await actor(payload, ML_LOT_PRO)
  pro = ml
  const created = await payload.create({
    collection: 'users',
    data: { email: COLLEAGUE, password: DEMO_PASSWORD, name: 'Inès Colin', role: 'partner', partner: ml.partner, active: true } as never,
    overrideAccess: true,
    depth: 0,
  })
  colleague = { id: created.id, email: COLLEAGUE }
})

beforeEach(() => smtp.clear())
afterAll(() => clock.restore())

describe('contact preferences at intake', () => {
  it('are stored on the lead and shown in the alert email the organisation receives', async () => {
    const { payload } = context
    const response = await submit(
      leadBody(cej, { contact: { email: 'prefs@example.org' }, contactPreferences: { channels: ['appel', 'sms'], moments: ['soir'] } }),
    )
    expect(response.status).toBe(201)

    const lead = await payload.findByID({ collection: 'leads', id: response.json.id, depth: 0, overrideAccess: true })
    expect(lead.contactPreferences).toEqual({ channels: ['sms', 'appel'], moments: ['soir'] })
    await runEmailJobs(payload)
    const [alert] = newLeadEmailsTo(ML_LOT_PRO)
    expect(alert.text).toContain('Préfère être contacté(e) par SMS ou appel, le soir.')
  })

  it('are optional: a lead without them stores empty lists and its email says nothing of them', async () => {
    const { payload } = context
    const response = await submit(leadBody(cej, { contact: { email: 'sans.prefs@example.org' } }))
    expect(response.status).toBe(201)
    const lead = await payload.findByID({ collection: 'leads', id: response.json.id, depth: 0, overrideAccess: true })
    expect(lead.contactPreferences).toEqual({ channels: [], moments: [] })
    await runEmailJobs(payload)
    expect(newLeadEmailsTo(ML_LOT_PRO)[0].text).not.toContain('Préfère être contacté(e)')
  })

  it.each<[string, unknown, string]>([
    ['an unknown channel', { channels: ['pigeon'] }, 'contactPreferences.channels'],
    ['an SQL fragment', { moments: ["soir'); drop table leads; --"] }, 'contactPreferences.moments'],
    ['a string instead of lists', 'sms', 'contactPreferences'],
    ['an object in a list', { channels: [{ value: 'sms' }] }, 'contactPreferences.channels'],
  ])('refuses %s with a 400 in French and stores nothing', async (_case, contactPreferences, field) => {
    const before = await countRows(context.payload)
    const response = await submit(leadBody(cej, { contact: { email: 'hostile@example.org' }, contactPreferences }))
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ field, message: expect.stringMatching(/^(Choisis|Tes préférences)/) }])
    expect(await countRows(context.payload)).toEqual(before)
  })
})

describe('alerts around absences', () => {
  const absentToday = { from: '2026-12-01T12:00:00.000Z', until: '2026-12-10T12:00:00.000Z' }

  it('a new lead reaches the colleagues, not the absent member', async () => {
    const { payload } = context
    await payload.update({ collection: 'users', id: pro.id, data: { absence: absentToday }, overrideAccess: true, depth: 0 })

    expect((await submit(leadBody(cej, { contact: { email: 'absence@example.org' } }))).status).toBe(201)
    await runEmailJobs(payload)

    expect(newLeadEmailsTo(COLLEAGUE)).toHaveLength(1)
    expect(newLeadEmailsTo(ML_LOT_PRO)).toHaveLength(0)
  })

  it('everyone absent and no offer address: everyone still gets it', async () => {
    const { payload } = context
    await payload.update({ collection: 'users', id: colleague.id, data: { absence: absentToday }, overrideAccess: true, depth: 0 })

    expect((await submit(leadBody(cej, { contact: { email: 'tous.absents@example.org' } }))).status).toBe(201)
    await runEmailJobs(payload)

    expect(newLeadEmailsTo(COLLEAGUE)).toHaveLength(1)
    expect(newLeadEmailsTo(ML_LOT_PRO)).toHaveLength(1)
    await payload.update({ collection: 'users', id: colleague.id, data: { absence: { from: null, until: null } }, overrideAccess: true, depth: 0 })
  })

  it('a reminder goes to the assignee, or to the colleagues while the assignee is absent', async () => {
    const { payload } = context
    await payload.update({ collection: 'users', id: pro.id, data: { absence: { from: null, until: null } }, overrideAccess: true, depth: 0 })
    const toColleague = await submit(leadBody(cej, { contact: { email: 'rappel1@example.org' } }))
    const toAbsentPro = await submit(leadBody(cej, { contact: { email: 'rappel2@example.org' } }))
    await payload.db.updateOne({ collection: 'leads', id: toColleague.json.id, data: { assignee: colleague.id } })
    await payload.db.updateOne({ collection: 'leads', id: toAbsentPro.json.id, data: { assignee: pro.id } })
    await runEmailJobs(payload)
    smtp.clear()

    // Due Saturday 5 December 23:59 (3 days), reminded 24 hours before: Saturday morning, the day the pro is away.
    clock.set(new Date('2026-12-05T08:00:00.000Z'))
    const saturday = { from: '2026-12-05T12:00:00.000Z', until: '2026-12-05T12:00:00.000Z' }
    await payload.update({ collection: 'users', id: pro.id, data: { absence: saturday }, overrideAccess: true, depth: 0 })
    await runSlaSweep(payload)
    await runEmailJobs(payload)

    const reminderOf = (reference: string) => (email: string) => smtp.to(email).filter((message) => message.subject.startsWith(`Rappel : demande ${reference}`))
    const assignedToColleague = reminderOf(toColleague.json.reference)
    const assignedToAbsentPro = reminderOf(toAbsentPro.json.reference)
    expect(assignedToColleague(COLLEAGUE)).toHaveLength(1)
    expect(assignedToColleague(ML_LOT_PRO)).toHaveLength(0)
    expect(assignedToAbsentPro(COLLEAGUE)).toHaveLength(1)
    expect(assignedToAbsentPro(ML_LOT_PRO)).toHaveLength(0)
  })
})
