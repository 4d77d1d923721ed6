import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access/policies'

/**
 * French communes (and the municipal arrondissements of Paris, Lyon and Marseille), imported from
 * `@etalab/decoupage-administratif` by `npm run geo:import`. Public reference data: read by anyone,
 * written by the import (and, exceptionally, by national administrators).
 */
export const Communes: CollectionConfig = {
  slug: 'communes',
  labels: { singular: 'Commune', plural: 'Communes' },
  admin: {
    group: 'Géographie',
    useAsTitle: 'label',
    defaultColumns: ['name', 'code', 'postalCodes', 'departement', 'population'],
    listSearchableFields: ['name', 'code', 'searchKey'],
    description: 'Référentiel importé du découpage administratif (npm run geo:import).',
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'name',
  fields: [
    { name: 'code', label: 'Code INSEE', type: 'text', required: true, unique: true, index: true },
    { name: 'name', label: 'Nom', type: 'text', required: true },
    {
      name: 'label',
      label: 'Libellé',
      type: 'text',
      admin: { readOnly: true, description: 'Nom et code postal principal, pour les listes.' },
    },
    {
      name: 'searchKey',
      label: 'Clé de recherche',
      type: 'text',
      index: true,
      admin: { readOnly: true, description: 'Nom normalisé (minuscules, sans accents ni tirets).' },
    },
    { name: 'postalCodes', label: 'Codes postaux', type: 'text', hasMany: true, required: true },
    { name: 'departement', label: 'Département', type: 'relationship', relationTo: 'departements', index: true },
    { name: 'epci', label: 'EPCI', type: 'relationship', relationTo: 'epcis', index: true },
    { name: 'regionCode', label: 'Code région', type: 'text' },
    { name: 'population', label: 'Population', type: 'number', defaultValue: 0 },
    {
      name: 'kind',
      label: 'Nature',
      type: 'select',
      defaultValue: 'commune',
      options: [
        { label: 'Commune', value: 'commune' },
        { label: 'Arrondissement municipal', value: 'arrondissement' },
      ],
    },
  ],
}
