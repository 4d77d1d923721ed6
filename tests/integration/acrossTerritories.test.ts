import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import * as charterMigration from '../../migrations/20261202_152017_charter_territories_offer_territories'
import { getPerimeter } from '../../src/access/perimeter'
import { poolOf } from '../../src/database/pool'
import { catalogue } from '../../src/plugins/boussole/catalogue/catalogue'
import { submitLead } from '../../src/plugins/boussole/leads/submitLead'
import { candidateOffers, resolveMatchContext } from '../../src/plugins/boussole/matching/matchOffers'
import { loadNetworkStatus } from '../../src/plugins/boussole/statistics/network'
import { answersFor } from '../../src/seed/activity/answers'
import { Random } from '../../src/seed/activity/random'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { offerId, RAMONVILLE, runEmailJobs } from './leads.fixtures'
import { actor, PASSWORD, SICOVAL_ANIMATOR } from './workflows.fixtures'

/**
 * Organisations across territories: the CRIJ Occitanie (home: Montpellier) signed one charter for Montpellier and
 * the Sicoval; one of its offers is proposed in the Sicoval, served there only once the Sicoval's animation
 * validated it; a request made there is the Sicoval's. The demo data holds « S’orienter » already validated there.
 */
const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
const CRIJ_PRO = 'pro.crij@boussole.test'
const MONTPELLIER_ANIMATOR = 'animateur.montpellier@boussole.test'
const LOT_ANIMATOR = 'animateur.lot@boussole.test'
const ML_LOT_PRO = 'pro.missionlocale46@boussole.test'
const HOUSING = 'Logement jeune : trouver et financer ton logement'
const ORIENTATION = 'S’orienter : un entretien avec un informateur jeunesse'

let ids: { sicoval: number; montpellier: number; lot: number; crij: number; housing: number; orientation: number; logement: number; formation: number }
const tokens: Record<string, string> = {}

const one = async (payload: Payload, collection: 'territories' | 'partners' | 'themes' | 'offers', field: string, value: string) => {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true })
  return Number(docs[0].id)
}
const requestAs = async (payload: Payload, email: string): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...(await actor(payload, email)), collection: 'users' } as PayloadRequest['user'] & object }, payload)
const servedIds = async (payload: Payload, commune: string, theme: string) => {
  const matchContext = await resolveMatchContext(payload, commune, theme)
  return (await candidateOffers(payload, matchContext, new Date())).map((offer) => offer.id)
}
const messages = (json: any): string => JSON.stringify(json?.errors ?? json)
const row = { depth: 0, limit: 1, overrideAccess: true } as const

beforeAll(async () => {
  const { payload } = context
  api = apiClient(payload)
  ids = {
    sicoval: await one(payload, 'territories', 'slug', 'sicoval'),
    montpellier: await one(payload, 'territories', 'slug', 'montpellier-mediterranee-metropole'),
    lot: await one(payload, 'territories', 'slug', 'lot'),
    crij: await one(payload, 'partners', 'name', 'CRIJ Occitanie — Montpellier'),
    housing: await one(payload, 'offers', 'title', HOUSING),
    orientation: await one(payload, 'offers', 'title', ORIENTATION),
    logement: await one(payload, 'themes', 'slug', 'logement'),
    formation: await one(payload, 'themes', 'slug', 'formation'),
  }
  for (const email of [CRIJ_PRO, SICOVAL_ANIMATOR, MONTPELLIER_ANIMATOR, LOT_ANIMATOR, ML_LOT_PRO]) tokens[email] = await api.login(email, PASSWORD)
})

describe('a charter for two territories', () => {
  it('gives the organisation both perimeters (pickers and offers), and is listed on each territory’s « Animation » tab', async () => {
    const { payload } = context
    const perimeter = await getPerimeter(await requestAs(payload, CRIJ_PRO))
    expect(perimeter).toEqual({ kind: 'partner', partnerId: ids.crij, territoryIds: [ids.sicoval, ids.montpellier].sort((a, b) => a - b) })
    const { docs } = await payload.find({ collection: 'charters', where: { partner: { equals: ids.crij } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0].title).toMatch(/CRIJ Occitanie — Montpellier — .*Sicoval|CRIJ Occitanie — Montpellier — Sicoval/)
    for (const territory of [ids.sicoval, ids.montpellier]) {
      const found = await payload.findByID({ collection: 'territories', id: territory, depth: 0, overrideAccess: true, joins: { charters: { limit: 100 } } })
      expect(idsOfJoin(found.charters)).toContain(docs[0].id)
    }
  })

  it('refuses a second live charter of the organisation covering one of the same territories (400, in French)', async () => {
    const created = await api.post(
      '/charters',
      { partner: ids.crij, territories: [ids.sicoval], version: '2026-1', status: 'en_attente' },
      tokens[SICOVAL_ANIMATOR],
    )
    expect(created.status).toBe(400)
    expect(messages(created.json)).toMatch(/déjà une charte en cours pour « Sicoval »/)
  })
})

describe('an offer offered in a second territory', () => {
  let proposal: number

  it('a partner cannot propose it where the organisation has no signed charter (400, in French)', async () => {
    const refused = await api.post('/offer-territories?depth=0', { offer: ids.housing, territory: ids.lot }, tokens[CRIJ_PRO])
    expect(refused.status).toBe(400)
    expect(messages(refused.json)).toMatch(/pas de charte de partenariat signée pour « Lot »/)
    const cej = await offerId(context.payload, 'Contrat d’engagement jeune (CEJ)', 'lot')
    const notTheirs = await api.post('/offer-territories?depth=0', { offer: ids.housing, territory: ids.sicoval }, tokens[ML_LOT_PRO])
    expect(notTheirs.status).toBe(400)
    expect(messages(notTheirs.json)).toMatch(/votre propre organisme/)
    const noCharter = await api.post('/offer-territories?depth=0', { offer: cej, territory: ids.sicoval }, tokens[ML_LOT_PRO])
    expect(noCharter.status).toBe(400)
    expect(messages(noCharter.json)).toMatch(/pas de charte de partenariat signée pour « Sicoval »/)
  })

  it('a partner cannot propose it as already validated', async () => {
    const forged = await api.post('/offer-territories?depth=0', { offer: ids.housing, territory: ids.sicoval, status: 'validee' }, tokens[CRIJ_PRO])
    expect(forged.status).toBe(400)
    expect(messages(forged.json)).toMatch(/revient à l’animation de ce territoire/)
  })

  it('proposed by its organisation, it waits: not served in the Sicoval, still served at home', async () => {
    const { payload } = context
    const created = await api.post('/offer-territories?depth=0', { offer: ids.housing, territory: ids.sicoval }, tokens[CRIJ_PRO])
    expect(created.status).toBe(201)
    proposal = created.json.doc.id
    expect(created.json.doc).toMatchObject({ status: 'en_attente', partner: ids.crij, homeTerritory: ids.montpellier })
    expect(await servedIds(payload, RAMONVILLE, 'logement')).not.toContain(ids.housing)
    expect(await servedIds(payload, '34172', 'logement')).toContain(ids.housing)
    // The Sicoval's animation reads the offer and sees the proposal; the Lot's does not.
    expect((await api.get(`/offers/${ids.housing}?depth=0`, tokens[SICOVAL_ANIMATOR])).status).toBe(200)
    const lot = await api.get(`/offer-territories/${proposal}`, tokens[LOT_ANIMATOR])
    expect(lot.status).toBe(404)
    const offerAsHome = await api.get(`/offers/${ids.housing}?depth=0`, tokens[MONTPELLIER_ANIMATOR])
    expect(idsOfJoin(offerAsHome.json.offerTerritories)).toContain(proposal)
  })

  it('another territory’s animator cannot decide, nor the organisation, nor the offer’s own territory’s animation', async () => {
    for (const email of [LOT_ANIMATOR, CRIJ_PRO, MONTPELLIER_ANIMATOR]) {
      const refused = await api.patch(`/offer-territories/${proposal}?depth=0`, { status: 'validee' }, tokens[email])
      expect([400, 403, 404]).toContain(refused.status)
    }
    const row = await context.payload.findByID({ collection: 'offer-territories', id: proposal, depth: 0, overrideAccess: true })
    expect(row.status).toBe('en_attente')
    expect(await servedIds(context.payload, RAMONVILLE, 'logement')).not.toContain(ids.housing)
  })

  it('validated by the Sicoval’s animation, it is served there; a request made there is the Sicoval’s, not Montpellier’s', async () => {
    const { payload } = context
    await runEmailJobs(payload)
    smtp.clear()
    const validated = await api.patch(
      `/offer-territories/${proposal}?depth=0`,
      { status: 'validee', comment: 'Bienvenue dans le Sicoval.' },
      tokens[SICOVAL_ANIMATOR],
    )
    expect(validated.status).toBe(200)
    // The organisation is told, once, with the comment (a save without a new decision sends nothing more).
    await api.patch(`/offer-territories/${proposal}?depth=0`, { comment: 'Bienvenue dans le Sicoval.' }, tokens[SICOVAL_ANIMATOR])
    await runEmailJobs(payload)
    const told = smtp.to(CRIJ_PRO)
    expect(told.map((mail) => mail.subject)).toEqual([`Votre offre « ${HOUSING} » est proposée aussi dans « Sicoval »`])
    expect(told[0].text).toContain('a validé votre offre')
    expect(told[0].text).toContain('Bienvenue dans le Sicoval.')
    expect(told[0].text).toContain(`/admin/collections/offers/${ids.housing}`)
    const sicovalAnimator = await actor(payload, SICOVAL_ANIMATOR)
    expect(validated.json.doc).toMatchObject({ status: 'validee', decidedBy: sicovalAnimator.id })
    expect(validated.json.doc.decidedAt).toEqual(expect.any(String))
    expect(await servedIds(payload, RAMONVILLE, 'logement')).toContain(ids.housing)

    const reference = await catalogue.get(payload)
    const questions = reference.questionnaireFor(ids.logement, ids.sicoval)!.questions
    const offer = (await reference.offersOf(ids.sicoval, ids.logement)).find((entry) => entry.id === ids.housing)!
    // Served on the whole of the Sicoval, with its content as it is.
    expect(offer).toMatchObject({ title: HOUSING, partner: { id: ids.crij, name: 'CRIJ Occitanie — Montpellier' }, communes: null })
    const answers = answersFor(questions, offer.rules, new Random(13))
    const lead = await submitLead(payload, {
      offer: ids.housing,
      commune: RAMONVILLE,
      answers,
      contact: { email: 'ines.sicoval@example.org' },
      consent: true,
      website: '',
    })
    const stored = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect({ territory: stored.territory, partner: stored.partner, offer: stored.offer }).toEqual({
      territory: ids.sicoval,
      partner: ids.crij,
      offer: ids.housing,
    })

    const sees = async (email: string) => (await api.get(`/leads/${lead.id}?depth=0`, tokens[email])).status
    expect(await sees(SICOVAL_ANIMATOR)).toBe(200)
    expect(await sees(MONTPELLIER_ANIMATOR)).toBe(404)
    expect(await sees(CRIJ_PRO)).toBe(200)
  })

  it('refused afterwards, it leaves the Sicoval’s results at once', async () => {
    await runEmailJobs(context.payload)
    smtp.clear()
    const refused = await api.patch(`/offer-territories/${proposal}?depth=0`, { status: 'refusee' }, tokens[SICOVAL_ANIMATOR])
    expect(refused.status).toBe(200)
    await runEmailJobs(context.payload)
    expect(smtp.to(CRIJ_PRO).map((mail) => mail.subject)).toEqual([`Votre offre « ${HOUSING} » n’est pas retenue dans « Sicoval »`])
    expect(await servedIds(context.payload, RAMONVILLE, 'logement')).not.toContain(ids.housing)
  })

  it('the demo offer validated in the Sicoval is served in both territories', async () => {
    expect(await servedIds(context.payload, RAMONVILLE, 'formation')).toContain(ids.orientation)
    expect(await servedIds(context.payload, '34172', 'formation')).toContain(ids.orientation)
  })

  it('the Sicoval’s cockpit lists the demo offer waiting for its decision, and counts the CRIJ as having an offer there', async () => {
    const { payload } = context
    const user = await actor(payload, SICOVAL_ANIMATOR)
    const { tables } = await loadNetworkStatus({ payload, user: user as never }, [ids.sicoval], new Date())
    expect(tables['offres-a-valider'].rows).toContainEqual([
      'Santé, droits, mutuelle : on t’aide à t’y retrouver (proposée aussi ici)',
      'CRIJ Occitanie — Montpellier',
      'Sicoval',
      expect.any(String),
    ])
    expect((tables['offres-a-valider'].links ?? []).some((link) => Boolean(link?.startsWith('/admin/collections/offer-territories/')))).toBe(true)
    expect(tables['organismes-sans-offre-publiee'].rows.flat()).not.toContain('CRIJ Occitanie — Montpellier')
    expect(tables['chartes-a-suivre'].rows.every((row) => typeof row[1] === 'string')).toBe(true)
  })

  it('its charter ended (« résiliée »), the organisation’s offers leave the results of every territory it covered, at once', async () => {
    const { payload } = context
    const { docs } = await payload.find({ collection: 'charters', where: { partner: { equals: ids.crij } }, depth: 0, overrideAccess: true })
    const charter = docs[0]
    await payload.update({ collection: 'charters', id: charter.id, data: { status: 'resiliee' }, overrideAccess: true })
    try {
      expect(await servedIds(payload, RAMONVILLE, 'formation')).not.toContain(ids.orientation)
      expect(await servedIds(payload, '34172', 'formation')).not.toContain(ids.orientation)
    } finally {
      await payload.update({ collection: 'charters', id: charter.id, data: { status: 'signee', terminatedAt: null }, overrideAccess: true })
    }
    expect(await servedIds(payload, RAMONVILLE, 'formation')).toContain(ids.orientation)
  })

  it('an offer whose rules the territory’s own questionnaire cannot answer is refused there, in words; fitting, it is accepted', async () => {
    const { payload } = context
    const template = (
      await payload.find({ collection: 'questionnaires', where: { and: [{ theme: { equals: ids.formation } }, { territory: { exists: false } }] }, ...row })
    ).docs[0]
    const asked = (template.questions ?? []).find((question) => question.type === 'single' && (question.options ?? []).length > 1)!
    const offer = await payload.create({
      collection: 'offers',
      overrideAccess: true,
      data: {
        title: 'Atelier régional à condition',
        summary: 'Une offre dont la condition porte sur une question du questionnaire national.',
        partner: ids.crij,
        territory: ids.montpellier,
        theme: ids.formation,
        status: 'brouillon',
        rules: [{ criterion: asked.key, values: [asked.options![0].value] }],
      } as never,
    })
    // The Sicoval asks its own Formation questionnaire, without that question.
    const own = await payload.create({
      collection: 'questionnaires',
      overrideAccess: true,
      data: {
        title: 'Formation Sicoval',
        theme: ids.formation,
        territory: ids.sicoval,
        questions: [{ key: 'age', type: 'number', label: 'Quel âge as-tu ?', min: 15, max: 30 }],
      },
    })
    const refused = await api.post('/offer-territories?depth=0', { offer: offer.id, territory: ids.sicoval }, tokens[CRIJ_PRO])
    expect(refused.status).toBe(400)
    expect(messages(refused.json)).toContain(
      'Les conditions d’éligibilité de l’offre ne correspondent pas au questionnaire utilisé dans « Sicoval » : Condition n°1',
    )
    expect((await payload.count({ collection: 'offer-territories', where: { offer: { equals: offer.id } }, overrideAccess: true })).totalDocs).toBe(0)

    await payload.delete({ collection: 'questionnaires', id: own.id, overrideAccess: true })
    const accepted = await api.post('/offer-territories?depth=0', { offer: offer.id, territory: ids.sicoval }, tokens[CRIJ_PRO])
    expect(accepted.status).toBe(201)
    await payload.delete({ collection: 'offers', id: offer.id, overrideAccess: true })
  })

  it('deleting an offer deletes its proposals', async () => {
    const { payload } = context
    const draft = await payload.create({
      collection: 'offers',
      overrideAccess: true,
      data: {
        title: 'Brouillon régional',
        summary: 'Une offre proposée dans deux territoires.',
        partner: ids.crij,
        territory: ids.montpellier,
        theme: ids.formation,
        status: 'brouillon',
      } as never,
    })
    const row = await payload.create({
      collection: 'offer-territories',
      overrideAccess: true,
      data: { offer: draft.id, territory: ids.sicoval, status: 'en_attente' },
    })
    expect((await api.delete(`/offers/${draft.id}`, tokens[CRIJ_PRO])).status).toBe(200)
    expect((await payload.count({ collection: 'offer-territories', where: { id: { equals: row.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('the migration of charters to several territories', () => {
  const territoriesOfCharters = async (payload: Payload) => {
    const { rows } = await poolOf(payload).query<{ id: number; territories: number[] | null }>(
      `select c.id, array_agg(r.territories_id order by r."order") filter (where r.id is not null) as territories
         from charters c left join charters_rels r on r.parent_id = c.id and r.path = 'territories' group by c.id order by c.id`,
    )
    return rows
  }

  it('left every charter with its territory in the new field, and the old column is gone', async () => {
    const { payload } = context
    const rows = await territoriesOfCharters(payload)
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.filter((row) => !row.territories?.length)).toEqual([])
    const { rows: columns } = await poolOf(payload).query(
      `select 1 from information_schema.columns where table_name = 'charters' and column_name = 'territory_id'`,
    )
    expect(columns).toHaveLength(0)
  })

  it('down then up keeps each charter’s (first) territory', async () => {
    const { payload } = context
    const before = await territoriesOfCharters(payload)
    const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: await createLocalReq({}, payload) } as never
    await charterMigration.down(args)
    const { rows: restored } = await poolOf(payload).query<{ id: number; territory_id: number }>(`select id, territory_id from charters order by id`)
    expect(restored).toEqual(before.map((row) => ({ id: row.id, territory_id: row.territories![0] })))
    await charterMigration.up(args)
    expect(await territoriesOfCharters(payload)).toEqual(before.map((row) => ({ id: row.id, territories: [row.territories![0]] })))
  })
})

function idsOfJoin(join: unknown): number[] {
  const docs = (join as { docs?: unknown[] } | undefined)?.docs ?? []
  return docs.map((doc) => (typeof doc === 'object' && doc !== null ? Number((doc as { id: number }).id) : Number(doc)))
}
