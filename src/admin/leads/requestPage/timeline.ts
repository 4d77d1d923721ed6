import { LEAD_MOVE_KINDS } from '@/domain/leads/leadMoves'
import { LEAD_STATUSES, type LeadStatus } from '@/domain/leads/leadStatus'
import { formatDateTime } from '@/domain/shared/frenchDates'

/** One entry of `leads.history`, as stored. */
export interface HistoryEntry {
  id?: string | null
  at: string
  by?: number | { id: number } | null
  from?: string | null
  to?: string | null
  event?: string | null
  note?: string | null
}

export interface TimelineItem {
  key: string
  /** « 26/11/2026 14:05 » */
  when: string
  at: string
  who: string
  what: string
  note?: string
}

const statusWord = (status: string | null | undefined) => LEAD_STATUSES.find((entry) => entry.value === status)?.label.toLowerCase() ?? status ?? '—'

/** A status change in words: « Prise en charge », « Clôturée », « Remise en nouvelle »… */
function statusChange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from) return 'Demande reçue'
  const change = `${from}→${to}` as `${LeadStatus}→${LeadStatus}`
  const words: Partial<Record<typeof change, string>> = {
    'nouvelle→en_cours': 'Prise en charge',
    'nouvelle→cloturee': 'Clôturée',
    'en_cours→cloturee': 'Clôturée',
    'en_cours→nouvelle': 'Remise en « nouvelle »',
    'cloturee→en_cours': 'Rouverte (en cours)',
  }
  return words[change] ?? `Statut « ${statusWord(from)} » → « ${statusWord(to)} »`
}

function what(entry: HistoryEntry): string {
  const move = LEAD_MOVE_KINDS.find((kind) => kind.value === entry.event)
  if (move) return move.label
  if (entry.event === 'assigned') return entry.to ? 'Attribution' : 'Attribution retirée'
  return statusChange(entry.from, entry.to)
}

/** Who did it: the member's name, the young person (their own actions carry no account), or the service itself. */
function who(entry: HistoryEntry, names: ReadonlyMap<number, string>): string {
  const by = typeof entry.by === 'object' && entry.by ? entry.by.id : entry.by
  if (by) return names.get(by) ?? 'Un membre de l’équipe'
  if (!entry.event || entry.event === 'status') return !entry.from || entry.to === 'cloturee' ? 'Le ou la jeune' : 'Boussole (automatique)'
  return 'Boussole (automatique)'
}

/** The lead's history as a readable timeline, oldest first. */
export function timeline(history: readonly HistoryEntry[] | null | undefined, names: ReadonlyMap<number, string>): TimelineItem[] {
  return [...(history ?? [])]
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
    .map((entry, index) => ({
      key: entry.id ?? String(index),
      at: entry.at,
      when: formatDateTime(entry.at),
      who: who(entry, names),
      what: what(entry),
      note: entry.note ?? undefined,
    }))
}
