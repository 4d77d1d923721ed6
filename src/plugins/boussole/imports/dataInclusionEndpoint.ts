import type { PayloadRequest } from 'payload'

import { DataInclusionFileError, recordsFromCsv, recordsFromJson, type SourceRecord } from '@/domain/openData/dataInclusionRecords'
import { CsvSyntaxError, parseCsv } from '@/domain/shared/csv'

import { BoussoleApiError, badRequest } from '../core/errors'
import { getSettings } from '../core/options'
import { signedInEndpoint } from '../http/endpoint'
import { isMultipart, multipartFields, readLimitedBody } from '../http/limitedBody'
import { MAX_DATA_INCLUSION_LINES, runDataInclusionImport } from './dataInclusionImport'
import { decode, findTerritory, MAX_IMPORT_BYTES, modeOf } from './endpoints'

const tooLarge = () => new BoussoleApiError(413, [{ field: 'file', message: 'Le fichier est trop volumineux (2 Mo au plus).' }])

/** The records of one file's text: JSON when it starts with « [ » or « { », CSV otherwise. */
function recordsOf(content: string, name: string, fileName?: string): SourceRecord[] {
  const body = content.replace(/^\uFEFF/, '').trim()
  if (!body) throw badRequest([{ field: 'file', message: `Le fichier ${name} est vide.` }])
  try {
    if (body.startsWith('[') || body.startsWith('{')) {
      let value: unknown
      try {
        value = JSON.parse(body)
      } catch {
        throw new DataInclusionFileError(`Le fichier ${name} n’est pas un JSON valide.`)
      }
      return recordsFromJson(value)
    }
    return recordsFromCsv(parseCsv(body), fileName)
  } catch (error) {
    if (error instanceof DataInclusionFileError || error instanceof CsvSyntaxError) throw badRequest([{ field: 'file', message: error.message }])
    throw error
  }
}

/** One or several files (multipart `file` fields: structures and services, JSON or CSV), or the raw body; 2 MB in all, however sent. */
async function readRecords(req: PayloadRequest): Promise<SourceRecord[]> {
  const body = await readLimitedBody(req, MAX_IMPORT_BYTES, tooLarge)
  if (isMultipart(req)) {
    const files = (await multipartFields(body, req.headers.get('content-type') ?? '').catch(() => null))?.getAll('file') ?? []
    if (!files.length) throw badRequest([{ field: 'file', message: 'Joignez le fichier data·inclusion (JSON ou CSV) dans le champ « file ».' }])
    const records: SourceRecord[] = []
    for (const file of files) {
      if (typeof file === 'string') records.push(...recordsOf(file, 'envoyé'))
      else {
        const fileName = files.length > 1 && file.name ? `« ${file.name} »` : undefined
        records.push(...recordsOf(decode(await file.arrayBuffer()), `« ${file.name} »`, fileName))
      }
    }
    return records
  }
  if (!body.byteLength) throw badRequest([{ field: 'file', message: 'Le fichier est vide.' }])
  return recordsOf(decode(body), 'envoyé')
}

/**
 * POST /api/boussole/data-inclusion/import?territory=<id|slug>&mode=preview|commit: services and structures in
 * the data·inclusion v1 schema (JSON, or CSV files) become organisations and offer drafts of the territory.
 * For national administrators and the territory's animators only. `preview` (200) says per line what would be
 * created, matched by SIRET, skipped as a duplicate or refused, and writes nothing; `commit` writes everything
 * in one transaction (201), or nothing (422) when a line is refused.
 */
export const dataInclusionImportEndpoint = signedInEndpoint(
  'post',
  '/boussole/data-inclusion/import',
  async (req, user) => {
    const mode = modeOf(req)
    const territory = await findTerritory(req.payload, req.searchParams.get('territory'))
    const perimeter = await getSettings(req.payload).access.perimeter(req)
    const allowed = perimeter.kind === 'all' || (user.role === 'animator' && perimeter.kind === 'territories' && perimeter.territoryIds.includes(territory.id))
    if (!allowed) {
      throw new BoussoleApiError(403, [
        { field: 'territory', message: `Seuls les administrateurs et l’animation du territoire « ${territory.name} » peuvent y importer des données.` },
      ])
    }
    const records = await readRecords(req)
    if (!records.length) throw badRequest([{ field: 'file', message: 'Le fichier ne contient aucun service ni aucune structure.' }])
    if (records.length > MAX_DATA_INCLUSION_LINES) {
      throw badRequest([
        { field: 'file', message: `Le fichier contient ${records.length} lignes : importez-en ${MAX_DATA_INCLUSION_LINES} au plus à la fois.` },
      ])
    }

    const report = await runDataInclusionImport(req.payload, { mode, user, territory: { id: territory.id, name: territory.name }, records })
    const headers = { 'Cache-Control': 'no-store' }
    if (mode === 'commit' && report.counts.refused > 0) {
      const errors = report.lines
        .filter((line) => line.outcome === 'refuse')
        .flatMap((line) => line.messages.map((message) => ({ field: 'file', message: `${line.where} : ${message}` })))
      return Response.json({ errors, ...report }, { status: 422, headers })
    }
    return Response.json(report, { status: mode === 'commit' ? 201 : 200, headers })
  },
  'Connectez-vous à l’espace professionnel pour importer des données.',
)
