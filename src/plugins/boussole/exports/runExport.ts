import { Forbidden } from 'payload'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { CSV_CONTENT_TYPE, toCsv, type CellValue } from '@/domain/shared/csv'
import { parisDay } from '@/domain/shared/frenchDates'

import { nameContactAccess } from '../accessLog/logContactAccess'
import { BoussoleApiError } from '../core/errors'
import { LEAD_COLUMNS, LEAD_IDENTIFYING_KEYS, OFFER_COLUMNS, PARTNER_COLUMNS, type ExportColumn, type ExportValue } from './columns'

export const EXPORT_KINDS = ['offers', 'partners', 'leads'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]
export type ExportFormat = 'csv' | 'json'

export interface ExportOptions {
  kind: ExportKind
  format: ExportFormat
  /** Only the rows of this territory. */
  territoryId?: number
  /** Leads only: leave out what identifies the request or the young person (id, reference, email, phone). */
  anonymized?: boolean
}

const PAGE_SIZE = 500

interface KindConfig {
  collection: CollectionSlug
  /** French word used in the file name. */
  fileName: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each collection's columns read its own document type
  columns: ExportColumn<any>[]
  territoryWhere: (territoryId: number) => Where
  select: Record<string, true | Record<string, true | Record<string, true>>>
  populate: Record<string, Record<string, true>>
}

const KINDS: Record<ExportKind, KindConfig> = {
  offers: {
    collection: 'offers',
    fileName: 'offres',
    columns: OFFER_COLUMNS,
    territoryWhere: (id) => ({ territory: { equals: id } }),
    select: {
      title: true,
      summary: true,
      description: true,
      benefits: true,
      partner: true,
      territory: true,
      theme: true,
      subTheme: true,
      status: true,
      contactDelayDays: true,
      notificationEmails: true,
      location: true,
      coverage: true,
      // Nested select: with `rules: true`, Payload 3.90 drops the hasMany `values` inside the array.
      rules: { criterion: true, values: true, min: true, max: true, anyOf: { criterion: true, values: true, min: true, max: true } },
      validFrom: true,
      validUntil: true,
      publishedAt: true,
      updatedAt: true,
    },
    populate: { partners: { name: true, siret: true }, territories: { name: true }, themes: { name: true }, communes: { code: true } },
  },
  partners: {
    collection: 'partners',
    fileName: 'organismes',
    columns: PARTNER_COLUMNS,
    territoryWhere: (id) => ({ territories: { in: [id] } }),
    select: {
      name: true,
      siret: true,
      type: true,
      description: true,
      address: true,
      commune: true,
      contactsPublic: true,
      publicPhone: true,
      publicEmail: true,
      website: true,
      defaultContactDelayDays: true,
      professionalContact: true,
      territories: true,
      competence: true,
      updatedAt: true,
    },
    populate: { territories: { name: true }, communes: { code: true } },
  },
  leads: {
    collection: 'leads',
    fileName: 'demandes',
    columns: LEAD_COLUMNS,
    territoryWhere: (id) => ({ territory: { equals: id } }),
    select: {
      reference: true,
      createdAt: true,
      offer: true,
      partner: true,
      territory: true,
      theme: true,
      commune: true,
      status: true,
      outcome: true,
      contactDelayDays: true,
      dueAt: true,
      overdue: true,
      timeline: true,
      contact: true,
    },
    populate: { offers: { title: true }, partners: { name: true }, territories: { name: true }, themes: { name: true }, communes: { code: true, name: true } },
  },
}

/**
 * Reads every row the requesting user may read, through the Local API with `overrideAccess: false` and
 * their own `req`: the collections' access rules (rows) and field rules (e.g. professional contacts) decide
 * what is exported, exactly as they decide what the REST API answers.
 */
async function readAsUser(req: PayloadRequest, config: KindConfig, where: Where | undefined, select: KindConfig['select']): Promise<unknown[]> {
  const docs: unknown[] = []
  for (let page = 1; ; page++) {
    let result
    try {
      result = await req.payload.find({
        collection: config.collection,
        where,
        select,
        populate: config.populate,
        depth: 1,
        joins: false,
        sort: 'id',
        page,
        limit: PAGE_SIZE,
        overrideAccess: false,
        user: req.user,
        req,
      } as unknown as Parameters<typeof req.payload.find>[0])
    } catch (error) {
      if (error instanceof Forbidden) throw new BoussoleApiError(403, [{ message: 'Votre compte ne permet pas d’exporter ces données.' }])
      throw error
    }
    docs.push(...result.docs)
    if (!result.hasNextPage) return docs
  }
}

const cellOf = (value: ExportValue): CellValue => (Array.isArray(value) ? value.join(', ') : value)

export interface ExportFile {
  body: string
  contentType: string
  fileName: string
  rows: number
}

export async function runExport(req: PayloadRequest, options: ExportOptions, today: Date): Promise<ExportFile> {
  const config = KINDS[options.kind]
  const hidden = options.kind === 'leads' && options.anonymized ? new Set<string>(LEAD_IDENTIFYING_KEYS) : new Set<string>()
  const columns = config.columns.filter((column) => !hidden.has(column.key))
  const select = Object.fromEntries(Object.entries(config.select).filter(([key]) => !(hidden.has(key) || (hidden.size && key === 'contact'))))
  const where = options.territoryId === undefined ? undefined : config.territoryWhere(options.territoryId)
  // The leads' access log records each page read here as one export entry (per territory) with its leads.
  if (options.kind === 'leads') nameContactAccess(req, 'export')
  const docs = await readAsUser(req, config, where, select)

  const stamp = parisDay(today)
  const suffix = options.anonymized && options.kind === 'leads' ? '-anonymes' : ''
  const fileName = `boussole-${config.fileName}${suffix}-${stamp}.${options.format}`
  if (options.format === 'csv') {
    const rows = docs.map((doc) => columns.map((column) => (column.csv ? column.csv(doc) : cellOf(column.value(doc)))))
    return {
      body: toCsv(
        columns.map((column) => column.label),
        rows,
      ),
      contentType: CSV_CONTENT_TYPE,
      fileName,
      rows: docs.length,
    }
  }
  const items = docs.map((doc) => Object.fromEntries(columns.map((column) => [column.key, column.value(doc) ?? null])))
  return {
    body: JSON.stringify({ exportedAt: today.toISOString(), total: items.length, items }),
    contentType: 'application/json; charset=utf-8',
    fileName,
    rows: docs.length,
  }
}
