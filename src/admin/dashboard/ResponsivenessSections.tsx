import React from 'react'

import { medianTimeText, MIN_REQUESTS_FOR_RESPONSIVENESS, notEnoughRequestsText, RESPONSIVENESS_WINDOW_DAYS } from '@/domain/statistics/responsiveness'
import { formatShare } from '@/domain/statistics/shares'
import { buildResponsivenessReport, type ResponsivenessLine, type Viewer } from '@/plugins/boussole/server'

import { KeyFigure, StatSection } from './charts'
import { csvUrl } from './format'

/**
 * Responsiveness in the open, on each dashboard: the organisation's own figures (partner inbox), one line per
 * organisation with the requests it received by a move (animator's cockpit), one line per territory (national
 * statistics). Over the last 90 days, within the viewer's perimeter, with the tables' CSV.
 */
const WINDOW_TITLE = `Votre réactivité sur les ${RESPONSIVENESS_WINDOW_DAYS} derniers jours`
const MIN_TEXT = `${MIN_REQUESTS_FOR_RESPONSIVENESS} demandes sur ${RESPONSIVENESS_WINDOW_DAYS} jours`

/** The key figures of one line: share in time and median, or « pas encore assez de demandes ». */
function LineFigures({ line }: { line: ResponsivenessLine }) {
  const { figure } = line
  if (!figure.enough) return <KeyFigure value={line.counts.requests} label={notEnoughRequestsText(line.counts.requests)} />
  return (
    <>
      <KeyFigure value={formatShare(figure.inTimeShare)} label="des demandes prises en charge dans le délai promis" />
      <KeyFigure value={medianTimeText(figure.medianHours)} label="délai médian avant la première prise en charge" />
    </>
  )
}

/** The organisation's own responsiveness and per offer, as young people and the animation see it. */
export async function OwnResponsiveness({ viewer, now, apiRoute }: { viewer: Viewer; now: Date; apiRoute: string }) {
  const [own, offers] = await Promise.all([
    buildResponsivenessReport(viewer, 'reactivite-par-organisme', { now }),
    buildResponsivenessReport(viewer, 'reactivite-par-offre', { now }),
  ])
  const line = own.lines[0]
  const rescues = line?.rescues
  return (
    <>
      <h2 className="boussole-dashboard__section-title">{WINDOW_TITLE}</h2>
      <p className="boussole-muted">
        Dès {MIN_TEXT}, les jeunes lisent sur vos offres « Cet organisme répond en général sous … » (le délai médian). Ce chiffre n’entre pas dans l’ordre des
        résultats.
      </p>
      <div className="boussole-figures">
        {line ? <LineFigures line={line} /> : <KeyFigure value={0} label={notEnoughRequestsText(0)} />}
        {rescues && rescues.moved > 0 && (
          <KeyFigure
            value={rescues.moved}
            label={`demande${rescues.moved > 1 ? 's' : ''} confiée${rescues.moved > 1 ? 's' : ''} par un autre organisme ou l’animation`}
          />
        )}
      </div>
      <div className="boussole-grid">
        <StatSection table={offers.table} csvUrl={csvUrl(apiRoute, offers.table.id, offers.window)} />
      </div>
    </>
  )
}

/** The animator's table: every organisation of the territory, with the requests rescued and the time to first contact after. */
export async function ResponsivenessByPartner({ viewer, now, territoryId, apiRoute }: { viewer: Viewer; now: Date; territoryId: number; apiRoute: string }) {
  const report = await buildResponsivenessReport(viewer, 'reactivite-par-organisme', { now, territoryIds: [territoryId] })
  return <StatSection table={report.table} csvUrl={csvUrl(apiRoute, report.table.id, report.window, territoryId)} wide tableOpen />
}

/** The national table: the same figures per territory. */
export async function ResponsivenessByTerritory({ viewer, now, apiRoute }: { viewer: Viewer; now: Date; apiRoute: string }) {
  const report = await buildResponsivenessReport(viewer, 'reactivite-par-territoire', { now })
  return <StatSection table={report.table} csvUrl={csvUrl(apiRoute, report.table.id, report.window)} wide tableOpen />
}
