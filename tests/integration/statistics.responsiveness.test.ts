import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { parseCsv } from '../../src/domain/shared/csv'
import { responsivenessCounts, responsivenessSentence, type TimedLead } from '../../src/domain/statistics/responsiveness'
import type { User } from '../../src/payload-types'
import { organisationResponsiveness } from '../../src/plugins/boussole/statistics/organisationResponsiveness'
import { buildResponsivenessReport, type ResponsivenessTableId } from '../../src/plugins/boussole/statistics/responsivenessReport'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'

/**
 * Responsiveness and rescued requests computed in PostgreSQL from known timelines, seen at NOW (mid-September
 * 2027: the demo activity, a few weeks before the template was built, is outside the 90-day window), through
 * each role's perimeter, in the CSV and on the public offer page; the SQL figures are also checked against
 * the domain's definition computed on the same rows.
 */
const context = useTestPayload()
let payload: Payload
let api: ApiClient
let clock: InstalledClock

/** Wednesday 15 September 2027, 10:00 in Paris (summer time, UTC+2). */
const NOW = new Date('2027-09-15T08:00:00.000Z')
const PASSWORD = 'Boussole-demo-2026!'
const EMAILS = {
  admin: 'admin@boussole.test',
  animatorLot: 'animateur.lot@boussole.test',
  animatorSicoval: 'animateur.sicoval@boussole.test',
  mlLot: 'pro.missionlocale46@boussole.test',
  pijCahors: 'pro.pij-cahors@boussole.test',
  mlSicoval: 'pro.missionlocale-sicoval@boussole.test',
} as const
type Who = keyof typeof EMAILS
type Org = 'mlLot' | 'pijCahors' | 'mlSicoval'

const at = (day: string, time = '08:00') => `2027-${day}T${time}:00.000Z`
/** End of a Paris summer day. */
const endOf = (day: string) => `2027-${day}T21:59:59.999Z`

const users = {} as Record<Who, User>
const tokens = {} as Record<Who, string>
const ids = {
  territories: {} as Record<'lot' | 'sicoval', number>,
  partners: {} as Record<Org, number>,
  offers: {} as Record<Org, number>,
  names: {} as Record<Org, string>,
  theme: 0,
  communes: {} as Record<'lot' | 'sicoval', number>,
}

interface Fixture {
  org: Org
  createdAt: string
  dueAt: string
  status?: 'nouvelle' | 'en_cours' | 'cloturee'
  outcome?: string
  timeline?: { takenAt?: string; closedAt?: string; movedAt?: string }
  /** handed to `org` by this move, from `from` */
  move?: { kind: 'reassigned' | 'forwarded'; from: Org }
}

const FIXTURES: Fixture[] = [
  // Mission Locale du Lot: 7 requests in the window, 3 in time, 2 late, median of 2, 4, 48, 120 h = 26 h
  { org: 'mlLot', createdAt: at('09-01'), dueAt: endOf('09-04'), status: 'en_cours', timeline: { takenAt: at('09-01', '10:00') } }, // 2 h
  { org: 'mlLot', createdAt: at('09-02'), dueAt: endOf('09-05'), status: 'en_cours', timeline: { takenAt: at('09-04') } }, // 48 h, in time
  { org: 'mlLot', createdAt: at('09-03'), dueAt: endOf('09-06'), status: 'cloturee', outcome: 'injoignable', timeline: { closedAt: at('09-08') } }, // 120 h, late
  { org: 'mlLot', createdAt: at('09-05'), dueAt: endOf('09-08') }, // still waiting past due: late
  { org: 'mlLot', createdAt: at('09-14'), dueAt: endOf('09-17') }, // waiting within the delay: left out
  { org: 'mlLot', createdAt: at('09-06'), dueAt: endOf('09-09'), status: 'cloturee', outcome: 'pas_interessee', timeline: { closedAt: at('09-07') } }, // the young person: left out
  { org: 'mlLot', createdAt: at('05-03'), dueAt: endOf('05-06'), status: 'en_cours', timeline: { takenAt: at('05-03', '09:00') } }, // before the window
  // reassigned by the animation from the PIJ to the Mission Locale, taken 4 h after the move, in time
  {
    org: 'mlLot',
    createdAt: at('09-06'),
    dueAt: endOf('09-13'),
    status: 'en_cours',
    timeline: { movedAt: at('09-10'), takenAt: at('09-10', '12:00') },
    move: { kind: 'reassigned', from: 'pijCahors' },
  },
  // PIJ de Cahors: 4 requests, not enough
  { org: 'pijCahors', createdAt: at('09-01'), dueAt: endOf('09-03'), status: 'en_cours', timeline: { takenAt: at('09-01', '09:00') } },
  { org: 'pijCahors', createdAt: at('09-02'), dueAt: endOf('09-04') },
  { org: 'pijCahors', createdAt: at('09-09'), dueAt: endOf('09-11'), status: 'en_cours', timeline: { takenAt: at('09-09', '10:00') } },
  // forwarded by the Mission Locale to the PIJ, not taken since: late for the PIJ
  { org: 'pijCahors', createdAt: at('09-11'), dueAt: endOf('09-14'), timeline: { movedAt: at('09-11', '14:00') }, move: { kind: 'forwarded', from: 'mlLot' } },
  // Mission Locale, antenne Sicoval: 5 requests, all taken within the delay, 1 to 5 h
  ...[1, 2, 3, 4, 5].map((hours): Fixture => ({
    org: 'mlSicoval',
    createdAt: at(`09-0${hours}`),
    dueAt: endOf(`09-0${hours + 3}`),
    status: 'en_cours',
    timeline: { takenAt: at(`09-0${hours}`, `${String(8 + hours).padStart(2, '0')}:00`) },
  })),
]

async function one<T>(promise: Promise<{ docs: T[] }>, what: string): Promise<T> {
  const { docs } = await promise
  if (!docs[0]) throw new Error(`Donnée de démonstration introuvable : ${what}`)
  return docs[0]
}

let counter = 0
async function seed(fixture: Fixture): Promise<void> {
  const territory = fixture.org === 'mlSicoval' ? ids.territories.sicoval : ids.territories.lot
  const reference = `REAC-${String(++counter).padStart(3, '0')}`
  const lead = await payload.create({
    collection: 'leads',
    overrideAccess: true,
    depth: 0,
    data: {
      reference,
      offer: ids.offers[fixture.org],
      partner: ids.partners[fixture.org],
      territory,
      theme: ids.theme,
      commune: fixture.org === 'mlSicoval' ? ids.communes.sicoval : ids.communes.lot,
      status: fixture.status ?? 'nouvelle',
      outcome: (fixture.outcome ?? null) as never,
      closingComment: fixture.status === 'cloturee' ? 'Clôturée.' : null,
      contact: { email: `jeune.reac${counter}@example.org` },
      consentAt: fixture.createdAt,
      contactDelayDays: 3,
      dueAt: fixture.dueAt,
      overdue: false,
      timeline: (fixture.timeline ?? {}) as never,
      createdAt: fixture.createdAt,
    },
  })
  if (!fixture.move) return
  await payload.create({
    collection: 'lead-moves',
    overrideAccess: true,
    data: {
      lead: lead.id,
      reference,
      kind: fixture.move.kind,
      at: fixture.timeline!.movedAt!,
      territory,
      fromOffer: ids.offers[fixture.move.from],
      fromPartner: ids.partners[fixture.move.from],
      toOffer: ids.offers[fixture.org],
      toPartner: ids.partners[fixture.org],
      reason: 'Délai dépassé.',
      wasOverdue: fixture.move.kind === 'reassigned',
    },
  })
}

beforeAll(async () => {
  payload = context.payload
  api = apiClient(payload)
  clock = useManualClock(payload, NOW)
  for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) {
    const user = await one(payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true }), email)
    users[who] = { ...user, collection: 'users' } as User
  }
  for (const slug of ['lot', 'sicoval'] as const) {
    ids.territories[slug] = (await one(payload.find({ collection: 'territories', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true }), slug)).id
  }
  ids.theme = (await one(payload.find({ collection: 'themes', where: { slug: { equals: 'emploi' } }, depth: 0, overrideAccess: true }), 'emploi')).id
  ids.communes.lot = (await one(payload.find({ collection: 'communes', where: { code: { equals: '46042' } }, depth: 0, overrideAccess: true }), 'Cahors')).id
  ids.communes.sicoval = (
    await one(payload.find({ collection: 'communes', where: { code: { equals: '31446' } }, depth: 0, overrideAccess: true }), 'Ramonville')
  ).id
  for (const org of ['mlLot', 'pijCahors', 'mlSicoval'] as const) {
    ids.partners[org] = users[org].partner as number
    const partner = await payload.findByID({ collection: 'partners', id: ids.partners[org], depth: 0, overrideAccess: true })
    ids.names[org] = partner.name
    ids.offers[org] = (
      await one(
        payload.find({ collection: 'offers', where: { partner: { equals: ids.partners[org] } }, depth: 0, limit: 1, overrideAccess: true }),
        `offre ${org}`,
      )
    ).id
  }
  for (const fixture of FIXTURES) await seed(fixture)
  for (const who of Object.keys(EMAILS) as Who[]) tokens[who] = await api.login(EMAILS[who], PASSWORD)
})

afterAll(() => clock?.restore())

const viewer = (who: Who) => ({ payload, user: users[who] })
const report = (who: Who, id: ResponsivenessTableId, territoryIds?: number[]) => buildResponsivenessReport(viewer(who), id, { now: NOW, territoryIds })
const byName = async (who: Who, id: ResponsivenessTableId, territoryIds?: number[]) =>
  Object.fromEntries((await report(who, id, territoryIds)).lines.map((line) => [line.name, line]))

const ML_LOT = { requests: 7, inTime: 3, late: 2, medianHours: 26 }
const PIJ = { requests: 4, inTime: 2, late: 2, medianHours: 1.5 }
const ML_SICOVAL = { requests: 5, inTime: 5, late: 0, medianHours: 3 }

describe('responsiveness per organisation, aggregated in PostgreSQL', () => {
  it('gives the exact counts, share and median of each organisation, the minimum count applied', async () => {
    const lines = await byName('admin', 'reactivite-par-organisme')
    expect(lines[ids.names.mlLot].counts).toEqual(ML_LOT)
    expect(lines[ids.names.mlLot].figure).toEqual({ enough: true, requests: 7, inTimeShare: 0.6, medianHours: 26 })
    expect(lines[ids.names.pijCahors].counts).toEqual(PIJ)
    expect(lines[ids.names.pijCahors].figure).toEqual({ enough: false, requests: 4 })
    expect(lines[ids.names.mlSicoval].figure).toEqual({ enough: true, requests: 5, inTimeShare: 1, medianHours: 3 })
  })

  it('agrees with the domain’s definition computed on the same rows', async () => {
    const { docs } = await payload.find({
      collection: 'leads',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { createdAt: true, dueAt: true, outcome: true, timeline: true, partner: true },
    })
    for (const org of ['mlLot', 'pijCahors', 'mlSicoval'] as const) {
      const rows = docs.filter((doc) => doc.partner === ids.partners[org]) as unknown as TimedLead[]
      expect(responsivenessCounts(rows, NOW)).toEqual({ mlLot: ML_LOT, pijCahors: PIJ, mlSicoval: ML_SICOVAL }[org])
    }
  })

  it('per offer, with the same figures for these one-offer timelines', async () => {
    const { lines } = await report('mlLot', 'reactivite-par-offre')
    expect(lines.map((line) => [line.id, line.counts])).toEqual([[ids.offers.mlLot, ML_LOT]])
  })

  it('per territory: the Lot and the Sicoval', async () => {
    const lines = await report('admin', 'reactivite-par-territoire', [ids.territories.lot, ids.territories.sicoval])
    const lot = lines.lines.find((line) => line.id === ids.territories.lot)!
    // 7 + 4 requests; in time 3 + 2; late 2 + 2; median of 2, 4, 48, 120, 1, 2 h
    expect(lot.counts).toEqual({ requests: 11, inTime: 5, late: 4, medianHours: 3 })
    expect(lot.rescues).toEqual({ moved: 2, reassigned: 1, forwarded: 1, taken: 1, takenShare: 0.5, medianHoursToContact: 4 })
    const sicoval = lines.lines.find((line) => line.id === ids.territories.sicoval)!
    expect(sicoval.counts).toEqual(ML_SICOVAL)
    expect(sicoval.rescues).toEqual({ moved: 0, reassigned: 0, forwarded: 0, taken: 0, takenShare: null, medianHoursToContact: null })
  })
})

describe('the perimeter', () => {
  it('an organisation sees only itself, rescues included', async () => {
    const own = await report('mlLot', 'reactivite-par-organisme')
    expect(own.lines.map((line) => line.name)).toEqual([ids.names.mlLot])
    expect(own.lines[0].rescues).toEqual({ moved: 1, reassigned: 1, forwarded: 0, taken: 1, takenShare: 1, medianHoursToContact: 4 })
    const pij = await report('pijCahors', 'reactivite-par-organisme')
    expect(pij.lines.map((line) => [line.name, line.rescues])).toEqual([
      [ids.names.pijCahors, { moved: 1, reassigned: 0, forwarded: 1, taken: 0, takenShare: 0, medianHoursToContact: null }],
    ])
    expect((await report('mlSicoval', 'reactivite-par-territoire')).lines.map((line) => line.counts)).toEqual([ML_SICOVAL])
  })

  it('an animator sees the organisations of their territories only, even when asking for another', async () => {
    const lot = await byName('animatorLot', 'reactivite-par-organisme')
    expect(Object.keys(lot).sort()).toEqual([ids.names.mlLot, ids.names.pijCahors].sort())
    expect(lot[ids.names.pijCahors].rescues?.moved).toBe(1)
    const sicoval = await report('animatorSicoval', 'reactivite-par-organisme')
    expect(sicoval.lines.map((line) => line.name)).toEqual([ids.names.mlSicoval])
    expect((await report('animatorSicoval', 'reactivite-par-organisme', [ids.territories.lot])).lines).toEqual([])
  })
})

describe('the tables and their CSV', () => {
  const csvRows = (text: string): string[][] => {
    const { headers, records } = parseCsv(text)
    return [headers, ...records.map((record) => record.cells)]
  }

  it('the cockpit’s table per organisation, « pas encore assez de demandes » below the minimum', async () => {
    const { status, json } = await api.get('/boussole/statistics/reactivite-par-organisme.csv?territory=lot', tokens.animatorLot)
    expect(status).toBe(200)
    const rows = csvRows(json.raw)
    expect(rows[0]).toEqual([
      'Organisme',
      'Demandes',
      'Prises en charge dans le délai',
      'Délai médian de première action',
      'Demandes confiées',
      'dont réattribuées',
      'dont orientées par un homologue',
      'Prises en charge ensuite',
      'Délai médian du premier contact après le transfert',
    ])
    expect(rows.slice(1).sort()).toEqual(
      [
        [ids.names.mlLot, '7', '60 %', '26 heures', '1', '1', '0', '1 (100 %)', '4 heures'],
        [ids.names.pijCahors, '4', 'pas encore assez de demandes (4 sur 90 jours)', '—', '1', '0', '1', '0 (0 %)', '—'],
      ].sort(),
    )
  })

  it('the national table per territory, and an organisation’s own CSV', async () => {
    const national = csvRows((await api.get('/boussole/statistics/reactivite-par-territoire.csv', tokens.admin)).json.raw)
    const lot = national.find((row) => row[0] === 'Lot')
    expect(lot).toEqual(['Lot', '11', '55,6 %', '3 heures', '2', '1', '1', '1 (50 %)', '4 heures'])
    const own = csvRows((await api.get('/boussole/statistics/reactivite-par-offre.csv', tokens.pijCahors)).json.raw)
    expect(own.slice(1).map((row) => row.slice(1))).toEqual([['4', 'pas encore assez de demandes (4 sur 90 jours)', '—']])
  })
})

describe('the public offer page', () => {
  it('says « Cet organisme répond en général sous 2 jours » for an organisation with enough requests, nothing otherwise', async () => {
    expect(responsivenessSentence(await organisationResponsiveness(payload, ids.partners.mlLot))).toBe('Cet organisme répond en général sous 2 jours.')
    expect(responsivenessSentence(await organisationResponsiveness(payload, ids.partners.mlSicoval))).toBe('Cet organisme répond en général dans la journée.')
    expect(responsivenessSentence(await organisationResponsiveness(payload, ids.partners.pijCahors))).toBeNull()
  })
})
