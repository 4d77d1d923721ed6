import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { questionErrorLabel } from '@/domain/questionnaire/rowLabels'
import { toQuestions } from '@/domain/questionnaire/toQuestions'
import { validateQuestionnaire } from '@/domain/questionnaire/validateQuestionnaire'
import { idsOf } from '@/domain/shared/ids'
import { toastLabel } from '@/domain/shared/toastLabel'

/** Refuses broken trees (forward or looping conditions, unknown keys or values) and duplicate questionnaires. */
export const validateQuestionTree: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors = validateQuestionnaire(toQuestions(merged.questions)).map((error) => ({
    path: `questions.${error.index}.${error.field}`,
    message: error.message,
    // What Payload's toast shows: « Question 6 (« Es-tu inscrit… ») : … », not the internal path.
    label: questionErrorLabel(`questions.${error.index}`, error.message, merged.questions ?? []),
  }))
  if (errors.length) throw new ValidationError({ collection: 'questionnaires', errors }, req.t)

  const [themeId] = idsOf([merged.theme])
  const [territoryId] = idsOf([merged.territory])
  const { totalDocs } = await req.payload.count({
    collection: 'questionnaires',
    where: {
      and: [
        { theme: { equals: themeId } },
        territoryId ? { territory: { equals: territoryId } } : { territory: { exists: false } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs) {
    const message = territoryId
      ? 'Ce territoire a déjà son propre questionnaire pour ce thème : modifiez-le plutôt que d’en créer un second.'
      : 'Il existe déjà un modèle national pour ce thème : modifiez-le plutôt que d’en créer un second.'
    throw new ValidationError(
      { collection: 'questionnaires', errors: [{ path: territoryId ? 'territory' : 'theme', message, label: toastLabel(message) }] },
      req.t,
    )
  }
  return data
}
