import React from 'react'

import { LEAD_OUTCOMES } from '@/domain/leads/leadStatus'
import { INBOX_GROUPS, inboxDaysLate, inboxGroup, inboxSummary, sortInbox } from '@/domain/leads/partnerInbox'
import { idOf } from '@/domain/shared/ids'
import { weekLabel } from '@/domain/statistics/calendar'
import { lastWeeks } from '@/domain/statistics/period'
import { formatShare } from '@/domain/statistics/shares'
import type { User } from '@/payload-types'
import { buildStatisticsReport, loadNames, loadOpenLeadRows, type Viewer } from '@/plugins/boussole/server'

import { HandedOnLeads } from '../leads/move/HandedOnLeads'
import { AbsenceSection } from './absence/AbsenceSection'
import { OfferAvailabilitySection } from './availability/OfferAvailabilitySection'
import { KeyFigure, LineChart, StatSection } from './charts'
import { csvUrl, DASHBOARD_LIST_LIMIT, days, formatDay, formatPeriod, formatShortDay } from './format'
import { InboxTable, type InboxLead } from './InboxTable'
import { OwnResponsiveness } from './ResponsivenessSections'
import { absentMembersLine, loadHandling } from './whoHandles'

/**
 * A partner professional's home: the organisation's leads to handle today (hors délai in red with how
 * late, due today and tomorrow, the other new ones, those in progress), then how the organisation kept
 * its promise over the last twelve weeks.
 */
export async function PartnerInbox({
  viewer,
  now,
  adminRoute,
  apiRoute,
  mineOnly = false,
  searchParams,
}: {
  viewer: Viewer
  now: Date
  adminRoute: string
  apiRoute: string
  /** « Mes demandes »: only the leads assigned to the signed-in person */
  mineOnly?: boolean
  /** the page's query string: the result of « Mon absence », of a request just handed on */
  searchParams?: Record<string, string | string[] | undefined>
}) {
  const period = lastWeeks(12, now)
  // The inbox: the organisation's leads not closed yet, whatever their age.
  const [report, open] = await Promise.all([buildStatisticsReport(viewer, { period, now, listLimit: DASHBOARD_LIST_LIMIT }), loadOpenLeadRows(viewer)])
  const handling = await loadHandling(
    viewer,
    open.map((lead) => lead.id),
  )
  const ordered = sortInbox(open, now).filter((lead) => !mineOnly || handling.get(lead.id)?.assigneeId === viewer.user.id)
  const [offers, communes, themes, references] = await Promise.all([
    loadNames(
      viewer.payload,
      'offers',
      ordered.flatMap((lead) => (lead.offer ? [lead.offer] : [])),
      'title',
    ),
    loadCommunes(
      viewer,
      ordered.map((lead) => lead.id),
    ),
    loadNames(
      viewer.payload,
      'themes',
      ordered.map((lead) => lead.theme),
    ),
    loadNames(
      viewer.payload,
      'leads',
      ordered.map((lead) => lead.id),
      'reference',
    ),
  ])
  const summary = inboxSummary(open, now)
  const leads: InboxLead[] = ordered.map((lead) => {
    const group = inboxGroup(lead, now) as InboxLead['group']
    const late = inboxDaysLate(lead, now)
    return {
      id: lead.id,
      reference: references.get(lead.id) ?? `#${lead.id}`,
      offer: lead.offer ? (offers.get(lead.offer) ?? '—') : '—',
      commune: communes.get(lead.id) ?? '—',
      theme: themes.get(lead.theme) ?? '',
      status: lead.status as InboxLead['status'],
      group,
      createdLabel: `reçue le ${formatDay(lead.createdAt)}`,
      dueLabel: lead.dueAt ? `avant le ${formatShortDay(lead.dueAt)}` : '—',
      lateLabel: late ? `en retard de ${days(late)}` : undefined,
      anonymized: Boolean(lead.timeline?.anonymizedAt),
      assignee: handling.get(lead.id)?.assignee,
      preferences: handling.get(lead.id)?.preferences,
    }
  })
  const absences = await absentMembersLine(viewer, now)

  const partner = viewer.user.partner
  const partnerName =
    partner && typeof partner === 'object' ? partner.name : partner ? (await loadNames(viewer.payload, 'partners', [partner])).get(partner) : undefined

  return (
    <>
      <header className="boussole-dashboard__header">
        <div>
          <h1>Demandes à traiter</h1>
          <p className="boussole-muted">{partnerName ? `${partnerName} — ` : ''}les jeunes attendent votre appel dans le délai promis.</p>
        </div>
      </header>
      <div className="boussole-figures">
        <KeyFigure value={summary.horsDelai} label="hors délai" tone={summary.horsDelai ? 'alert' : 'ok'} href="#inbox-overdue" />
        <KeyFigure value={summary.dueToday} label="à contacter aujourd’hui" href="#inbox-today" />
        <KeyFigure value={summary.dueTomorrow} label="à contacter demain" href="#inbox-tomorrow" />
        <KeyFigure value={summary.nouvelles} label={summary.nouvelles > 1 ? 'nouvelles demandes' : 'nouvelle demande'} />
        <KeyFigure value={summary.enCours} label="en cours" href="#inbox-in_progress" />
      </div>
      <InboxTable
        leads={leads}
        groups={INBOX_GROUPS}
        outcomes={LEAD_OUTCOMES}
        filter={{ mineOnly, allHref: adminRoute, mineHref: `${adminRoute}?mes=1` }}
        absences={absences}
      />
      <p>
        <a href={`${adminRoute}/collections/leads?where[status][equals]=cloturee`}>Voir les demandes clôturées</a>
      </p>
      <AbsenceSection viewer={viewer} now={now} searchParams={searchParams} />
      <OfferAvailabilitySection viewer={viewer} now={now} searchParams={searchParams} />

      <h2 className="boussole-dashboard__section-title">Votre organisme sur les 12 dernières semaines ({formatPeriod(period)})</h2>
      <div className="boussole-figures">
        <KeyFigure value={report.totals.leads} label="demandes reçues" />
        <KeyFigure value={formatShare(report.delay.share)} label="prises en charge dans le délai" />
        <KeyFigure value={formatShare(report.followUp.yesShare)} label="des jeunes disent avoir été contactés" />
      </div>
      <div className="boussole-grid">
        <StatSection table={report.tables['demandes-par-semaine']} csvUrl={csvUrl(apiRoute, 'demandes-par-semaine', period)}>
          <LineChart
            title="Demandes par semaine"
            labels={report.weekly.map((w) => weekLabel(w.week))}
            series={[{ label: 'Demandes', values: report.weekly.map((w) => w.count) }]}
          />
        </StatSection>
        <StatSection table={report.tables['suites-donnees']} csvUrl={csvUrl(apiRoute, 'suites-donnees', period)} />
      </div>
      <OwnResponsiveness viewer={viewer} now={now} apiRoute={apiRoute} />
      <HandedOnLeads payload={viewer.payload} user={viewer.user as User} now={now} searchParams={searchParams} />
    </>
  )
}

/** The commune of each lead (« Cahors (46000) »), read with the caller's access. */
async function loadCommunes(viewer: Viewer, leadIds: number[]): Promise<Map<number, string>> {
  if (!leadIds.length) return new Map()
  // The commune ids with the person's access, then their names only (a commune document is large: no depth).
  const { docs } = await viewer.payload.find({
    collection: 'leads',
    where: { id: { in: leadIds } },
    select: { commune: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: viewer.user as User,
  })
  const communeOf = new Map(docs.map((doc) => [doc.id, idOf(doc.commune)]))
  const labels = await loadNames(
    viewer.payload,
    'communes',
    [...communeOf.values()].flatMap((id) => (id === null ? [] : [id])),
    'label',
  )
  return new Map([...communeOf].map(([lead, commune]) => [lead, (commune !== null && labels.get(commune)) || '—']))
}
