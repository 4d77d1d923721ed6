import { describe, expect, it } from '@jest/globals'

import { themesForCommune } from '../../src/plugins/boussole/geo/themesForCommune'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

const context = useTestPayload()

const tilesOf = (json: { tiles: { name: string | null; themes: { slug: string }[] }[] }) =>
  json.tiles.map((tile) => [tile.name, tile.themes.map((theme) => theme.slug)])

const lot = async () =>
  (await context.payload.find({ collection: 'territories', where: { slug: { equals: 'lot' } }, limit: 1, overrideAccess: true, depth: 0 })).docs[0]

describe('a territory presents the national themes its own way', () => {
  it('the Lot shows « Emploi-Formation » as one tile; each theme keeps its questionnaire', async () => {
    const { status, json } = await apiClient(context.payload).get('/boussole/communes/46042/themes')
    expect(status).toBe(200)
    expect(tilesOf(json)).toEqual([
      ['Emploi-Formation', ['emploi', 'formation']],
      [null, ['logement']],
    ])
    const [grouped] = json.tiles
    for (const theme of grouped.themes)
      expect(theme).toEqual(expect.objectContaining({ status: 'ouvert', tile: 'Emploi-Formation', questionnaireId: expect.any(Number) }))
    expect(grouped.themes[0].questionnaireId).not.toBe(grouped.themes[1].questionnaireId)
    // The national list is unchanged: one row per theme.
    expect(json.themes.map((theme: { slug: string }) => theme.slug)).toEqual(expect.arrayContaining(['emploi', 'formation', 'logement', 'sante']))
  })

  it('other territories keep one tile per theme', async () => {
    const { tiles } = await themesForCommune(context.payload, '31113') // Castanet-Tolosan, Sicoval
    expect(tiles.every((tile) => tile.name === null && tile.themes.length === 1)).toBe(true)
    expect(tiles.map((tile) => tile.themes[0].slug)).toEqual(expect.arrayContaining(['emploi', 'formation', 'logement']))
  })

  it('splitting is removing the name: two tiles, and no offer moves', async () => {
    const territory = await lot()
    const offersByTheme = async () => {
      const { docs } = await context.payload.find({
        collection: 'offers',
        where: { territory: { equals: territory.id } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { theme: true },
      })
      return docs.map((offer) => `${offer.id}:${offer.theme}`).sort()
    }
    const before = await offersByTheme()
    await context.payload.update({
      collection: 'territories',
      id: territory.id,
      data: { themes: (territory.themes ?? []).map((row) => ({ ...row, tile: null })) },
      overrideAccess: true,
      depth: 0,
    })
    const { tiles } = await themesForCommune(context.payload, '46042')
    expect(tiles.map((tile) => [tile.name, tile.themes.map((theme) => theme.slug)])).toEqual([
      [null, ['emploi']],
      [null, ['formation']],
      [null, ['logement']],
    ])
    expect(await offersByTheme()).toEqual(before)
  })
})
