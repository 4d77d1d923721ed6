import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access/policies'

/** Départements, imported with the communes. Used to define a territory's coverage. */
export const Departements: CollectionConfig = {
  slug: 'departements',
  labels: { singular: 'Département', plural: 'Départements' },
  admin: { group: 'Géographie', useAsTitle: 'label', defaultColumns: ['label', 'regionName'] },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'code',
  fields: [
    { name: 'code', label: 'Code', type: 'text', required: true, unique: true },
    { name: 'name', label: 'Nom', type: 'text', required: true },
    { name: 'label', label: 'Libellé', type: 'text', admin: { readOnly: true } },
    { name: 'regionCode', label: 'Code région', type: 'text' },
    { name: 'regionName', label: 'Région', type: 'text' },
  ],
}
