import type { CollectionSlug } from 'payload'

import type { RescueFigures } from '@/domain/statistics/rescues'
import {
  medianTimeText,
  notEnoughRequestsText,
  responsiveness,
  responsivenessWindow,
  type Responsiveness,
  type ResponsivenessCounts,
} from '@/domain/statistics/responsiveness'
import type { Period } from '@/domain/statistics/rows'
import { formatShare } from '@/domain/statistics/shares'
import type { Cell, StatTable } from '@/domain/statistics/table'

import { loadNames, type Viewer } from './loadRows'
import { viewerPerimeter } from './perimeterSql'
import { loadRescueFigures, type RescueGroup } from './rescues'
import { loadResponsivenessCounts, type ResponsivenessGroup } from './responsiveness'

/**
 * The responsiveness tables of the dashboards (and their CSV): per organisation (with the requests it
 * received by a move), per offer, per territory (with the requests moved there), over the last 90 Paris
 * days, within the caller's perimeter. Figures come from PostgreSQL, words from the domain.
 */
export const RESPONSIVENESS_TABLE_IDS = ['reactivite-par-organisme', 'reactivite-par-offre', 'reactivite-par-territoire'] as const
export type ResponsivenessTableId = (typeof RESPONSIVENESS_TABLE_IDS)[number]

export const isResponsivenessTable = (id: string): id is ResponsivenessTableId => (RESPONSIVENESS_TABLE_IDS as readonly string[]).includes(id)

interface TableKind {
  group: ResponsivenessGroup
  rescues?: RescueGroup
  collection: CollectionSlug
  nameField: string
  title: string
  label: string
}

const KINDS: Record<ResponsivenessTableId, TableKind> = {
  'reactivite-par-organisme': {
    group: 'partner',
    rescues: 'partner',
    collection: 'partners',
    nameField: 'name',
    title: 'Réactivité des organismes et demandes confiées (90 derniers jours)',
    label: 'Organisme',
  },
  'reactivite-par-offre': { group: 'offer', collection: 'offers', nameField: 'title', title: 'Réactivité par offre (90 derniers jours)', label: 'Offre' },
  'reactivite-par-territoire': {
    group: 'territory',
    rescues: 'territory',
    collection: 'territories',
    nameField: 'name',
    title: 'Réactivité et demandes confiées, par territoire (90 derniers jours)',
    label: 'Territoire',
  },
}

const NO_REQUESTS: ResponsivenessCounts = { requests: 0, inTime: 0, late: 0, medianHours: null }
const NO_RESCUES: RescueFigures = { moved: 0, reassigned: 0, forwarded: 0, taken: 0, takenShare: null, medianHoursToContact: null }

export interface ResponsivenessLine {
  id: number
  name: string
  counts: ResponsivenessCounts
  figure: Responsiveness
  /** requests handed to this organisation / moved within this territory (absent for offers) */
  rescues?: RescueFigures
}

export interface ResponsivenessReport {
  window: Period
  lines: ResponsivenessLine[]
  table: StatTable
}

export async function buildResponsivenessReport(
  viewer: Viewer,
  id: ResponsivenessTableId,
  scope: { now: Date; territoryIds?: number[] },
): Promise<ResponsivenessReport> {
  const kind = KINDS[id]
  const perimeter = await viewerPerimeter(viewer)
  const window = responsivenessWindow(scope.now)
  const query = { perimeter, territoryIds: scope.territoryIds }
  const [counts, rescues] = await Promise.all([
    loadResponsivenessCounts(viewer.payload, { ...query, group: kind.group, now: scope.now }),
    kind.rescues ? loadRescueFigures(viewer.payload, { ...query, group: kind.rescues, period: window }) : Promise.resolve(new Map<number, RescueFigures>()),
  ])
  const ids = [...new Set([...counts.keys(), ...rescues.keys()])]
  const names = await loadNames(viewer.payload, kind.collection, ids, kind.nameField)
  const lines = ids
    .map((lineId): ResponsivenessLine => {
      const lineCounts = counts.get(lineId) ?? NO_REQUESTS
      return {
        id: lineId,
        name: names.get(lineId) ?? `#${lineId}`,
        counts: lineCounts,
        figure: responsiveness(lineCounts),
        ...(kind.rescues ? { rescues: rescues.get(lineId) ?? NO_RESCUES } : {}),
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  return { window, lines, table: responsivenessTable(id, lines) }
}

/** The share and the median as shown: « pas encore assez de demandes (N sur 90 jours) » below the minimum. */
function responsivenessCells(figure: Responsiveness): [Cell, Cell] {
  if (!figure.enough) return [notEnoughRequestsText(figure.requests), '—']
  return [formatShare(figure.inTimeShare), medianTimeText(figure.medianHours)]
}

export function responsivenessTable(id: ResponsivenessTableId, lines: readonly ResponsivenessLine[]): StatTable {
  const kind = KINDS[id]
  const rescueColumns = kind.rescues
    ? [
        'Demandes confiées',
        'dont réattribuées',
        'dont orientées par un homologue',
        'Prises en charge ensuite',
        'Délai médian du premier contact après le transfert',
      ]
    : []
  return {
    id,
    title: kind.title,
    columns: [kind.label, 'Demandes', 'Prises en charge dans le délai', 'Délai médian de première action', ...rescueColumns],
    rows: lines.map((line) => [
      line.name,
      line.counts.requests,
      ...responsivenessCells(line.figure),
      ...(line.rescues
        ? [
            line.rescues.moved,
            line.rescues.reassigned,
            line.rescues.forwarded,
            line.rescues.moved ? `${line.rescues.taken} (${formatShare(line.rescues.takenShare)})` : '—',
            medianTimeText(line.rescues.medianHoursToContact),
          ]
        : []),
    ]),
  }
}
