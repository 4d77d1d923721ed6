import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, hasRole, staffField } from '@/access/policies'
import { activeUser, ROLE_LABELS, ROLES } from '@/access/roles'
import { managedAccounts, selfOrManagedAccounts } from '@/access/selfOrManagedAccounts'
import { enforcePasswordStrength } from './hooks/enforcePasswordStrength'
import { refuseInactiveLogin } from './hooks/refuseInactiveLogin'
import { scopeAccountCreation } from './hooks/scopeAccountCreation'
import { sendInvitation } from './hooks/sendInvitation'
import { invitationEmail } from './invitationEmail'

/**
 * People who work in the back office: national administrators (DJEPVA), territorial animators and
 * partner professionals. Young people never have an account.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Compte', plural: 'Comptes' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: {
      expiration: 7 * 24 * 60 * 60 * 1000,
      generateEmailSubject: invitationEmail.subject,
      generateEmailHTML: invitationEmail.html,
    },
  },
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
    beforeOperation: [enforcePasswordStrength],
    beforeChange: [scopeAccountCreation],
    beforeLogin: [refuseInactiveLogin],
    afterChange: [sendInvitation],
  },
  fields: [
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
      admin: { condition: (data) => data?.role === 'animator' },
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'partner',
      label: 'Organisme',
      type: 'relationship',
      relationTo: 'partners',
      saveToJWT: true,
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
      name: 'invitedAt',
      label: 'Invité le',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
  ],
}

