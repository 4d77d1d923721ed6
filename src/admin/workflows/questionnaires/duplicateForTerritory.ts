import { APIError, type Payload } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { asUser, type Actor } from '@/database/transactions'
import { overrideTitle } from '@/domain/questionnaire/territoryOverride'
import { idsOf } from '@/domain/shared/ids'
import { withoutRowIds } from '@/domain/shared/rowIds'
import type { Questionnaire } from '@/payload-types'

/** Refused because the territory already has its questionnaire for the theme: the caller links to it. */
export class OverrideExists extends APIError {
  constructor(
    message: string,
    readonly existingId: number,
  ) {
    super(message, 409, { existingId }, true)
  }
}

/**
 * « Dupliquer pour mon territoire »: copies a national questionnaire (every question, answer and condition)
 * as the territory's own, titled « … — <territoire> », written as the animator (the collection's access and
 * `keepWithinPerimeter` refuse a territory they do not run). Refused when the territory already has one for
 * the theme (`OverrideExists`, with its id), or when the source is itself a territory's.
 */
export async function duplicateForTerritory(payload: Payload, user: Actor, input: { questionnaireId: number; territoryId: number }): Promise<Questionnaire> {
  if (user.role !== 'animator' && user.role !== 'admin')
    throw new APIError('Seuls l’animation des territoires et l’administration peuvent créer le questionnaire d’un territoire.', 403, null, true)
  return asUser(payload, user, async (req) => {
    const perimeter = await getPerimeter(req)
    const territoryId = Number(input.territoryId)
    if (perimeter.kind === 'territories' && !perimeter.territoryIds.includes(territoryId))
      throw new APIError('Choisissez l’un des territoires que vous animez.', 403, null, true)
    const source = await payload.findByID({
      collection: 'questionnaires',
      id: Number(input.questionnaireId),
      depth: 0,
      overrideAccess: false,
      req,
      disableErrors: true,
    })
    if (!source) throw new APIError('Ce questionnaire n’existe plus.', 404, null, true)
    if (source.territory) throw new APIError('Partez du modèle national : ce questionnaire est déjà celui d’un territoire.', 400, null, true)
    const territory = await payload.findByID({
      collection: 'territories',
      id: territoryId,
      depth: 0,
      overrideAccess: false,
      req,
      disableErrors: true,
      select: { name: true },
    })
    if (!territory) throw new APIError('Ce territoire n’existe pas.', 404, null, true)
    const [themeId] = idsOf([source.theme])
    const existing = await payload.find({
      collection: 'questionnaires',
      where: { and: [{ theme: { equals: themeId } }, { territory: { equals: territoryId } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { title: true },
    })
    if (existing.docs[0])
      throw new OverrideExists(
        `Le territoire « ${territory.name} » a déjà son questionnaire pour ce thème (« ${existing.docs[0].title} ») : modifiez-le plutôt.`,
        existing.docs[0].id,
      )
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = source
    return payload.create({
      collection: 'questionnaires',
      data: { ...withoutRowIds(content), title: overrideTitle(source.title, territory.name), theme: themeId, territory: territoryId },
      overrideAccess: false,
      depth: 0,
      req,
    })
  })
}
