import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, publicOrInPerimeter, rolesInPerimeter } from '@/access/policies'
import { validateWebsite } from '@/fields/safeFieldValidators'
import { slugField } from '@/fields/slugField'

import { archiveOffersOnClosing } from './archiveOffersOnClosing'
import { refuseAdminOnlyChanges } from './refuseAdminOnlyChanges'
import { refuseIncompleteOpening } from './refuseIncompleteOpening'
import { removeTerritoryDocuments } from './removeTerritoryDocuments'
import { resolveTerritoryCoverage } from './resolveTerritoryCoverage'

export const TERRITORY_STATUSES = [
  { value: 'preparation', label: 'En préparation' },
  { value: 'ouvert', label: 'Ouvert' },
  { value: 'ferme', label: 'Fermé' },
] as const

export const TERRITORY_THEME_STATUSES = [
  { value: 'ouvert', label: 'Ouvert' },
  { value: 'bientot', label: 'Bientôt' },
] as const

/**
 * A Boussole deployment: a set of communes run by territorial animators for a consortium of local
 * partners, opened theme by theme. Coverage is any union of départements, EPCIs and communes,
 * resolved into the list of covered communes on save.
 */
export const Territories: CollectionConfig = {
  slug: 'territories',
  labels: { singular: 'Territoire', plural: 'Territoires' },
  admin: {
    group: 'Territoires',
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'communeCount', 'openedAt'],
    components: {
      views: {
        edit: {
          opening: {
            Component: '@/admin/territories/opening/OpeningView#OpeningView',
            path: '/ouverture',
            tab: { label: 'Ouverture', href: '/ouverture' },
          },
          communes: {
            Component: '@/admin/workflows/territories/CoveredCommunesView#CoveredCommunesView',
            path: '/communes',
            tab: { label: 'Communes couvertes', href: '/communes' },
          },
        },
      },
    },
  },
  access: {
    read: publicOrInPerimeter({ status: { equals: 'ouvert' } }, { territory: 'id', partnerSeesTerritory: true }),
    create: adminOnly,
    update: rolesInPerimeter(['admin', 'animator'], { territory: 'id' }),
    delete: adminOnly,
  },
  defaultPopulate: { name: true, slug: true, status: true },
  // Closing archives the offers, deleting removes the territory's documents (src/domain/territories/territoryLifecycle.ts).
  hooks: {
    beforeOperation: [refuseAdminOnlyChanges],
    beforeChange: [resolveTerritoryCoverage, refuseIncompleteOpening],
    afterChange: [archiveOffersOnClosing],
    beforeDelete: [removeTerritoryDocuments],
  },
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, maxLength: 120, access: { update: adminOnlyField } },
    { ...slugField('name'), access: { update: adminOnlyField } },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'preparation',
      options: [...TERRITORY_STATUSES],
      index: true,
      access: { update: adminOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'openedAt',
      label: "Date d'ouverture",
      type: 'date',
      // Set by the opening (the catalogue ranks overlapping territories by it): not backdated by an animator.
      access: { update: adminOnlyField, create: adminOnlyField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      // Applied by the daily `boussoleTerritoryOpening` job (src/plugins/boussole/territories/openScheduledTerritories.ts).
      name: 'opensAt',
      label: 'Ouverture programmée le',
      type: 'date',
      access: { update: adminOnlyField, create: adminOnlyField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description:
          'Le territoire ouvrira ce jour-là si sa liste d’ouverture (onglet « Ouverture ») est complète ; sinon, il reste en préparation et les animateurs et administrateurs sont prévenus.',
      },
    },
    { name: 'description', label: 'Présentation', type: 'textarea', maxLength: 2000 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Couverture',
          description: 'Le territoire couvre l’union des départements, EPCI et communes choisis.',
          fields: [
            {
              name: 'coverage',
              label: false,
              type: 'group',
              fields: [
                { name: 'departements', label: 'Départements entiers', type: 'relationship', relationTo: 'departements', hasMany: true },
                { name: 'epcis', label: 'Intercommunalités (EPCI) entières', type: 'relationship', relationTo: 'epcis', hasMany: true },
                { name: 'communes', label: 'Communes', type: 'relationship', relationTo: 'communes', hasMany: true },
              ],
            },
            {
              name: 'communeCount',
              label: 'Nombre de communes couvertes',
              type: 'number',
              defaultValue: 0,
              admin: { readOnly: true, components: { Field: '@/admin/fields/CommuneCountField#CommuneCountField' } },
            },
            {
              name: 'coveredCommunes',
              label: 'Communes couvertes',
              type: 'relationship',
              relationTo: 'communes',
              hasMany: true,
              maxDepth: 0,
              index: true,
              admin: { hidden: true },
              access: { create: () => false, update: () => false },
            },
          ],
        },
        {
          label: 'Thèmes',
          fields: [
            {
              name: 'themes',
              label: 'Thèmes ouverts sur le territoire',
              type: 'array',
              labels: { singular: 'Thème', plural: 'Thèmes' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'theme', label: 'Thème', type: 'relationship', relationTo: 'themes', required: true },
                    { name: 'status', label: 'Statut', type: 'select', required: true, defaultValue: 'bientot', options: [...TERRITORY_THEME_STATUSES] },
                    { name: 'openedAt', label: "Date d'ouverture", type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                  ],
                },
                {
                  // Several national themes shown as one tile (src/domain/territories/themeTiles.ts).
                  name: 'tile',
                  label: 'Tuile commune (regroupement)',
                  type: 'text',
                  maxLength: 60,
                  admin: {
                    description:
                      'Les thèmes qui portent le même nom s’affichent en une seule tuile sur les pages publiques du territoire (par exemple « Emploi-Formation ») ; le jeune y choisit ensuite son thème. Videz le nom pour les séparer : les offres, les demandes et les statistiques gardent leur thème national.',
                  },
                },
              ],
            },
          ],
        },
        {
          label: 'Animation',
          fields: [
            {
              name: 'contact',
              label: 'Structure animatrice',
              type: 'group',
              fields: [
                { name: 'structure', label: 'Structure', type: 'text', maxLength: 150 },
                { name: 'email', label: 'Courriel', type: 'email' },
                { name: 'phone', label: 'Téléphone', type: 'text', maxLength: 30 },
                { name: 'address', label: 'Adresse', type: 'text', maxLength: 200 },
                { name: 'website', label: 'Site internet', type: 'text', maxLength: 300, validate: validateWebsite },
              ],
            },
            { name: 'animators', label: 'Animateurs et animatrices', type: 'join', collection: 'users', on: 'territories' },
            { name: 'consortium', label: 'Organismes du réseau', type: 'join', collection: 'partners', on: 'territories' },
            { name: 'charters', label: 'Chartes', type: 'join', collection: 'charters', on: 'territories' },
          ],
        },
      ],
    },
  ],
}
