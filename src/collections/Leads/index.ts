import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, inPerimeter, nobody, setByHooksOnly } from '@/access/policies'
import { selectedTerritoryFilter } from '@/access/selectedTerritory'
import { AGE_BANDS } from '@/domain/leads/ageBand'
import { CONTACT_CHANNELS, CONTACT_MOMENTS } from '@/domain/leads/contactPreferences'
import { LEAD_HISTORY_EVENTS } from '@/domain/leads/leadMoves'
import { LEAD_OUTCOMES, LEAD_STATUSES } from '@/domain/leads/leadStatus'
import { logContactAccess } from '@/plugins/boussole/server'

import { recordAssignment } from './recordAssignment'
import { recordLeadHistory } from './recordLeadHistory'
import { assigneeOptions, validateAssignee } from './validateAssignee'

/** Written by the plugin (Local API) only: what API callers send for these fields is ignored. */
const immutable = setByHooksOnly

/**
 * Requests to be contacted (demandes de mise en relation). Created only by the plugin's public endpoint
 * (never directly through the REST or GraphQL API), read and handled by the organisation that owns the
 * offer and by the animators of the territory. Personal data (contact, answers, profile, notes) is erased
 * on withdrawal and after the retention period; every answer carrying contact details to a user is logged
 * in `contact-accesses`.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  labels: { singular: 'Demande de mise en relation', plural: 'Demandes de mise en relation' },
  admin: {
    group: 'Offres et demandes',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'offer', 'partner', 'status', 'dueAt', 'overdue', 'createdAt'],
    listSearchableFields: ['reference'],
    // The request page replaces the edit form; its only tab and the raw API view are not offered (Payload's tab
    // list is also not valid HTML: an <a> straight inside a <ul>).
    components: { views: { edit: { default: { Component: '@/admin/leads/requestPage/RequestPage#RequestPage', tab: { condition: () => false } } } } },
    hideAPIURL: true,
    // The list fetches only its columns: contact details (and their access log entry) only when shown.
    enableListViewSelectAPI: true,
    baseFilter: selectedTerritoryFilter('territory'),
  },
  access: {
    read: inPerimeter({ territory: 'territory', partner: 'partner' }),
    create: nobody,
    update: inPerimeter({ territory: 'territory', partner: 'partner' }),
    delete: adminOnly,
  },
  hooks: { beforeChange: [validateAssignee, recordLeadHistory, recordAssignment], afterOperation: [logContactAccess] },
  fields: [
    { name: 'reference', label: 'Référence', type: 'text', unique: true, access: immutable, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'offer', label: 'Offre', type: 'relationship', relationTo: 'offers', required: true, index: true, access: immutable },
        { name: 'partner', label: 'Organisme', type: 'relationship', relationTo: 'partners', required: true, index: true, access: immutable },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'territory', label: 'Territoire', type: 'relationship', relationTo: 'territories', required: true, index: true, access: immutable },
        { name: 'theme', label: 'Thème', type: 'relationship', relationTo: 'themes', required: true, index: true, access: immutable },
        { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, access: immutable },
      ],
    },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'nouvelle',
      options: [...LEAD_STATUSES],
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'outcome', label: 'Suite donnée', type: 'select', options: [...LEAD_OUTCOMES], admin: { position: 'sidebar' } },
    { name: 'closingComment', label: 'Commentaire de clôture', type: 'textarea', maxLength: 2000, admin: { position: 'sidebar' } },
    {
      name: 'assignee',
      label: 'Suivie par',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: assigneeOptions,
      // `validateAssignee` decides (with the account read as the system): Payload's own check of filterOptions reads
      // the account with the person's access, and a professional may not read their colleagues' accounts.
      validate: () => true as const,
      admin: { position: 'sidebar', description: 'Le membre de l’organisme qui traite la demande.' },
    },
    {
      name: 'contact',
      label: 'Coordonnées du jeune',
      type: 'group',
      access: immutable,
      fields: [
        { name: 'email', label: 'Courriel', type: 'email', index: true },
        { name: 'phone', label: 'Téléphone mobile', type: 'text', maxLength: 20, index: true },
      ],
    },
    {
      name: 'contactPreferences',
      label: 'Préférences de contact',
      type: 'group',
      access: immutable,
      fields: [
        { name: 'channels', label: 'Être contacté(e)', type: 'select', hasMany: true, options: [...CONTACT_CHANNELS] },
        { name: 'moments', label: 'Moment préféré', type: 'select', hasMany: true, options: [...CONTACT_MOMENTS] },
      ],
    },
    { name: 'answers', label: 'Réponses au questionnaire', type: 'json', access: immutable, admin: { readOnly: true } },
    {
      name: 'profile',
      label: 'Situation décrite par le jeune',
      type: 'array',
      access: immutable,
      admin: { readOnly: true, description: 'Les questions et réponses, telles que le jeune les a vues.' },
      fields: [
        { name: 'question', label: 'Question', type: 'text' },
        { name: 'answer', label: 'Réponse', type: 'text' },
      ],
    },
    {
      name: 'ageBand',
      label: 'Tranche d’âge',
      type: 'select',
      options: AGE_BANDS.map(({ value, label }) => ({ value, label })),
      access: immutable,
      admin: { readOnly: true, description: 'Seule trace de l’âge gardée une fois les données personnelles effacées.' },
    },
    {
      name: 'idempotencyKey',
      label: "Clé d'idempotence",
      type: 'text',
      unique: true,
      access: { ...immutable, read: adminOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'requestFingerprint',
      label: 'Empreinte de la requête (limitation de débit)',
      type: 'text',
      index: true,
      access: { ...immutable, read: adminOnlyField },
      admin: { hidden: true },
    },
    { name: 'consentAt', label: 'Consentement donné le', type: 'date', required: true, access: immutable, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'contactDelayDays', label: 'Délai promis (jours)', type: 'number', access: immutable, admin: { readOnly: true } },
        {
          name: 'dueAt',
          label: 'À recontacter avant le',
          type: 'date',
          index: true,
          access: immutable,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'overdue', label: 'Hors délai', type: 'checkbox', defaultValue: false, index: true, access: immutable, admin: { readOnly: true } },
      ],
    },
    {
      name: 'timeline',
      label: 'Suivi',
      type: 'group',
      access: immutable,
      admin: { readOnly: true },
      fields: [
        { name: 'takenAt', label: 'Prise en charge le', type: 'date' },
        { name: 'movedAt', label: 'Confiée à l’organisme actuel le', type: 'date' },
        { name: 'closedAt', label: 'Clôturée le', type: 'date', index: true },
        { name: 'remindedAt', label: 'Rappel envoyé le', type: 'date' },
        { name: 'escalatedAt', label: 'Signalée à l’animation le', type: 'date' },
        { name: 'followUpSentAt', label: 'Question de suivi envoyée le', type: 'date' },
        { name: 'followUpAnsweredAt', label: 'Réponse du jeune le', type: 'date' },
        {
          name: 'contactedAccordingToYoungPerson',
          label: 'Le jeune dit avoir été contacté',
          type: 'select',
          options: [
            { label: 'Oui', value: 'oui' },
            { label: 'Non', value: 'non' },
          ],
        },
        { name: 'anonymizedAt', label: 'Données personnelles effacées le', type: 'date', index: true },
        {
          name: 'anonymizedReason',
          label: 'Motif de l’effacement',
          type: 'select',
          options: [
            { label: 'Durée de conservation écoulée', value: 'retention' },
            { label: 'Demande du jeune', value: 'withdrawal' },
          ],
        },
      ],
    },
    {
      name: 'history',
      label: 'Historique',
      type: 'array',
      access: immutable,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', label: 'Date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'by', label: 'Par', type: 'relationship', relationTo: 'users' },
            { name: 'from', label: 'De', type: 'text' },
            { name: 'to', label: 'À', type: 'text' },
          ],
        },
        { name: 'event', label: 'Événement', type: 'select', options: [...LEAD_HISTORY_EVENTS] },
        { name: 'note', label: 'Note', type: 'text' },
      ],
    },
  ],
}
