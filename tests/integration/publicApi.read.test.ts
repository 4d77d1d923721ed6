import { describe, expect, it } from '@jest/globals'

import { poolOf } from '../../src/database/pool'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

const context = useTestPayload()
const api = () => apiClient(context.payload)

const emploiAnswers = {
  age: 19,
  situation: 'demandeur_emploi',
  inscriptions: ['mission_locale'],
  projet_emploi: 'emploi',
  diplome: 'bac',
  permis: 'non',
  handicap: 'non',
}

describe('GET /api/boussole/communes', () => {
  it.each([
    ['cahors', '46042'],
    ['CAHORS', '46042'],
    ['st etienne', '42218'],
    ['saint-etienne', '42218'],
    ['Saint-Étienne', '42218'],
    ['46000', '46042'],
    ['46042', '46042'],
  ])('finds %s', async (q, code) => {
    const { status, json } = await api().get(`/boussole/communes?q=${encodeURIComponent(q)}`)
    expect(status).toBe(200)
    expect(json.results[0].code).toBe(code)
  })

  it('ignores apostrophes: « l isle » finds the communes named L’Isle-…', async () => {
    const { json } = await api().get('/boussole/communes?q=l%20isle&limit=20')
    expect(json.results.length).toBeGreaterThan(2)
    for (const result of json.results) expect(result.name).toMatch(/^L'Isle|^L’Isle|Isle/i)
  })

  it('expands a postal code to all its communes and attaches the open territory', async () => {
    const { json } = await api().get('/boussole/communes?q=46100&limit=20')
    expect(json.results.length).toBeGreaterThan(1)
    for (const result of json.results) {
      expect(result.postalCodes).toContain('46100')
      expect(result.territory).toEqual(expect.objectContaining({ slug: 'lot', name: 'Lot' }))
      expect(result.departement).toEqual({ code: '46', name: 'Lot' })
    }
  })

  it.each([
    ['montpelier', '34172'],
    ['cahros', '46042'],
    ['st etiene', '42218'],
  ])('« %s » (misspelt, nothing starts so): suggests the commune first, marked « suggested »', async (q, code) => {
    const { status, json } = await api().get(`/boussole/communes?q=${encodeURIComponent(q)}`)
    expect(status).toBe(200)
    expect(json.results[0]).toEqual(expect.objectContaining({ code, suggested: true }))
    expect(json.results.every((result: { suggested?: boolean }) => result.suggested === true)).toBe(true)
  })

  it('an exact or prefix match is never mixed with suggestions, and a code is never guessed', async () => {
    for (const q of ['montpel', 'cahors', '46000']) {
      const { json } = await api().get(`/boussole/communes?q=${q}`)
      expect(json.results.length).toBeGreaterThan(0)
      expect(json.results.some((result: { suggested?: boolean }) => 'suggested' in result)).toBe(false)
    }
    expect((await api().get('/boussole/communes?q=99999')).json.results).toEqual([])
  })

  it('says null for a commune outside every territory', async () => {
    const { json } = await api().get('/boussole/communes?q=quimper')
    expect(json.results[0]).toEqual(expect.objectContaining({ code: '29232', territory: null }))
  })

  it('refuses queries shorter than 2 characters with a French message', async () => {
    const { status, json } = await api().get('/boussole/communes?q=c')
    expect(status).toBe(400)
    expect(json.errors[0]).toEqual(expect.objectContaining({ field: 'q', message: expect.stringContaining('au moins 2 caractères') }))
  })

  it('caps the limit', async () => {
    const { json } = await api().get('/boussole/communes?q=sa&limit=500')
    expect(json.results).toHaveLength(20)
  })
})

describe('GET /api/boussole/communes/:code/themes', () => {
  it('lists open, coming-soon and uncovered themes in Cahors', async () => {
    const { status, json } = await api().get('/boussole/communes/46042/themes')
    expect(status).toBe(200)
    expect(json.territory).toEqual({ slug: 'lot', name: 'Lot' })
    const bySlug = Object.fromEntries(json.themes.map((theme: { slug: string }) => [theme.slug, theme]))
    expect(bySlug.emploi).toEqual(expect.objectContaining({ status: 'ouvert', questionnaireId: expect.any(Number) }))
    expect(bySlug.sante.status).toBe('bientot')
    expect(bySlug['mobilite-internationale'].status).not.toBe('ouvert')
    expect(json.fallback).toBeNull()
  })

  it('offers a fallback outside every territory', async () => {
    const { json } = await api().get('/boussole/communes/29232/themes')
    expect(json.territory).toBeNull()
    expect(json.themes.every((theme: { status: string }) => theme.status !== 'ouvert')).toBe(true)
    expect(json.fallback.openTerritories.map((territory: { slug: string }) => territory.slug)).toEqual(expect.arrayContaining(['lot', 'sicoval']))
  })

  it('answers 404 to an unknown commune code', async () => {
    const { status, json } = await api().get('/boussole/communes/99999/themes')
    expect(status).toBe(404)
    expect(json.errors[0].field).toBe('commune')
  })
})

describe('GET /api/boussole/questionnaire', () => {
  it('returns the tree that applies, with its branches', async () => {
    const { status, json } = await api().get('/boussole/questionnaire?commune=46042&theme=emploi')
    expect(status).toBe(200)
    expect(json.questions.length).toBeGreaterThanOrEqual(6)
    expect(json.questions.some((question: { conditions: unknown[] }) => question.conditions.length > 0)).toBe(true)
  })

  it('answers 404 when the theme is not open in the commune', async () => {
    const { status } = await api().get('/boussole/questionnaire?commune=46042&theme=sante')
    expect(status).toBe(404)
  })
})

describe('POST /api/boussole/match', () => {
  it('returns eligible offers with reasons, and logs the search anonymously', async () => {
    const before = await context.payload.count({ collection: 'searches' })
    const { status, json } = await api().post('/boussole/match', { commune: '46042', theme: 'emploi', answers: emploiAnswers })
    expect(status).toBe(200)
    expect(json.offers.length).toBeGreaterThan(0)
    for (const offer of json.offers) {
      expect(offer).toEqual(
        expect.objectContaining({ id: expect.any(Number), title: expect.any(String), partner: expect.objectContaining({ name: expect.any(String) }) }),
      )
      expect(offer.contactDelayDays).toBeGreaterThanOrEqual(1)
      expect(offer.contactDelayDays).toBeLessThanOrEqual(7)
    }
    expect(json.offers.some((offer: { reasons: string[] }) => offer.reasons.length > 0)).toBe(true)
    const after = await context.payload.count({ collection: 'searches' })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
    const { docs } = await context.payload.find({ collection: 'searches', sort: '-createdAt', limit: 1 })
    expect(docs[0].resultCount).toBe(json.offers.length)
    expect(JSON.stringify(docs[0])).not.toMatch(/@|\+33/)
  })

  it('returns only offers whose every rule accepts the answers, and keeps out the others', async () => {
    const { json } = await api().post('/boussole/match', { commune: '46042', theme: 'emploi', answers: emploiAnswers })
    const returned = new Set(json.offers.map((offer: { id: number }) => offer.id))
    const { docs: published } = await context.payload.find({
      collection: 'offers',
      where: { and: [{ status: { equals: 'publiee' } }, { 'theme.slug': { equals: 'emploi' } }, { 'territory.slug': { equals: 'lot' } }] },
      pagination: false,
      depth: 0,
    })
    const accepts = (rule: { criterion: string; values?: string[] | null; min?: number | null; max?: number | null }) => {
      const answer = (emploiAnswers as Record<string, unknown>)[rule.criterion]
      if (answer === undefined) return true
      if (rule.values?.length) return [answer].flat().some((value) => rule.values!.includes(value as string))
      return (rule.min == null || (answer as number) >= rule.min) && (rule.max == null || (answer as number) <= rule.max)
    }
    const restricted = published.filter((offer) => offer.coverage?.mode === 'communes')
    const expected = published.filter((offer) => !restricted.includes(offer) && (offer.rules ?? []).every(accepts))
    expect(expected.length).toBeGreaterThan(0)
    expect(published.length - restricted.length).toBeGreaterThan(expected.length) // some offers must be filtered out
    for (const offer of expected) expect(returned.has(offer.id)).toBe(true)
    for (const offer of published.filter((candidate) => !(candidate.rules ?? []).every(accepts))) expect(returned.has(offer.id)).toBe(false)
  })

  it('is deterministic for the same day', async () => {
    const first = await api().post('/boussole/match', { commune: '46042', theme: 'emploi', answers: emploiAnswers })
    const second = await api().post('/boussole/match', { commune: '46042', theme: 'emploi', answers: emploiAnswers })
    expect(second.json.offers.map((offer: { id: number }) => offer.id)).toEqual(first.json.offers.map((offer: { id: number }) => offer.id))
  })

  it.each([
    ['an unknown key', { ...emploiAnswers, pointure: 42 }, 'answers.pointure'],
    ['a value outside the options', { ...emploiAnswers, situation: 'astronaute' }, 'answers.situation'],
    ['a hidden-branch answer', { ...emploiAnswers, idee_activite: 'oui' }, 'answers.idee_activite'],
    ['a missing required answer', { ...emploiAnswers, age: undefined }, 'answers.age'],
    ['an age out of range', { ...emploiAnswers, age: 45 }, 'answers.age'],
  ])('refuses %s with a 400 naming the field', async (_, answers, field) => {
    const { status, json } = await api().post('/boussole/match', { commune: '46042', theme: 'emploi', answers })
    expect(status).toBe(400)
    expect(json.errors.map((error: { field: string }) => error.field)).toContain(field)
  })

  it('answers 400 to a malformed body and 404 to an unknown commune', async () => {
    expect((await api().post('/boussole/match', ['not', 'an', 'object'])).status).toBe(400)
    expect((await api().post('/boussole/match', { commune: '00000', theme: 'emploi', answers: emploiAnswers })).status).toBe(404)
  })
})

describe('in-memory catalogue', () => {
  const match = async () => (await api().post('/boussole/match', { commune: '46042', theme: 'emploi', answers: emploiAnswers })).json
  const sql = () => poolOf(context.payload)

  it('shows a change made through Payload at the very next search (hooks), and an archived offer disappears', async () => {
    const [first] = (await match()).offers
    await context.payload.update({ collection: 'offers', id: first.id, data: { summary: 'Résumé modifié à l’instant.' } })
    expect((await match()).offers.find((offer: { id: number }) => offer.id === first.id).summary).toBe('Résumé modifié à l’instant.')

    await context.payload.update({ collection: 'offers', id: first.id, data: { status: 'archivee' } })
    expect((await match()).offers.map((offer: { id: number }) => offer.id)).not.toContain(first.id)
  })

  it('notices a change made by another process within the revalidation delay', async () => {
    const [first] = (await match()).offers
    await sql().query(`update partners set name = 'Organisme renommé ailleurs', updated_at = now() where id = $1`, [first.partner.id])
    const deadline = Date.now() + 3_000
    let name = first.partner.name
    while (name !== 'Organisme renommé ailleurs' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      name = (await match()).offers.find((offer: { id: number }) => offer.id === first.id).partner.name
    }
    expect(name).toBe('Organisme renommé ailleurs')
  })

  it('reflects a territory that closes in the commune search at once', async () => {
    const before = (await api().get('/boussole/communes?q=cahors')).json.results[0]
    expect(before.territory).toEqual(expect.objectContaining({ slug: 'lot' }))
    await context.payload.update({ collection: 'territories', where: { slug: { equals: 'lot' } }, data: { status: 'ferme' } })
    expect((await api().get('/boussole/communes?q=cahors')).json.results[0].territory).toBeNull()
  })
})
