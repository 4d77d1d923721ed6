'use server'

import { withSession, type ActionResult } from '../shared/session'
import { duplicateForTerritory, OverrideExists } from './duplicateForTerritory'

/** « Dupliquer pour mon territoire » (see `duplicateForTerritory`); a territory that has one already answers with its id. */
export async function duplicateForTerritoryAction(questionnaireId: number, territoryId: number): Promise<ActionResult & { existingId?: number }> {
  return withSession(async (payload, user) => {
    try {
      const copy = await duplicateForTerritory(payload, user, { questionnaireId, territoryId })
      return { ok: true, message: `Questionnaire « ${copy.title} » créé : adaptez-le à votre territoire.`, id: copy.id }
    } catch (error) {
      if (error instanceof OverrideExists) return { ok: false, message: error.message, existingId: error.existingId } as ActionResult
      throw error
    }
  })
}
