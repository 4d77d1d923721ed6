import { APIError, ValidationError, type Payload, type PayloadRequest } from 'payload'

import { asUser, asUserDryRun } from '@/database/transactions'
import type { TerritoryCommune } from '@/domain/openData/coverageFromZone'
import { inSentence, type SourceRecord } from '@/domain/openData/dataInclusionRecords'
import { countLines, planDataInclusionImport, titleKey, type ImportCounts, type ImportLine, type ImportReference } from '@/domain/openData/importDataInclusion'
import { idsOf } from '@/domain/shared/ids'
import type { User } from '@/payload-types'

import { catalogue } from '../catalogue/catalogue'
import type { ImportMode } from './runImport'

export const MAX_DATA_INCLUSION_LINES = 500

export interface DataInclusionLineResult extends Omit<ImportLine, 'partner' | 'offer'> {
  /** Ids of what the commit created (organisation and/or offer draft). */
  created?: { partner?: number; offer?: number }
}

export interface DataInclusionReport {
  mode: ImportMode
  territory: { id: number; name: string }
  counts: ImportCounts
  /** Offers and organisations written: 0 unless the mode is commit and no line is refused. */
  created: { partners: number; offers: number }
  lines: DataInclusionLineResult[]
}

const system = { overrideAccess: true, depth: 0, pagination: false } as const
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** The territory's communes with their département, EPCI and région codes. */
async function territoryCommunes(payload: Payload, ids: number[]): Promise<TerritoryCommune[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'communes',
    where: { id: { in: ids } },
    select: { code: true, departement: true, epci: true, regionCode: true },
    ...system,
  })
  const departementIds = [...new Set(idsOf(docs.map((doc) => doc.departement)))]
  const epciIds = [...new Set(idsOf(docs.map((doc) => doc.epci)))]
  const [departements, epcis] = await Promise.all([
    departementIds.length
      ? payload.find({ collection: 'departements', where: { id: { in: departementIds } }, select: { code: true }, ...system })
      : { docs: [] },
    epciIds.length ? payload.find({ collection: 'epcis', where: { id: { in: epciIds } }, select: { code: true }, ...system }) : { docs: [] },
  ])
  const departementCode = new Map(departements.docs.map((doc) => [doc.id, doc.code]))
  const epciCode = new Map(epcis.docs.map((doc) => [doc.id, doc.code]))
  return docs.map((doc) => ({
    id: doc.id,
    code: doc.code,
    departement: departementCode.get(idsOf([doc.departement])[0]) ?? null,
    epci: epciCode.get(idsOf([doc.epci])[0]) ?? null,
    region: doc.regionCode ?? null,
  }))
}

/** Everything the lines are checked against, loaded once. */
async function loadReference(payload: Payload, territoryId: number, records: readonly SourceRecord[]): Promise<ImportReference> {
  const territory = await payload.findByID({
    collection: 'territories',
    id: territoryId,
    select: { name: true, coveredCommunes: true, themes: true },
    ...system,
  })
  const codes = [...new Set(records.map((record) => text(record.row?.code_insee)).filter(Boolean))]
  const sirets = [...new Set(records.map((record) => text(record.row?.siret).replace(/\s/g, '')).filter(Boolean))]
  const [themes, communes, named, partners] = await Promise.all([
    payload.find({ collection: 'themes', select: { name: true, slug: true, subThemes: true }, ...system }),
    territoryCommunes(payload, idsOf(territory.coveredCommunes)),
    codes.length ? payload.find({ collection: 'communes', where: { code: { in: codes } }, select: { code: true }, ...system }) : { docs: [] },
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
  const partnerIds = partners.docs.map((partner) => partner.id)
  const offers = partnerIds.length
    ? await payload.find({
        collection: 'offers',
        where: { and: [{ partner: { in: partnerIds } }, { territory: { equals: territoryId } }] },
        select: { title: true, partner: true },
        ...system,
      })
    : { docs: [] }
  const offerTitlesByPartner = new Map<number, Set<string>>()
  for (const offer of offers.docs) {
    const [partnerId] = idsOf([offer.partner])
    offerTitlesByPartner.set(partnerId, (offerTitlesByPartner.get(partnerId) ?? new Set()).add(titleKey(offer.title)))
  }
  const themeIds = new Set(idsOf((territory.themes ?? []).map((row) => row.theme)))
  const reference = await catalogue.get(payload)
  return {
    territory: {
      id: territory.id,
      name: territory.name,
      communes,
      themeSlugs: themes.docs.filter((theme) => themeIds.has(theme.id)).map((theme) => theme.slug!),
    },
    themes: themes.docs.map((theme) => ({ id: theme.id, slug: theme.slug!, name: theme.name, subThemes: theme.subThemes })),
    communeIdByCode: new Map(named.docs.map((commune) => [commune.code, commune.id])),
    partnersBySiret: new Map(
      partners.docs.map((partner) => [partner.siret, { id: partner.id, name: partner.name, inTerritory: idsOf(partner.territories).includes(territoryId) }]),
    ),
    offerTitlesByPartner,
    questionsFor: (themeId) => reference.questionnaireFor(themeId, territoryId)?.questions ?? [],
  }
}

/** The collection's refusal, in French sentences (field paths named). */
function messagesOf(error: unknown, payload: Payload): string[] {
  if (error instanceof ValidationError) {
    const errors = (error.data?.errors ?? []) as { path: string; message: string }[]
    return errors.map((fault) => `${fault.message} (champ « ${fault.path} »)`)
  }
  if (error instanceof APIError && error.status < 500) return [error.message]
  payload.logger.error({ err: error, msg: 'Boussole data·inclusion import: unexpected error' })
  return ['Erreur inattendue en enregistrant cette ligne.']
}

class LineRefused extends Error {
  constructor(
    readonly index: number,
    readonly reason: unknown,
  ) {
    super('line refused')
  }
}

/**
 * Writes the lines to create as `req`'s user (the collections' access rules and hooks apply): organisations
 * first, then the offer drafts (on the organisation a structure line created, or the existing one).
 */
async function writeLines(req: PayloadRequest, lines: readonly ImportLine[]): Promise<Map<number, { partner?: number; offer?: number }>> {
  const created = new Map<number, { partner?: number; offer?: number }>()
  const create = async (index: number, collection: 'partners' | 'offers', data: Record<string, unknown>) => {
    try {
      return (await req.payload.create({ collection, data: data as never, req, overrideAccess: false, depth: 0 })).id
    } catch (error) {
      throw new LineRefused(index, error)
    }
  }
  const partnerOf = async (index: number): Promise<number> => {
    const existing = created.get(index)?.partner
    if (existing !== undefined) return existing
    const id = await create(index, 'partners', lines[index].partner!)
    created.set(index, { partner: id })
    return id
  }
  for (const [index, line] of lines.entries()) {
    if (line.outcome !== 'creer') continue
    if (line.partner) await partnerOf(index)
    if (line.offer) {
      const partner = 'existingId' in line.offer.partner ? line.offer.partner.existingId : await partnerOf(line.offer.partner.line)
      created.set(index, { ...created.get(index), offer: await create(index, 'offers', { ...line.offer.data, partner }) })
    }
  }
  return created
}

/** The plan reduced to one line to try, with the structure line that creates its organisation. */
function alone(plan: readonly ImportLine[], index: number): ImportLine[] {
  const offer = plan[index].offer
  const structure = offer && 'line' in offer.partner ? offer.partner.line : undefined
  return plan.map((line, at) => (at === index || at === structure ? line : { ...line, outcome: 'doublon' }))
}

/**
 * Imports a data·inclusion file into a territory as `user`. Every line to create is first tried by the
 * collections themselves in a transaction that is rolled back; in `commit` mode, when no line is refused,
 * all of them are written in ONE transaction: the file is imported entirely, or not at all. Duplicates and
 * lines already imported are reported and skipped, never written twice.
 */
export async function runDataInclusionImport(
  payload: Payload,
  options: { mode: ImportMode; user: User; territory: { id: number; name: string }; records: SourceRecord[] },
): Promise<DataInclusionReport> {
  const { mode, user, territory, records } = options
  const plan = planDataInclusionImport(records, await loadReference(payload, territory.id, records))
  const lines: (DataInclusionLineResult & Pick<ImportLine, 'partner' | 'offer'>)[] = plan.map((line) => ({ ...line }))

  for (const [index, line] of plan.entries()) {
    if (line.outcome !== 'creer') continue
    try {
      await asUserDryRun(payload, user, (req) => writeLines(req, alone(plan, index)))
    } catch (error) {
      const reason = error instanceof LineRefused ? error.reason : error
      lines[index] = { ...lines[index], outcome: 'refuse', messages: messagesOf(reason, payload) }
    }
  }
  for (const [index, line] of plan.entries()) {
    const structure = line.offer && 'line' in line.offer.partner ? lines[line.offer.partner.line] : undefined
    if (structure?.outcome === 'refuse' && lines[index].outcome !== 'refuse') {
      lines[index] = { ...lines[index], outcome: 'refuse', messages: [`Sa structure (${inSentence(structure.where)}) est refusée.`] }
    }
  }

  const report = (created = { partners: 0, offers: 0 }): DataInclusionReport => ({
    mode,
    territory,
    counts: countLines(lines),
    created,
    lines: lines.map(({ partner: _partner, offer: _offer, ...line }) => line),
  })
  if (mode === 'preview' || lines.some((line) => line.outcome === 'refuse')) return report()

  try {
    const created = await asUser(payload, user, (req) => writeLines(req, plan))
    for (const [index, ids] of created) lines[index].created = ids
    const all = [...created.values()]
    return report({ partners: all.filter((ids) => ids.partner).length, offers: all.filter((ids) => ids.offer).length })
  } catch (error) {
    if (!(error instanceof LineRefused)) throw error
    lines[error.index] = { ...lines[error.index], outcome: 'refuse', messages: messagesOf(error.reason, payload) }
    return report()
  }
}
