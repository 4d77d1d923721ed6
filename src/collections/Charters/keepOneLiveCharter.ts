import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idsOf } from '@/domain/shared/ids'
import { now as currentTime } from '@/plugins/boussole/server'

/**
 * Keeps the charter's facts coherent: a signed charter names its signatory and date; a terminated one its
 * end date; an organisation holds at most one live (pending or signed) charter per territory (a charter may
 * cover several territories: none of them may be covered by another live charter of the organisation).
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
  const territoryIds = idsOf(merged.territories ?? [])
  if (merged.status !== 'resiliee' && partnerId && territoryIds.length) {
    const { docs: live } = await req.payload.find({
      collection: 'charters',
      where: {
        and: [
          { partner: { equals: partnerId } },
          { territories: { in: territoryIds } },
          { status: { in: ['en_attente', 'signee'] } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { territories: true },
    })
    const taken = new Set(live.flatMap((charter) => idsOf(charter.territories ?? [])).filter((id) => territoryIds.includes(id)))
    if (taken.size) {
      const names = await territoryNames(req, [...taken])
      errors.push({
        path: 'territories',
        message: `Cet organisme a déjà une charte en cours pour ${names.map((name) => `« ${name} »`).join(', ')} : modifiez-la plutôt que d’en créer une autre.`,
      })
    }
  }
  if (errors.length) throw new ValidationError({ collection: 'charters', errors }, req.t)
  if (partnerId && territoryIds.length) {
    // Sequential: both queries share the request's transaction (one connection).
    const partner = await req.payload.findByID({ collection: 'partners', id: partnerId, depth: 0, overrideAccess: true, req, select: { name: true } })
    data.title = `${partner.name} — ${(await territoryNames(req, territoryIds)).join(', ')}`
  }
  return data
}

/** The territories' names, in the order of `ids`. */
async function territoryNames(req: PayloadRequest, ids: number[]): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'territories',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  const names = new Map(docs.map((territory) => [territory.id, territory.name]))
  return ids.map((id) => names.get(id) ?? `#${id}`)
}
