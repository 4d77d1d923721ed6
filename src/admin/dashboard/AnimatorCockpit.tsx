import React from 'react'

import { weekLabel } from '@/domain/statistics/calendar'
import { lastWeeks } from '@/domain/statistics/period'
import { formatShare } from '@/domain/statistics/shares'
import { buildStatisticsReport, loadNames, loadNetworkStatus, type Viewer } from '@/plugins/boussole/server'

import { BarChart, KeyFigure, LineChart, StatSection } from './charts'
import { csvUrl, DASHBOARD_LIST_LIMIT, formatPeriod } from './format'
import { LeadFollowThroughSections, SearchGapsByTheme } from './LeadFollowThroughSections'
import { ResponsivenessByPartner } from './ResponsivenessSections'
import { TerritorySelector } from './TerritorySelector'
import { workflowLinks } from './workflowLinks'

/**
 * A territorial animator's cockpit, one territory at a time (a selector when they run several): what to
 * chase today (overdue leads per organisation, offers to validate, charters), then the territory's
 * figures over the last twelve weeks.
 */
export async function AnimatorCockpit({
  viewer,
  now,
  territoryIds,
  requested,
  adminRoute,
  apiRoute,
}: {
  viewer: Viewer
  now: Date
  territoryIds: number[]
  requested?: string
  adminRoute: string
  apiRoute: string
}) {
  const names = await loadNames(viewer.payload, 'territories', territoryIds)
  const territories = territoryIds.map((id) => ({ id, name: names.get(id) ?? `#${id}` })).sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  if (!territories.length) {
    return (
      <header className="boussole-dashboard__header">
        <h1>Cockpit du territoire</h1>
        <p>Aucun territoire ne vous est encore confié. Contactez l’équipe nationale de la Boussole.</p>
      </header>
    )
  }
  const territory = territories.find((t) => String(t.id) === requested) ?? territories[0]
  const period = lastWeeks(12, now)
  const [report, network] = await Promise.all([
    buildStatisticsReport(viewer, { territoryIds: [territory.id], period, now, listLimit: DASHBOARD_LIST_LIMIT }),
    loadNetworkStatus(viewer, [territory.id], now),
  ])
  const csv = (table: string) => csvUrl(apiRoute, table, period, territory.id)
  const { overdueNow } = report
  const links = workflowLinks(adminRoute)

  return (
    <>
      <header className="boussole-dashboard__header">
        <div>
          <h1>Cockpit — {territory.name}</h1>
          <p className="boussole-muted">Les 12 dernières semaines, {formatPeriod(period)}.</p>
          <p>
            <a href={links.dataInclusionImport}>Importer des offres et des organismes depuis data·inclusion</a>
          </p>
        </div>
        {territories.length > 1 && <TerritorySelector territories={territories} selected={territory.id} />}
      </header>

      <div className="boussole-figures">
        <KeyFigure value={overdueNow} label="demandes hors délai aujourd’hui" tone={overdueNow ? 'alert' : 'ok'} href={`${adminRoute}/demandes-en-retard`} />
        <KeyFigure value={network.tables['offres-a-valider'].rows.length} label="offres à valider" href={links.offerQueue} />
        <KeyFigure value={network.tables['chartes-a-suivre'].rows.length} label="chartes à suivre" href="#section-chartes-a-suivre" />
        <KeyFigure value={report.totals.leads} label="demandes sur la période" />
        <KeyFigure value={formatShare(report.delay.share)} label="prises en charge dans le délai" />
        <KeyFigure value={formatShare(report.followUp.yesShare)} label="des jeunes disent avoir été contactés" />
      </div>

      <h2 className="boussole-dashboard__section-title">À suivre aujourd’hui</h2>
      <div className="boussole-grid">
        <StatSection table={report.tables['hors-delai-par-organisme']} csvUrl={csv('hors-delai-par-organisme')} />
        <StatSection table={network.tables['offres-a-valider']} csvUrl={csv('offres-a-valider')} />
        <StatSection table={network.tables['chartes-a-suivre']} csvUrl={csv('chartes-a-suivre')} />
        <StatSection table={network.tables['organismes-sans-offre-publiee']} csvUrl={csv('organismes-sans-offre-publiee')} />
      </div>

      <h2 className="boussole-dashboard__section-title">Activité du territoire</h2>
      <div className="boussole-grid">
        <StatSection table={report.tables['demandes-par-semaine']} csvUrl={csv('demandes-par-semaine')}>
          <LineChart
            title="Demandes par semaine"
            labels={report.weekly.map((w) => weekLabel(w.week))}
            series={[{ label: 'Demandes', values: report.weekly.map((w) => w.count) }]}
          />
        </StatSection>
        <StatSection table={report.tables['demandes-par-theme']} csvUrl={csv('demandes-par-theme')}>
          <BarChart
            title="Demandes par thème"
            bars={report.perTheme.map((t) => ({ label: report.names.themes.get(t.theme) ?? `#${t.theme}`, value: t.count }))}
          />
        </StatSection>
        <LeadFollowThroughSections report={report} csv={csv} />
      </div>

      <h2 className="boussole-dashboard__section-title">Réactivité des organismes et demandes confiées à un autre organisme</h2>
      <div className="boussole-grid">
        <ResponsivenessByPartner viewer={viewer} now={now} territoryId={territory.id} apiRoute={apiRoute} />
      </div>

      <h2 className="boussole-dashboard__section-title">Les manques de l’offre : recherches sans aucun résultat</h2>
      <div className="boussole-grid">
        <SearchGapsByTheme report={report} csv={csv} />
        <StatSection table={report.tables['recherches-sans-resultat-par-commune']} csvUrl={csv('recherches-sans-resultat-par-commune')}>
          <BarChart
            title="Recherches sans résultat par commune"
            color="var(--theme-warning-500, #b26a00)"
            bars={report.gaps.byCommune.slice(0, 15).map((c) => ({ label: report.names.communes.get(c.commune) ?? `#${c.commune}`, value: c.count }))}
          />
        </StatSection>
      </div>
    </>
  )
}
