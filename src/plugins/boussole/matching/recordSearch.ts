import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import type { Answers } from '@/domain/questionnaire/types'

import type { MatchContext } from './matchOffers'

/**
 * Logs one search anonymously in the `searches` collection (commune, territory, theme, answers, result
 * counts; never a contact) for the statistics. One plain insert: it runs at every search, and the
 * collection has no hooks to honour.
 */
export async function recordSearch(
  payload: Payload,
  search: { context: MatchContext; answers: Answers; resultCount: number; nearMissCount: number },
): Promise<void> {
  const { context, answers, resultCount, nearMissCount } = search
  await poolOf(payload).query(
    `insert into searches (territory_id, commune_id, theme_id, answers, result_count, near_miss_count) values ($1, $2, $3, $4, $5, $6)`,
    [context.territory.id, context.commune.id, context.theme.id, JSON.stringify(answers), resultCount, nearMissCount],
  )
}
