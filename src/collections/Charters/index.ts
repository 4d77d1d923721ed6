import type { CollectionConfig } from 'payload'

import { keepWithinPerimeter } from '@/access/keepWithinPerimeter'
import { defaultAnimatorTerritories, partnerPicker, territoryPicker } from '@/access/pickers'
import { adminOnly, hasRole, inPerimeter, rolesInPerimeter } from '@/access/policies'
import { selectedTerritoryFilter } from '@/access/selectedTerritory'
import { limitUploadSize, UPLOAD_LIMITS } from '@/fields/uploadLimits'

import { keepOneLiveCharter } from './keepOneLiveCharter'

export const CHARTER_STATUSES = [
  { value: 'en_attente', label: 'En attente de signature' },
  { value: 'signee', label: 'Signée' },
  { value: 'resiliee', label: 'Résiliée' },
] as const

/**
 * Partnership charters: an organisation joins a territory's Boussole by signing one — one charter may cover
 * several territories. Its offers can be published (or offered) in a territory, and its professionals can work
 * there in the back office, only while a signed charter covering it is in force. Animators record the charters
 * of their territories (one covering a territory they do not run is recorded by an administrator); the
 * animators of each territory covered and the organisation's professionals can read them.
 * The signed PDF is the upload itself, served only to people allowed to read the charter.
 */
export const Charters: CollectionConfig = {
  slug: 'charters',
  labels: { singular: 'Charte de partenariat', plural: 'Chartes de partenariat' },
  admin: {
    group: 'Réseau',
    useAsTitle: 'title',
    defaultColumns: ['title', 'partner', 'territories', 'status', 'signedAt', 'expiresAt'],
    baseFilter: selectedTerritoryFilter('territories'),
  },
  upload: {
    mimeTypes: ['application/pdf'],
    filesRequiredOnCreate: false,
    staticDir: '.data/uploads/charters',
  },
  access: {
    read: inPerimeter({ territory: 'territories', partner: 'partner' }),
    create: hasRole('admin', 'animator'),
    // An animator of one of its territories reads it; changing it takes every one of them (keepWithinPerimeter).
    update: rolesInPerimeter(['admin', 'animator'], { territory: 'territories' }),
    delete: adminOnly,
  },
  hooks: {
    beforeValidate: [limitUploadSize(UPLOAD_LIMITS.charters)],
    beforeChange: [keepWithinPerimeter({ territory: 'territories', partner: 'partner' }), keepOneLiveCharter],
  },
  fields: [
    { name: 'title', label: 'Intitulé', type: 'text', admin: { readOnly: true } },
    { name: 'partner', label: 'Organisme', type: 'relationship', relationTo: 'partners', required: true, index: true, filterOptions: partnerPicker },
    {
      name: 'territories',
      label: 'Territoires',
      type: 'relationship',
      relationTo: 'territories',
      hasMany: true,
      required: true,
      minRows: 1,
      index: true,
      filterOptions: territoryPicker,
      defaultValue: defaultAnimatorTerritories as never,
      admin: { description: 'Une charte peut couvrir plusieurs territoires (par exemple deux intercommunalités voisines).' },
    },
    { name: 'version', label: 'Version de la charte', type: 'text', required: true, defaultValue: '2026-1', maxLength: 20 },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'en_attente',
      options: [...CHARTER_STATUSES],
      index: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'signatoryName', label: 'Nom du ou de la signataire', type: 'text', maxLength: 120 },
        { name: 'signatoryRole', label: 'Fonction du ou de la signataire', type: 'text', maxLength: 120 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'signedAt', label: 'Signée le', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'expiresAt', label: 'Échéance', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'terminatedAt', label: 'Résiliée le', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
  ],
}
