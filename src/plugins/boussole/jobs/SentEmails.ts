import type { CollectionConfig } from 'payload'

import { adminOnly, nobody } from '@/access/policies'
import { checkRole } from '@/access/roles'

export const SENT_EMAILS_SLUG = 'sent-emails'

/**
 * One row per email the plugin has sent, keyed by what the email is about (« lead:12:new:pro@… »):
 * the email job checks it before sending, so a retried job never sends the same email twice.
 * Holds no content and no address of a young person.
 */
export const SentEmails: CollectionConfig = {
  slug: SENT_EMAILS_SLUG,
  labels: { singular: 'Courriel envoyé', plural: 'Courriels envoyés' },
  admin: {
    group: 'Administration',
    useAsTitle: 'key',
    defaultColumns: ['key', 'kind', 'lead', 'sentAt'],
    hidden: ({ user }) => !checkRole(['admin'], user),
  },
  access: {
    read: adminOnly,
    create: nobody,
    update: nobody,
    delete: adminOnly,
  },
  fields: [
    { name: 'key', label: 'Clé', type: 'text', required: true, unique: true },
    { name: 'kind', label: 'Type', type: 'text', required: true, index: true },
    { name: 'lead', label: 'Demande', type: 'relationship', relationTo: 'leads', index: true },
    { name: 'sentAt', label: 'Envoyé le', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
