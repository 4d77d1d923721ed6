import type { PayloadRequest } from 'payload'

import { badRequest } from '../core/errors'
import { publicEndpoint } from '../http/endpoint'
import { loadServices, loadStructures, type PageRequest } from './loadOpenData'

export const DEFAULT_PAGE_SIZE = 100
export const MAX_PAGE_SIZE = 500

/** Open data changes slowly; a few minutes of caching spare the database. */
const CACHE_HEADERS = { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=60' }

function positiveInteger(req: PayloadRequest, name: string, fallback: number, max: number | null, message: string): number {
  const raw = req.searchParams.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1 || (max !== null && value > max)) throw badRequest([{ field: name, message }])
  return value
}

/** `page` (from 1) and `size` (1 to 500, 100 by default). */
export function pageRequest(req: PayloadRequest): PageRequest {
  return {
    page: positiveInteger(req, 'page', 1, null, 'Le numéro de page doit être un entier supérieur ou égal à 1.'),
    size: positiveInteger(req, 'size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, `La taille de page doit être un entier entre 1 et ${MAX_PAGE_SIZE}.`),
  }
}

/** GET /api/boussole/open-data/services?page=…&size=…: published offers in the data·inclusion v1 schema. */
export const openDataServicesEndpoint = publicEndpoint('get', '/boussole/open-data/services', async (req) =>
  Response.json(await loadServices(req.payload, pageRequest(req)), { headers: CACHE_HEADERS }),
)

/** GET /api/boussole/open-data/structures?page=…&size=…: partner organisations in the data·inclusion v1 schema. */
export const openDataStructuresEndpoint = publicEndpoint('get', '/boussole/open-data/structures', async (req) =>
  Response.json(await loadStructures(req.payload, pageRequest(req)), { headers: CACHE_HEADERS }),
)

export const openDataEndpoints = [openDataServicesEndpoint, openDataStructuresEndpoint]
