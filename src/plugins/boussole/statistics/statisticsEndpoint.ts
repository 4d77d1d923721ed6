import type { PayloadRequest } from 'payload'

import { checkRole } from '@/domain/accounts/roles'
import { CSV_CONTENT_TYPE } from '@/domain/shared/csv'
import { lastMonths, parsePeriod, periodParams } from '@/domain/statistics/period'
import { statTableToCsv } from '@/domain/statistics/table'

import { BoussoleApiError, badRequest, notFound } from '../core/errors'
import { getSettings, now as currentTime } from '../core/options'
import { signedInEndpoint } from '../http/endpoint'
import { loadNetworkStatus, NETWORK_TABLE_IDS, type NetworkTableId } from './network'
import { buildStatisticsReport, STATISTICS_TABLE_IDS, type StatisticsTableId } from './report'
import { buildResponsivenessReport, isResponsivenessTable } from './responsivenessReport'

const isStatisticsTable = (id: string): id is StatisticsTableId => (STATISTICS_TABLE_IDS as readonly string[]).includes(id)
const isNetworkTable = (id: string): id is NetworkTableId => (NETWORK_TABLE_IDS as readonly string[]).includes(id)

/** Which territories the export covers: the one asked for (id or slug), else all those the caller may see. */
async function territoryScope(req: PayloadRequest, requested: string | null): Promise<number[] | undefined> {
  const perimeter = await getSettings(req.payload).access.perimeter(req)
  const own = perimeter.kind === 'territories' ? perimeter.territoryIds : undefined
  if (!requested) return own
  const { docs } = await req.payload.find({
    collection: 'territories',
    where: /^\d+$/.test(requested) ? { id: { equals: Number(requested) } } : { slug: { equals: requested } },
    select: {},
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw notFound('Territoire inconnu.', 'territory')
  if (own && !own.includes(docs[0].id))
    throw new BoussoleApiError(403, [{ message: 'Ce territoire ne fait pas partie de ceux que vous animez.', field: 'territory' }])
  return [docs[0].id]
}

/**
 * GET /api/boussole/statistics/<table>.csv?territory=&from=AAAA-MM-JJ&to=AAAA-MM-JJ — any table of the
 * dashboards as CSV, computed from the rows the caller may see (signed-in accounts only).
 */
export const statisticsCsvEndpoint = signedInEndpoint(
  'get',
  '/boussole/statistics/:file',
  async (req, user) => {
    const file = String(req.routeParams?.file ?? '')
    const id = file.replace(/\.csv$/, '')
    if (!file.endsWith('.csv') || (!isStatisticsTable(id) && !isNetworkTable(id) && !isResponsivenessTable(id)))
      throw notFound('Tableau de statistiques inconnu.')
    if (isNetworkTable(id) && !checkRole(['admin', 'animator'], user)) {
      throw new BoussoleApiError(403, [{ message: 'Ce tableau est réservé à l’animation territoriale et à l’administration nationale.' }])
    }

    const now = currentTime(req.payload)
    const period = parsePeriod(req.searchParams.get('from'), req.searchParams.get('to'), lastMonths(12, now))
    if ('error' in period) throw badRequest([{ message: period.error }])
    const territoryIds = await territoryScope(req, req.searchParams.get('territory'))
    const viewer = { payload: req.payload, user, req }

    // The responsiveness tables always cover the last 90 days (their definition), whatever the period.
    const table = isStatisticsTable(id)
      ? (await buildStatisticsReport(viewer, { territoryIds, period, now })).tables[id]
      : isResponsivenessTable(id)
        ? (await buildResponsivenessReport(viewer, id, { territoryIds, now })).table
        : (await loadNetworkStatus(viewer, territoryIds, now)).tables[id]
    const { from, to } = periodParams(period)
    return new Response(statTableToCsv(table), {
      headers: {
        'Content-Type': CSV_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="boussole-${id}-${from}-${to}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
  'Connectez-vous pour exporter les statistiques.',
)
