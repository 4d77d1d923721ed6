import type { Payload } from 'payload'

import type { Commune } from '@/payload-types'
import { notFound } from '../http/errors'

/** The commune with this INSEE code, or a 404 the public site can explain. */
export async function findCommune(payload: Payload, code: unknown): Promise<Commune> {
  const value = typeof code === 'string' ? code.trim().toUpperCase() : ''
  if (!/^(\d{5}|2[AB]\d{3})$/.test(value)) throw notFound('Code de commune inconnu : choisis ta commune dans la liste.', 'commune')
  const { docs } = await payload.find({ collection: 'communes', where: { code: { equals: value } }, limit: 1, depth: 1 })
  if (!docs[0]) throw notFound('Cette commune est introuvable : choisis-la dans la liste.', 'commune')
  return docs[0]
}
