import { beforeAll, describe, expect, it } from '@jest/globals'
import { stringify } from 'qs-esm'

import { DEMO_ACCOUNTS } from '../../src/seed/users'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { uniqueSiret } from './access.fixtures'
import { DEMO_PASSWORD, LOT_ANIMATOR } from './leads.fixtures'

/**
 * What the admin's relationship pickers and lists ask the REST API, as Payload's admin asks it: the EPCI picker
 * searches the EPCI's title (`like` on `useAsTitle`), the lists sort by the collection's default sort.
 */
const context = useTestPayload()
let api: ReturnType<typeof apiClient>
let token: string

beforeAll(async () => {
  api = apiClient(context.payload)
  token = await api.login(LOT_ANIMATOR, DEMO_PASSWORD)
})

/** The picker's query (src: @payloadcms/ui fields/Relationship/Input.js): the title field, `like` the text typed. */
async function pickEpci(typed: string): Promise<string[]> {
  const query = stringify({ depth: 0, limit: 10, select: { label: true }, sort: 'name', where: { and: [{ label: { like: typed } }] } })
  const { status, json } = await api.get(`/epcis?${query}`, token)
  expect(status).toBe(200)
  return json.docs.map((doc: { label: string }) => doc.label)
}

describe('the EPCI picker', () => {
  it.each([
    ['its SIREN', '200067213'],
    ['its name', 'Grand Reims'],
    ['part of its name, without the case', 'grand reims'],
  ])('finds the CU du Grand Reims by %s', async (_how, typed) => {
    expect(await pickEpci(typed)).toEqual(['CU du Grand Reims (200067213)'])
  })
})

describe('French sort', () => {
  it('lists communes with accented names among the others (« Écrouves » before « Foug » and « Zoufftgen »)', async () => {
    const query = stringify({
      depth: 0,
      limit: 20,
      sort: 'name',
      where: { name: { in: ['Zoufftgen', 'Écrouves', 'Foug', 'Eaux-Bonnes', 'Éze', 'Èze', 'Abbeville'] } },
    })
    const { json } = await api.get(`/communes?${query}`, token)
    const names = [...new Set(json.docs.map((doc: { name: string }) => doc.name))]
    expect(names).toEqual(['Abbeville', 'Eaux-Bonnes', 'Écrouves', 'Èze', 'Foug', 'Zoufftgen'])
  })

  it('sorts the EPCI picker’s options by name the same way', async () => {
    const labels = await pickEpci('Grand')
    const names = labels.map((label) => label.replace(/ \(\d{9}\)$/, ''))
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare))
  })
})

describe('a new organisation or charter starts in the animator’s territory', () => {
  it('an animator of one territory: their territory is the default (as the offer form’s), an administrator chooses', async () => {
    const { payload } = context
    const [lot] = (await payload.find({ collection: 'territories', where: { slug: { equals: 'lot' } }, limit: 1, depth: 0, overrideAccess: true })).docs
    const organisation = await api.post('/partners?depth=0', { name: 'Association du Quercy', siret: uniqueSiret(), type: 'association' }, token)
    expect([organisation.status, organisation.json.doc.territories]).toEqual([201, [lot.id]])
    const charter = await api.post('/charters?depth=0', { partner: organisation.json.doc.id, version: '2026-1', status: 'en_attente' }, token)
    expect([charter.status, charter.json.doc.territories]).toEqual([201, [lot.id]])

    const adminToken = await api.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD)
    const national = await api.post('/partners?depth=0', { name: 'Réseau national', siret: uniqueSiret(), type: 'association' }, adminToken)
    expect([national.status, national.json.doc.territories ?? []]).toEqual([201, []])
    const unplaced = await api.post('/charters?depth=0', { partner: national.json.doc.id, version: '2026-1', status: 'en_attente' }, adminToken)
    expect(unplaced.status).toBe(400)

    await payload.delete({ collection: 'charters', id: charter.json.doc.id, overrideAccess: true })
    for (const id of [organisation.json.doc.id, national.json.doc.id]) await payload.delete({ collection: 'partners', id, overrideAccess: true })
  })
})
