import React from 'react'

import type { StatisticsReport } from '@/plugins/boussole/server'

import { BarChart, StatSection } from './charts'

/**
 * How the promise was kept, shared by the animator's cockpit and the national statistics: delay
 * respected, outcomes of closed leads, and what young people answered to « As-tu été contacté(e) ? ».
 */
export function LeadFollowThroughSections({ report, csv }: { report: StatisticsReport; csv: (table: string) => string }) {
  return (
    <>
      <StatSection table={report.tables.delai} csvUrl={csv('delai')}>
        <BarChart
          title="Respect du délai promis"
          bars={[
            { label: 'Dans le délai', value: report.delay.inTime },
            { label: 'Après le délai', value: report.delay.late },
            { label: 'Sans réponse, délai dépassé', value: report.delay.overdue },
            { label: 'En attente, dans le délai', value: report.delay.pending },
          ]}
        />
      </StatSection>
      <StatSection table={report.tables['suites-donnees']} csvUrl={csv('suites-donnees')}>
        <BarChart title="Suites données" bars={report.outcomes.map((o) => ({ label: o.label, value: o.count }))} />
      </StatSection>
      <StatSection table={report.tables['reponses-des-jeunes']} csvUrl={csv('reponses-des-jeunes')} />
    </>
  )
}

/** The searches that found nothing, by theme: where the offer is missing (cockpit and national statistics). */
export function SearchGapsByTheme({ report, csv }: { report: StatisticsReport; csv: (table: string) => string }) {
  return (
    <StatSection table={report.tables['recherches-sans-resultat-par-theme']} csvUrl={csv('recherches-sans-resultat-par-theme')}>
      <BarChart
        title="Recherches sans résultat par thème"
        color="var(--theme-warning-500, #b26a00)"
        bars={report.gaps.byTheme.map((t) => ({ label: report.names.themes.get(t.theme) ?? `#${t.theme}`, value: t.count }))}
      />
    </StatSection>
  )
}
