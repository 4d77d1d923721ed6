import type { CollectionConfig } from 'payload'

import { checkRole } from '@/domain/accounts/roles'

import type { BoussoleAccess } from '../core/options'

export const CONTACT_ACCESSES_SLUG = 'contact-accesses'

export const CONTACT_ACCESS_ACTIONS = [
  { value: 'read', label: 'Consultation de la demande' },
  { value: 'list', label: 'Liste de demandes' },
  { value: 'update', label: 'Modification de la demande' },
  { value: 'export', label: 'Export' },
] as const
export type ContactAccessAction = (typeof CONTACT_ACCESS_ACTIONS)[number]['value']

/**
 * The accountability log: who was shown young people's contact details, when, for which leads and how
 * (one entry per read, list, update or export, per territory, listing the leads whose contact details the
 * answer carried). Written by the server only (`logContactAccess`, with `overrideAccess`); nobody may write,
 * change or delete it through the API. Administrators read all of it, animators the entries of their
 * territories, partners nothing. Entries are deleted after `retention.contactAccessLogMonths` by the
 * retention sweep. Holds no contact details itself.
 */
export const contactAccessesCollection = (access: BoussoleAccess): CollectionConfig => ({
  slug: CONTACT_ACCESSES_SLUG,
  labels: { singular: 'Accès aux coordonnées', plural: 'Accès aux coordonnées' },
  graphQL: { singularName: 'ContactAccess', pluralName: 'ContactAccesses' },
  admin: {
    group: 'Administration',
    defaultColumns: ['at', 'userEmail', 'action', 'leads', 'territory'],
    description: 'Qui a affiché ou exporté les coordonnées des jeunes, quand et pour quelles demandes.',
    hidden: ({ user }) => !checkRole(['admin', 'animator'], user),
    baseFilter: access.territoryListFilter,
  },
  access: {
    read: access.territoryRows,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'at', label: 'Le', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // Not required: deleting an account keeps its entries (the address below still says who it was).
    { name: 'user', label: 'Par', type: 'relationship', relationTo: 'users', index: true },
    { name: 'userEmail', label: 'Courriel du compte', type: 'email', required: true },
    { name: 'action', label: 'Action', type: 'select', required: true, options: [...CONTACT_ACCESS_ACTIONS] },
    { name: 'leads', label: 'Demandes', type: 'relationship', relationTo: 'leads', hasMany: true, required: true },
    { name: 'territory', label: 'Territoire', type: 'relationship', relationTo: 'territories', index: true },
  ],
})
