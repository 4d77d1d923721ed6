import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { normalizeSearchKey } from '@/domain/geo/normalizeSearchKey'
import { loadGeography, type GeographyRows } from '@/geo/decoupage'
import { importGeography, type ImportGeographyResult } from '@/geo/importGeography'

import { getTestPayload, releaseTestPayload } from '../helpers/payload'

/** A relationship value, populated (depth ≥ 1) or not. */
type Related = number | string | { id: number | string; code?: string } | null | undefined
const relatedId = (value: Related) => (value && typeof value === 'object' ? value.id : value)

let payload: Payload
let rows: GeographyRows
let firstRun: ImportGeographyResult

async function findCommune(code: string) {
  const { docs } = await payload.find({ collection: 'communes', where: { code: { equals: code } }, depth: 1, limit: 2 })
  expect(docs).toHaveLength(1)
  return docs[0] as unknown as {
    id: number | string
    code: string
    name: string
    label: string
    searchKey: string
    postalCodes: string[]
    departement: Related
    epci: Related
    kind: string
    population: number
  }
}

const pool = () => (payload.db as unknown as PostgresAdapter).pool

async function countPostalCodeRows(): Promise<{ total: number; duplicates: number }> {
  const { rows: result } = await pool().query<{ total: string; duplicates: string }>(
    `SELECT (SELECT count(*) FROM communes_texts WHERE path = 'postalCodes') AS total,
            (SELECT count(*) FROM (SELECT parent_id, text FROM communes_texts WHERE path = 'postalCodes'
                                    GROUP BY parent_id, text HAVING count(*) > 1) AS duplicate) AS duplicates`,
  )
  return { total: Number(result[0].total), duplicates: Number(result[0].duplicates) }
}

beforeAll(async () => {
  payload = await getTestPayload()
  rows = await loadGeography()
  // The test template already holds the geography: empty it (this database is private to this file) so that
  // the first run below really inserts everything.
  await pool().query('TRUNCATE communes, departements, epcis CASCADE')
  firstRun = await importGeography(payload)
  console.log(
    `Import géographique (1er passage, base vide) : ${firstRun.communes} communes, ${firstRun.epcis} EPCI, ` +
      `${firstRun.departements} départements en ${firstRun.ms} ms`,
  )
}, 300_000)

afterAll(async () => {
  if (payload) await releaseTestPayload(payload)
})

describe('geography import', () => {
  it('imports about 35,000 communes, every EPCI and département', async () => {
    expect(firstRun.communes).toBe(rows.communes.length)
    expect(firstRun.communes).toBeGreaterThan(34_500)
    expect(firstRun.communes).toBeLessThan(36_000)
    expect(firstRun.departements).toBeGreaterThanOrEqual(101)
    expect(firstRun.epcis).toBeGreaterThan(1_200)
    expect(firstRun.details.communes).toEqual({ created: rows.communes.length, updated: 0, unchanged: 0 })
    expect(firstRun.details.postalCodesReplaced).toBe(rows.communes.length)

    expect((await payload.count({ collection: 'communes' })).totalDocs).toBe(rows.communes.length)
    expect((await payload.count({ collection: 'departements' })).totalDocs).toBe(rows.departements.length)
    expect((await payload.count({ collection: 'epcis' })).totalDocs).toBe(rows.epcis.length)
  })

  it('imports Cahors with its postal code, département and EPCI', async () => {
    const cahors = await findCommune('46042')
    expect(cahors).toMatchObject({ name: 'Cahors', label: 'Cahors (46000)', searchKey: 'cahors', kind: 'commune' })
    expect(cahors.postalCodes).toEqual(['46000'])
    expect(cahors.population).toBeGreaterThan(15_000)
    expect(cahors.departement).toMatchObject({ code: '46', label: '46 — Lot', regionName: 'Occitanie' })
    expect(cahors.epci).toMatchObject({ code: '200023737', kind: 'CA' })
  })

  it('imports Toulouse with all its postal codes', async () => {
    const toulouse = await findCommune('31555')
    expect(toulouse.name).toBe('Toulouse')
    expect(toulouse.postalCodes).toEqual(['31000', '31100', '31200', '31300', '31400', '31500'])
  })

  it.each(['46100', '46090'])('finds every commune sharing the postal code %s', async (postalCode) => {
    const expected = rows.communes
      .filter((commune) => commune.postalCodes.includes(postalCode))
      .map((commune) => commune.code)
      .sort()
    expect(expected.length).toBeGreaterThan(1)

    const { docs } = await payload.find({
      collection: 'communes',
      where: { postalCodes: { equals: postalCode } },
      pagination: false,
      depth: 0,
    })
    expect(docs.map((doc) => doc.code as string).sort()).toEqual(expected)
  })

  it('imports the municipal arrondissements with their parent commune’s EPCI and département', async () => {
    const paris = await findCommune('75056')
    const first = await findCommune('75101')
    expect(first).toMatchObject({ kind: 'arrondissement', label: 'Paris 1er Arrondissement (75001)' })
    expect(first.postalCodes).toEqual(['75001'])
    expect(relatedId(first.departement)).toBe(relatedId(paris.departement))
    expect(relatedId(first.epci)).toBe(relatedId(paris.epci))
    expect(first.epci).toMatchObject({ code: '200054781' }) // Métropole du Grand Paris

    const lyon = await findCommune('69123')
    expect(relatedId((await findCommune('69381')).epci)).toBe(relatedId(lyon.epci))
    expect((await findCommune('13201')).kind).toBe('arrondissement')

    const { totalDocs } = await payload.count({ collection: 'communes', where: { kind: { equals: 'arrondissement' } } })
    expect(totalDocs).toBe(45)
  })

  it('stores a search key matching what people type', async () => {
    const { docs } = await payload.find({
      collection: 'communes',
      where: { searchKey: { equals: normalizeSearchKey('ST-ÉTIENNE') } },
      depth: 0,
    })
    expect(docs.map((doc) => doc.code)).toContain('42218')
    expect((await findCommune('32160')).searchKey).toBe('l isle jourdain')
  })

  it('updates in place on a re-run: nothing duplicated, nothing deleted, tampered values restored', async () => {
    const cahors = await findCommune('46042')
    const toulouse = await findCommune('31555')
    await payload.update({ collection: 'communes', id: cahors.id, data: { name: 'Cahors (modifié)' } })
    await payload.update({ collection: 'communes', id: toulouse.id, data: { postalCodes: ['31999', '31000'] } })
    // A commune that is not (or no longer) in the dataset: offers and leads may reference it, it must stay.
    const gone = await payload.create({
      collection: 'communes',
      data: { code: '00001', name: 'Commune disparue', postalCodes: ['00001'] },
    })

    const before = {
      communes: (await payload.count({ collection: 'communes' })).totalDocs,
      departements: (await payload.count({ collection: 'departements' })).totalDocs,
      epcis: (await payload.count({ collection: 'epcis' })).totalDocs,
      postalCodes: await countPostalCodeRows(),
    }

    const secondRun = await importGeography(payload)
    console.log(`Import géographique (2e passage) : ${secondRun.communes} communes en ${secondRun.ms} ms`)

    expect(secondRun.communes).toBe(firstRun.communes)
    expect(secondRun.details.communes.created).toBe(0)
    expect(secondRun.details.communes.updated).toBe(1)
    expect(secondRun.details.postalCodesReplaced).toBe(1)
    expect(secondRun.details.departements).toMatchObject({ created: 0, updated: 0 })
    expect(secondRun.details.epcis).toMatchObject({ created: 0, updated: 0 })

    expect((await payload.count({ collection: 'communes' })).totalDocs).toBe(before.communes)
    expect((await payload.count({ collection: 'departements' })).totalDocs).toBe(before.departements)
    expect((await payload.count({ collection: 'epcis' })).totalDocs).toBe(before.epcis)
    const postalCodes = await countPostalCodeRows()
    expect(postalCodes.duplicates).toBe(0)
    expect(postalCodes.total).toBe(before.postalCodes.total + 4) // Toulouse: 2 tampered codes replaced by its 6

    const restored = await findCommune('46042')
    expect(restored.id).toBe(cahors.id)
    expect(restored.name).toBe('Cahors')
    expect((await findCommune('31555')).postalCodes).toEqual(['31000', '31100', '31200', '31300', '31400', '31500'])
    expect((await findCommune('00001')).id).toBe(gone.id)

    // A third run finds nothing to change.
    const thirdRun = await importGeography(payload)
    expect(thirdRun.details.communes).toMatchObject({ created: 0, updated: 0 })
    expect(thirdRun.details.postalCodesReplaced).toBe(0)
  })
})
