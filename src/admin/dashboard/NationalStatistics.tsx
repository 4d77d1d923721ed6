import React from 'react'

import { monthLabel } from '@/domain/statistics/calendar'
import { lastMonths } from '@/domain/statistics/period'
import { formatShare, sharePercent } from '@/domain/statistics/shares'
import { buildStatisticsReport, loadNetworkStatus, type Viewer } from '@/plugins/boussole/server'

import { BarChart, KeyFigure, LineChart, StatSection } from './charts'
import { csvUrl, DASHBOARD_LIST_LIMIT, formatPeriod } from './format'
import { LeadFollowThroughSections, SearchGapsByTheme } from './LeadFollowThroughSections'
import { ResponsivenessByTerritory } from './ResponsivenessSections'
import { workflowLinks } from './workflowLinks'

/**
 * The national administration's (DJEPVA) statistics across territories, month by month over the last
 * twelve months: searches, leads, handled within the delay, outcomes, young people's answers, and the
 * territory comparison. Every table exports as CSV.
 */
export async function NationalStatistics({ viewer, now, adminRoute, apiRoute }: { viewer: Viewer; now: Date; adminRoute: string; apiRoute: string }) {
  const period = lastMonths(12, now)
  const [report, network] = await Promise.all([
    buildStatisticsReport(viewer, { period, now, listLimit: DASHBOARD_LIST_LIMIT }),
    loadNetworkStatus(viewer, undefined, now),
  ])
  const csv = (table: string) => csvUrl(apiRoute, table, period)
  const months = report.monthly.map((m) => monthLabel(m.month))
  const { overdueNow } = report
  const links = workflowLinks(adminRoute)

  return (
    <>
      <header className="boussole-dashboard__header">
        <div>
          <h1>Statistiques nationales</h1>
          <p className="boussole-muted">Tous les territoires, les 12 derniers mois ({formatPeriod(period)}).</p>
        </div>
      </header>

      <div className="boussole-figures">
        <KeyFigure value={report.totals.searches} label="recherches" />
        <KeyFigure value={report.totals.leads} label="demandes de mise en relation" />
        <KeyFigure value={formatShare(report.delay.share)} label="prises en charge dans le délai" />
        <KeyFigure value={overdueNow} label="demandes hors délai aujourd’hui" tone={overdueNow ? 'alert' : 'ok'} href="#section-hors-delai-par-organisme" />
        <KeyFigure value={formatShare(report.followUp.yesShare)} label="des jeunes disent avoir été contactés" />
        <KeyFigure value={network.tables['offres-a-valider'].rows.length} label="offres en attente de validation" href={links.offerQueue} />
      </div>

      <div className="boussole-grid">
        <StatSection table={report.tables['demandes-par-mois']} csvUrl={csv('demandes-par-mois')} wide>
          <LineChart
            wide
            title="Recherches et demandes par mois"
            labels={months}
            series={[
              { label: 'Recherches', values: report.monthly.map((m) => m.searches) },
              { label: 'Demandes', values: report.monthly.map((m) => m.leads) },
              { label: 'Recherches sans résultat', values: report.monthly.map((m) => m.searchesWithoutResults) },
            ]}
          />
          <LineChart
            wide
            title="Part des demandes prises en charge dans le délai, par mois (%)"
            labels={months}
            series={[
              {
                label: 'Prises en charge dans le délai (%)',
                values: report.monthly.map((m) => sharePercent(m.share)),
              },
              {
                label: 'Jeunes disant avoir été contactés (%)',
                values: report.monthly.map((m) => sharePercent(m.followUpYesShare)),
              },
            ]}
          />
        </StatSection>
        <StatSection table={report.tables.territoires} csvUrl={csv('territoires')} wide tableOpen>
          <BarChart
            wide
            title="Demandes par territoire"
            bars={report.territories.map((t) => ({ label: report.names.territories.get(t.territory) ?? `#${t.territory}`, value: t.leads }))}
          />
        </StatSection>
        <ResponsivenessByTerritory viewer={viewer} now={now} apiRoute={apiRoute} />
        <LeadFollowThroughSections report={report} csv={csv} />
        <StatSection table={report.tables['demandes-par-theme']} csvUrl={csv('demandes-par-theme')}>
          <BarChart
            title="Demandes par thème"
            bars={report.perTheme.map((t) => ({ label: report.names.themes.get(t.theme) ?? `#${t.theme}`, value: t.count }))}
          />
        </StatSection>
        <StatSection table={report.tables['hors-delai-par-organisme']} csvUrl={csv('hors-delai-par-organisme')} />
        <SearchGapsByTheme report={report} csv={csv} />
        <StatSection table={report.tables['recherches-sans-resultat-par-commune']} csvUrl={csv('recherches-sans-resultat-par-commune')} />
      </div>
    </>
  )
}
