import type { CollectionConfig } from 'payload'

import { checkRole } from '@/domain/accounts/roles'

import type { BoussoleAccess } from '../core/options'

export const SENT_EMAILS_SLUG = 'sent-emails'

/**
 * One row per email the plugin has sent, keyed by what the email is about (« lead:12:new:pro@… »):
 * the email job checks it before sending, so a retried job never sends the same email twice.
 * Holds no content and no address of a young person.
 */
export const sentEmailsCollection = (access: BoussoleAccess): CollectionConfig => ({
  slug: SENT_EMAILS_SLUG,
  labels: { singular: 'Courriel envoyé', plural: 'Courriels envoyés' },
  admin: {
    group: 'Administration',
    useAsTitle: 'key',
    defaultColumns: ['key', 'kind', 'lead', 'sentAt'],
    hidden: ({ user }) => !checkRole(['admin'], user),
  },
  access: {
    read: access.adminOnly,
    create: () => false,
    update: () => false,
    delete: access.adminOnly,
  },
  fields: [
    { name: 'key', label: 'Clé', type: 'text', required: true, unique: true },
    { name: 'kind', label: 'Type', type: 'text', required: true, index: true },
    { name: 'lead', label: 'Demande', type: 'relationship', relationTo: 'leads', index: true },
    { name: 'sentAt', label: 'Envoyé le', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
})
