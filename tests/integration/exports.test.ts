import { beforeAll, describe, expect, it } from '@jest/globals'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { parseCsv } from '../../src/domain/shared/csv'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/users'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

const context = useTestPayload()
const api = () => apiClient(context.payload)

const ROLES = {
  admin: DEMO_ACCOUNTS.admin,
  'animator of Lot': DEMO_ACCOUNTS.animatorLot,
  'animator of Sicoval': DEMO_ACCOUNTS.animatorSicoval,
  'partner Mission Locale du Lot': DEMO_ACCOUNTS.partnerMissionLocaleLot,
  'partner PIJ Cahors': DEMO_ACCOUNTS.partnerPijCahors,
} as const
type RoleName = keyof typeof ROLES
const ROLE_NAMES = Object.keys(ROLES) as RoleName[]
const KINDS = ['offers', 'partners', 'leads'] as const

const tokens = {} as Record<RoleName, string>
const FORMULA_TITLE = '=HYPERLINK("http://exemple.test";"clic")'
const TRICKY_SUMMARY = 'Première ligne ; « guillemets " »\nseconde ligne'

async function byName(payload: Payload, collection: 'partners' | 'territories', field: string, value: string): Promise<number> {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0].id
}

/** Leads as the plugin creates them (the seed has none): two for the Mission Locale du Lot, one for the PIJ de Cahors, one in the Sicoval, one anonymised. */
async function createLeads(payload: Payload): Promise<void> {
  const fixtures = [
    { partner: 'Mission Locale du Lot', email: 'lea.export@example.org', anonymized: false },
    { partner: 'Mission Locale du Lot', email: 'hugo.export@example.org', anonymized: false },
    { partner: 'Point Information Jeunesse de Cahors', email: 'ines.export@example.org', anonymized: false },
    { partner: 'Mission Locale Haute-Garonne — antenne Sicoval', email: 'yanis.export@example.org', anonymized: false },
    { partner: 'Mission Locale du Lot', email: null, anonymized: true },
  ]
  const now = new Date()
  for (const [index, fixture] of fixtures.entries()) {
    const partner = await byName(payload, 'partners', 'name', fixture.partner)
    const partnerDoc = await payload.findByID({ collection: 'partners', id: partner, depth: 0, overrideAccess: true })
    const { docs } = await payload.find({
      collection: 'offers',
      where: { and: [{ partner: { equals: partner } }, { status: { equals: 'publiee' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const offer = docs[0]
    await payload.create({
      collection: 'leads',
      overrideAccess: true,
      depth: 0,
      data: {
        reference: `EXPORT-${index + 1}`,
        offer: offer.id,
        partner,
        territory: offer.territory,
        theme: offer.theme,
        commune: partnerDoc.commune,
        contact: fixture.email ? { email: fixture.email, phone: '06 12 34 56 78' } : {},
        consentAt: now.toISOString(),
        contactDelayDays: offer.contactDelayDays,
        dueAt: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
        ...(fixture.anonymized ? { timeline: { anonymizedAt: now.toISOString(), anonymizedReason: 'retention' as const } } : {}),
      },
    } as never)
  }
}

beforeAll(async () => {
  const payload = context.payload
  await createLeads(payload)
  // A draft whose title a spreadsheet would run as a formula, and a summary that needs quoting.
  const partner = await byName(payload, 'partners', 'name', 'Mission Locale du Lot')
  const territory = await byName(payload, 'territories', 'slug', 'lot')
  const { docs: themes } = await payload.find({ collection: 'themes', where: { slug: { equals: 'emploi' } }, limit: 1, overrideAccess: true })
  await payload.create({
    collection: 'offers',
    overrideAccess: true,
    data: { title: FORMULA_TITLE, summary: TRICKY_SUMMARY, partner, territory, theme: themes[0].id, status: 'brouillon', contactDelayDays: 3 },
  })
  for (const role of ROLE_NAMES) tokens[role] = await api().login(ROLES[role], DEMO_PASSWORD)
})

async function exported(kind: string, format: 'json' | 'csv', token?: string, query = '') {
  return api().get(`/boussole/exports/${kind}.${format}${query}`, token)
}

/** What the same user reads through the REST API. */
async function restDocs(kind: string, token: string): Promise<Record<string, any>[]> {
  const { status, json } = await api().get(`/${kind}?pagination=false&depth=0`, token)
  expect(status).toBe(200)
  return json.docs
}

const sortedIds = (rows: Record<string, any>[]) => rows.map((row) => Number(row.id)).sort((a, b) => a - b)

describe('exports under each role', () => {
  describe.each(ROLE_NAMES)('%s', (role) => {
    it.each(KINDS)('%s.json holds exactly the rows the REST API lets this user read', async (kind) => {
      const { status, json, headers } = await exported(kind, 'json', tokens[role])
      expect(status).toBe(200)
      expect(headers.get('cache-control')).toContain('no-store')
      const rest = await restDocs(kind, tokens[role])
      expect(sortedIds(json.items)).toEqual(sortedIds(rest))
      expect(json.total).toBe(rest.length)
    })

    it('partners: professional contacts only where the REST API shows them', async () => {
      const { json } = await exported('partners', 'json', tokens[role])
      const rest = new Map((await restDocs('partners', tokens[role])).map((doc) => [doc.id, doc]))
      for (const item of json.items) {
        const doc = rest.get(item.id)!
        expect([item.id, item.professionalContactEmail ?? null, item.professionalContactPhone ?? null]).toEqual([
          item.id,
          doc.professionalContact?.email ?? null,
          doc.professionalContact?.phone ?? null,
        ])
      }
    })

    it('leads: contact data only where the REST API shows it', async () => {
      const { json } = await exported('leads', 'json', tokens[role])
      const rest = new Map((await restDocs('leads', tokens[role])).map((doc) => [doc.id, doc]))
      for (const item of json.items) expect([item.id, item.email ?? null]).toEqual([item.id, rest.get(item.id)!.contact?.email ?? null])
    })

    it('offers.csv has one line per readable offer', async () => {
      const { status, json, headers } = await exported('offers', 'csv', tokens[role])
      expect(status).toBe(200)
      expect(headers.get('content-type')).toContain('text/csv')
      expect(headers.get('content-disposition')).toMatch(/attachment; filename="boussole-offres-\d{4}-\d{2}-\d{2}\.csv"/)
      const csv = parseCsv(json.raw)
      expect(csv.records.map((record) => Number(record.cells[0])).sort((a, b) => a - b)).toEqual(sortedIds(await restDocs('offers', tokens[role])))
    })
  })

  it('is not trivial: each perimeter sees less than the administrator', async () => {
    const count = async (role: RoleName, kind: string) => (await exported(kind, 'json', tokens[role])).json.total as number
    const adminOffers = await count('admin', 'offers')
    const adminLeads = await count('admin', 'leads')
    expect(adminLeads).toBe(5)
    expect(await count('animator of Sicoval', 'offers')).toBeLessThan(adminOffers)
    expect(await count('animator of Lot', 'leads')).toBe(4)
    expect(await count('animator of Sicoval', 'leads')).toBe(1)
    expect(await count('partner Mission Locale du Lot', 'leads')).toBe(3)
    expect(await count('partner PIJ Cahors', 'leads')).toBe(1)
    // Professional contacts of the Sicoval's organisations are not shown to a Lot professional.
    const { json } = await exported('partners', 'json', tokens['partner PIJ Cahors'])
    const sicoval = json.items.find((item: { name: string }) => item.name === 'Mission Locale Haute-Garonne — antenne Sicoval')
    expect(sicoval.professionalContactEmail ?? null).toBeNull()
    const lot = json.items.find((item: { name: string }) => item.name === 'Mission Locale du Lot')
    expect(lot.professionalContactEmail).toBe('pro.missionlocale46@boussole.test')
  })

  it.each(KINDS.flatMap((kind) => [`${kind}.json`, `${kind}.csv`]))('refuses %s to anonymous visitors (401)', async (file) => {
    const { status, json } = await api().get(`/boussole/exports/${file}`)
    expect(status).toBe(401)
    expect(json.errors[0].message).toMatch(/Connectez-vous/)
  })

  it('asks anonymous visitors to sign in before saying which exports exist (401, not 404)', async () => {
    for (const file of ['users.csv', 'offers.xlsx']) {
      const { status, json } = await api().get(`/boussole/exports/${file}`)
      expect({ file, status, message: json.errors[0].message }).toEqual({ file, status: 401, message: expect.stringMatching(/^Connectez-vous/) })
    }
  })

  it('answers 404 to an unknown export', async () => {
    expect((await api().get('/boussole/exports/users.csv', tokens.admin)).status).toBe(404)
    expect((await api().get('/boussole/exports/offers.xlsx', tokens.admin)).status).toBe(404)
  })

  it('filters by territory', async () => {
    const sicoval = await byName(context.payload, 'territories', 'slug', 'sicoval')
    const { json } = await exported('offers', 'json', tokens['animator of Lot'], `?territory=${sicoval}`)
    expect(json.items.length).toBeGreaterThan(0)
    for (const item of json.items) expect([item.territory, item.status]).toEqual(['Sicoval', 'publiee'])
    expect((await exported('offers', 'json', tokens.admin, '?territory=lot')).status).toBe(400)
  })
})

describe('anonymised leads export', () => {
  it('leaves out the identifiers and the contact of the young people', async () => {
    const full = await exported('leads', 'json', tokens['animator of Lot'])
    const { status, json } = await exported('leads', 'json', tokens['animator of Lot'], '?anonymized=true')
    expect(status).toBe(200)
    expect(json.total).toBe(full.json.total)
    for (const item of json.items) {
      for (const key of ['id', 'reference', 'email', 'phone']) expect(Object.keys(item)).not.toContain(key)
      expect(item.status).toBe('nouvelle')
    }
    const csv = await exported('leads', 'csv', tokens['animator of Lot'], '?anonymized=true')
    expect(csv.json.raw).not.toMatch(/@example\.org|06 12 34 56 78|EXPORT-/)
    expect(csv.headers.get('content-disposition')).toContain('boussole-demandes-anonymes-')
  })

  it('exports an anonymised lead without contact even in the full export', async () => {
    const { json } = await exported('leads', 'json', tokens.admin)
    const anonymized = json.items.filter((item: { anonymizedAt: string | null }) => item.anonymizedAt)
    expect(anonymized).toHaveLength(1)
    expect(anonymized[0].email ?? null).toBeNull()
    expect(anonymized[0].phone ?? null).toBeNull()
  })
})

// The cell rules (quoting, formula guard, round trip with the parser) are tables in tests/unit/csv.test.ts.
describe('CSV format', () => {
  it('is Excel-friendly: BOM, « ; », CRLF, French headers', async () => {
    // Raw bytes: Response.text() would swallow the BOM.
    const request = new Request('http://localhost:3000/api/boussole/exports/offers.csv', { headers: { Authorization: `JWT ${tokens.admin}` } })
    const response = await REST_GET(context.payload.config)(request, { params: Promise.resolve({ slug: ['boussole', 'exports', 'offers.csv'] }) })
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFID;Intitulé;Résumé;Description;/)
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('neutralises formulas and quotes separators, quotes and line breaks', async () => {
    const { json } = await exported('offers', 'csv', tokens.admin)
    const text: string = json.raw
    expect(text).toContain(`"'=HYPERLINK(""http://exemple.test"";""clic"")"`)
    expect(text).toContain('"Première ligne ; « guillemets "" »\nseconde ligne"')
    const csv = parseCsv(text)
    const row = csv.records.find((record) => record.cells[1].includes('HYPERLINK'))!
    expect(row.cells[1]).toBe(`'${FORMULA_TITLE}`)
    expect(row.cells[2]).toBe(TRICKY_SUMMARY)
  })
})
