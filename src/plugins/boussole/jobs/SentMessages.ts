import type { CollectionConfig } from 'payload'

import { checkRole } from '@/domain/accounts/roles'

import type { BoussoleAccess } from '../core/options'

/** Stored as `sent_emails` since before SMS existed: the slug (and table) keep that name, everything else says messages. */
export const SENT_MESSAGES_SLUG = 'sent-emails'

/**
 * One row per message (email or SMS) the plugin has sent, keyed by what it is about (« lead:12:new:pro@… »,
 * « lead:12:acknowledgement:sms »): the delivery jobs check it before sending, so a retried job never sends the same
 * message twice. `kind` says which message (SMS kinds start with « sms- »). Holds no content and no address or number of
 * a young person.
 */
export const sentMessagesCollection = (access: BoussoleAccess): CollectionConfig => ({
  slug: SENT_MESSAGES_SLUG,
  labels: { singular: 'Message envoyé', plural: 'Messages envoyés' },
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
