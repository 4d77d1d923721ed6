import type { Partner } from '@/payload-types'

import type { ReseauPorteur } from './dataInclusionSchema'

/** Partner type → data·inclusion réseaux porteurs; types that are not a network map to none. */
export const RESEAUX_BY_PARTNER_TYPE: Record<Partner['type'], ReseauPorteur[]> = {
  'mission-locale': ['mission-locale'],
  'info-jeunes': ['reseau-information-jeunesse'],
  'france-travail': ['france-travail'],
  ccas: ['ccas-cias'],
  fjt: ['residences-fjt'],
  collectivite: ['communes'],
  association: [],
  sante: [],
  formation: [],
  autre: [],
}

export function reseauxPorteursFor(type: string | null | undefined): ReseauPorteur[] | null {
  const reseaux = type ? RESEAUX_BY_PARTNER_TYPE[type as Partner['type']] : undefined
  return reseaux?.length ? [...reseaux] : null
}
