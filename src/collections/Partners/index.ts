import type { CollectionConfig } from 'payload'

import { keepWithinPerimeter } from '@/access/keepWithinPerimeter'
import { defaultAnimatorTerritories, territoryPicker } from '@/access/pickers'
import { adminOnly, anyone, hasRole, inPerimeter, staffField } from '@/access/policies'
import { selectedTerritoryFilter } from '@/access/selectedTerritory'
import { PARTNER_TYPES } from '@/domain/partners/partnerTypes'
import { isValidSiret, normalizeSiret } from '@/domain/partners/validateSiret'
import { contactDelayField } from '@/fields/contactDelayField'
import { validateWebsite } from '@/fields/safeFieldValidators'

import { peersAndStaffOnly } from './peersAndStaffOnly'
import { publicContactsOnly } from './publicContactsOnly'

/**
 * Partner organisations (organismes partenaires). Their public directory information is readable by
 * anyone; professional contacts only by the staff and the peer organisations of the same territories.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Organisme partenaire', plural: 'Organismes partenaires' },
  admin: {
    group: 'Réseau',
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'commune', 'territories'],
    listSearchableFields: ['name', 'siret'],
    baseFilter: selectedTerritoryFilter('territories'),
  },
  access: {
    read: anyone,
    create: hasRole('admin', 'animator'),
    update: inPerimeter({ territory: 'territories', partner: 'id' }),
    delete: adminOnly,
  },
  hooks: { beforeChange: [keepWithinPerimeter({ territory: 'territories', territoryRequiredForAnimators: true })] },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, maxLength: 150 },
    {
      name: 'siret',
      label: 'SIRET',
      type: 'text',
      required: true,
      unique: true,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? (normalizeSiret(value) ?? value) : value)] },
      validate: (value: unknown) =>
        typeof value === 'string' && isValidSiret(value) ? true : 'Ce numéro SIRET n’est pas valide (14 chiffres, clé de contrôle).',
    },
    { name: 'type', label: 'Type de structure', type: 'select', required: true, options: [...PARTNER_TYPES] },
    { name: 'description', label: 'Présentation', type: 'textarea', maxLength: 2000 },
    { name: 'logo', label: 'Logo', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        { name: 'address', label: 'Adresse', type: 'text', maxLength: 200 },
        { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes' },
      ],
    },
    {
      name: 'contactsPublic',
      label: 'Coordonnées visibles publiquement',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Affiche le téléphone et le courriel ci-dessous sur le site public.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'publicPhone', label: 'Téléphone d’accueil', type: 'text', maxLength: 30, access: { read: publicContactsOnly } },
        { name: 'publicEmail', label: 'Courriel d’accueil', type: 'email', access: { read: publicContactsOnly } },
      ],
    },
    { name: 'website', label: 'Site internet', type: 'text', maxLength: 300, validate: validateWebsite },
    contactDelayField({
      name: 'defaultContactDelayDays',
      label: 'Délai de recontact par défaut (jours)',
      description: 'Proposé par défaut pour les nouvelles offres : délai sous lequel un professionnel recontacte le jeune (1 à 7 jours).',
    }),
    {
      name: 'professionalContact',
      label: 'Contact pour les professionnels',
      type: 'group',
      admin: { description: 'Visible uniquement des professionnels du territoire (annuaire des homologues).' },
      access: { read: peersAndStaffOnly },
      fields: [
        { name: 'name', label: 'Nom', type: 'text', maxLength: 120 },
        { name: 'email', label: 'Courriel', type: 'email' },
        { name: 'phone', label: 'Téléphone', type: 'text', maxLength: 30 },
      ],
    },
    {
      name: 'territories',
      label: 'Territoires (consortium)',
      type: 'relationship',
      relationTo: 'territories',
      hasMany: true,
      index: true,
      filterOptions: territoryPicker,
      defaultValue: defaultAnimatorTerritories as never,
      access: { create: staffField(['admin', 'animator']), update: staffField(['admin', 'animator']) },
      admin: { position: 'sidebar', description: 'Territoires dont l’organisme est membre du réseau Boussole.' },
    },
    {
      name: 'competence',
      label: 'Compétence géographique',
      type: 'group',
      fields: [
        {
          name: 'scope',
          label: 'Étendue',
          type: 'select',
          defaultValue: 'territory',
          options: [
            { label: 'Tout le territoire', value: 'territory' },
            { label: 'Certaines communes', value: 'communes' },
          ],
        },
        {
          name: 'communes',
          label: 'Communes',
          type: 'relationship',
          relationTo: 'communes',
          hasMany: true,
          admin: { condition: (_, sibling) => sibling?.scope === 'communes' },
        },
      ],
    },
    {
      name: 'members',
      label: 'Professionnels',
      type: 'join',
      collection: 'users',
      on: 'partner',
      access: { read: peersAndStaffOnly },
    },
    { name: 'charters', label: 'Chartes', type: 'join', collection: 'charters', on: 'partner', access: { read: peersAndStaffOnly } },
  ],
}
