import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access/policies'

/** Intercommunalities (EPCI à fiscalité propre), identified by their SIREN; imported with the communes. */
export const Epcis: CollectionConfig = {
  slug: 'epcis',
  labels: { singular: 'EPCI', plural: 'EPCI' },
  // The label is « name (SIREN) » (src/geo/decoupage.ts): the pickers find an EPCI by either.
  admin: { group: 'Géographie', useAsTitle: 'label', defaultColumns: ['name', 'code', 'kind'], listSearchableFields: ['name', 'code'] },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'name',
  fields: [
    { name: 'code', label: 'SIREN', type: 'text', required: true, unique: true },
    { name: 'name', label: 'Nom', type: 'text', required: true },
    { name: 'label', label: 'Libellé', type: 'text', admin: { readOnly: true } },
    { name: 'kind', label: 'Nature juridique', type: 'text', admin: { description: 'CA, CC, CU, MET…' } },
    { name: 'population', label: 'Population', type: 'number' },
  ],
}
