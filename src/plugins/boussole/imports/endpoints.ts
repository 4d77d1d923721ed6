import type { Payload, PayloadRequest, Where } from 'payload'

import { CsvSyntaxError, parseCsv, toCsv } from '@/domain/shared/csv'
import { idsOf } from '@/domain/shared/ids'

import { BoussoleApiError, badRequest, notFound } from '../core/errors'
import { getSettings } from '../core/options'
import { publicEndpoint, signedInEndpoint } from '../http/endpoint'
import { isMultipart, multipartFields, readLimitedBody } from '../http/limitedBody'
import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from './columns'
import { ImportFileError, runImport, type ImportMode } from './runImport'

/** 2 MB: a few thousand lines, far more than one import holds. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024

function kindOf(req: PayloadRequest): ImportKind {
  const kind = String(req.routeParams?.kind ?? '')
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw notFound('Import inconnu : choisissez offers ou partners.', 'kind')
  return kind as ImportKind
}

export async function findTerritory(payload: Payload, ref: string | null) {
  if (!ref) throw badRequest([{ field: 'territory', message: 'Indiquez le territoire de l’import (?territory=<identifiant ou slug>).' }])
  const where: Where = /^\d+$/.test(ref) ? { id: { equals: Number(ref) } } : { slug: { equals: ref } }
  const { docs } = await payload.find({
    collection: 'territories',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true, coveredCommunes: true },
  })
  if (!docs[0]) throw notFound('Ce territoire n’existe pas.', 'territory')
  return { id: docs[0].id, name: docs[0].name, coveredCommunes: new Set(idsOf(docs[0].coveredCommunes)) }
}

/** UTF-8 (with or without BOM), else Windows-1252, as older Excel versions save « CSV ». */
export function decode(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** The CSV text: a raw body (text/csv), a multipart form with a `file` field, or JSON `{ "csv": "…" }`; 2 MB at most, however sent. */
async function readCsvBody(req: PayloadRequest): Promise<string> {
  const tooLarge = () => new BoussoleApiError(413, [{ field: 'csv', message: 'Le fichier est trop volumineux (2 Mo au plus).' }])
  const body = await readLimitedBody(req, MAX_IMPORT_BYTES, tooLarge)
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  let bytes: ArrayBuffer | Buffer = body
  if (isMultipart(req)) {
    const file = (await multipartFields(body, type).catch(() => null))?.get('file')
    if (typeof file === 'string') return file
    if (!file) throw badRequest([{ field: 'file', message: 'Joignez le fichier CSV dans le champ « file ».' }])
    bytes = await file.arrayBuffer()
  } else if (type.includes('application/json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      throw badRequest([{ message: 'Le corps de la requête doit être un objet JSON valide.' }])
    }
    const csv = parsed && typeof parsed === 'object' ? (parsed as { csv?: unknown }).csv : undefined
    if (typeof csv !== 'string') throw badRequest([{ field: 'csv', message: 'Envoyez le contenu du fichier dans « csv ».' }])
    return csv
  }
  if (!bytes.byteLength) throw badRequest([{ field: 'csv', message: 'Le fichier CSV est vide.' }])
  return decode(bytes)
}

export function modeOf(req: PayloadRequest): ImportMode {
  const mode = req.searchParams.get('mode') ?? 'preview'
  if (mode !== 'preview' && mode !== 'commit')
    throw badRequest([{ field: 'mode', message: 'Le mode doit être « preview » (vérifier) ou « commit » (importer).' }])
  return mode
}

/**
 * POST /api/boussole/imports/{offers|partners}?territory=<id|slug>&mode=preview|commit, body: the CSV file.
 * For national administrators and the animators of that territory only. `preview` checks every line and
 * writes nothing; `commit` writes all lines in one transaction, or nothing (422) when one is refused.
 */
export const importEndpoint = signedInEndpoint(
  'post',
  '/boussole/imports/:kind',
  async (req, user) => {
    const kind = kindOf(req)
    const mode = modeOf(req)
    const territory = await findTerritory(req.payload, req.searchParams.get('territory'))
    const perimeter = await getSettings(req.payload).access.perimeter(req)
    const allowed = perimeter.kind === 'all' || (user.role === 'animator' && perimeter.kind === 'territories' && perimeter.territoryIds.includes(territory.id))
    if (!allowed) {
      throw new BoussoleApiError(403, [
        { field: 'territory', message: `Seuls les administrateurs et l’animation du territoire « ${territory.name} » peuvent y importer des données.` },
      ])
    }

    let csv
    try {
      csv = parseCsv(await readCsvBody(req))
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw badRequest([{ field: 'csv', message: error.message }])
      throw error
    }
    let report
    try {
      report = await runImport(req.payload, { kind, mode, user, territory, csv })
    } catch (error) {
      if (error instanceof ImportFileError) throw badRequest(error.errors)
      throw error
    }

    const headers = { 'Cache-Control': 'no-store' }
    if (report.invalid > 0 && mode === 'commit') {
      const errors = report.rows.flatMap((row) =>
        row.errors.map((error) => ({
          field: `rows.${row.line}.${error.field}`,
          message: `Ligne ${row.line}${error.column ? ` (${error.column})` : ''} : ${error.message}`,
        })),
      )
      return Response.json({ errors, ...report }, { status: 422, headers })
    }
    return Response.json(report, { status: mode === 'commit' ? 201 : 200, headers })
  },
  'Connectez-vous à l’espace professionnel pour importer des données.',
)

/** GET /api/boussole/imports/{offers|partners}/template.csv: the headers to fill, with one example line (public: no data in it). */
export const importTemplateEndpoint = publicEndpoint('get', '/boussole/imports/:kind/template.csv', async (req) => {
  const kind = kindOf(req)
  const columns = IMPORT_COLUMNS[kind]
  const body = toCsv(
    columns.map((column) => column.label),
    [columns.map((column) => column.example)],
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="boussole-modele-${kind === 'offers' ? 'offres' : 'organismes'}.csv"`,
      'Cache-Control': 'public, max-age=3600',
    },
  })
})

export const importEndpoints = [importTemplateEndpoint, importEndpoint]
