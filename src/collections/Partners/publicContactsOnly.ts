import type { FieldAccess } from 'payload'

import { activeUser } from '@/domain/accounts/roles'

/** The organisation's public phone/email: shown to the public only when it chose to publish them. */
export const publicContactsOnly: FieldAccess = ({ req, doc }) => activeUser(req.user) !== null || doc?.contactsPublic === true
