import { checkRole } from '@/domain/accounts/roles'
import {
  countOverdueNow,
  followUpAnswers,
  handledWithinDelayShare,
  leadsPerTheme,
  leadsPerWeek,
  outcomeBreakdown,
  overdueByPartner,
  type DelayShare,
  type FollowUpAnswers,
  type OutcomeCount,
  type OverdueByPartner,
  type WeekCount,
} from '@/domain/statistics/leadStatistics'
import {
  comparedTerritories,
  monthlyNationalSeries,
  territoryComparison,
  type MonthlyFigures,
  type TerritoryFigures,
} from '@/domain/statistics/nationalStatistics'
import type { LeadRow, Period } from '@/domain/statistics/rows'
import { searchesWithoutResults, type SearchesWithoutResults } from '@/domain/statistics/searchStatistics'
import { formatShare } from '@/domain/statistics/shares'
import type { StatTable } from '@/domain/statistics/table'
import { sumOf } from '@/domain/statistics/tallies'

import { loadLeadTallies } from './leadTallies'
import { loadNames, loadOpenLeadRows, type Viewer } from './loadRows'
import { loadSearchTallies } from './searchTallies'

export interface StatisticsScope {
  /** only these territories (within the caller's perimeter); all the caller may see when absent */
  territoryIds?: number[]
  period: Period
  now: Date
  /** at most this many rows in the lists a page shows (communes without results); every row when absent (CSV) */
  listLimit?: number
}

export interface Names {
  themes: Map<number, string>
  territories: Map<number, string>
  partners: Map<number, string>
  communes: Map<number, string>
}

/** Every statistic of a scope, computed once from the rows the caller may see, with its tables. */
export interface StatisticsReport {
  scope: StatisticsScope
  /** leads and searches created within the period */
  totals: { leads: number; searches: number }
  /** leads « hors délai » now, whatever their age (still new, due date passed) */
  overdueLeads: LeadRow[]
  delay: DelayShare
  followUp: FollowUpAnswers
  outcomes: OutcomeCount[]
  weekly: WeekCount[]
  monthly: MonthlyFigures[]
  perTheme: { theme: number; count: number }[]
  overdue: OverdueByPartner[]
  /** leads « hors délai » now (all organisations of the scope) */
  overdueNow: number
  gaps: SearchesWithoutResults
  /** communes with a search without result, all of them (`gaps.byCommune` may list the first ones only) */
  communesWithoutResults: number
  territories: TerritoryFigures[]
  names: Names
  tables: Record<StatisticsTableId, StatTable>
}

export const STATISTICS_TABLE_IDS = [
  'demandes-par-semaine',
  'demandes-par-mois',
  'demandes-par-theme',
  'delai',
  'hors-delai-par-organisme',
  'suites-donnees',
  'reponses-des-jeunes',
  'recherches-sans-resultat-par-theme',
  'recherches-sans-resultat-par-commune',
  'territoires',
] as const
export type StatisticsTableId = (typeof STATISTICS_TABLE_IDS)[number]

const name = (names: Map<number, string>, id: number) => names.get(id) ?? `#${id}`

/** A list's title, saying when only its first rows are shown (a dashboard's limit; the CSV export has them all). */
const firstOf = (title: string, shown: number, total: number, feminine: boolean) =>
  shown < total
    ? `${title} (les ${shown} ${feminine ? 'premières' : 'premiers'} sur ${total.toLocaleString('fr-FR')} ; ${feminine ? 'toutes' : 'tous'} dans l’export CSV)`
    : title

/**
 * Counts the caller's leads and searches of the scope in PostgreSQL and computes every statistic from the
 * tallies (with the domain's formulas: no figure is computed here). Figures of the period are about the
 * leads and searches created within it; « hors délai » is about every lead still open now.
 */
export async function buildStatisticsReport(viewer: Viewer, scope: StatisticsScope): Promise<StatisticsReport> {
  const filter = { territoryIds: scope.territoryIds, period: scope.period }
  const { now, period } = scope
  const [leads, overdueLeads, searches] = await Promise.all([
    loadLeadTallies(viewer, filter, now),
    loadOpenLeadRows(viewer, { territoryIds: scope.territoryIds, overdueAt: now }),
    loadSearchTallies(viewer, filter, scope.listLimit),
  ])
  const overdue = overdueByPartner(overdueLeads, now)
  const gaps = searchesWithoutResults(searches.byMonth, searches.byTheme, searches.byCommune)
  const compared = scope.territoryIds ?? (checkRole(['admin'], viewer.user) ? await allTerritoryIds(viewer) : [])
  const territoryIds = comparedTerritories(leads.byTerritory, searches.byTerritory, compared)
  const [themes, territories, partners, communes] = await Promise.all([
    loadNames(viewer.payload, 'themes', [...leads.byTheme.map((t) => t.theme!), ...gaps.byTheme.map((t) => t.theme)]),
    loadNames(viewer.payload, 'territories', territoryIds),
    loadNames(
      viewer.payload,
      'partners',
      overdue.slice(0, scope.listLimit).map((o) => o.partner),
    ),
    loadNames(
      viewer.payload,
      'communes',
      gaps.byCommune.map((c) => c.commune),
      'label',
    ),
  ])
  const names: Names = { themes, territories, partners, communes }
  const report = {
    scope,
    totals: { leads: sumOf(leads.byMonth), searches: gaps.total },
    overdueLeads,
    delay: handledWithinDelayShare(leads.byMonth),
    followUp: followUpAnswers(leads.byMonth),
    outcomes: outcomeBreakdown(leads.byOutcome),
    weekly: leadsPerWeek(leads.byWeek, period),
    monthly: monthlyNationalSeries(leads.byMonth, searches.byMonth, period),
    perTheme: leadsPerTheme(leads.byTheme),
    overdue,
    overdueNow: countOverdueNow(overdueLeads, now),
    gaps,
    communesWithoutResults: searches.communesWithoutResults,
    territories: territoryComparison(leads.byTerritory, searches.byTerritory, compared),
    names,
  }
  return { ...report, tables: statisticsTables(report) }
}

/** Every territory, for the national comparison (those without any activity included). */
async function allTerritoryIds(viewer: Viewer): Promise<number[]> {
  const { docs } = await viewer.payload.find({
    collection: 'territories',
    select: {},
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id)
}

/** The tables of a report, as shown under the charts and exported as CSV. */
export function statisticsTables(report: Omit<StatisticsReport, 'tables'>): Record<StatisticsTableId, StatTable> {
  const { names } = report
  const overdueListed = report.overdue.slice(0, report.scope.listLimit)
  return {
    'demandes-par-semaine': {
      id: 'demandes-par-semaine',
      title: 'Demandes par semaine',
      columns: ['Semaine du', 'Demandes'],
      rows: report.weekly.map(({ week, count }) => [week, count]),
    },
    'demandes-par-mois': {
      id: 'demandes-par-mois',
      title: 'Recherches et demandes par mois',
      columns: [
        'Mois',
        'Recherches',
        'Recherches sans résultat',
        'Demandes',
        'Traitées dans le délai',
        'Demandes dont le délai est échu',
        'Part traitée dans le délai',
        'Clôturées',
        'Jeunes contactés (oui)',
        'Jeunes non contactés (non)',
      ],
      rows: report.monthly.map((m) => [
        m.month,
        m.searches,
        m.searchesWithoutResults,
        m.leads,
        m.handledInTime,
        m.measured,
        formatShare(m.share),
        m.closed,
        m.followUpYes,
        m.followUpNo,
      ]),
    },
    'demandes-par-theme': {
      id: 'demandes-par-theme',
      title: 'Demandes par thème',
      columns: ['Thème', 'Demandes'],
      rows: report.perTheme.map(({ theme, count }) => [name(names.themes, theme), count]),
    },
    delai: {
      id: 'delai',
      title: 'Respect du délai promis',
      columns: ['Situation', 'Demandes'],
      rows: [
        ['Prises en charge dans le délai', report.delay.inTime],
        ['Prises en charge après le délai', report.delay.late],
        ['Toujours sans réponse, délai dépassé', report.delay.overdue],
        ['En attente, dans le délai', report.delay.pending],
        ['Part traitée dans le délai', formatShare(report.delay.share)],
      ],
    },
    'hors-delai-par-organisme': {
      id: 'hors-delai-par-organisme',
      title: firstOf('Demandes hors délai par organisme', overdueListed.length, report.overdue.length, false),
      columns: ['Organisme', 'Demandes hors délai', 'Plus grand retard (jours)'],
      rows: overdueListed.map((o) => [name(names.partners, o.partner), o.count, o.maxDaysLate]),
      links: overdueListed.map((o) => overdueLeadsLink(o.partner, report.scope.now)),
    },
    'suites-donnees': {
      id: 'suites-donnees',
      title: 'Suites données aux demandes clôturées',
      columns: ['Suite donnée', 'Demandes'],
      rows: report.outcomes.map((o) => [o.label, o.count]),
    },
    'reponses-des-jeunes': {
      id: 'reponses-des-jeunes',
      title: 'Réponses des jeunes : « Avez-vous été contacté(e) ? »',
      columns: ['Réponse', 'Jeunes'],
      rows: [
        ['Question posée', report.followUp.asked],
        ['Oui, contacté(e)', report.followUp.yes],
        ['Non, pas contacté(e)', report.followUp.no],
        ['Sans réponse', report.followUp.unanswered],
        ['Part de « oui »', formatShare(report.followUp.yesShare)],
      ],
    },
    'recherches-sans-resultat-par-theme': {
      id: 'recherches-sans-resultat-par-theme',
      title: 'Recherches sans aucun résultat, par thème',
      columns: ['Thème', 'Recherches sans résultat'],
      rows: report.gaps.byTheme.map(({ theme, count }) => [name(names.themes, theme), count]),
    },
    'recherches-sans-resultat-par-commune': {
      id: 'recherches-sans-resultat-par-commune',
      title: firstOf('Recherches sans aucun résultat, par commune', report.gaps.byCommune.length, report.communesWithoutResults, true),
      columns: ['Commune', 'Recherches sans résultat'],
      rows: report.gaps.byCommune.map(({ commune, count }) => [name(names.communes, commune), count]),
    },
    territoires: {
      id: 'territoires',
      title: 'Comparaison des territoires',
      columns: [
        'Territoire',
        'Recherches',
        'Recherches sans résultat',
        'Demandes',
        'Traitées dans le délai',
        'Part traitée dans le délai',
        'Hors délai aujourd’hui',
        'Clôturées',
        'Jeunes contactés (oui)',
        'Jeunes non contactés (non)',
      ],
      rows: report.territories.map((t) => [
        name(names.territories, t.territory),
        t.searches,
        t.searchesWithoutResults,
        t.leads,
        t.handledInTime,
        formatShare(t.share),
        t.overdueNow,
        t.closed,
        t.followUpYes,
        t.followUpNo,
      ]),
    },
  }
}

/** The admin list of an organisation's leads still new past their due date. */
export const overdueLeadsLink = (partner: number, now: Date): string =>
  `/admin/collections/leads?where[and][0][partner][equals]=${partner}&where[and][1][status][equals]=nouvelle&where[and][2][dueAt][less_than]=${encodeURIComponent(now.toISOString())}`
