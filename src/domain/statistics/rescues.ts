import type { LeadMoveKind } from '@/domain/leads/leadMoves'

import { firstActionAt, median, type TimedLead } from './responsiveness'
import { shareOf } from './shares'

/**
 * Requests rescued: handed to another organisation's offer (réattribuées by the animation, orientées vers un
 * homologue by a professional). One move = one row of `lead-moves`, seen with the request it moved. The
 * plugin's SQL (`plugins/boussole/statistics/rescues.ts`) computes the same figures in PostgreSQL.
 */
export interface MoveRow {
  kind: LeadMoveKind
  at: string
  /** the request as it stands now (its timeline after the move) */
  lead: Pick<TimedLead, 'outcome' | 'timeline' | 'createdAt'>
}

const HOUR_MS = 3_600_000

/** The first contact after the move: the request taken or closed by an organisation since `at` (never the young person's own closing). */
export function firstContactAfterMove(move: MoveRow): Date | null {
  return firstActionAt({ ...move.lead, timeline: { ...move.lead.timeline, movedAt: move.at } })
}

export interface RescueFigures {
  moved: number
  reassigned: number
  forwarded: number
  /** moves followed by a first contact */
  taken: number
  takenShare: number | null
  /** median hours from the move to the first contact after it */
  medianHoursToContact: number | null
}

/** The figures of moves made within a period (the caller picks the rows). */
export function rescueFigures(moves: readonly MoveRow[]): RescueFigures {
  const hours = moves.flatMap((move) => {
    const contact = firstContactAfterMove(move)
    return contact ? [(contact.getTime() - new Date(move.at).getTime()) / HOUR_MS] : []
  })
  return {
    moved: moves.length,
    reassigned: moves.filter((move) => move.kind === 'reassigned').length,
    forwarded: moves.filter((move) => move.kind === 'forwarded').length,
    taken: hours.length,
    takenShare: shareOf(hours.length, moves.length),
    medianHoursToContact: median(hours),
  }
}
