import type { CollectionConfig } from 'payload'

import { territoryPicker } from '@/access/pickers'
import { hasRole, inPerimeter, rolesInPerimeter, setByHooksOnly } from '@/access/policies'
import { selectedTerritoryFilter } from '@/access/selectedTerritory'
import { OFFER_TERRITORY_STATUSES } from '@/domain/offers/offerTerritories'

import { announceDecision } from './announceDecision'
import { checkOfferTerritory } from './checkOfferTerritory'
import { homeOrTargetTerritory } from './homeOrTargetTerritory'

/**
 * An offer offered in a territory other than its own (« Proposée aussi dans »): one row per territory, so the
 * offer is not duplicated. The organisation proposes it where it holds a signed charter; that territory's
 * animation (or an administrator) validates or refuses it for that territory only. Rules:
 * `src/domain/offers/offerTerritories.ts`. The public catalogue serves a published offer in every territory
 * that validated it; leads, statistics and perimeters stay those of the territory of the young person's search.
 */
export const OfferTerritories: CollectionConfig = {
  slug: 'offer-territories',
  labels: { singular: 'Offre proposée dans un autre territoire', plural: 'Offres proposées dans d’autres territoires' },
  admin: {
    group: 'Offres et demandes',
    useAsTitle: 'title',
    defaultColumns: ['title', 'partner', 'territory', 'status', 'decidedAt'],
    baseFilter: selectedTerritoryFilter('territory'),
    description:
      'Une offre d’un organisme présent dans plusieurs territoires, proposée dans un autre que le sien : l’animation de ce territoire la valide (ou la refuse) pour son territoire.',
  },
  access: {
    // The territory's staff, the staff of the offer's own territory, and the organisation.
    read: homeOrTargetTerritory,
    // Who may propose what is decided by `checkOfferTerritory` (a signed charter, the offer's own organisation).
    create: hasRole('admin', 'animator', 'partner'),
    // Deciding: the territory's animation only.
    update: rolesInPerimeter(['admin', 'animator'], { territory: 'territory' }),
    // Withdrawing: the organisation, or the territory's staff.
    delete: inPerimeter({ territory: 'territory', partner: 'partner' }),
  },
  hooks: { beforeChange: [checkOfferTerritory], afterChange: [announceDecision] },
  fields: [
    { name: 'title', label: 'Intitulé', type: 'text', admin: { readOnly: true } },
    { name: 'offer', label: 'Offre', type: 'relationship', relationTo: 'offers', required: true, index: true },
    {
      name: 'territory',
      label: 'Territoire où elle est proposée',
      type: 'relationship',
      relationTo: 'territories',
      required: true,
      index: true,
      filterOptions: territoryPicker,
    },
    {
      name: 'status',
      label: 'Décision',
      type: 'select',
      required: true,
      defaultValue: 'en_attente',
      options: [...OFFER_TERRITORY_STATUSES],
      index: true,
      admin: { description: 'Réservée à l’animation du territoire où l’offre est proposée.' },
    },
    { name: 'comment', label: 'Commentaire de l’animation', type: 'textarea', maxLength: 2000 },
    // Copied from the offer by `checkOfferTerritory` (read access and lists; Where queries cannot reach the offer).
    {
      name: 'partner',
      label: 'Organisme',
      type: 'relationship',
      relationTo: 'partners',
      index: true,
      access: setByHooksOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'homeTerritory',
      label: 'Territoire d’origine de l’offre',
      type: 'relationship',
      relationTo: 'territories',
      index: true,
      access: setByHooksOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'decidedBy',
      label: 'Décidée par',
      type: 'relationship',
      relationTo: 'users',
      access: setByHooksOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'decidedAt',
      label: 'Décidée le',
      type: 'date',
      access: setByHooksOnly,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
