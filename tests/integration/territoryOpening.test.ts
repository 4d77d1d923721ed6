import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { poolOf } from '../../src/database/pool'
import { BoussoleApiError, loadOpeningChecklist, matchOffers, previewableTerritory, submitLead } from '../../src/plugins/boussole/server'
import { openScheduledTerritories } from '../../src/plugins/boussole/territories/openScheduledTerritories'
import { previewToken, verifyPreviewToken } from '../../src/security/previewToken'
import { type InstalledClock, useManualClock } from '../helpers/clock'
import { type Matrix } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, uniqueSiret } from './access.fixtures'
import { eligibleAnswers } from './leads.fixtures'

/**
 * Opening a territory (issue #13): the demo « Grand Reims » in preparation, its computed checklist, the opening refused
 * with what is missing (REST 400 on the status field), the scheduled opening by the daily job at the injected clock,
 * and « Voir comme un jeune »: who may preview, and a preview's search and lead write nothing.
 */
const context = useTestPayload()
let payload: Payload
let matrix: Matrix
let demo: Demo
let reims: number
let clock: InstalledClock
const REIMS = '51454'
const PASSWORD = 'Marne-Champagne-2027!'
const options = { overrideAccess: true, depth: 0 } as const

const rowCount = async (table: 'searches' | 'leads' | 'payload_jobs') =>
  Number((await poolOf(payload).query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n)
const openingEmails = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'boussoleSendEmail' } }, pagination: false, ...options })).docs
    .map((job) => job.input as { kind: string; to: string; text: string; dedupeKey: string })
    .filter((input) => input.kind === 'territory-opening')
const territory = () => payload.findByID({ collection: 'territories', id: reims, ...options })

beforeAll(async () => {
  payload = context.payload
  ;({ matrix, demo } = await openDemoMatrix(payload, ['admin', 'animatorLot']))
  const { docs } = await payload.find({ collection: 'territories', where: { slug: { equals: 'grand-reims' } }, limit: 1, ...options })
  reims = docs[0].id
  clock = useManualClock(payload, '2027-01-09T09:00:00.000Z')
})

afterAll(() => clock?.restore())

describe('the opening checklist of the demo territory in preparation', () => {
  it('is computed: coverage, a theme with its national questionnaire and the animating structure done; animators, offers and network missing', async () => {
    const checklist = await loadOpeningChecklist(payload, await territory())
    expect(Object.fromEntries(checklist.items.map((entry) => [entry.key, entry.done]))).toEqual({
      coverage: true,
      animators: false,
      themes: true,
      offers: false,
      consortium: false,
      contact: true,
    })
    expect(checklist.items[0].detail).toMatch(/^1\d\d communes couvertes$/)
    expect(checklist.missing).toEqual([
      'aucun animateur ou animatrice actif n’est rattaché au territoire',
      'aucune offre publiée pour le thème « Emploi » par un organisme ayant une charte signée en vigueur',
      'aucun organisme ne fait partie du réseau du territoire',
    ])
  })
})

describe('opening (status « ouvert ») is refused while the checklist is incomplete', () => {
  let animator: number
  let partner: number

  it('REST: 400 on the status field, naming every missing item in French; nothing changes', async () => {
    const { status, json } = await matrix.api.patch(`/territories/${reims}`, { status: 'ouvert' }, matrix.token('admin'))
    expect(status).toBe(400)
    expect(json.errors[0].data.errors).toEqual([
      expect.objectContaining({
        path: 'status',
        message:
          'Le territoire ne peut pas encore ouvrir. Il manque : aucun animateur ou animatrice actif n’est rattaché au territoire ; aucune offre publiée pour le thème « Emploi » par un organisme ayant une charte signée en vigueur ; aucun organisme ne fait partie du réseau du territoire.',
      }),
    ])
    expect((await territory()).status).toBe('preparation')
  })

  it('the scheduled job: on the day, an incomplete territory stays in preparation and its animators and the administrators are emailed what is missing', async () => {
    animator = (
      await payload.create({
        collection: 'users',
        data: { email: 'animatrice.reims@boussole.test', password: PASSWORD, name: 'Animatrice Reims', role: 'animator', territories: [reims] } as never,
        ...options,
      })
    ).id
    await payload.update({ collection: 'territories', id: reims, data: { opensAt: '2027-01-10T12:00:00.000Z' }, ...options })

    expect(await openScheduledTerritories(payload)).toEqual({ opened: 0, postponed: 0 }) // the day before
    expect(await openingEmails()).toEqual([])

    clock.set('2027-01-09T23:30:00.000Z') // 00:30 in Paris, 10 January
    expect(await openScheduledTerritories(payload)).toEqual({ opened: 0, postponed: 1 })
    expect((await territory()).status).toBe('preparation')
    const emails = await openingEmails()
    const admins = await payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: 'admin' } }, { active: { equals: true } }] },
      pagination: false,
      ...options,
    })
    expect(emails.map((email) => email.to).sort()).toEqual(['animatrice.reims@boussole.test', ...admins.docs.map((user) => user.email)].sort())
    expect(emails.map((email) => email.to)).not.toContain('animateur.lot@boussole.test')
    expect(emails[0].text).toContain('aucune offre publiée pour le thème « Emploi »')
    expect(emails[0].text).toContain('aucun organisme ne fait partie du réseau du territoire')
    expect(emails[0].text).not.toContain('aucun animateur')

    // Run again the same day: the same emails (one dedupe key per territory, day and person: each leaves once).
    await openScheduledTerritories(payload)
    expect(new Set((await openingEmails()).map((email) => email.dedupeKey))).toEqual(new Set(emails.map((email) => email.dedupeKey)))
  })

  it('accepted once the checklist is complete (REST 200)', async () => {
    partner = (
      await payload.create({
        collection: 'partners',
        data: { name: 'Mission Locale de Reims', siret: uniqueSiret(), type: 'mission-locale', territories: [reims] } as never,
        ...options,
      })
    ).id
    await payload.create({
      collection: 'charters',
      data: { partner, territories: [reims], status: 'signee', signatoryName: 'Claire Reims', signedAt: '2026-12-01T12:00:00.000Z' } as never,
      ...options,
    })
    await payload.create({
      collection: 'offers',
      data: {
        title: 'Accompagnement vers l’emploi à Reims',
        summary: 'Un conseiller t’accompagne.',
        partner,
        territory: reims,
        theme: demo.themes.emploi,
        status: 'publiee',
      } as never,
      ...options,
    })
    expect((await loadOpeningChecklist(payload, await territory())).complete).toBe(true)

    const opened = await matrix.api.patch(`/territories/${reims}`, { status: 'ouvert' }, matrix.token('admin'))
    expect(opened.status).toBe(200)
    expect(opened.json.doc.status).toBe('ouvert')
    // Back in preparation for the scheduled opening below.
    await payload.update({ collection: 'territories', id: reims, data: { status: 'preparation' }, ...options })
  })

  it('the scheduled job opens a complete territory on its day at the injected clock, not the day before', async () => {
    await payload.update({ collection: 'territories', id: reims, data: { opensAt: '2027-02-01T12:00:00.000Z' }, ...options })
    clock.set('2027-01-31T22:59:00.000Z') // 23:59 in Paris, 31 January
    expect(await openScheduledTerritories(payload)).toEqual({ opened: 0, postponed: 0 })
    expect((await territory()).status).toBe('preparation')

    clock.set('2027-01-31T23:01:00.000Z') // 00:01 in Paris, 1 February
    expect(await openScheduledTerritories(payload)).toEqual({ opened: 1, postponed: 0 })
    const open = await territory()
    expect(open.status).toBe('ouvert')
    expect(open.opensAt).toBeFalsy()
    expect(open.openedAt).toBeTruthy()
    await payload.update({ collection: 'territories', id: reims, data: { status: 'preparation' }, ...options })
    expect(animator).toBeGreaterThan(0)
  })
})

describe('« Voir comme un jeune »: a preview of a territory not yet open', () => {
  it('is for an active administrator or an animator of that territory only, and only while it is not open', async () => {
    const user = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, ...options })).docs[0]
    const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1, ...options })).docs[0]
    expect(await previewableTerritory(payload, null, reims)).toBeNull()
    expect(await previewableTerritory(payload, await user('animateur.lot@boussole.test'), reims)).toBeNull()
    expect(await previewableTerritory(payload, await user('animatrice.reims@boussole.test'), reims)).toEqual(
      expect.objectContaining({ id: reims, name: 'Grand Reims', firstCommuneCode: REIMS }),
    )
    expect(await previewableTerritory(payload, admin, reims)).toEqual(expect.objectContaining({ id: reims }))
    expect(await previewableTerritory(payload, { ...admin, active: false }, reims)).toBeNull()
    expect(await previewableTerritory(payload, admin, demo.territories.lot)).toBeNull() // open: simply public
  })

  it('the preview cookie: signed for a person and a territory, refused when forged or expired', () => {
    const at = new Date('2027-01-09T09:00:00.000Z')
    const token = previewToken(payload.secret, { territoryId: reims, userId: 7 }, at)
    expect(verifyPreviewToken(payload.secret, token, at)).toEqual({ territoryId: reims, userId: 7 })
    expect(verifyPreviewToken(payload.secret, token.replace(`${reims}.7.`, `${reims}.8.`), at)).toBeNull()
    expect(verifyPreviewToken('another-secret', token, at)).toBeNull()
    expect(verifyPreviewToken(payload.secret, token, new Date(at.getTime() + 3 * 3600_000))).toBeNull()
    expect(verifyPreviewToken(payload.secret, undefined, at)).toBeNull()
  })

  it('the search runs on the territory in preparation and logs nothing; the public gets a 404; a lead there is refused and writes nothing', async () => {
    const input = { commune: REIMS, theme: 'emploi', answers: eligibleAnswers }
    const [searches, leads, jobs] = [await rowCount('searches'), await rowCount('leads'), await rowCount('payload_jobs')]

    const preview = await matchOffers(payload, input, { preview: { territoryId: reims } })
    expect(preview.territory).toEqual({ slug: 'grand-reims', name: 'Grand Reims' })
    expect(preview.offers.map((offer) => offer.title)).toEqual(['Accompagnement vers l’emploi à Reims'])

    await expect(matchOffers(payload, input)).rejects.toMatchObject({ status: 404 })
    const lead = await submitLead(
      payload,
      { offer: preview.offers[0].id, commune: REIMS, answers: eligibleAnswers, contact: { email: 'jeune.reims@example.org' }, consent: true },
      { ip: '203.0.113.9', idempotencyKey: null },
    ).catch((error: unknown) => error)
    expect(lead).toBeInstanceOf(BoussoleApiError)

    expect([await rowCount('searches'), await rowCount('leads'), await rowCount('payload_jobs')]).toEqual([searches, leads, jobs])
  })
})
