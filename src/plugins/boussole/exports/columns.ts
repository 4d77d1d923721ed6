import { LEAD_OUTCOMES, LEAD_STATUSES } from '@/domain/leads/leadStatus'
import { formatRules } from '@/domain/matching/rulesText'
import { OFFER_STATUSES } from '@/domain/offers/offerStatuses'
import { PARTNER_TYPES } from '@/domain/partners/partnerTypes'
import type { CellValue } from '@/domain/shared/csv'
import { parisDateTime, parisDay } from '@/domain/shared/frenchDates'
import { richTextToPlainText } from '@/domain/shared/richTextToPlainText'
import type { Lead, Offer, Partner } from '@/payload-types'

export type ExportValue = CellValue | string[]

/**
 * One exported column: `key` names it in JSON, `label` (French) in CSV. `value` reads the document as the
 * requesting user received it from the access-controlled `find`: a field they may not read is simply
 * absent, so its cell stays empty. `csv` gives a human version (labels instead of codes) when needed.
 */
export interface ExportColumn<T> {
  key: string
  label: string
  value: (doc: T) => ExportValue
  csv?: (doc: T) => CellValue
}

const field = (value: unknown, name: string): string | null =>
  value && typeof value === 'object' && name in value ? ((value as Record<string, unknown>)[name] as string | null) : null
const nameOf = (value: unknown) => field(value, 'name')
const codeOf = (value: unknown) => field(value, 'code')
const codesOf = (values: unknown): string[] => (Array.isArray(values) ? values.map(codeOf).filter((code): code is string => Boolean(code)) : [])

const labelIn =
  (options: readonly { value: string; label: string }[]) =>
  (value: string | null | undefined): string | null =>
    value ? (options.find((option) => option.value === value)?.label ?? value) : null

/** '2026-11-26' (Paris). */
export const exportDate = (value: string | null | undefined): string | null => (value ? parisDay(value) : null)

/** '2026-11-26 14:05' (Paris). */
export const exportDateTime = (value: string | null | undefined): string | null => (value ? parisDateTime(value) : null)

const offerStatus = labelIn(OFFER_STATUSES)
const partnerType = labelIn(PARTNER_TYPES)
const leadStatus = labelIn(LEAD_STATUSES)
const leadOutcome = labelIn(LEAD_OUTCOMES)

export const OFFER_COLUMNS: ExportColumn<Offer>[] = [
  { key: 'id', label: 'ID', value: (offer) => offer.id },
  { key: 'title', label: 'Intitulé', value: (offer) => offer.title },
  { key: 'summary', label: 'Résumé', value: (offer) => offer.summary },
  { key: 'description', label: 'Description', value: (offer) => richTextToPlainText(offer.description) || null },
  { key: 'benefits', label: 'Ce que le jeune obtient', value: (offer) => offer.benefits },
  { key: 'partner', label: 'Organisme', value: (offer) => nameOf(offer.partner) },
  { key: 'partnerSiret', label: 'SIRET de l’organisme', value: (offer) => field(offer.partner, 'siret') },
  { key: 'territory', label: 'Territoire', value: (offer) => nameOf(offer.territory) },
  { key: 'theme', label: 'Thème', value: (offer) => nameOf(offer.theme) },
  { key: 'subTheme', label: 'Sous-thème', value: (offer) => offer.subTheme },
  { key: 'status', label: 'Statut', value: (offer) => offer.status, csv: (offer) => offerStatus(offer.status) },
  { key: 'contactDelayDays', label: 'Délai de recontact (jours)', value: (offer) => offer.contactDelayDays },
  { key: 'notificationEmails', label: 'Courriels à prévenir', value: (offer) => (offer.notificationEmails ?? []).map((row) => row.email) },
  { key: 'address', label: 'Adresse', value: (offer) => offer.location?.address },
  { key: 'commune', label: 'Commune (code INSEE)', value: (offer) => codeOf(offer.location?.commune) },
  { key: 'remote', label: 'À distance', value: (offer) => offer.location?.remote === true },
  {
    key: 'coverageCommunes',
    label: 'Communes concernées (codes INSEE)',
    value: (offer) => (offer.coverage?.mode === 'communes' ? codesOf(offer.coverage.communes) : []),
  },
  { key: 'rules', label: 'Conditions', value: (offer) => formatRules(offer.rules ?? []) || null },
  { key: 'validFrom', label: 'Valable à partir du', value: (offer) => offer.validFrom ?? null, csv: (offer) => exportDate(offer.validFrom) },
  { key: 'validUntil', label: 'Valable jusqu’au', value: (offer) => offer.validUntil ?? null, csv: (offer) => exportDate(offer.validUntil) },
  { key: 'publishedAt', label: 'Publiée le', value: (offer) => offer.publishedAt ?? null, csv: (offer) => exportDateTime(offer.publishedAt) },
  { key: 'updatedAt', label: 'Modifiée le', value: (offer) => offer.updatedAt, csv: (offer) => exportDateTime(offer.updatedAt) },
]

export const PARTNER_COLUMNS: ExportColumn<Partner>[] = [
  { key: 'id', label: 'ID', value: (partner) => partner.id },
  { key: 'name', label: 'Nom', value: (partner) => partner.name },
  { key: 'siret', label: 'SIRET', value: (partner) => partner.siret },
  { key: 'type', label: 'Type de structure', value: (partner) => partner.type, csv: (partner) => partnerType(partner.type) },
  { key: 'description', label: 'Présentation', value: (partner) => partner.description },
  { key: 'address', label: 'Adresse', value: (partner) => partner.address },
  { key: 'commune', label: 'Commune (code INSEE)', value: (partner) => codeOf(partner.commune) },
  { key: 'contactsPublic', label: 'Coordonnées visibles publiquement', value: (partner) => partner.contactsPublic === true },
  { key: 'publicPhone', label: 'Téléphone d’accueil', value: (partner) => partner.publicPhone },
  { key: 'publicEmail', label: 'Courriel d’accueil', value: (partner) => partner.publicEmail },
  { key: 'website', label: 'Site internet', value: (partner) => partner.website },
  { key: 'defaultContactDelayDays', label: 'Délai de recontact par défaut (jours)', value: (partner) => partner.defaultContactDelayDays },
  { key: 'professionalContactName', label: 'Contact professionnel : nom', value: (partner) => partner.professionalContact?.name },
  { key: 'professionalContactEmail', label: 'Contact professionnel : courriel', value: (partner) => partner.professionalContact?.email },
  { key: 'professionalContactPhone', label: 'Contact professionnel : téléphone', value: (partner) => partner.professionalContact?.phone },
  {
    key: 'territories',
    label: 'Territoires',
    value: (partner) => (partner.territories ?? []).map(nameOf).filter((name): name is string => Boolean(name)),
  },
  {
    key: 'competenceCommunes',
    label: 'Compétence (codes INSEE)',
    value: (partner) => (partner.competence?.scope === 'communes' ? codesOf(partner.competence.communes) : []),
  },
  { key: 'updatedAt', label: 'Modifié le', value: (partner) => partner.updatedAt, csv: (partner) => exportDateTime(partner.updatedAt) },
]

/** Columns that identify the request or the young person: left out of the anonymised export. */
export const LEAD_IDENTIFYING_KEYS = ['id', 'reference', 'email', 'phone'] as const

export const LEAD_COLUMNS: ExportColumn<Lead>[] = [
  { key: 'id', label: 'ID', value: (lead) => lead.id },
  { key: 'reference', label: 'Référence', value: (lead) => lead.reference },
  { key: 'createdAt', label: 'Reçue le', value: (lead) => lead.createdAt, csv: (lead) => exportDateTime(lead.createdAt) },
  { key: 'offer', label: 'Offre', value: (lead) => field(lead.offer, 'title') },
  { key: 'partner', label: 'Organisme', value: (lead) => nameOf(lead.partner) },
  { key: 'territory', label: 'Territoire', value: (lead) => nameOf(lead.territory) },
  { key: 'theme', label: 'Thème', value: (lead) => nameOf(lead.theme) },
  { key: 'commune', label: 'Commune (code INSEE)', value: (lead) => codeOf(lead.commune) },
  { key: 'communeName', label: 'Commune', value: (lead) => nameOf(lead.commune) },
  { key: 'status', label: 'Statut', value: (lead) => lead.status, csv: (lead) => leadStatus(lead.status) },
  { key: 'outcome', label: 'Suite donnée', value: (lead) => lead.outcome ?? null, csv: (lead) => leadOutcome(lead.outcome) },
  { key: 'contactDelayDays', label: 'Délai promis (jours)', value: (lead) => lead.contactDelayDays },
  { key: 'dueAt', label: 'À recontacter avant le', value: (lead) => lead.dueAt ?? null, csv: (lead) => exportDateTime(lead.dueAt) },
  { key: 'overdue', label: 'Hors délai', value: (lead) => lead.overdue === true },
  { key: 'takenAt', label: 'Prise en charge le', value: (lead) => lead.timeline?.takenAt ?? null, csv: (lead) => exportDateTime(lead.timeline?.takenAt) },
  { key: 'closedAt', label: 'Clôturée le', value: (lead) => lead.timeline?.closedAt ?? null, csv: (lead) => exportDateTime(lead.timeline?.closedAt) },
  {
    key: 'contactedAccordingToYoungPerson',
    label: 'Le jeune dit avoir été contacté',
    value: (lead) => lead.timeline?.contactedAccordingToYoungPerson ?? null,
  },
  {
    key: 'anonymizedAt',
    label: 'Données personnelles effacées le',
    value: (lead) => lead.timeline?.anonymizedAt ?? null,
    csv: (lead) => exportDateTime(lead.timeline?.anonymizedAt),
  },
  { key: 'email', label: 'Courriel du jeune', value: (lead) => lead.contact?.email },
  { key: 'phone', label: 'Téléphone du jeune', value: (lead) => lead.contact?.phone },
]
