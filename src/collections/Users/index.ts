import type { CollectionConfig } from 'payload'

import { partnerPicker, territoryPicker } from '@/access/pickers'
import { adminOnly, adminOnlyField, hasRole, staffField } from '@/access/policies'
import { managedAccounts, selfOrManagedAccounts } from '@/access/selfOrManagedAccounts'
import { publicUrl } from '@/config/publicUrl'
import { activeUser, ROLE_LABELS, ROLES } from '@/domain/accounts/roles'
import { absenceError, type Absence } from '@/domain/partners/absence'

import { confirmEmailEndpoint } from './confirmEmailChange'
import { refuseInactiveAccounts, revokeAccessOnActivationChange } from './hooks/accountDeactivation'
import { enforcePasswordStrength } from './hooks/enforcePasswordStrength'
import { markInvitation } from './hooks/markInvitation'
import { refuseInactiveLogin } from './hooks/refuseInactiveLogin'
import { requestEmailChange, sendEmailChangeConfirmation } from './hooks/requestEmailChange'
import { scopeAccountWrites } from './hooks/scopeAccountWrites'
import { sendInvitation } from './hooks/sendInvitation'
import { recordLoginSuccess, throttleLogin } from './hooks/throttleLogin'
import { resetPasswordEmail } from './invitationEmail'
import { RESET_LINK_LIFETIME_MS } from './passwordLinks'
import { proConnectEndpoints } from './proConnectEndpoints'
import { sessionCookies } from './sessionCookies'

const isOwnAccount = ({ id, req }: { id?: number | string; req: { user?: { id: number | string } | null } }) =>
  Boolean(req.user && id !== undefined && String(req.user.id) === String(id))

/**
 * People who work in the back office: national administrators (DJEPVA), territorial animators and
 * partner professionals. Young people never have an account.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Compte', plural: 'Comptes' },
  auth: {
    // The lock of one account for everyone is the last line only: `throttleLogin` refuses an address after 5
    // failures on one account (10 across accounts) in 15 minutes, so locking takes ten addresses or more, and
    // the owner still gets in at once through « mot de passe oublié » (a reset clears the lock).
    maxLoginAttempts: 50,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Sessions are stored on the account (Payload's default, explicit here): deactivating revokes them all.
    useSessions: true,
    cookies: sessionCookies(publicUrl()),
    forgotPassword: {
      // A reset link lasts 1 hour; invitations (sendInvitation) issue their own 7-day link.
      expiration: RESET_LINK_LIFETIME_MS,
      generateEmailSubject: resetPasswordEmail.subject,
      generateEmailHTML: resetPasswordEmail.html,
    },
  },
  endpoints: [{ path: '/confirm-email', method: 'post', handler: confirmEmailEndpoint }, ...proConnectEndpoints],
  admin: {
    group: 'Administration',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'partner', 'active'],
    components: {
      beforeList: ['@/admin/workflows/users/UsersListBanner#UsersListBanner'],
      edit: { beforeDocumentControls: ['@/admin/workflows/users/AccountControls#AccountControls'] },
    },
  },
  access: {
    admin: ({ req }) => activeUser(req.user) !== null,
    read: selfOrManagedAccounts,
    create: hasRole('admin', 'animator'),
    update: selfOrManagedAccounts,
    delete: adminOnly,
    unlock: managedAccounts,
  },
  hooks: {
    // markInvitation after enforcePasswordStrength: the random password of an invitation is not the person's choice.
    beforeOperation: [throttleLogin, enforcePasswordStrength, markInvitation, refuseInactiveAccounts],
    beforeChange: [scopeAccountWrites, requestEmailChange],
    beforeLogin: [refuseInactiveLogin],
    afterLogin: [recordLoginSuccess],
    afterChange: [sendInvitation, revokeAccessOnActivationChange, sendEmailChangeConfirmation],
  },
  fields: [
    {
      // Payload's own email field (merged with it): set at creation, then changed only by its owner through
      // `pendingEmail` and the confirmation link (`confirmEmailChange`), never directly by anyone.
      name: 'email',
      type: 'email',
      access: { update: () => false },
    },
    {
      name: 'pendingEmail',
      label: 'Nouvelle adresse électronique (à confirmer)',
      type: 'email',
      admin: {
        description:
          'Pour changer l’adresse de connexion, saisissez la nouvelle : un lien de confirmation y sera envoyé (valable 24 heures). Le changement ne prend effet qu’une fois confirmé.',
        // Only on one's own account (nobody else may set it).
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
      },
      access: { create: () => false, update: isOwnAccount },
    },
    { name: 'name', label: 'Nom et prénom', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      label: 'Rôle',
      type: 'select',
      required: true,
      defaultValue: 'partner',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      saveToJWT: true,
      access: {
        create: staffField(['admin', 'animator']),
        update: adminOnlyField,
      },
    },
    {
      name: 'territories',
      label: 'Territoires animés',
      type: 'relationship',
      relationTo: 'territories',
      hasMany: true,
      saveToJWT: true,
      filterOptions: territoryPicker,
      admin: { condition: (data) => data?.role === 'animator' },
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'partner',
      label: 'Organisme',
      type: 'relationship',
      relationTo: 'partners',
      saveToJWT: true,
      filterOptions: partnerPicker,
      admin: { condition: (data) => data?.role === 'partner' },
      access: { create: staffField(['admin', 'animator']), update: staffField(['admin', 'animator']) },
    },
    { name: 'jobTitle', label: 'Fonction', type: 'text', maxLength: 120 },
    { name: 'phone', label: 'Téléphone professionnel', type: 'text', maxLength: 30 },
    {
      name: 'active',
      label: 'Compte actif',
      type: 'checkbox',
      defaultValue: true,
      saveToJWT: true,
      admin: { description: 'Un compte désactivé ne peut plus se connecter ni recevoir de notification.' },
      access: { create: staffField(['admin', 'animator']), update: staffField(['admin', 'animator']) },
    },
    {
      name: 'notifications',
      label: 'Notifications par courriel',
      type: 'group',
      fields: [
        { name: 'newLeads', label: 'Chaque nouvelle demande de mise en relation', type: 'checkbox', defaultValue: true },
        { name: 'reminders', label: 'Rappels avant échéance', type: 'checkbox', defaultValue: true },
        { name: 'digest', label: 'Récapitulatif hebdomadaire', type: 'checkbox', defaultValue: true },
      ],
    },
    {
      name: 'absence',
      label: 'Absence',
      type: 'group',
      admin: {
        condition: (data) => data?.role === 'partner',
        description: 'Pendant une absence, les alertes de vos demandes vont à vos collègues de l’organisme.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              label: 'Absent(e) du',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly' } },
              validate: (from: unknown) => absenceError({ from: from as Absence['from'] }) ?? true,
            },
            {
              name: 'until',
              label: 'au',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly' } },
              validate: (until: unknown, { siblingData }: { siblingData: Partial<Absence> }) =>
                absenceError({ from: siblingData?.from, until: until as Absence['until'] }) ?? true,
            },
          ],
        },
      ],
    },
    {
      name: 'invitedAt',
      label: 'Invité le',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
  ],
}
