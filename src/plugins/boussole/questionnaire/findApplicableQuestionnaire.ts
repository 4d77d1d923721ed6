import type { Payload } from 'payload'

import type { Questionnaire } from '@/payload-types'

/** The territory's own questionnaire for the theme when it has one, otherwise the national template. */
export async function findApplicableQuestionnaire(payload: Payload, themeId: number, territoryId: number): Promise<Questionnaire | null> {
  const { docs } = await payload.find({
    collection: 'questionnaires',
    where: {
      and: [{ theme: { equals: themeId } }, { or: [{ territory: { equals: territoryId } }, { territory: { exists: false } }] }],
    },
    depth: 0,
    limit: 2,
  })
  return docs.find((doc) => doc.territory) ?? docs[0] ?? null
}
