import { formatFrenchPhone, toE164 } from '../contact/phone'
import { isValidEmail } from '../contact/validateEmail'
import { isValidSiret, normalizeSiret } from '../partners/validateSiret'
import type { Question } from '../questionnaire/types'
import { quote, quoteAll } from '../shared/frenchText'
import { plainTextToRichText } from '../shared/plainTextToRichText'
import { coverageFromZone, type TerritoryCommune } from './coverageFromZone'
import { inSentence, type SourceRecord } from './dataInclusionRecords'
import { validateDataInclusionService, validateDataInclusionStructure, type SchemaError } from './dataInclusionSchema'
import { RESEAUX_BY_PARTNER_TYPE } from './reseauxPorteurs'
import { rulesFromPublics } from './rulesFromPublics'
import { themeFromThematiques } from './themeFromThematiques'

/**
 * What importing a data·inclusion v1 file into a territory would do, line by line: the organisations to
 * create or to match by SIRET, the offer drafts, and every refusal in French. Pure: the plugin loads the
 * reference data, tries each line against the collections, and writes all of it or nothing.
 */

/** What the lines are checked against, loaded once for the whole file. */
export interface ImportReference {
  territory: { id: number; name: string; communes: readonly TerritoryCommune[]; themeSlugs: readonly string[] }
  themes: readonly { id: number; slug: string; name: string; subThemes?: readonly { slug: string; name: string }[] | null }[]
  /** Every commune named by the file (location of a service or a structure), by INSEE code. */
  communeIdByCode: ReadonlyMap<string, number>
  /** Existing organisations, by SIRET (14 digits). */
  partnersBySiret: ReadonlyMap<string, { id: number; name: string; inTerritory: boolean }>
  /** Titles (see `titleKey`) of the territory's offers, by organisation. */
  offerTitlesByPartner: ReadonlyMap<number, ReadonlySet<string>>
  /** The questions of the questionnaire that applies to a theme in the territory. */
  questionsFor: (themeId: number) => readonly Question[]
}

/** « créer », « rattacher » (to an existing organisation), « doublon », « déjà importé », « refusé ». */
export type LineOutcome = 'creer' | 'rattacher' | 'doublon' | 'deja-importe' | 'refuse'

export const LINE_OUTCOME_LABELS: Record<LineOutcome, string> = {
  creer: 'À créer',
  rattacher: 'Organisme existant',
  doublon: 'Doublon ignoré',
  'deja-importe': 'Déjà importé',
  refuse: 'Refusé',
}

export interface ImportLine {
  kind: SourceRecord['kind']
  where: string
  /** `source` and `id` of the line. */
  sourceId: string
  label: string
  outcome: LineOutcome
  /** Why it is refused or skipped (French sentences). */
  messages: string[]
  /** What the mapping did (theme, rules, zone…), to be read before committing. */
  notes: string[]
  /** A structure to create (the collection's data). */
  partner?: Record<string, unknown>
  /** An offer draft; its organisation is an existing one or the one a structure line creates. */
  offer?: { data: Record<string, unknown>; partner: { existingId: number } | { line: number } }
}

export const titleKey = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const SUMMARY_MAX = 300
const ADDRESS_MAX = 200
const PARTNER_DESCRIPTION_MAX = 2000

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
const truncate = (value: string, max: number): string => (value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`)
const cleanName = (name: string): string => name.replace(/[.\s]+$/, '')

/**
 * Schema faults in French. Tolerated on import: fields the schema does not know (producers add their own) and a
 * name ending with a full stop (removed).
 */
const TOLERATED = ['champ inconnu du schéma', 'ne doit pas se terminer par un point']
const schemaMessages = (errors: SchemaError[]): string[] =>
  errors.filter((error) => !TOLERATED.includes(error.message)).map((error) => `Champ « ${error.field} » : ${error.message}.`)

function partnerTypeOf(reseaux: readonly string[]): string {
  for (const [type, networks] of Object.entries(RESEAUX_BY_PARTNER_TYPE)) {
    if ((networks as readonly string[]).some((network) => reseaux.includes(network))) return type
  }
  return 'autre'
}

const phoneOf = (value: unknown): string | undefined => {
  const e164 = toE164(text(value))
  return e164 ? formatFrenchPhone(e164) : text(value) || undefined
}
const emailOf = (value: unknown): string | undefined => (isValidEmail(text(value)) ? text(value) : undefined)

function addressOf(row: Record<string, unknown>): string | undefined {
  const address = [text(row.adresse), text(row.complement_adresse)].filter(Boolean).join(', ')
  return address ? truncate(address, ADDRESS_MAX) : undefined
}

function partnerData(row: Record<string, unknown>, siret: string, reference: ImportReference): Record<string, unknown> {
  const email = emailOf(row.courriel)
  const phone = phoneOf(row.telephone)
  const description = text(row.description)
  return {
    name: truncate(cleanName(text(row.nom)), 150),
    siret,
    type: partnerTypeOf(list(row.reseaux_porteurs)),
    description: description ? truncate(description, PARTNER_DESCRIPTION_MAX) : undefined,
    address: addressOf(row),
    commune: reference.communeIdByCode.get(text(row.code_insee)),
    // Published by the producer, but shown on Boussole only once the organisation or the animation says so.
    contactsPublic: false,
    publicPhone: phone,
    publicEmail: email,
    website: text(row.site_web) || undefined,
    professionalContact: { email, phone },
    territories: [reference.territory.id],
    competence: { scope: 'territory' },
  }
}

function offerDescription(row: Record<string, unknown>, publicsInWords: string[]): string {
  const frais = text(row.frais) === 'gratuit' ? 'Gratuit.' : text(row.frais) === 'payant' ? 'Payant.' : ''
  return [
    text(row.description),
    publicsInWords.length ? `Publics : ${publicsInWords.join(', ')}.` : '',
    text(row.publics_precisions),
    text(row.conditions_acces) ? `Conditions d’accès : ${text(row.conditions_acces)}` : '',
    [frais, text(row.frais_precisions)].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join('\n\n')
}

/** The first sentences of the description that fit in the summary. */
function summaryOf(description: string): string {
  const flat = description.replace(/\s+/g, ' ').trim()
  if (flat.length <= SUMMARY_MAX) return flat
  const sentences = flat.match(/[^.!?]+[.!?]+/g) ?? []
  let summary = ''
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > SUMMARY_MAX) break
    summary += sentence
  }
  return summary.trim() || truncate(flat, SUMMARY_MAX)
}

interface Planned extends ImportLine {
  source: SourceRecord
  key: string
  siret?: string
  existing?: { id: number; name: string }
}

type PlannedFields = Omit<Planned, 'kind' | 'where' | 'source' | 'key'>

const keyOf = (row: Record<string, unknown>, idField = 'id'): string => `${text(row.source)}|${text(row[idField])}`

function planStructure(row: Record<string, unknown>, reference: ImportReference, earlier: Planned[]): PlannedFields {
  const base = { sourceId: text(row.id), label: text(row.nom), notes: [] as string[] }
  const refuse = (...messages: string[]) => ({ ...base, outcome: 'refuse' as const, messages })
  const faults = schemaMessages(validateDataInclusionStructure(row))
  if (faults.length) return refuse(...faults)
  const written = text(row.siret).replace(/\s/g, '')
  const siret = normalizeSiret(written) ?? written
  if (!siret) return refuse('Cette structure n’a pas de SIRET : Boussole reconnaît chaque organisme à son SIRET, complétez-le dans le fichier.')
  if (!isValidSiret(siret)) return refuse(`Le SIRET ${quote(siret)} n’est pas valide (clé de contrôle).`)
  const sameSiret = earlier.find((line) => line.kind === 'structure' && line.outcome !== 'refuse' && line.siret === siret)
  if (sameSiret) return { ...base, outcome: 'doublon' as const, messages: [`Même SIRET que ${inSentence(sameSiret.where)} : ligne ignorée.`] }
  const existing = reference.partnersBySiret.get(siret)
  if (existing && !existing.inTerritory) {
    return refuse(
      `L’organisme ${quote(existing.name)} (même SIRET) existe déjà sur Boussole mais ne fait pas partie du réseau du territoire ${quote(reference.territory.name)} : ajoutez-le au territoire depuis sa fiche, puis importez de nouveau.`,
    )
  }
  if (existing)
    return {
      ...base,
      siret,
      existing,
      outcome: 'rattacher' as const,
      messages: [],
      notes: [`Rapprochée par son SIRET de l’organisme ${quote(existing.name)} : rien n’est modifié sur sa fiche.`],
    }
  const partner = partnerData(row, siret, reference)
  return {
    ...base,
    siret,
    outcome: 'creer' as const,
    messages: [],
    partner,
    notes: [`Organisme à créer dans le réseau du territoire ${quote(reference.territory.name)}.`],
  }
}

function planService(row: Record<string, unknown>, reference: ImportReference, earlier: Planned[]): PlannedFields {
  const base = { sourceId: text(row.id), label: text(row.nom), notes: [] as string[] }
  const refuse = (...messages: string[]) => ({ ...base, outcome: 'refuse' as const, messages })
  const faults = schemaMessages(validateDataInclusionService(row))
  if (faults.length) return refuse(...faults)

  const structureKey = keyOf(row, 'structure_id')
  const structure = earlier.find((line) => line.kind === 'structure' && line.key === structureKey && line.outcome !== 'doublon')
  if (!structure) {
    return refuse(
      `Sa structure (identifiant ${quote(text(row.structure_id))}) n’est pas dans le fichier : importez les structures avec leurs services (fichier JSON { "structures", "services" }, ou les deux fichiers CSV ensemble).`,
    )
  }
  if (structure.outcome === 'refuse') return refuse(`Sa structure (${inSentence(structure.where)}) est refusée.`)
  const existingPartner = structure.existing
  const partnerRef = existingPartner ? { existingId: existingPartner.id } : { line: earlier.indexOf(structure) }
  const partnerName = existingPartner?.name ?? String(structure.partner?.name ?? structure.label)

  const thematiques = list(row.thematiques)
  const choice = themeFromThematiques(thematiques, (slug) => reference.territory.themeSlugs.includes(slug))
  if (!choice) {
    return refuse(
      thematiques.length
        ? `Aucune de ses thématiques (${quoteAll(thematiques)}) ne correspond à un thème de Boussole (${reference.themes.map((theme) => theme.name).join(', ')}).`
        : 'Ce service n’a pas de thématique : Boussole ne peut pas le ranger dans un thème.',
    )
  }
  const theme = reference.themes.find((candidate) => candidate.slug === choice.themeSlug)
  if (!theme) return refuse(`Le thème ${quote(choice.themeSlug)} n’existe pas sur Boussole.`)
  if (!reference.territory.themeSlugs.includes(theme.slug)) {
    return refuse(`Ce service relève du thème ${quote(theme.name)}, qui n’est pas ouvert sur le territoire ${quote(reference.territory.name)}.`)
  }

  if (existingPartner && reference.offerTitlesByPartner.get(existingPartner.id)?.has(titleKey(text(row.nom)))) {
    return {
      ...base,
      outcome: 'deja-importe' as const,
      messages: [`L’organisme ${quote(existingPartner.name)} a déjà une offre de ce nom sur le territoire : ligne ignorée.`],
    }
  }
  const sameTitle = earlier.find(
    (line) =>
      line.kind === 'service' &&
      line.outcome === 'creer' &&
      line.offer &&
      samePartner(line.offer.partner, partnerRef) &&
      titleKey(line.label) === titleKey(text(row.nom)),
  )
  if (sameTitle)
    return { ...base, outcome: 'doublon' as const, messages: [`Même service que ${inSentence(sameTitle.where)} (même structure, même nom) : ligne ignorée.`] }

  const zone = list(row.zone_eligibilite)
  const coverage = coverageFromZone(zone, reference.territory.communes)
  if (!coverage) return refuse(`Sa zone d’éligibilité (${quoteAll(zone)}) ne couvre aucune commune du territoire ${quote(reference.territory.name)}.`)

  const { rules, inWords } = rulesFromPublics(list(row.publics), reference.questionsFor(theme.id))
  const description = offerDescription(row, inWords)
  const email = emailOf(row.courriel)
  const communeId = reference.communeIdByCode.get(text(row.code_insee))
  const notes = [
    `Brouillon de ${quote(partnerName)}, thème ${quote(theme.name)}${choice.subTheme ? `, sous-thème ${quote(theme.subThemes?.find((row) => row.slug === choice.subTheme)?.name ?? choice.subTheme)}` : ''}.`,
    coverage.mode === 'territory' ? 'Zone : tout le territoire.' : `Zone : ${coverage.communes.length} commune(s) du territoire.`,
    rules.length ? `Conditions : ${rules.map((rule) => `${rule.criterion} = ${(rule.values ?? []).join(' ou ')}`).join(' ; ')}.` : 'Sans condition.',
    ...(inWords.length ? [`Publics dits dans la description : ${inWords.join(', ')}.`] : []),
    email ? `Demandes envoyées à ${email}.` : 'Demandes envoyées au contact de l’organisme.',
  ]
  const data: Record<string, unknown> = {
    title: cleanName(text(row.nom)),
    summary: summaryOf(text(row.description)),
    description: plainTextToRichText(description) ?? undefined,
    territory: reference.territory.id,
    theme: theme.id,
    subTheme: choice.subTheme ?? undefined,
    status: 'brouillon',
    notificationEmails: email ? [{ email }] : undefined,
    location: { address: addressOf(row), commune: communeId, remote: list(row.modes_accueil).includes('a-distance') },
    coverage,
    rules,
  }
  return { ...base, outcome: 'creer' as const, messages: [], notes, offer: { data, partner: partnerRef } }
}

const samePartner = (a: { existingId: number } | { line: number }, b: { existingId: number } | { line: number }): boolean =>
  ('existingId' in a && 'existingId' in b && a.existingId === b.existingId) || ('line' in a && 'line' in b && a.line === b.line)

/** One line's plan, given the lines planned before it (structures come first). */
function planLine(source: SourceRecord, reference: ImportReference, earlier: Planned[]): Planned {
  const line = { kind: source.kind, where: source.where, source, key: '', sourceId: '', label: '', messages: [] as string[], notes: [] as string[] }
  const row = source.row
  if (!row) return { ...line, outcome: 'refuse', messages: ['Cet élément n’est pas un objet JSON (une structure ou un service).'] }
  const key = keyOf(row)
  const first = earlier.find((other) => other.kind === source.kind && other.key === key && other.outcome !== 'refuse')
  if (first) {
    return {
      ...line,
      key,
      sourceId: text(row.id),
      label: text(row.nom),
      outcome: 'doublon',
      messages: [`Même identifiant que ${inSentence(first.where)} (source ${quote(text(row.source))}, identifiant ${quote(text(row.id))}) : ligne ignorée.`],
    }
  }
  return { ...line, key, ...(source.kind === 'structure' ? planStructure(row, reference, earlier) : planService(row, reference, earlier)) }
}

/**
 * Plans the import of the file's lines into the territory, each with its outcome, in the file's order. Structures
 * are planned first, so that services find theirs wherever they stand in the file; an offer whose organisation a
 * structure line creates names that line by its index in the result.
 */
export function planDataInclusionImport(records: readonly SourceRecord[], reference: ImportReference): ImportLine[] {
  const planned: Planned[] = []
  for (const kind of ['structure', 'service'] as const) {
    for (const record of records) if (record.kind === kind) planned.push(planLine(record, reference, planned))
  }
  const indexInFile = new Map(records.map((record, index) => [record, index]))
  return records.map((record) => {
    const { key: _key, siret: _siret, existing: _existing, source: _source, ...line } = planned.find((candidate) => candidate.source === record)!
    const partner = line.offer?.partner
    if (line.offer && partner && 'line' in partner) line.offer = { ...line.offer, partner: { line: indexInFile.get(planned[partner.line].source)! } }
    return line
  })
}

export interface ImportCounts {
  total: number
  toCreate: number
  matched: number
  skipped: number
  refused: number
}

export function countLines(lines: readonly ImportLine[]): ImportCounts {
  const count = (...outcomes: LineOutcome[]) => lines.filter((line) => outcomes.includes(line.outcome)).length
  return { total: lines.length, toCreate: count('creer'), matched: count('rattacher'), skipped: count('doublon', 'deja-importe'), refused: count('refuse') }
}
