import type { CollectionConfig } from 'payload'

import type { BoussoleAccess } from '../core/options'

/**
 * Anonymous log of every search (commune, theme, answers, number of results), for statistics and to
 * reveal the gaps in the offer (searches without any result). Never any contact data.
 */
export const searchesCollection = (access: BoussoleAccess): CollectionConfig => ({
  slug: 'searches',
  labels: { singular: 'Recherche', plural: 'Recherches' },
  admin: {
    group: 'Statistiques',
    defaultColumns: ['createdAt', 'territory', 'commune', 'theme', 'resultCount'],
    description: 'Journal anonyme des recherches des jeunes (sans aucune coordonnée).',
    baseFilter: access.territoryListFilter,
  },
  access: {
    read: access.staffTerritoryRows,
    create: () => false,
    update: () => false,
    delete: access.adminOnly,
  },
  fields: [
    { name: 'territory', label: 'Territoire', type: 'relationship', relationTo: 'territories', index: true },
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true },
    { name: 'theme', label: 'Thème', type: 'relationship', relationTo: 'themes', required: true, index: true },
    { name: 'answers', label: 'Réponses', type: 'json' },
    { name: 'resultCount', label: 'Nombre de résultats', type: 'number', required: true, index: true },
    { name: 'nearMissCount', label: 'Offres presque adaptées', type: 'number' },
  ],
})
