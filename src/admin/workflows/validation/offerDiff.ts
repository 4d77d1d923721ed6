import type { Payload } from 'payload'

import { formatShortDate } from '@/domain/shared/frenchDates'
import { idOf } from '@/domain/shared/ids'
import { richTextToPlainText } from '@/domain/shared/richTextToPlainText'
import type { Offer } from '@/payload-types'

export interface DiffRow {
  field: string
  label: string
  before: string
  after: string
  changed: boolean
}

type Names = { themes?: Map<number, string>; communes?: Map<number, string> }

type RuleRow = { criterion: string; values?: string[] | null; min?: number | null; max?: number | null }

function formatCondition(rule: RuleRow): string {
  const parts = [rule.values?.length ? rule.values.join(', ') : null, rule.min != null ? `min ${rule.min}` : null, rule.max != null ? `max ${rule.max}` : null]
  return `${rule.criterion} : ${parts.filter(Boolean).join(', ') || 'tous'}`
}

function formatRules(rules: Offer['rules']): string {
  return (rules ?? []).map((rule) => [rule, ...(rule.anyOf ?? [])].map(formatCondition).join(' ou ')).join('\n')
}

const named = (map: Map<number, string> | undefined, value: unknown) => {
  const id = idOf(value)
  return id === null ? '' : (map?.get(id) ?? `n° ${id}`)
}

/** What a young person and the network read of an offer, field by field, as text. */
function describe(offer: Partial<Offer>, names: Names): Record<string, [string, string]> {
  return {
    title: ['Intitulé', offer.title ?? ''],
    summary: ['Résumé', offer.summary ?? ''],
    description: ['Description', richTextToPlainText(offer.description)],
    benefits: ['Ce que le jeune obtient', offer.benefits ?? ''],
    theme: ['Thème', named(names.themes, offer.theme)],
    subTheme: ['Sous-thème', offer.subTheme ?? ''],
    contactDelayDays: ['Délai de recontact', offer.contactDelayDays ? `${offer.contactDelayDays} jour(s)` : ''],
    notificationEmails: ['Courriels prévenus', (offer.notificationEmails ?? []).map((row) => row.email).join(', ')],
    location: [
      'Lieu',
      [offer.location?.address, named(names.communes, offer.location?.commune), offer.location?.remote ? 'possible à distance' : null]
        .filter(Boolean)
        .join(' — '),
    ],
    coverage: [
      'Communes concernées',
      offer.coverage?.mode === 'communes' ? (offer.coverage.communes ?? []).map((commune) => named(names.communes, commune)).join(', ') : 'Tout le territoire',
    ],
    rules: ["Conditions d'accès", formatRules(offer.rules)],
    validity: [
      'Validité',
      [offer.validFrom ? `du ${formatShortDate(offer.validFrom)}` : null, offer.validUntil ? `au ${formatShortDate(offer.validUntil)}` : null]
        .filter(Boolean)
        .join(' '),
    ],
  }
}

/** The submitted offer against its last published version (`before` empty when it was never published). */
export function offerDiff(published: Partial<Offer> | null, submitted: Partial<Offer>, names: Names = {}): DiffRow[] {
  const after = describe(submitted, names)
  const before = published ? describe(published, names) : null
  return Object.entries(after).map(([field, [label, value]]) => {
    const previous = before?.[field]?.[1] ?? ''
    return { field, label, before: previous, after: value, changed: before !== null && previous !== value }
  })
}

/**
 * The offer as the public sees it: its live document while it is published (a pending edit is compared to
 * it), otherwise as it was last published (from the `_offers_v` versions); null if it never was.
 */
export async function lastPublishedVersion(payload: Payload, offerId: number): Promise<{ version: Partial<Offer>; updatedAt: string } | null> {
  const live = await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true, disableErrors: true })
  if (live?.status === 'publiee') return { version: live, updatedAt: live.updatedAt }
  const { docs } = await payload.findVersions({
    collection: 'offers',
    where: { and: [{ parent: { equals: offerId } }, { 'version.status': { equals: 'publiee' } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const latest = docs[0]
  return latest ? { version: latest.version as Partial<Offer>, updatedAt: latest.updatedAt } : null
}

/** Names of the themes and communes an offer's diff mentions. */
export async function diffNames(payload: Payload, offers: Partial<Offer>[]): Promise<Names> {
  const themeIds = new Set<number>()
  const communeIds = new Set<number>()
  for (const offer of offers) {
    const theme = idOf(offer.theme)
    if (theme !== null) themeIds.add(theme)
    const commune = idOf(offer.location?.commune)
    if (commune !== null) communeIds.add(commune)
    for (const entry of offer.coverage?.communes ?? []) {
      const id = idOf(entry)
      if (id !== null) communeIds.add(id)
    }
  }
  const [themes, communes] = await Promise.all([
    themeIds.size
      ? payload.find({ collection: 'themes', where: { id: { in: [...themeIds] } }, pagination: false, depth: 0, select: { name: true } })
      : { docs: [] },
    communeIds.size
      ? payload.find({ collection: 'communes', where: { id: { in: [...communeIds] } }, pagination: false, depth: 0, select: { label: true, name: true } })
      : { docs: [] },
  ])
  return {
    themes: new Map(themes.docs.map((theme) => [theme.id, (theme as { name: string }).name])),
    communes: new Map(
      communes.docs.map((commune) => [commune.id, (commune as { label?: string | null; name: string }).label ?? (commune as { name: string }).name]),
    ),
  }
}
