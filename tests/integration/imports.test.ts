import { beforeAll, describe, expect, it } from '@jest/globals'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { parseCsv } from '../../src/domain/shared/csv'
import { OFFER_IMPORT_COLUMNS, PARTNER_IMPORT_COLUMNS } from '../../src/plugins/boussole/imports/columns'
import { demoSiret } from '../../src/seed/siret'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/users'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

const context = useTestPayload()
const tokens = {} as Record<'admin' | 'animatorLot' | 'animatorSicoval' | 'partnerMissionLocaleLot', string>
let lot: number
let sicoval: number
let missionLocaleSiret: string

/** POSTs a raw body to the real REST route handler (the shared helper only sends JSON). */
async function post(path: string, body: BodyInit, options: { token?: string; contentType?: string } = {}) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const headers: Record<string, string> = {}
  if (options.contentType) headers['Content-Type'] = options.contentType
  if (options.token) headers.Authorization = `JWT ${options.token}`
  const response = await REST_POST(context.payload.config)(new Request(url, { method: 'POST', headers, body }), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

const importCsv = (kind: 'offers' | 'partners', csv: string, { token = tokens.animatorLot, territory = lot, mode = 'preview' } = {}) =>
  post(`/boussole/imports/${kind}?territory=${territory}&mode=${mode}`, csv, { token, contentType: 'text/csv; charset=utf-8' })

const count = async (payload: Payload, collection: 'offers' | 'partners') => (await payload.count({ collection, overrideAccess: true })).totalDocs

const PARTNER_HEADER =
  'Nom;SIRET;Type de structure;Adresse;Commune (code INSEE);Coordonnées visibles publiquement;Téléphone d’accueil;Délai de recontact par défaut (jours);Contact professionnel : courriel;Compétence (codes INSEE)'
const OFFER_HEADER =
  'Intitulé;Résumé;Description;SIRET de l’organisme;Thème;Sous-thème;Délai de recontact (jours);Commune (code INSEE);Communes concernées (codes INSEE);Conditions'

let sequence = 0
/** A fresh, valid SIRET. */
const newSiret = () => demoSiret(String(71_000_000 + (process.pid % 100_000) * 10 + sequence++).slice(0, 8), String(1000 + sequence))

beforeAll(async () => {
  const api = apiClient(context.payload)
  tokens.admin = await api.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD)
  tokens.animatorLot = await api.login(DEMO_ACCOUNTS.animatorLot, DEMO_PASSWORD)
  tokens.animatorSicoval = await api.login(DEMO_ACCOUNTS.animatorSicoval, DEMO_PASSWORD)
  tokens.partnerMissionLocaleLot = await api.login(DEMO_ACCOUNTS.partnerMissionLocaleLot, DEMO_PASSWORD)
  const territory = async (slug: string) =>
    (await context.payload.find({ collection: 'territories', where: { slug: { equals: slug } }, limit: 1, overrideAccess: true })).docs[0].id
  lot = await territory('lot')
  sicoval = await territory('sicoval')
  const { docs } = await context.payload.find({ collection: 'partners', where: { name: { equals: 'Mission Locale du Lot' } }, limit: 1, overrideAccess: true })
  missionLocaleSiret = docs[0].siret
})

describe('partners import', () => {
  it('previews a valid file without writing, then commits it', async () => {
    const [first, second] = [newSiret(), newSiret()]
    const csv = [
      PARTNER_HEADER,
      `Espace Jeunes de Gramat;${first};Association;Place de la République;46128;oui;05 65 10 20 30;4;contact@espace-gramat.test;46128`,
      `BIJ de Figeac;${second.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4')};Info Jeunes (CRIJ, BIJ, PIJ);;46102;non;;;;`,
    ].join('\r\n')
    const before = await count(context.payload, 'partners')

    const preview = await importCsv('partners', csv)
    expect(preview.status).toBe(200)
    expect(preview.json).toEqual(expect.objectContaining({ mode: 'preview', total: 2, valid: 2, invalid: 0, created: 0 }))
    expect(preview.json.rows.map((row: { line: number; ok: boolean }) => [row.line, row.ok])).toEqual([
      [2, true],
      [3, true],
    ])
    expect(await count(context.payload, 'partners')).toBe(before)

    const commit = await importCsv('partners', csv, { mode: 'commit' })
    expect(commit.status).toBe(201)
    expect(commit.json).toEqual(expect.objectContaining({ mode: 'commit', created: 2 }))
    expect(await count(context.payload, 'partners')).toBe(before + 2)

    const { docs } = await context.payload.find({
      collection: 'partners',
      where: { siret: { in: [first, second] } },
      depth: 1,
      overrideAccess: true,
      sort: 'name',
    })
    expect(docs.map((doc) => doc.name)).toEqual(['BIJ de Figeac', 'Espace Jeunes de Gramat'])
    const gramat = docs[1]
    expect(gramat).toEqual(
      expect.objectContaining({
        type: 'association',
        contactsPublic: true,
        defaultContactDelayDays: 4,
        professionalContact: expect.objectContaining({ email: 'contact@espace-gramat.test' }),
      }),
    )
    expect((gramat.territories as { id: number }[]).map((territory) => territory.id)).toEqual([lot])
    expect(gramat.competence?.scope).toBe('communes')
    expect(docs[0].type).toBe('info-jeunes')
    expect(docs[0].defaultContactDelayDays).toBe(3)
  })

  it('lists each bad line with its number and field, and commits nothing', async () => {
    const valid = newSiret()
    const duplicate = newSiret()
    const csv = [
      PARTNER_HEADER,
      `Maison de l’emploi de Cahors;${valid};Association;;46042;non;;3;;`,
      `SIRET faux;12345678901234;Association;;46042;non;;3;;`,
      `Délai trop long;${newSiret()};Association;;46042;non;;9;;`,
      `Commune inconnue;${newSiret()};Association;;99999;non;;3;;`,
      `Déjà dans le réseau;${missionLocaleSiret};Mission Locale;;46042;non;;3;;`,
      `Doublon A;${duplicate};Association;;46042;non;;3;;`,
      `Doublon B;${duplicate};Association;;46042;non;;3;;`,
      `Type inconnu;${newSiret()};Club de foot;;46042;non;;3;;`,
      `Hors territoire;${newSiret()};Association;;46042;non;;3;;31446`,
    ].join('\n')
    const before = await count(context.payload, 'partners')

    const preview = await importCsv('partners', csv)
    expect(preview.status).toBe(200)
    const faults = preview.json.rows
      .filter((row: { ok: boolean }) => !row.ok)
      .map((row: { line: number; errors: { field: string }[] }) => [row.line, row.errors.map((error) => error.field)])
    expect(faults).toEqual([
      [3, ['siret']],
      [4, ['defaultContactDelayDays']],
      [5, ['commune']],
      [6, ['siret']],
      [8, ['siret']],
      [9, ['type']],
      [10, ['competenceCommunes']],
    ])
    const byLine = new Map(preview.json.rows.map((row: { line: number }) => [row.line, row]))
    expect((byLine.get(3) as any).errors[0].message).toMatch(/SIRET/)
    expect((byLine.get(4) as any).errors[0]).toEqual(
      expect.objectContaining({ column: 'Délai de recontact par défaut (jours)', message: expect.stringMatching(/entre 1 et 7/) }),
    )
    expect((byLine.get(5) as any).errors[0].message).toContain('99999')
    expect((byLine.get(8) as any).errors[0].message).toContain('ligne 7')

    const commit = await importCsv('partners', csv, { mode: 'commit' })
    expect(commit.status).toBe(422)
    expect(commit.json.created).toBe(0)
    expect(commit.json.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['rows.3.siret', 'rows.4.defaultContactDelayDays', 'rows.5.commune']),
    )
    expect(commit.json.errors[0].message).toMatch(/^Ligne 3/)
    expect(await count(context.payload, 'partners')).toBe(before)
    expect((await context.payload.count({ collection: 'partners', where: { siret: { equals: valid } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('offers import', () => {
  it('previews a valid file without writing, then commits it', async () => {
    const csv = [
      OFFER_HEADER,
      `Permanence emploi à Pradines;Un conseiller t’aide à chercher un emploi près de chez toi.;"Le jeudi matin, sans rendez-vous.\n\nApporte ton CV.";${missionLocaleSiret};Emploi;Trouver un emploi;;46224;46042,46224;age:16-25 | situation=demandeur_emploi,sans_activite`,
      `Choisir sa formation;Un rendez-vous pour t’orienter.;;${missionLocaleSiret};formation;choisir-son-orientation;2;;;`,
    ].join('\r\n')
    const before = await count(context.payload, 'offers')
    const preview = await importCsv('offers', csv)
    expect(preview.status).toBe(200)
    expect(preview.json).toEqual(expect.objectContaining({ valid: 2, invalid: 0 }))
    expect(await count(context.payload, 'offers')).toBe(before)

    const commit = await importCsv('offers', csv, { mode: 'commit' })
    expect(commit.status).toBe(201)
    expect(await count(context.payload, 'offers')).toBe(before + 2)
    const offer = await context.payload.findByID({ collection: 'offers', id: commit.json.rows[0].id, depth: 1, overrideAccess: true })
    expect(offer).toEqual(
      expect.objectContaining({ status: 'brouillon', subTheme: 'trouver-un-emploi', contactDelayDays: 3, territory: expect.objectContaining({ id: lot }) }),
    )
    expect(offer.rules?.map((rule) => [rule.criterion, rule.values, rule.min, rule.max])).toEqual([
      ['age', [], 16, 25],
      ['situation', ['demandeur_emploi', 'sans_activite'], null, null],
    ])
    expect(offer.coverage?.mode).toBe('communes')
    expect((offer.coverage?.communes as { code: string }[]).map((commune) => commune.code).sort()).toEqual(['46042', '46224'])
    expect(JSON.stringify(offer.description)).toContain('Apporte ton CV.')
    const second = await context.payload.findByID({ collection: 'offers', id: commit.json.rows[1].id, depth: 0, overrideAccess: true })
    expect(second.contactDelayDays).toBe(2)
  })

  it('lists each bad line with its number and field (line numbers of the file), and commits nothing', async () => {
    const csv = [
      OFFER_HEADER,
      // A quoted description over two lines: the next record starts on line 4.
      `Bonne offre;Un résumé correct.;"Première ligne\nseconde ligne";${missionLocaleSiret};Emploi;trouver-un-emploi;3;;;`,
      `Thème inconnu;Un résumé correct.;;${missionLocaleSiret};Sport;;3;;;`,
      `Sous-thème inconnu;Un résumé correct.;;${missionLocaleSiret};Emploi;cuisine;3;;;`,
      `Délai de neuf jours;Un résumé correct.;;${missionLocaleSiret};Emploi;trouver-un-emploi;9;;;`,
      `Commune inconnue;Un résumé correct.;;${missionLocaleSiret};Emploi;trouver-un-emploi;3;99999;;`,
      `Critère inconnu;Un résumé correct.;;${missionLocaleSiret};Emploi;trouver-un-emploi;3;;;couleur=bleu`,
      `Organisme inconnu;Un résumé correct.;;${newSiret()};Emploi;trouver-un-emploi;3;;;`,
    ].join('\n')
    const before = await count(context.payload, 'offers')

    const preview = await importCsv('offers', csv)
    expect(preview.status).toBe(200)
    expect(preview.json).toEqual(expect.objectContaining({ total: 7, valid: 1, invalid: 6 }))
    const lines = preview.json.rows.map((row: { line: number; ok: boolean; errors: { field: string }[] }) => [
      row.line,
      row.ok,
      row.errors.map((error) => error.field),
    ])
    expect(lines).toEqual([
      [2, true, []],
      [4, false, ['theme']],
      [5, false, ['subTheme']],
      [6, false, ['contactDelayDays']],
      [7, false, ['commune']],
      [8, false, ['rules']],
      [9, false, ['partnerSiret']],
    ])
    const messages = preview.json.rows.map((row: { errors: { message: string }[] }) => row.errors.map((error) => error.message).join(' '))
    expect(messages[1]).toMatch(/Thème inconnu « Sport »/)
    expect(messages[2]).toMatch(/Sous-thème inconnu/)
    expect(messages[5]).toMatch(/couleur.*n’existe pas dans le questionnaire/)

    const commit = await importCsv('offers', csv, { mode: 'commit' })
    expect(commit.status).toBe(422)
    expect(commit.json.errors.length).toBeGreaterThanOrEqual(6)
    expect(await count(context.payload, 'offers')).toBe(before)
    expect((await context.payload.count({ collection: 'offers', where: { title: { equals: 'Bonne offre' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('applies the collection’s own rules for the importing user: an animator may publish, with a signed charter only', async () => {
    const pending = (
      await context.payload.find({
        collection: 'partners',
        where: { name: { equals: 'Point Information Jeunesse de Souillac' } },
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    const csv = [
      'Intitulé;Résumé;SIRET de l’organisme;Thème;Statut',
      `Publiée d’emblée;Un résumé correct.;${missionLocaleSiret};Emploi;Publiée`,
      `Sans charte;Un résumé correct.;${pending.siret};Emploi;publiee`,
    ].join('\n')
    const { json } = await importCsv('offers', csv)
    expect(json.rows.map((row: { ok: boolean; errors: { field: string }[] }) => [row.ok, row.errors.map((error) => error.field)])).toEqual([
      [true, []],
      [false, ['status']],
    ])
  })
})

describe('who may import', () => {
  const csv = `${OFFER_HEADER}\nOffre;Un résumé correct.;;00000000000000;Emploi;;3;;;`

  it('refuses anonymous visitors (401)', async () => {
    expect((await post(`/boussole/imports/offers?territory=${lot}`, csv, { contentType: 'text/csv' })).status).toBe(401)
  })

  it.each([
    ['a partner professional', 'partnerMissionLocaleLot'],
    ['the animator of another territory', 'animatorSicoval'],
  ] as const)('refuses %s importing into the Lot (403), writing nothing', async (_, who) => {
    const before = await count(context.payload, 'offers')
    for (const kind of ['offers', 'partners'] as const) {
      const { status, json } = await importCsv(kind, csv, { token: tokens[who], mode: 'commit' })
      expect(status).toBe(403)
      expect(json.errors[0].field).toBe('territory')
    }
    expect(await count(context.payload, 'offers')).toBe(before)
  })

  it('lets administrators import anywhere and animators into their own territory', async () => {
    expect((await importCsv('offers', csv, { token: tokens.admin })).status).toBe(200)
    expect((await importCsv('offers', csv, { token: tokens.animatorSicoval, territory: sicoval })).status).toBe(200)
  })

  it('answers 404 to an unknown territory or kind, 400 to a bad mode', async () => {
    expect((await importCsv('offers', csv, { territory: 999_999 })).status).toBe(404)
    expect((await post(`/boussole/imports/leads?territory=${lot}`, csv, { token: tokens.admin, contentType: 'text/csv' })).status).toBe(404)
    const bad = await post(`/boussole/imports/offers?territory=${lot}&mode=force`, csv, { token: tokens.admin, contentType: 'text/csv' })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].field).toBe('mode')
  })
})

describe('reading the file', () => {
  it('accepts a territory slug, a BOM, commas and quoted headers', async () => {
    const csv = `\uFEFF"Intitulé","Résumé","SIRET de l’organisme","Thème"\r\n"Atelier, CV","Un ""bon"" résumé.",${missionLocaleSiret},Emploi\r\n`
    const { status, json } = await post('/boussole/imports/offers?territory=lot', csv, { token: tokens.animatorLot, contentType: 'text/csv' })
    expect(status).toBe(200)
    expect(json.rows).toEqual([expect.objectContaining({ line: 2, ok: true, label: 'Atelier, CV' })])
  })

  it('accepts a multipart upload and a JSON body', async () => {
    const csv = `Intitulé;Résumé;SIRET de l’organisme;Thème\nAtelier;Un résumé correct.;${missionLocaleSiret};Emploi`
    const form = new FormData()
    form.set('file', new Blob([csv], { type: 'text/csv' }), 'offres.csv')
    const multipart = await post(`/boussole/imports/offers?territory=${lot}`, form, { token: tokens.animatorLot })
    expect(multipart.status).toBe(200)
    expect(multipart.json.valid).toBe(1)
    const json = await post(`/boussole/imports/offers?territory=${lot}`, JSON.stringify({ csv }), {
      token: tokens.animatorLot,
      contentType: 'application/json',
    })
    expect(json.status).toBe(200)
    expect(json.json.valid).toBe(1)
  })

  it('decodes a Windows-1252 file (older Excel « CSV »)', async () => {
    const csv = `Intitulé;Résumé;SIRET de l’organisme;Thème\nAtelier découverte;Un résumé très correct.;${missionLocaleSiret};Emploi`
    const bytes = Uint8Array.from([...csv].map((char) => (char === '’' ? 0x92 : char.charCodeAt(0))))
    const { status, json } = await post(`/boussole/imports/offers?territory=${lot}`, bytes, { token: tokens.animatorLot, contentType: 'text/csv' })
    expect(status).toBe(200)
    expect(json.rows[0]).toEqual(expect.objectContaining({ ok: true, label: 'Atelier découverte' }))
  })

  it('refuses a file without its required columns, or without lines (400)', async () => {
    const missing = await importCsv('offers', 'Intitulé;Résumé\nAtelier;Résumé')
    expect(missing.status).toBe(400)
    expect(missing.json.errors.map((error: { field: string }) => error.field)).toEqual(['partnerSiret', 'theme'])
    const empty = await importCsv('offers', OFFER_HEADER)
    expect(empty.status).toBe(400)
    const unterminated = await importCsv('offers', `${OFFER_HEADER}\n"Atelier;Résumé`)
    expect(unterminated.status).toBe(400)
    expect(unterminated.json.errors[0]).toEqual({ field: 'csv', message: expect.stringMatching(/Ligne 2 : guillemet/) })
  })
})

describe('templates', () => {
  it.each([
    ['offers', OFFER_IMPORT_COLUMNS],
    ['partners', PARTNER_IMPORT_COLUMNS],
  ] as const)('GET /api/boussole/imports/%s/template.csv lists the columns with an example line', async (kind, columns) => {
    const url = `http://localhost:3000/api/boussole/imports/${kind}/template.csv`
    const response = await REST_GET(context.payload.config)(new Request(url), {
      params: Promise.resolve({ slug: ['boussole', 'imports', kind, 'template.csv'] }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const csv = parseCsv(await response.text())
    expect(csv.headers).toEqual(columns.map((column) => column.label))
    expect(csv.records).toHaveLength(1)
  })
})
