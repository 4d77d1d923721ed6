import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, Where } from 'payload'

import { poolOf } from '../../src/database/pool'
import { inboxSummary } from '../../src/domain/leads/partnerInbox'
import { parseCsv } from '../../src/domain/shared/csv'
import { lastMonths } from '../../src/domain/statistics/period'
import { leadTallyOf, type LeadTally } from '../../src/domain/statistics/tallies'
import type { User } from '../../src/payload-types'
import { loadLeadTallies } from '../../src/plugins/boussole/statistics/leadTallies'
import { loadOpenLeadRows } from '../../src/plugins/boussole/statistics/loadRows'
import { buildStatisticsReport, type StatisticsReport } from '../../src/plugins/boussole/statistics/report'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'

/**
 * Statistics computed on leads and searches with known timelines, inserted into the demo data, read
 * through each role's access rules: each figure is checked against what was inserted (the difference
 * with the figures before insertion, so demo leads do not matter) and against direct database counts.
 */
const context = useTestPayload()
let payload: Payload
let api: ApiClient
let clock: InstalledClock

/** Friday 20 November 2026, 11:00 in Paris. */
const NOW = new Date('2026-11-20T10:00:00.000Z')
const PERIOD = lastMonths(3, NOW) // 1 September → 20 November 2026
const PASSWORD = 'Boussole-demo-2026!'
const EMAILS = {
  admin: 'admin@boussole.test',
  animatorLot: 'animateur.lot@boussole.test',
  animatorSicoval: 'animateur.sicoval@boussole.test',
  mlLot: 'pro.missionlocale46@boussole.test',
  pijCahors: 'pro.pij-cahors@boussole.test',
} as const
type Who = keyof typeof EMAILS

/** End of a Paris day (winter time), what `dueDate` produces. */
const endOf = (day: string) => `${day}T22:59:59.999Z`
const at = (day: string, time = '09:00') => `${day}T${time}:00.000Z`

const users = {} as Record<Who, User>
const ids = {
  territories: {} as Record<'lot' | 'sicoval', number>,
  partners: {} as Record<'mlLot' | 'pijCahors' | 'mlSicoval', number>,
  offers: {} as Record<'mlLot' | 'pijCahors' | 'mlSicoval', number>,
  themes: {} as Record<'emploi' | 'logement', number>,
  communes: {} as Record<'cahors' | 'ramonville', number>,
}
const before = {} as Record<Who, StatisticsReport>
const after = {} as Record<Who, StatisticsReport>

const viewer = (who: Who) => ({ payload, user: users[who] })
const report = (who: Who, territoryIds?: number[]) => buildStatisticsReport(viewer(who), { period: PERIOD, now: NOW, territoryIds })

async function one<T>(promise: Promise<{ docs: T[] }>, what: string): Promise<T> {
  const { docs } = await promise
  if (!docs[0]) throw new Error(`Donnée de démonstration introuvable : ${what}`)
  return docs[0]
}

let counter = 0
interface LeadFixture {
  who: 'mlLot' | 'pijCahors' | 'mlSicoval'
  createdAt: string
  dueAt: string
  status?: 'nouvelle' | 'en_cours' | 'cloturee'
  outcome?: string
  timeline?: Record<string, string>
  anonymized?: boolean
}

async function createLead(fixture: LeadFixture): Promise<number> {
  const territory = fixture.who === 'mlSicoval' ? ids.territories.sicoval : ids.territories.lot
  const doc = await payload.create({
    collection: 'leads',
    overrideAccess: true,
    depth: 0,
    data: {
      reference: `STAT-${String(++counter).padStart(3, '0')}`,
      offer: ids.offers[fixture.who],
      partner: ids.partners[fixture.who],
      territory,
      theme: ids.themes.emploi,
      commune: fixture.who === 'mlSicoval' ? ids.communes.ramonville : ids.communes.cahors,
      status: fixture.status ?? 'nouvelle',
      outcome: (fixture.outcome ?? null) as never,
      closingComment: fixture.status === 'cloturee' && !fixture.anonymized ? 'Jeune rappelé.' : null,
      contact: fixture.anonymized ? { email: null, phone: null } : { email: `jeune${counter}@example.org` },
      consentAt: fixture.createdAt,
      contactDelayDays: 3,
      dueAt: fixture.dueAt,
      overdue: false,
      timeline: { ...fixture.timeline, ...(fixture.anonymized ? { anonymizedAt: at('2026-11-01'), anonymizedReason: 'withdrawal' } : {}) } as never,
      createdAt: fixture.createdAt,
    },
  })
  return doc.id
}

/** Leads with known timelines, seen at NOW. */
const LEADS: Record<string, LeadFixture> = {
  // Mission Locale du Lot
  takenInTime: { who: 'mlLot', createdAt: at('2026-11-16'), dueAt: endOf('2026-11-19'), status: 'en_cours', timeline: { takenAt: at('2026-11-17') } },
  closedInTime: {
    who: 'mlLot',
    createdAt: at('2026-11-16'),
    dueAt: endOf('2026-11-19'),
    status: 'cloturee',
    outcome: 'rdv_fixe',
    timeline: { closedAt: at('2026-11-18') },
  },
  overdueTwoDays: { who: 'mlLot', createdAt: at('2026-11-15'), dueAt: endOf('2026-11-18') },
  dueToday: { who: 'mlLot', createdAt: at('2026-11-17'), dueAt: endOf('2026-11-20') },
  dueTomorrow: { who: 'mlLot', createdAt: at('2026-11-18'), dueAt: endOf('2026-11-21') },
  takenLate: {
    who: 'mlLot',
    createdAt: at('2026-11-09'),
    dueAt: endOf('2026-11-12'),
    status: 'cloturee',
    outcome: 'injoignable',
    timeline: {
      takenAt: at('2026-11-13'),
      closedAt: at('2026-11-14'),
      followUpSentAt: at('2026-11-16'),
      followUpAnsweredAt: at('2026-11-16', '12:00'),
      contactedAccordingToYoungPerson: 'non',
    },
  },
  anonymisedClosedInTime: {
    who: 'mlLot',
    createdAt: at('2026-10-05'),
    dueAt: '2026-10-08T21:59:59.999Z',
    status: 'cloturee',
    outcome: 'solution_trouvee',
    anonymized: true,
    timeline: {
      takenAt: at('2026-10-06'),
      closedAt: at('2026-10-07'),
      followUpSentAt: at('2026-10-11'),
      followUpAnsweredAt: at('2026-10-12'),
      contactedAccordingToYoungPerson: 'oui',
    },
  },
  anonymisedNeverHandled: { who: 'mlLot', createdAt: at('2026-10-05'), dueAt: '2026-10-06T21:59:59.999Z', anonymized: true },
  // PIJ de Cahors (Lot)
  pijOverdue: { who: 'pijCahors', createdAt: at('2026-11-14'), dueAt: endOf('2026-11-16') },
  // Mission Locale, antenne Sicoval
  sicovalOverdue: { who: 'mlSicoval', createdAt: at('2026-11-14'), dueAt: endOf('2026-11-17') },
  sicovalClosed: {
    who: 'mlSicoval',
    createdAt: at('2026-11-17'),
    dueAt: endOf('2026-11-20'),
    status: 'cloturee',
    outcome: 'solution_trouvee',
    timeline: { takenAt: at('2026-11-17', '14:00'), closedAt: at('2026-11-18') },
  },
}

const SEARCHES = [
  { territory: 'lot', commune: 'cahors', theme: 'emploi', resultCount: 0, createdAt: at('2026-11-10') },
  { territory: 'lot', commune: 'cahors', theme: 'logement', resultCount: 0, createdAt: at('2026-10-10') },
  { territory: 'lot', commune: 'cahors', theme: 'emploi', resultCount: 5, createdAt: at('2026-11-11') },
  { territory: 'sicoval', commune: 'ramonville', theme: 'emploi', resultCount: 0, createdAt: at('2026-11-12') },
  { territory: 'sicoval', commune: 'ramonville', theme: 'logement', resultCount: 0, createdAt: at('2026-11-13') },
] as const

const tokens = {} as Record<Who, string>

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
  for (const slug of ['emploi', 'logement'] as const) {
    ids.themes[slug] = (await one(payload.find({ collection: 'themes', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true }), slug)).id
  }
  for (const [key, code] of [
    ['cahors', '46042'],
    ['ramonville', '31446'],
  ] as const) {
    ids.communes[key] = (await one(payload.find({ collection: 'communes', where: { code: { equals: code } }, depth: 0, overrideAccess: true }), code)).id
  }
  const mlSicovalUser = await one(
    payload.find({ collection: 'users', where: { email: { equals: 'pro.missionlocale-sicoval@boussole.test' } }, depth: 0, overrideAccess: true }),
    'ML Sicoval',
  )
  ids.partners = { mlLot: users.mlLot.partner as number, pijCahors: users.pijCahors.partner as number, mlSicoval: mlSicovalUser.partner as number }
  for (const key of Object.keys(ids.partners) as (keyof typeof ids.partners)[]) {
    ids.offers[key] = (
      await one(
        payload.find({ collection: 'offers', where: { partner: { equals: ids.partners[key] } }, depth: 0, limit: 1, overrideAccess: true }),
        `offre ${key}`,
      )
    ).id
  }

  for (const who of Object.keys(EMAILS) as Who[]) before[who] = await report(who)

  for (const fixture of Object.values(LEADS)) await createLead(fixture)
  for (const search of SEARCHES) {
    await payload.create({
      collection: 'searches',
      overrideAccess: true,
      data: {
        territory: ids.territories[search.territory],
        commune: ids.communes[search.commune],
        theme: ids.themes[search.theme],
        resultCount: search.resultCount,
        answers: {},
        createdAt: search.createdAt,
      },
    })
  }

  for (const who of Object.keys(EMAILS) as Who[]) after[who] = await report(who)
  for (const who of Object.keys(EMAILS) as Who[]) tokens[who] = await api.login(EMAILS[who], PASSWORD)
})

afterAll(() => clock?.restore())

/** after − before, for a flat record of numbers. */
const delta = <T extends Record<string, number | null>>(a: T, b: T) =>
  Object.fromEntries(
    Object.keys(a)
      .filter((key) => typeof a[key] === 'number' && !/share$/i.test(key))
      .map((key) => [key, (a[key] as number) - (b[key] as number)]),
  )
/** A CSV answer as lines of cells, the header line first. */
const csvRows = (text: string): string[][] => {
  const { headers, records } = parseCsv(text)
  return [headers, ...records.map((record) => record.cells)]
}
/** Rows of the period matching `where`, counted directly (no access rule). */
const periodCount = async (collection: 'leads' | 'searches', where: Where) =>
  (
    await payload.count({
      collection,
      where: { and: [where, { createdAt: { greater_than_equal: PERIOD.from.toISOString() } }, { createdAt: { less_than: PERIOD.to.toISOString() } }] },
      overrideAccess: true,
    })
  ).totalDocs
const outcomeDelta = (who: Who) => Object.fromEntries(after[who].outcomes.map((o, i) => [o.outcome, o.count - before[who].outcomes[i].count]))

describe('a partner professional (Mission Locale du Lot)', () => {
  it('counts only the organisation’s leads, with their delay, outcomes and answers', async () => {
    const r = after.mlLot
    expect(r.totals.leads).toBe(await periodCount('leads', { partner: { equals: ids.partners.mlLot } }))
    expect(r.totals.leads - before.mlLot.totals.leads).toBe(8)
    expect(delta(r.delay as never, before.mlLot.delay as never)).toEqual({ inTime: 2 + 1, late: 1, overdue: 2, pending: 2, measured: 6 })
    expect(outcomeDelta('mlLot')).toEqual({
      solution_trouvee: 1,
      rdv_fixe: 1,
      orientee_ailleurs: 0,
      injoignable: 1,
      pas_interessee: 0,
      non_eligible: 0,
      autre: 0,
    })
    expect(delta(r.followUp as never, before.mlLot.followUp as never)).toEqual({ asked: 2, answered: 2, unanswered: 0, yes: 1, no: 1 })
  })

  it('never sees another organisation’s figures nor the searches', async () => {
    expect(after.mlLot.overdue.map((o) => o.partner)).toEqual([ids.partners.mlLot])
    expect(after.mlLot.totals.searches).toBe(0)
    expect(after.mlLot.gaps).toEqual({ total: 0, withoutResults: 0, byTheme: [], byCommune: [] })
    expect(after.pijCahors.totals.leads).toBe(await periodCount('leads', { partner: { equals: ids.partners.pijCahors } }))
    expect(after.pijCahors.totals.leads - before.pijCahors.totals.leads).toBe(1)
  })

  it('has an inbox of what to do today that agrees with the database', async () => {
    const open = await loadOpenLeadRows(viewer('mlLot'))
    const direct = await payload.count({
      collection: 'leads',
      where: { and: [{ partner: { equals: ids.partners.mlLot } }, { status: { not_equals: 'cloturee' } }] },
      overrideAccess: true,
    })
    expect(open).toHaveLength(direct.totalDocs)
    const summary = inboxSummary(open, NOW)
    const overdueDirect = await payload.count({
      collection: 'leads',
      where: { and: [{ partner: { equals: ids.partners.mlLot } }, { status: { equals: 'nouvelle' } }, { dueAt: { less_than: NOW.toISOString() } }] },
      overrideAccess: true,
    })
    expect(summary.horsDelai).toBe(overdueDirect.totalDocs)
    expect(summary.horsDelai).toBeGreaterThanOrEqual(2)
    expect(summary.dueToday).toBeGreaterThanOrEqual(1)
    expect(summary.dueTomorrow).toBeGreaterThanOrEqual(1)
    expect(summary.enCours).toBeGreaterThanOrEqual(1)
  })
})

describe('the animator of the Lot', () => {
  it('counts every lead and search of the Lot, none of the Sicoval', async () => {
    const r = after.animatorLot
    expect(r.totals.leads).toBe(await periodCount('leads', { territory: { equals: ids.territories.lot } }))
    expect(r.totals.leads - before.animatorLot.totals.leads).toBe(9)
    expect(r.totals.searches).toBe(await periodCount('searches', { territory: { equals: ids.territories.lot } }))
    expect(r.totals.searches - before.animatorLot.totals.searches).toBe(3)
    expect(r.gaps.withoutResults - before.animatorLot.gaps.withoutResults).toBe(2)
    expect(delta(r.delay as never, before.animatorLot.delay as never)).toEqual({ inTime: 3, late: 1, overdue: 3, pending: 2, measured: 7 })
  })

  it('sees the overdue leads per organisation, as in the database', async () => {
    const overdue = after.animatorLot.overdue
    for (const partner of [ids.partners.mlLot, ids.partners.pijCahors]) {
      const direct = await payload.count({
        collection: 'leads',
        where: { and: [{ partner: { equals: partner } }, { status: { equals: 'nouvelle' } }, { dueAt: { less_than: NOW.toISOString() } }] },
        overrideAccess: true,
      })
      expect(overdue.find((o) => o.partner === partner)?.count).toBe(direct.totalDocs)
    }
    expect(overdue.some((o) => o.partner === ids.partners.mlSicoval)).toBe(false)
    // the anonymised lead due on 6 October is the most overdue of the Mission Locale
    expect(overdue.find((o) => o.partner === ids.partners.mlLot)?.maxDaysLate).toBeGreaterThanOrEqual(44)
  })

  it('exports the overdue table as CSV, with the same figures', async () => {
    const { status, headers, json } = await api.rest('GET', `/boussole/statistics/hors-delai-par-organisme.csv?territory=lot&from=2026-09-01&to=2026-11-20`, {
      token: tokens.animatorLot,
    })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('text/csv')
    expect(headers.get('content-disposition')).toContain('boussole-hors-delai-par-organisme-2026-09-01-2026-11-20.csv')
    const rows = csvRows(json.raw)
    expect(rows[0]).toEqual(['Organisme', 'Demandes hors délai', 'Plus grand retard (jours)'])
    expect(rows.slice(1)).toEqual(after.animatorLot.tables['hors-delai-par-organisme'].rows.map((row) => row.map(String)))
    expect(rows.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining(['Mission Locale du Lot', 'Point Information Jeunesse de Cahors']))
  })
})

describe('the animator of the Sicoval', () => {
  it('sees nothing of the Lot', async () => {
    const r = after.animatorSicoval
    expect(r.totals.leads).toBe(await periodCount('leads', { territory: { equals: ids.territories.sicoval } }))
    expect(r.totals.leads - before.animatorSicoval.totals.leads).toBe(2)
    expect(r.totals.searches).toBe(await periodCount('searches', { territory: { equals: ids.territories.sicoval } }))
    expect(r.totals.searches - before.animatorSicoval.totals.searches).toBe(2)
    expect(r.overdue.map((o) => o.partner)).toEqual([ids.partners.mlSicoval])
    expect(r.territories.map((t) => t.territory)).toEqual([ids.territories.sicoval])
  })

  it('cannot export the Lot’s figures', async () => {
    const refused = await api.get(`/boussole/statistics/demandes-par-semaine.csv?territory=lot`, tokens.animatorSicoval)
    expect(refused.status).toBe(403)
    const own = await api.get(`/boussole/statistics/territoires.csv?from=2026-09-01&to=2026-11-20`, tokens.animatorSicoval)
    expect(own.status).toBe(200)
    const rows = csvRows(own.json.raw)
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Sicoval'])
  })
})

describe('the national administration', () => {
  it('compares the territories, each agreeing with the database', async () => {
    const r = after.admin
    const { totalDocs: territoryCount } = await payload.count({ collection: 'territories', overrideAccess: true })
    expect(r.territories).toHaveLength(territoryCount) // those without any activity too
    for (const slug of ['lot', 'sicoval'] as const) {
      const territory = ids.territories[slug]
      const row = r.territories.find((t) => t.territory === territory)!
      /** Documents of the territory created in the period, matching `conditions`. */
      const countInPeriod = async (collection: 'leads' | 'searches', conditions: Where[] = []) =>
        (
          await payload.count({
            collection,
            where: {
              and: [
                { territory: { equals: territory } },
                ...conditions,
                { createdAt: { greater_than_equal: PERIOD.from.toISOString() } },
                { createdAt: { less_than: PERIOD.to.toISOString() } },
              ],
            },
            overrideAccess: true,
          })
        ).totalDocs
      const [leads, searches, empty, closed] = await Promise.all([
        countInPeriod('leads'),
        countInPeriod('searches'),
        countInPeriod('searches', [{ resultCount: { equals: 0 } }]),
        countInPeriod('leads', [{ status: { equals: 'cloturee' } }]),
      ])
      expect({ leads: row.leads, searches: row.searches, empty: row.searchesWithoutResults, closed: row.closed }).toEqual({
        leads,
        searches,
        empty,
        closed,
      })
    }
    const zero = {
      leads: 0,
      handledInTime: 0,
      measured: 0,
      overdueNow: 0,
      closed: 0,
      followUpYes: 0,
      followUpNo: 0,
      searches: 0,
      searchesWithoutResults: 0,
    }
    const lotBefore = before.admin.territories.find((t) => t.territory === ids.territories.lot) ?? zero
    const lotAfter = r.territories.find((t) => t.territory === ids.territories.lot)!
    expect(delta(lotAfter as never, lotBefore as never)).toMatchObject({
      leads: 9,
      handledInTime: 3,
      measured: 7,
      overdueNow: 3,
      closed: 3,
      followUpYes: 1,
      followUpNo: 1,
      searches: 3,
      searchesWithoutResults: 2,
    })
  })

  it('gives the national monthly series', () => {
    const month = (who: Who, key: string) => after[who].monthly.find((m) => m.month === key)!
    const novemberBefore = before.admin.monthly.find((m) => m.month === '2026-11')!
    const octoberBefore = before.admin.monthly.find((m) => m.month === '2026-10')!
    expect(after.admin.monthly.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(delta(month('admin', '2026-10') as never, octoberBefore as never)).toEqual({
      searches: 1,
      searchesWithoutResults: 1,
      leads: 2,
      handledInTime: 1,
      measured: 2,
      overdueNow: 1, // the anonymised lead due on 6 October, never handled
      closed: 1,
      followUpYes: 1,
      followUpNo: 0,
    })
    expect(delta(month('admin', '2026-11') as never, novemberBefore as never)).toEqual({
      searches: 4,
      searchesWithoutResults: 3,
      leads: 9,
      handledInTime: 3,
      measured: 7,
      overdueNow: 3, // overdueTwoDays, pijOverdue, sicovalOverdue
      closed: 3,
      followUpYes: 0,
      followUpNo: 1,
    })
  })

  it('exports every table as CSV', async () => {
    for (const table of Object.keys(after.admin.tables)) {
      const { status, json } = await api.get(`/boussole/statistics/${table}.csv?from=2026-09-01&to=2026-11-20`, tokens.admin)
      expect([table, status, status === 200 ? null : json]).toEqual([table, 200, null])
      const rows = csvRows(json.raw)
      expect(rows[0]).toEqual(after.admin.tables[table as keyof StatisticsReport['tables']].columns)
      expect(rows.slice(1)).toEqual(
        after.admin.tables[table as keyof StatisticsReport['tables']].rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
      )
    }
    for (const table of ['offres-a-valider', 'chartes-a-suivre', 'organismes-sans-offre-publiee']) {
      expect((await api.get(`/boussole/statistics/${table}.csv`, tokens.admin)).status).toBe(200)
    }
  })
})

describe('the CSV endpoint', () => {
  it('answers 401 without an account, 404 to an unknown table, 400 to a malformed date', async () => {
    expect((await api.get('/boussole/statistics/delai.csv')).status).toBe(401)
    expect((await api.get('/boussole/statistics/inconnu.csv', tokens.admin)).status).toBe(404)
    expect((await api.get('/boussole/statistics/delai.csv?from=20-11-2026', tokens.admin)).status).toBe(400)
    const tooLong = await api.get('/boussole/statistics/demandes-par-semaine.csv?from=1900-01-01&to=9999-12-31', tokens.admin)
    expect(tooLong.status).toBe(400)
    expect(JSON.stringify(tooLong.json)).toContain('La période ne peut pas dépasser 10 ans.')
  })

  it('keeps the network tables for the staff, and scopes a partner’s export to the organisation', async () => {
    expect((await api.get('/boussole/statistics/offres-a-valider.csv', tokens.mlLot)).status).toBe(403)
    const { status, json } = await api.get('/boussole/statistics/hors-delai-par-organisme.csv?from=2026-09-01&to=2026-11-20', tokens.mlLot)
    expect(status).toBe(200)
    expect(
      csvRows(json.raw)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['Mission Locale du Lot'])
  })
})

describe('statistics CSVs a spreadsheet opens safely', () => {
  // Organisation names are written by partners: a name a spreadsheet would run as a formula comes out as text.
  it.each(['=HYPERLINK("http://evil.example";"clic")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(A1:A9)'])('an organisation named %j', async (name) => {
    const original = await payload.findByID({ collection: 'partners', id: ids.partners.mlLot, depth: 0, overrideAccess: true })
    await payload.update({ collection: 'partners', id: ids.partners.mlLot, data: { name }, overrideAccess: true })
    try {
      const { status, json } = await api.get(
        `/boussole/statistics/hors-delai-par-organisme.csv?territory=lot&from=2026-09-01&to=2026-11-20`,
        tokens.animatorLot,
      )
      expect(status).toBe(200)
      const names = csvRows(json.raw)
        .slice(1)
        .map((row) => row[0])
      expect(names).toContain(`'${name}`)
      expect(names.some((cell) => /^[=+\-@]/.test(cell))).toBe(false)
    } finally {
      await payload.update({ collection: 'partners', id: ids.partners.mlLot, data: { name: original.name }, overrideAccess: true })
    }
  })
})

describe('the counts in PostgreSQL agree with the domain', () => {
  /** Tallies of 1 grouped on `dimensions`, as the SQL grouping sets must give them. */
  const grouped = (tallies: LeadTally[], dimensions: (keyof LeadTally)[]) => {
    const groups = new Map<string, LeadTally>()
    for (const tally of tallies) {
      const picked = Object.fromEntries(dimensions.map((key) => [key, tally[key]])) as Partial<LeadTally>
      const id = JSON.stringify(picked)
      groups.set(id, { ...picked, count: (groups.get(id)?.count ?? 0) + tally.count })
    }
    return [...groups.values()]
  }
  const sorted = (tallies: LeadTally[]) => tallies.map((tally) => JSON.stringify(tally, Object.keys(tally).sort())).sort()

  it('gives every lead of the period the delay state, month, week and answer of `leadTallyOf`', async () => {
    const { docs } = await payload.find({
      collection: 'leads',
      where: { and: [{ createdAt: { greater_than_equal: PERIOD.from.toISOString() } }, { createdAt: { less_than: PERIOD.to.toISOString() } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThan(10)
    const ones = docs.map((doc) =>
      leadTallyOf(
        {
          id: doc.id,
          createdAt: doc.createdAt,
          dueAt: doc.dueAt,
          status: doc.status,
          outcome: doc.outcome,
          territory: doc.territory as number,
          partner: doc.partner as number,
          theme: doc.theme as number,
          timeline: {
            takenAt: doc.timeline?.takenAt,
            closedAt: doc.timeline?.closedAt,
            followUpSentAt: doc.timeline?.followUpSentAt,
            contactedAccordingToYoungPerson: doc.timeline?.contactedAccordingToYoungPerson,
          },
        },
        NOW,
      ),
    )
    const sets = await loadLeadTallies(viewer('admin'), { period: PERIOD }, NOW)
    expect(sorted(sets.byMonth)).toEqual(sorted(grouped(ones, ['month', 'status', 'delay', 'asked', 'answer'])))
    expect(sorted(sets.byTerritory)).toEqual(sorted(grouped(ones, ['territory', 'status', 'delay', 'asked', 'answer'])))
    expect(sorted(sets.byWeek)).toEqual(sorted(grouped(ones, ['week'])))
    expect(sorted(sets.byTheme)).toEqual(sorted(grouped(ones, ['theme'])))
    expect(sorted(sets.byOutcome)).toEqual(sorted(grouped(ones, ['status', 'outcome'])))
    // every delay state is exercised by the seeded leads
    expect(new Set(ones.map((one) => one.delay))).toEqual(new Set(['in_time', 'late', 'overdue', 'pending']))
  })

  it('keeps the per-day search counts equal to the searches, through inserts, changes and deletions', async () => {
    const pool = poolOf(payload)
    const sums = async () => {
      const { rows } = await pool.query<{ rows: string; counted: string; monthly: string; empty_rows: string; empty_counted: string; gaps: string }>(
        `select (select count(*) from searches) as rows, (select coalesce(sum(searches), 0) from search_day_counts) as counted,
           (select coalesce(sum(searches), 0) from search_month_counts) as monthly,
           (select count(*) from searches where result_count = 0) as empty_rows,
           (select coalesce(sum(without_results), 0) from search_day_counts) as empty_counted,
           (select coalesce(sum(searches), 0) from search_day_gaps) as gaps`,
      )
      return rows[0]
    }
    const agree = async () => {
      const s = await sums()
      expect([s.counted, s.monthly, s.empty_counted, s.gaps]).toEqual([s.rows, s.rows, s.empty_rows, s.empty_rows])
    }
    await agree()
    const created = await payload.create({
      collection: 'searches',
      overrideAccess: true,
      data: { territory: ids.territories.lot, commune: ids.communes.cahors, theme: ids.themes.emploi, resultCount: 0, answers: {} },
    })
    await agree()
    await pool.query('update searches set result_count = 3 where id = $1', [created.id])
    await agree()
    await payload.delete({ collection: 'searches', id: created.id, overrideAccess: true })
    await agree()
    // the national report counts them as the rows say
    const national = await report('admin')
    expect(national.totals.searches).toBe(await periodCount('searches', { id: { exists: true } }))
  })
})
