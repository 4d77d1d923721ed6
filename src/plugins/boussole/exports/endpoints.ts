import type { PayloadRequest } from 'payload'

import { badRequest, notFound } from '../core/errors'
import { now } from '../core/options'
import { signedInEndpoint } from '../http/endpoint'
import { EXPORT_KINDS, runExport, type ExportFormat, type ExportKind } from './runExport'

const FILE_PATTERN = new RegExp(`^(${EXPORT_KINDS.join('|')})\\.(csv|json)$`)

function territoryParam(req: PayloadRequest): number | undefined {
  const raw = req.searchParams.get('territory')
  if (raw === null || raw === '') return undefined
  if (!/^\d+$/.test(raw)) throw badRequest([{ field: 'territory', message: 'Indiquez l’identifiant numérique du territoire.' }])
  return Number(raw)
}

const truthy = (value: string | null) => value !== null && ['1', 'true', 'oui'].includes(value.toLowerCase())

/**
 * GET /api/boussole/exports/{offers|partners|leads}.{csv|json}[?territory=<id>][&anonymized=true]
 * What the signed-in user may read, and nothing else (see `runExport`).
 */
export const exportEndpoint = signedInEndpoint(
  'get',
  '/boussole/exports/:file',
  async (req) => {
    const match = FILE_PATTERN.exec(String(req.routeParams?.file ?? ''))
    if (!match) throw notFound('Export inconnu : choisissez offers, partners ou leads, au format .csv ou .json.', 'file')
    const file = await runExport(
      req,
      {
        kind: match[1] as ExportKind,
        format: match[2] as ExportFormat,
        territoryId: territoryParam(req),
        anonymized: truthy(req.searchParams.get('anonymized')),
      },
      now(req.payload),
    )
    return new Response(file.body, {
      status: 200,
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'private, no-store',
        'X-Total-Count': String(file.rows),
      },
    })
  },
  'Connectez-vous à l’espace professionnel pour exporter des données.',
)

export const exportEndpoints = [exportEndpoint]
