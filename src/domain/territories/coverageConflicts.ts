import { countOf } from '@/domain/shared/frenchText'

/** A territory as far as coverage conflicts are concerned. */
export interface CoverageView {
  id?: number
  name: string
  /** themes opened (ouvert or bientôt) in this territory */
  themeIds: number[]
  communeIds: number[]
}

export interface CoverageConflict {
  themeId: number
  otherTerritory: string
  communeIds: number[]
}

/**
 * A commune belongs to at most one open territory per theme: lists, for each theme of `mine`, the other
 * territories that already cover some of its communes for that theme.
 */
export function findCoverageConflicts(mine: CoverageView, others: CoverageView[]): CoverageConflict[] {
  const myCommunes = new Set(mine.communeIds)
  const conflicts: CoverageConflict[] = []
  for (const themeId of mine.themeIds) {
    for (const other of others) {
      if (other.id !== undefined && other.id === mine.id) continue
      if (!other.themeIds.includes(themeId)) continue
      const shared = other.communeIds.filter((id) => myCommunes.has(id))
      if (shared.length) conflicts.push({ themeId, otherTerritory: other.name, communeIds: shared })
    }
  }
  return conflicts
}

/** `communeNames`: the names of (some of) the shared communes. « Le thème « Emploi » est déjà ouvert par le territoire « Lot » sur 3 communes de ce territoire : Cahors, Figeac, Gourdon. » */
export function describeConflict(conflict: CoverageConflict, themeName: string, communeNames: string[]): string {
  const count = conflict.communeIds.length
  const shownNames = communeNames.slice(0, 5)
  const shown = shownNames.join(', ')
  const rest = count - shownNames.length
  const more = rest > 0 ? ` et ${countOf(rest, 'autre')}` : ''
  return `Le thème « ${themeName} » est déjà ouvert par le territoire « ${conflict.otherTerritory} » sur ${countOf(count, 'commune')} de ce territoire : ${shown}${more}. Une commune ne peut relever que d’un seul territoire ouvert par thème.`
}
