import { describe, expect, it } from '@jest/globals'

import { duplicateForTerritory, OverrideExists } from '../../src/admin/workflows/questionnaires/duplicateForTerritory'
import type { Questionnaire } from '../../src/payload-types'
import { useTestPayload } from '../helpers/payload'
import { actor, LOT_ANIMATOR, ML_LOT_PRO } from './workflows.fixtures'

/**
 * « Dupliquer pour mon territoire »: an animator starts their territory's questionnaire from the national one —
 * every question and answer copied, titled « … — <territoire> » — once per territory and theme, only for a
 * territory they run.
 */
const context = useTestPayload()

const find = async (collection: 'territories' | 'themes', field: string, value: string) =>
  (await context.payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id
const national = async (themeSlug: string) => {
  const theme = await find('themes', 'slug', themeSlug)
  return (
    await context.payload.find({
      collection: 'questionnaires',
      where: { and: [{ theme: { equals: theme } }, { territory: { exists: false } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as Questionnaire
}
const answersOf = (questionnaire: Questionnaire) =>
  (questionnaire.questions ?? []).map((question) => [
    question.key,
    question.label,
    question.type,
    (question.options ?? []).map((option) => [option.value, option.label]),
  ])

describe('an animator duplicates the national questionnaire for their territory', () => {
  it('copies every question and answer, titled « … — Lot », as the Lot’s own; a second copy is refused with a link to the first', async () => {
    const lot = await find('territories', 'name', 'Lot')
    const source = await national('emploi')
    const animator = await actor(context.payload, LOT_ANIMATOR)
    const copy = await duplicateForTerritory(context.payload, animator, { questionnaireId: source.id, territoryId: lot })
    expect(copy.title).toBe(`${source.title} — Lot`)
    expect(copy.territory).toBe(lot)
    expect(copy.theme).toBe(source.theme)
    expect(copy.questions?.length).toBeGreaterThan(3)
    expect(answersOf(copy)).toEqual(answersOf(source))
    // New rows: the national template keeps its own.
    expect((copy.questions ?? []).map((question) => question.id)).not.toContain(source.questions?.[0].id)
    expect(answersOf(await national('emploi'))).toEqual(answersOf(source))

    const again = duplicateForTerritory(context.payload, animator, { questionnaireId: source.id, territoryId: lot })
    await expect(again).rejects.toBeInstanceOf(OverrideExists)
    await expect(duplicateForTerritory(context.payload, animator, { questionnaireId: source.id, territoryId: lot })).rejects.toMatchObject({
      status: 409,
      existingId: copy.id,
      message: expect.stringContaining('a déjà son questionnaire pour ce thème'),
    })
  })

  it('links to the questionnaire the territory already has (the Lot’s Logement)', async () => {
    const lot = await find('territories', 'name', 'Lot')
    const source = await national('logement')
    const existing = (
      await context.payload.find({ collection: 'questionnaires', where: { territory: { equals: lot }, theme: { equals: source.theme } }, overrideAccess: true })
    ).docs[0]
    await expect(
      duplicateForTerritory(context.payload, await actor(context.payload, LOT_ANIMATOR), { questionnaireId: source.id, territoryId: lot }),
    ).rejects.toMatchObject({
      status: 409,
      existingId: existing.id,
    })
  })

  it.each<[string, () => Promise<unknown>, number, RegExp]>([
    [
      'a territory the animator does not run',
      async () =>
        duplicateForTerritory(context.payload, await actor(context.payload, LOT_ANIMATOR), {
          questionnaireId: (await national('formation')).id,
          territoryId: await find('territories', 'name', 'Sicoval'),
        }),
      403,
      /l’un des territoires que vous animez/,
    ],
    [
      'a partner professional',
      async () =>
        duplicateForTerritory(context.payload, await actor(context.payload, ML_LOT_PRO), {
          questionnaireId: (await national('formation')).id,
          territoryId: await find('territories', 'name', 'Lot'),
        }),
      403,
      /Seuls l’animation des territoires/,
    ],
    [
      'a territory’s questionnaire as the source',
      async () => {
        const lot = await find('territories', 'name', 'Lot')
        const source = (await context.payload.find({ collection: 'questionnaires', where: { territory: { equals: lot } }, limit: 1, overrideAccess: true }))
          .docs[0]
        return duplicateForTerritory(context.payload, await actor(context.payload, LOT_ANIMATOR), { questionnaireId: source.id, territoryId: lot })
      },
      400,
      /Partez du modèle national/,
    ],
  ])('refuses %s', async (_, attempt, status, message) => {
    await expect(attempt()).rejects.toMatchObject({ status, message: expect.stringMatching(message) })
  })
})
