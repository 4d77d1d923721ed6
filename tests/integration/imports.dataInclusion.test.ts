import { beforeAll, describe, expect, it } from '@jest/globals'
import { REST_POST } from '@payloadcms/next/routes'

import { toCsv } from '../../src/domain/shared/csv'
import { validateDataInclusionService, validateDataInclusionStructure } from '../../src/plugins/boussole/openData/schema'
import { demoSiret } from '../../src/seed/siret'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/users'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

const context = useTestPayload()
const tokens = {} as Record<'admin' | 'animatorLot' | 'animatorSicoval' | 'partnerMissionLocaleLot', string>
let lot: number
let missionLocale: { id: number; siret: string }

type Body = BodyInit | FormData
/** POSTs to the real REST route handler. */
async function post(path: string, body: Body, options: { token?: string; contentType?: string } = {}) {
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

const importJson = (document: unknown, { mode = 'preview', token = tokens.animatorLot, territory = 'lot' } = {}) =>
  post(`/boussole/data-inclusion/import?territory=${territory}&mode=${mode}`, JSON.stringify(document), { token, contentType: 'application/json' })

const counts = async () => ({
  partners: (await context.payload.count({ collection: 'partners', overrideAccess: true })).totalDocs,
  offers: (await context.payload.count({ collection: 'offers', overrideAccess: true })).totalDocs,
})

let sequence = 0
const newSiret = () => demoSiret(String(72_000_000 + (process.pid % 100_000) * 10 + sequence++).slice(0, 8), String(2000 + sequence))
const source = `dora-test-${process.pid}`

/** A structure in the data·inclusion v1 schema (as DORA publishes it). */
const structure = (id: string, fields: Record<string, unknown> = {}) => ({
  source,
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

/** A service in the data·inclusion v1 schema. */
const service = (id: string, structureId: string, fields: Record<string, unknown> = {}) => ({
  source,
  structure_id: structureId,
  id,
  nom: `Service ${id}`,
  description: 'Un conseiller t’aide à chercher un emploi. Rendez-vous chaque semaine, en petit groupe ou seul.',
  date_maj: '2026-11-02',
  type: 'accompagnement',
  thematiques: ['trouver-un-emploi--repondre-a-des-offres-demploi', 'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation'],
  frais: 'gratuit',
  frais_precisions: null,
  publics: ['jeunes', 'demandeurs-emploi'],
  publics_precisions: null,
  conditions_acces: null,
  commune: 'Cahors',
  code_postal: '46000',
  code_insee: '46042',
  adresse: '12 rue du Château du Roi',
  complement_adresse: null,
  longitude: null,
  latitude: null,
  telephone: null,
  courriel: `service-${id}@structure.test`,
  contact_nom_prenom: null,
  lien_source: null,
  modes_accueil: ['en-presentiel'],
  zone_eligibilite: ['46'],
  lien_mobilisation: null,
  modes_mobilisation: null,
  mobilisable_par: null,
  mobilisation_precisions: null,
  volume_horaire_hebdomadaire: null,
  nombre_semaines: null,
  horaires_accueil: null,
  ...fields,
})

const outcomes = (json: { lines: { where: string; outcome: string }[] }) => json.lines.map((line) => [line.where, line.outcome])

beforeAll(async () => {
  const api = apiClient(context.payload)
  tokens.admin = await api.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD)
  tokens.animatorLot = await api.login(DEMO_ACCOUNTS.animatorLot, DEMO_PASSWORD)
  tokens.animatorSicoval = await api.login(DEMO_ACCOUNTS.animatorSicoval, DEMO_PASSWORD)
  tokens.partnerMissionLocaleLot = await api.login(DEMO_ACCOUNTS.partnerMissionLocaleLot, DEMO_PASSWORD)
  lot = (await context.payload.find({ collection: 'territories', where: { slug: { equals: 'lot' } }, limit: 1, overrideAccess: true })).docs[0].id
  const { docs } = await context.payload.find({ collection: 'partners', where: { name: { equals: 'Mission Locale du Lot' } }, limit: 1, overrideAccess: true })
  missionLocale = { id: docs[0].id, siret: docs[0].siret }
})

describe('data·inclusion import', () => {
  it('the generated lines are valid data·inclusion v1', () => {
    expect(validateDataInclusionStructure(structure('s'))).toEqual([])
    expect(validateDataInclusionService(service('v', 's'))).toEqual([])
  })

  it('previews without writing, commits drafts with the mapping, and never doubles a re-imported file', async () => {
    const document = {
      structures: [
        structure('gramat', { nom: 'Espace Jeunes de Gramat', reseaux_porteurs: ['mission-locale'] }),
        structure('ml', { siret: missionLocale.siret }),
      ],
      services: [
        service('emploi', 'gramat', { nom: 'Coup de pouce emploi' }),
        service('formation', 'gramat', {
          nom: 'Trouver sa formation',
          thematiques: ['se-former--trouver-sa-formation', 'se-former--monter-son-dossier-de-formation'],
          publics: ['femmes'],
          zone_eligibilite: ['46042'],
          modes_accueil: ['a-distance'],
          courriel: null,
        }),
        service('emploi', 'gramat', { nom: 'Coup de pouce emploi (copie)' }),
        service('logement', 'ml', { nom: 'Logement des jeunes du Lot', thematiques: ['logement-hebergement--louer-un-logement'] }),
      ],
    }
    const before = await counts()

    const preview = await importJson(document)
    expect(preview.status).toBe(200)
    expect(outcomes(preview.json)).toEqual([
      ['Structure n° 1', 'creer'],
      ['Structure n° 2', 'rattacher'],
      ['Service n° 1', 'creer'],
      ['Service n° 2', 'creer'],
      ['Service n° 3', 'doublon'],
      ['Service n° 4', 'creer'],
    ])
    expect(preview.json.counts).toEqual({ total: 6, toCreate: 4, matched: 1, skipped: 1, refused: 0 })
    expect(preview.json.lines[4].messages[0]).toMatch(/Même identifiant que service n° 1/)
    expect(await counts()).toEqual(before)

    const commit = await importJson(document, { mode: 'commit' })
    expect(commit.status).toBe(201)
    expect(commit.json.created).toEqual({ partners: 1, offers: 3 })
    expect(await counts()).toEqual({ partners: before.partners + 1, offers: before.offers + 3 })

    const gramat = (
      await context.payload.find({ collection: 'partners', where: { name: { equals: 'Espace Jeunes de Gramat' } }, overrideAccess: true, depth: 0 })
    ).docs[0]
    expect(gramat).toEqual(
      expect.objectContaining({ type: 'mission-locale', contactsPublic: false, publicPhone: '05 65 00 11 22', publicEmail: 'accueil-gramat@structure.test' }),
    )
    expect(gramat.professionalContact?.email).toBe('accueil-gramat@structure.test')
    expect(gramat.territories).toEqual([lot])

    const offers = await context.payload.find({
      collection: 'offers',
      where: { title: { in: ['Coup de pouce emploi', 'Trouver sa formation', 'Logement des jeunes du Lot'] } },
      overrideAccess: true,
      depth: 1,
      sort: 'title',
    })
    const [emploi, logement, formation] = offers.docs
    for (const offer of offers.docs) expect(offer.status).toBe('brouillon')
    expect((emploi.theme as { slug: string }).slug).toBe('emploi')
    expect(emploi.subTheme).toBe('trouver-un-emploi')
    expect((emploi.partner as { id: number }).id).toBe(gramat.id)
    expect(emploi.coverage?.mode).toBe('territory')
    expect(emploi.rules?.map((rule) => [rule.criterion, rule.values])).toEqual([['situation', ['demandeur_emploi']]])
    expect(emploi.notificationEmails?.map((row) => row.email)).toEqual(['service-emploi@structure.test'])
    expect((formation.theme as { slug: string }).slug).toBe('formation')
    expect(formation.coverage?.mode).toBe('communes')
    expect(formation.location?.remote).toBe(true)
    expect(formation.rules ?? []).toEqual([])
    expect(JSON.stringify(formation.description)).toContain('Publics : femmes.')
    expect((logement.partner as { id: number }).id).toBe(missionLocale.id)
    expect((logement.theme as { slug: string }).slug).toBe('logement')

    // The same file again: the organisation is found by its SIRET, the offers are already there.
    const again = await importJson(document, { mode: 'commit' })
    expect(again.status).toBe(201)
    expect(outcomes(again.json).map(([, outcome]) => outcome)).toEqual(['rattacher', 'rattacher', 'deja-importe', 'deja-importe', 'doublon', 'deja-importe'])
    expect(again.json.created).toEqual({ partners: 0, offers: 0 })
    expect(await counts()).toEqual({ partners: before.partners + 1, offers: before.offers + 3 })
  })

  it('says why each bad line is refused, and a commit with one refused line writes nothing', async () => {
    const document = [
      structure('ok', { nom: 'Maison des jeunes de Souillac' }),
      structure('bad-siret', { siret: '12345678901234' }),
      structure('no-siret', { siret: null }),
      { ...structure('bad-schema'), date_maj: '02/11/2026', courriel: 'pas-un-courriel' },
      service('garde', 'ok', { thematiques: ['famille--garde-denfants'] }),
      service('ailleurs', 'ok', { zone_eligibilite: ['31'] }),
      service('orphelin', 'inconnue'),
      service('via-refusee', 'bad-siret'),
      service('bon', 'ok', { nom: 'Atelier CV de Souillac' }),
      'pas un objet',
    ]
    const before = await counts()
    const preview = await importJson(document)
    expect(preview.status).toBe(200)
    const byWhere = Object.fromEntries(preview.json.lines.map((line: { where: string; outcome: string; messages: string[] }) => [line.where, line]))
    expect(byWhere['Élément n° 1'].outcome).toBe('creer')
    expect(byWhere['Élément n° 2'].messages.join(' ')).toMatch(/SIRET « 12345678901234 » n’est pas valide/)
    expect(byWhere['Élément n° 3'].messages.join(' ')).toMatch(/pas de SIRET/)
    expect(byWhere['Élément n° 4'].messages.join(' ')).toMatch(/Champ « date_maj »/)
    expect(byWhere['Élément n° 4'].messages.join(' ')).toMatch(/Champ « courriel »/)
    expect(byWhere['Élément n° 5'].messages.join(' ')).toMatch(/ne correspond à un thème de Boussole/)
    expect(byWhere['Élément n° 6'].messages.join(' ')).toMatch(/ne couvre aucune commune du territoire « Lot »/)
    expect(byWhere['Élément n° 7'].messages.join(' ')).toMatch(/n’est pas dans le fichier/)
    expect(byWhere['Élément n° 8'].messages.join(' ')).toMatch(/Sa structure \(élément n° 2\) est refusée/)
    expect(byWhere['Élément n° 9'].outcome).toBe('creer')
    expect(byWhere['Élément n° 10'].messages.join(' ')).toMatch(/pas un objet JSON/)
    expect(preview.json.counts).toEqual(expect.objectContaining({ total: 10, toCreate: 2, refused: 8 }))

    const commit = await importJson(document, { mode: 'commit' })
    expect(commit.status).toBe(422)
    expect(commit.json.errors[0].message).toMatch(/^Élément n° 2 : /)
    expect(commit.json.created).toEqual({ partners: 0, offers: 0 })
    expect(await counts()).toEqual(before)
  })

  it('reads the two CSV files of a producer (structures and services) sent together', async () => {
    const structures = [structure('csv-s', { nom: 'PIJ de Saint-Céré', reseaux_porteurs: ['reseau-information-jeunesse'] })]
    const services = [
      service('csv-v', 'csv-s', {
        nom: 'Permanence logement de Saint-Céré',
        thematiques: ['logement-hebergement--louer-un-logement'],
        zone_eligibilite: ['46'],
      }),
    ]
    const csvOf = (rows: Record<string, unknown>[]) =>
      toCsv(
        Object.keys(rows[0]),
        rows.map((row) => Object.values(row).map((value) => (Array.isArray(value) ? value.join(',') : (value as string | number | null)))),
      )
    const form = new FormData()
    form.append('file', new Blob([csvOf(structures)], { type: 'text/csv' }), 'structures.csv')
    form.append('file', new Blob([csvOf(services)], { type: 'text/csv' }), 'services.csv')
    const response = await post(`/boussole/data-inclusion/import?territory=lot&mode=preview`, form, { token: tokens.animatorLot })
    expect(response.status).toBe(200)
    expect(outcomes(response.json)).toEqual([
      ['« structures.csv », ligne 2', 'creer'],
      ['« services.csv », ligne 2', 'creer'],
    ])
    expect(response.json.lines[1].notes.join(' ')).toMatch(/thème « Logement »/)
  })

  it('is for the territory’s animation and administrators only, and refuses unreadable files with 400', async () => {
    const document = [structure('acces')]
    expect((await importJson(document, { token: tokens.partnerMissionLocaleLot })).status).toBe(403)
    const other = await importJson(document, { token: tokens.animatorSicoval })
    expect(other.status).toBe(403)
    expect(other.json.errors[0].message).toMatch(/l’animation du territoire « Lot »/)
    expect((await importJson(document, { token: '' })).status).toBe(401)
    expect((await importJson(document, { token: tokens.admin })).status).toBe(200)
    const broken = await post('/boussole/data-inclusion/import?territory=lot', '{"structures": [', { token: tokens.animatorLot, contentType: 'text/plain' })
    expect(broken.status).toBe(400)
    expect(broken.json.errors[0].message).toMatch(/n’est pas un JSON valide/)
    expect((await importJson({ autre: [] })).status).toBe(400)
  })
})
