import type { Payload } from 'payload'

import { parseRules } from '@/domain/matching/rulesText'
import { OFFER_STATUSES } from '@/domain/offers/offerStatuses'
import { PARTNER_TYPES } from '@/domain/partners/partnerTypes'
import { normalizeSiret } from '@/domain/partners/validateSiret'
import { quoteAll } from '@/domain/shared/frenchText'
import { idsOf } from '@/domain/shared/ids'
import { plainTextToRichText } from '@/domain/shared/plainTextToRichText'
import type { Theme } from '@/payload-types'

import type { RowReader } from './cells'
import { normalizeHeader, type ImportKind } from './columns'

/** What the lines refer to, loaded once for the whole file. */
export interface ImportLookups {
  territory: { id: number; name: string; coveredCommunes: Set<number> }
  communeIdByCode: Map<string, number>
  themes: Pick<Theme, 'id' | 'name' | 'slug' | 'subThemes'>[]
  /** Existing organisations by normalised SIRET. */
  partnersBySiret: Map<string, { id: number; name: string; territories: number[] }>
}

const COMMUNE_COLUMNS = ['commune', 'coverageCommunes', 'competenceCommunes']
const siretKey = (value: string): string => normalizeSiret(value) ?? value.replace(/\s/g, '')

export async function loadLookups(
  payload: Payload,
  territory: ImportLookups['territory'],
  readers: readonly RowReader[],
  kind: ImportKind,
): Promise<ImportLookups> {
  const codes = [...new Set(readers.flatMap((reader) => COMMUNE_COLUMNS.flatMap((key) => reader.list(key))))]
  const sirets = [...new Set(readers.map((reader) => siretKey(reader.text(kind === 'offers' ? 'partnerSiret' : 'siret'))).filter(Boolean))]
  const system = { overrideAccess: true, depth: 0, pagination: false } as const
  const [communes, themes, partners] = await Promise.all([
    codes.length ? payload.find({ collection: 'communes', where: { code: { in: codes } }, select: { code: true }, ...system }) : { docs: [] },
    payload.find({ collection: 'themes', select: { name: true, slug: true, subThemes: true }, ...system }),
    sirets.length
      ? payload.find({
          collection: 'partners',
          where: { siret: { in: sirets } },
          select: { name: true, siret: true, territories: true },
          joins: false,
          ...system,
        })
      : { docs: [] },
  ])
  return {
    territory,
    communeIdByCode: new Map(communes.docs.map((commune) => [commune.code, commune.id])),
    themes: themes.docs,
    partnersBySiret: new Map(partners.docs.map((partner) => [partner.siret, { id: partner.id, name: partner.name, territories: idsOf(partner.territories) }])),
  }
}

function communeIds(reader: RowReader, lookups: ImportLookups, key: string, insideTerritory: boolean): number[] {
  const ids: number[] = []
  const unknown: string[] = []
  const outside: string[] = []
  for (const code of reader.list(key)) {
    const id = lookups.communeIdByCode.get(code)
    if (id === undefined) unknown.push(code)
    else if (insideTerritory && !lookups.territory.coveredCommunes.has(id)) outside.push(code)
    else ids.push(id)
  }
  if (unknown.length) reader.fail(key, `Commune inconnue : code INSEE ${quoteAll(unknown)} (5 caractères, ex. 46042 pour Cahors).`)
  if (outside.length) reader.fail(key, `${quoteAll(outside)} hors du territoire « ${lookups.territory.name} ».`)
  return ids
}

/** A select value given by its code or its French label. */
function option<T extends string>(reader: RowReader, key: string, options: readonly { value: T; label: string }[], what: string): T | undefined {
  const value = reader.text(key)
  if (!value) return undefined
  const wanted = normalizeHeader(value)
  const found = options.find((candidate) => normalizeHeader(candidate.value) === wanted || normalizeHeader(candidate.label) === wanted)
  if (!found) reader.fail(key, `${what} inconnu « ${value} » : choisissez parmi ${options.map((candidate) => candidate.label).join(', ')}.`)
  return found?.value
}

/** The offer data of one line, as the collection expects it; unresolved references are reported on the line. */
export function toOfferData(reader: RowReader, lookups: ImportLookups): Record<string, unknown> {
  const siret = reader.text('partnerSiret')
  const partner = siret ? lookups.partnersBySiret.get(siretKey(siret)) : undefined
  if (siret && !partner) reader.fail('partnerSiret', `Aucun organisme avec le SIRET « ${siret} » : importez d’abord les organismes.`)
  if (partner && !partner.territories.includes(lookups.territory.id)) {
    reader.fail('partnerSiret', `L’organisme « ${partner.name} » ne fait pas partie du réseau du territoire « ${lookups.territory.name} ».`)
  }

  const themeText = reader.text('theme')
  const theme = themeText
    ? lookups.themes.find((candidate) => candidate.slug === themeText || normalizeHeader(candidate.name) === normalizeHeader(themeText))
    : undefined
  if (themeText && !theme)
    reader.fail('theme', `Thème inconnu « ${themeText} » : choisissez parmi ${lookups.themes.map((candidate) => candidate.name).join(', ')}.`)
  const subThemeText = reader.text('subTheme')
  // Names are turned into identifiers; anything else is left to the collection, which names the valid ones.
  const subTheme = subThemeText
    ? (theme?.subThemes?.find((row) => row.slug === subThemeText || normalizeHeader(row.name) === normalizeHeader(subThemeText))?.slug ?? subThemeText)
    : undefined

  const { rules, errors: ruleErrors } = parseRules(reader.text('rules'))
  for (const message of ruleErrors) reader.fail('rules', message)
  const emails = reader.list('notificationEmails')
  const [communeId] = communeIds(reader, lookups, 'commune', false)
  const coverage = communeIds(reader, lookups, 'coverageCommunes', true)
  const description = reader.text('description')

  return {
    title: reader.optional('title'),
    summary: reader.optional('summary'),
    description: description ? plainTextToRichText(description) : undefined,
    benefits: reader.optional('benefits'),
    partner: partner?.id,
    territory: lookups.territory.id,
    theme: theme?.id,
    subTheme,
    status: option(reader, 'status', OFFER_STATUSES, 'Statut') ?? 'brouillon',
    contactDelayDays: reader.integer('contactDelayDays'),
    notificationEmails: emails.length ? emails.map((email) => ({ email })) : undefined,
    location: { address: reader.optional('address'), commune: communeId, remote: reader.boolean('remote') ?? false },
    coverage: reader.list('coverageCommunes').length ? { mode: 'communes', communes: coverage } : { mode: 'territory' },
    rules,
    validFrom: reader.date('validFrom'),
    validUntil: reader.date('validUntil'),
  }
}

/** The organisation data of one line; it joins the territory's network. */
export function toPartnerData(reader: RowReader, lookups: ImportLookups, siretLines: Map<string, number>): Record<string, unknown> {
  const siret = reader.text('siret')
  if (siret) {
    const key = siretKey(siret)
    const existing = lookups.partnersBySiret.get(key)
    const firstLine = siretLines.get(key)
    if (existing) reader.fail('siret', `Un organisme avec ce SIRET existe déjà (« ${existing.name} ») : ajoutez-le au territoire depuis sa fiche.`)
    else if (firstLine !== undefined && firstLine !== reader.record.line) reader.fail('siret', `Ce SIRET figure déjà ligne ${firstLine}.`)
    else siretLines.set(key, reader.record.line)
  }
  const [communeId] = communeIds(reader, lookups, 'commune', false)
  const competence = communeIds(reader, lookups, 'competenceCommunes', true)
  const professionalContact = {
    name: reader.optional('professionalContactName'),
    email: reader.optional('professionalContactEmail'),
    phone: reader.optional('professionalContactPhone'),
  }
  return {
    name: reader.optional('name'),
    siret: siret || undefined,
    type: option(reader, 'type', PARTNER_TYPES, 'Type de structure'),
    description: reader.optional('description'),
    address: reader.optional('address'),
    commune: communeId,
    contactsPublic: reader.boolean('contactsPublic') ?? false,
    publicPhone: reader.optional('publicPhone'),
    publicEmail: reader.optional('publicEmail'),
    website: reader.optional('website'),
    defaultContactDelayDays: reader.integer('defaultContactDelayDays'),
    professionalContact,
    territories: [lookups.territory.id],
    competence: reader.list('competenceCommunes').length ? { scope: 'communes', communes: competence } : { scope: 'territory' },
  }
}

/** Collection field path → import column, per kind (array indexes dropped: `rules.0.criterion` → `rules`). */
const FIELD_COLUMNS: Record<ImportKind, Record<string, string>> = {
  offers: {
    partner: 'partnerSiret',
    'location.address': 'address',
    'location.commune': 'commune',
    'location.remote': 'remote',
    coverage: 'coverageCommunes',
  },
  partners: {
    'professionalContact.name': 'professionalContactName',
    'professionalContact.email': 'professionalContactEmail',
    'professionalContact.phone': 'professionalContactPhone',
    competence: 'competenceCommunes',
    territories: 'territory',
  },
}

export function columnOfPath(kind: ImportKind, path: string): string {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part))
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('.')
    if (FIELD_COLUMNS[kind][prefix]) return FIELD_COLUMNS[kind][prefix]
  }
  return parts[0] ?? 'ligne'
}
