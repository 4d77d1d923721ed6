import type { CollectionConfig, Field } from 'payload'

import { keepWithinPerimeter } from '@/access/keepWithinPerimeter'
import { orProposedInTerritories } from '@/access/offersProposedIn'
import { defaultPartner, defaultTerritory, offerThemePicker, partnerPicker, territoryPicker } from '@/access/pickers'
import { hasRole, inPerimeter, publicOrInPerimeter, setByHooksOnly, staffField } from '@/access/policies'
import { publicOffersWhere } from '@/access/publicOffers'
import { selectedTerritoryFilter } from '@/access/selectedTerritory'
import { OFFER_STATUSES } from '@/domain/offers/offerStatuses'
import { contactDelayField } from '@/fields/contactDelayField'
import { validateRichText } from '@/fields/safeFieldValidators'
import { withFieldComponent } from '@/fields/withFieldComponent'

import { applyPartnerDefaults } from './hooks/applyPartnerDefaults'
import { applyLiveNotificationEmails, markLiveWrites, routeOfferWrites } from './hooks/routeOfferWrites'
import { validateOffer } from './hooks/validateOffer'
import { ownDraftsOrTerritoryStaff } from './ownDraftsOrTerritoryStaff'
import { ownTeamAndStaffOnly } from './ownTeamAndStaffOnly'
import { partnerMayNotPublish } from './partnerMayNotPublish'

/** One condition on a criterion of the questionnaire: picked from its questions and answers in the admin. */
const ruleConditionFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'criterion',
        label: 'Critère',
        type: 'text',
        required: true,
        maxLength: 40,
        admin: { components: { Field: '@/admin/fields/RuleCriterionField#RuleCriterionField' } },
      },
      {
        name: 'values',
        label: 'Réponses acceptées',
        type: 'text',
        hasMany: true,
        admin: { components: { Field: '@/admin/fields/RuleValuesField#RuleValuesField' } },
      },
      { name: 'min', label: 'Minimum', type: 'number', admin: { components: { Field: '@/admin/fields/RuleBoundField#RuleBoundField' } } },
      { name: 'max', label: 'Maximum', type: 'number', admin: { components: { Field: '@/admin/fields/RuleBoundField#RuleBoundField' } } },
    ],
  },
]

/**
 * Service offers (offres de service): a concrete service a partner commits to deliver in a territory,
 * with the delay within which a professional contacts the young person. Partners write and submit
 * them; an animator of the territory publishes them. Eligibility rules are data evaluated by the plugin.
 */
export const Offers: CollectionConfig = {
  slug: 'offers',
  labels: { singular: 'Offre de service', plural: 'Offres de service' },
  admin: {
    group: 'Offres et demandes',
    useAsTitle: 'title',
    defaultColumns: ['title', 'partner', 'theme', 'territory', 'status', 'pausedUntil', 'contactDelayDays'],
    baseFilter: selectedTerritoryFilter('territory'),
    listSearchableFields: ['title', 'summary'],
    components: {
      beforeList: ['@/admin/workflows/offers/OffersListBanner#OffersListBanner'],
      edit: { beforeDocumentControls: ['@/admin/workflows/offers/OfferControls#OfferControls'] },
    },
  },
  // Drafts: the live document is the validated one; a partner's edit of a published offer waits as a draft
  // version (see hooks/routeOfferWrites). Drafts are validated like the live document.
  versions: { maxPerDoc: 30, drafts: { validate: true } },
  access: {
    // The public: published offers served in an open territory, never a draft version (`publicOffersWhere`).
    // Also the animators of the other territories where it is proposed (`offer-territories`).
    read: orProposedInTerritories(publicOrInPerimeter((req) => publicOffersWhere(req.payload, { req }), { territory: 'territory', partner: 'partner' })),
    create: hasRole('admin', 'animator', 'partner'),
    update: partnerMayNotPublish(inPerimeter({ territory: 'territory', partner: 'partner' })),
    delete: ownDraftsOrTerritoryStaff,
    // The history holds every past state, drafts included: the organisation and its territory's staff only.
    readVersions: inPerimeter({ territory: 'version.territory', partner: 'version.partner' }),
  },
  hooks: {
    beforeOperation: [routeOfferWrites],
    beforeValidate: [applyPartnerDefaults],
    beforeChange: [keepWithinPerimeter({ territory: 'territory', partner: 'partner' }), validateOffer, markLiveWrites],
    afterChange: [applyLiveNotificationEmails],
  },
  fields: [
    { name: 'title', label: 'Intitulé', type: 'text', required: true, minLength: 3, maxLength: 150 },
    {
      name: 'summary',
      label: 'Résumé',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'Deux phrases simples, affichées dans les résultats.' },
    },
    { name: 'description', label: 'Description', type: 'richText', validate: validateRichText },
    {
      name: 'benefits',
      label: 'Ce que le jeune obtient',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'Concrètement : un rendez-vous, un accompagnement, une aide financière…' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'partner',
          label: 'Organisme',
          type: 'relationship',
          relationTo: 'partners',
          required: true,
          index: true,
          filterOptions: partnerPicker,
          // A partner professional's own organisation (src/access/pickers.ts).
          defaultValue: defaultPartner as never,
        },
        {
          name: 'territory',
          label: 'Territoire',
          type: 'relationship',
          relationTo: 'territories',
          required: true,
          index: true,
          filterOptions: territoryPicker,
          // The animator's chosen or only territory; a partner's only territory under charter.
          defaultValue: defaultTerritory as never,
        },
      ],
    },
    {
      name: 'offerTerritories',
      label: 'Proposée aussi dans',
      type: 'join',
      collection: 'offer-territories',
      on: 'offer',
      defaultLimit: 20,
      admin: {
        defaultColumns: ['territory', 'status', 'decidedAt'],
        description: 'Les autres territoires où l’organisme a une charte signée et propose cette offre ; l’animation de chacun la valide pour son territoire.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'theme', label: 'Thème', type: 'relationship', relationTo: 'themes', required: true, index: true, filterOptions: offerThemePicker },
        {
          name: 'subTheme',
          label: 'Sous-thème',
          type: 'text',
          // A list of the chosen theme's sub-themes by name, storing the slug (src/admin/fields/SubThemeField.tsx).
          admin: { components: { Field: '@/admin/fields/SubThemeField#SubThemeField' } },
        },
      ],
    },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'brouillon',
      options: [...OFFER_STATUSES],
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewComment',
      label: 'Commentaire de validation',
      type: 'textarea',
      maxLength: 2000,
      access: { read: ownTeamAndStaffOnly, create: staffField(['admin', 'animator']), update: staffField(['admin', 'animator']) },
      admin: { position: 'sidebar' },
    },
    // Set by the validateOffer hook only (hook values are kept; field access only filters what callers send).
    { name: 'publishedAt', label: 'Publiée le', type: 'date', access: setByHooksOnly, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'reviewedAt',
      label: 'Vérifiée le',
      type: 'date',
      access: setByHooksOnly,
      admin: { position: 'sidebar', readOnly: true, description: 'Dernière mise à jour par l’organisme.' },
    },
    withFieldComponent(
      contactDelayField({
        name: 'contactDelayDays',
        label: 'Délai de recontact (jours)',
        description: 'L’organisme s’engage à contacter le jeune sous ce délai (1 à 7 jours). Prérempli avec celui de l’organisme.',
        defaultValue: null,
      }),
      // Prefilled in the form with the organisation's default as soon as it is chosen.
      '@/admin/fields/PartnerContactDelayField#PartnerContactDelayField',
    ),
    {
      name: 'notificationEmails',
      label: 'Courriels à prévenir pour chaque demande',
      type: 'array',
      minRows: 1,
      maxRows: 5,
      labels: { singular: 'Courriel', plural: 'Courriels' },
      access: { read: ownTeamAndStaffOnly },
      fields: [{ name: 'email', label: 'Courriel', type: 'email', required: true }],
    },
    {
      name: 'location',
      label: 'Lieu',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'address', label: 'Adresse', type: 'text', maxLength: 200 },
            { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes' },
          ],
        },
        { name: 'remote', label: 'Possible à distance (téléphone, visio)', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'coverage',
      label: 'Communes concernées',
      type: 'group',
      fields: [
        {
          name: 'mode',
          label: 'Zone',
          type: 'select',
          defaultValue: 'territory',
          options: [
            { label: 'Tout le territoire', value: 'territory' },
            { label: 'Certaines communes du territoire', value: 'communes' },
          ],
        },
        {
          name: 'communes',
          label: 'Communes',
          type: 'relationship',
          relationTo: 'communes',
          hasMany: true,
          admin: { condition: (_, sibling) => sibling?.mode === 'communes' },
        },
      ],
    },
    {
      name: 'rules',
      label: "Conditions d'accès",
      type: 'array',
      labels: { singular: 'Condition', plural: 'Conditions' },
      admin: {
        description:
          'Toutes les conditions doivent être remplies (« et ») ; une condition peut avoir des alternatives (« ou bien ») : elle est remplie si l’une d’elles l’est. Un critère sans condition veut dire « tout le monde ». Pour un nombre (âge), indiquez un minimum et/ou un maximum ; pour un choix, les réponses acceptées.',
      },
      fields: [
        ...ruleConditionFields,
        {
          name: 'anyOf',
          label: 'ou bien…',
          type: 'array',
          labels: { singular: 'Alternative « ou »', plural: 'Alternatives « ou »' },
          admin: { description: 'Facultatif : la condition est aussi remplie si l’une de ces alternatives l’est.' },
          fields: ruleConditionFields,
        },
      ],
    },
    // Payload's drafts field (added by `versions.drafts`), declared only to name its enum apart from the
    // `status` field's (both would be `enum_offers_status`); Payload merges its own definition into this one.
    { name: '_status', type: 'select', options: [], enumName: ({ tableName }) => `enum_${tableName}_publication` },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', label: 'Valable à partir du', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'validUntil', label: "Valable jusqu'au", type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'pausedUntil',
      label: 'Complet jusqu’au',
      type: 'date',
      access: setByHooksOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayOnly' },
        description: 'L’offre ne reçoit aucune demande jusqu’à cette date incluse (« Mettre en pause »).',
        components: { Cell: '@/admin/workflows/offers/PauseCell#PauseCell' },
      },
    },
    {
      name: 'pauseLog',
      label: 'Pauses',
      type: 'array',
      access: setByHooksOnly,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', label: 'Date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'by', label: 'Par', type: 'relationship', relationTo: 'users' },
            {
              name: 'action',
              label: 'Action',
              type: 'select',
              required: true,
              options: [
                { label: 'Mise en pause', value: 'pause' },
                { label: 'Reprise', value: 'resume' },
              ],
            },
            { name: 'until', label: 'Jusqu’au', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
  ],
}
