import type { Access, CollectionConfig } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { orWhere, perimeterWhere } from '@/access/perimeterWhere'
import { adminOnly, nobody } from '@/access/policies'
import { selectedTerritoryFilter } from '@/access/selectedTerritory'
import { LEAD_MOVE_KINDS } from '@/domain/leads/leadMoves'

/** The territory's staff, and both organisations: the one that handed the request on keeps this trace. */
const staffAndBothOrganisations: Access = async ({ req }) => {
  const perimeter = await getPerimeter(req)
  return orWhere(perimeterWhere(perimeter, { territory: 'territory', partner: 'fromPartner' }), perimeterWhere(perimeter, { partner: 'toPartner' }))
}

/**
 * Every time a request was handed to another organisation's offer (réattribuée by the animation, orientée vers un
 * homologue by a professional): from where, to where, by whom, why. Written by the plugin only. It is the read-only
 * trace the first organisation keeps once the request is no longer theirs: no contact details, only the reference.
 */
export const LeadMoves: CollectionConfig = {
  slug: 'lead-moves',
  labels: { singular: 'Demande confiée à un autre organisme', plural: 'Demandes confiées à un autre organisme' },
  admin: {
    group: 'Offres et demandes',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'kind', 'fromPartner', 'toPartner', 'at'],
    baseFilter: selectedTerritoryFilter('territory'),
  },
  access: { read: staffAndBothOrganisations, create: nobody, update: nobody, delete: adminOnly },
  defaultSort: '-at',
  fields: [
    { name: 'lead', label: 'Demande', type: 'relationship', relationTo: 'leads', required: true, index: true },
    { name: 'reference', label: 'Référence', type: 'text', required: true },
    { name: 'kind', label: 'Type', type: 'select', required: true, options: [...LEAD_MOVE_KINDS] },
    { name: 'at', label: 'Le', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'by', label: 'Par', type: 'relationship', relationTo: 'users' },
    { name: 'territory', label: 'Territoire', type: 'relationship', relationTo: 'territories', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'fromOffer', label: 'Offre d’origine', type: 'relationship', relationTo: 'offers', required: true },
        { name: 'fromPartner', label: 'Organisme d’origine', type: 'relationship', relationTo: 'partners', required: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'toOffer', label: 'Nouvelle offre', type: 'relationship', relationTo: 'offers', required: true },
        { name: 'toPartner', label: 'Nouvel organisme', type: 'relationship', relationTo: 'partners', required: true, index: true },
      ],
    },
    { name: 'reason', label: 'Motif', type: 'textarea', maxLength: 1000 },
    { name: 'wasOverdue', label: 'Le délai était dépassé', type: 'checkbox', defaultValue: false },
  ],
}
