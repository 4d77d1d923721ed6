import { toE164 } from '@/domain/contact/phone'
import { parisDay } from '@/domain/shared/frenchDates'

import { addressFields, cleanName, type PlaceFields } from './mapService'
import { reseauxPorteursFor } from './reseauxPorteurs'
import { DATA_INCLUSION_SOURCE, DESCRIPTION_LENGTH, type DataInclusionStructure } from './schema'

/** What the mapping needs to know about one partner organisation (already read with public access). */
export interface StructureSource {
  partner: {
    id: number
    name: string
    siret?: string | null
    type?: string | null
    description?: string | null
    contactsPublic?: boolean | null
    publicPhone?: string | null
    publicEmail?: string | null
    website?: string | null
    updatedAt: string
  }
  place: PlaceFields | null
}

const httpUrl = (value: string | null | undefined): string | null => {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

/** A partner organisation as a data·inclusion v1 structure: its public directory information only. */
export function toDataInclusionStructure({ partner, place }: StructureSource): DataInclusionStructure {
  const description = partner.description?.trim() ?? ''
  return {
    source: DATA_INCLUSION_SOURCE,
    id: String(partner.id),
    nom: cleanName(partner.name),
    date_maj: parisDay(partner.updatedAt),
    description: description.length >= DESCRIPTION_LENGTH.min ? description : null,
    lien_source: null,
    siret: partner.siret && /^\d{14}$/.test(partner.siret) ? partner.siret : null,
    ...addressFields(place),
    telephone: partner.contactsPublic ? toE164(partner.publicPhone) : null,
    courriel: partner.contactsPublic && partner.publicEmail ? partner.publicEmail : null,
    site_web: httpUrl(partner.website),
    horaires_accueil: null,
    accessibilite_lieu: null,
    reseaux_porteurs: reseauxPorteursFor(partner.type),
  }
}
