import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { idsOf } from '@/domain/shared/ids'
import { now as currentTime } from '@/plugins/boussole/server'

/**
 * Keeps the charter's facts coherent: a signed charter names its signatory and date; a terminated one its
 * end date; an organisation holds at most one live (pending or signed) charter per territory.
 */
export const keepOneLiveCharter: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  if (merged.status === 'signee') {
    if (!merged.signatoryName) errors.push({ path: 'signatoryName', message: 'Indiquez le nom de la personne qui a signé la charte.' })
    if (!merged.signedAt) errors.push({ path: 'signedAt', message: 'Indiquez la date de signature.' })
  }
  if (merged.status === 'resiliee' && !merged.terminatedAt) data.terminatedAt = currentTime(req.payload).toISOString()
  if (merged.expiresAt && merged.signedAt && new Date(merged.expiresAt) <= new Date(merged.signedAt)) {
    errors.push({ path: 'expiresAt', message: "L'échéance doit être postérieure à la date de signature." })
  }
  const [partnerId] = idsOf([merged.partner])
  const [territoryId] = idsOf([merged.territory])
  if (merged.status !== 'resiliee' && partnerId && territoryId) {
    const { totalDocs } = await req.payload.count({
      collection: 'charters',
      where: {
        and: [
          { partner: { equals: partnerId } },
          { territory: { equals: territoryId } },
          { status: { in: ['en_attente', 'signee'] } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs)
      errors.push({ path: 'territory', message: 'Cet organisme a déjà une charte en cours pour ce territoire : modifiez-la plutôt que d’en créer une autre.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'charters', errors }, req.t)
  if (partnerId && territoryId) {
    // Sequential: both queries share the request's transaction (one connection).
    const partner = await req.payload.findByID({ collection: 'partners', id: partnerId, depth: 0, overrideAccess: true, req, select: { name: true } })
    const territory = await req.payload.findByID({ collection: 'territories', id: territoryId, depth: 0, overrideAccess: true, req, select: { name: true } })
    data.title = `${partner.name} — ${territory.name}`
  }
  return data
}
