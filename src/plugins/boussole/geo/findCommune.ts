import type { Payload } from 'payload'

import type { Commune } from '@/payload-types'

import { notFound } from '../core/errors'

/** The INSEE code asked for, normalised; a 404 the public site can explain when it is not one. */
export function communeCode(code: unknown): string {
  const value = typeof code === 'string' ? code.trim().toUpperCase() : ''
  if (!/^(\d{5}|2[AB]\d{3})$/.test(value)) throw notFound('Code de commune inconnu : choisis ta commune dans la liste.', 'commune')
  return value
}

/** The 404 of a well-formed code that names no commune. */
export const unknownCommune = () => notFound('Cette commune est introuvable : choisis-la dans la liste.', 'commune')

/** The commune with this INSEE code (with its département), or a 404 the public site can explain. */
export async function findCommune(payload: Payload, code: unknown): Promise<Commune> {
  const { docs } = await payload.find({ collection: 'communes', where: { code: { equals: communeCode(code) } }, limit: 1, depth: 1 })
  if (!docs[0]) throw unknownCommune()
  return docs[0]
}
