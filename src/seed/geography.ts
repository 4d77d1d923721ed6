import type { SeedContext } from './context'

export const GEOGRAPHY_MISSING_MESSAGE = "Importez d'abord la géographie : npm run geo:import"

/** The id of each code in a geography collection (INSEE code of communes/départements, SIREN of EPCI). */
async function idsByCode(ctx: SeedContext, collection: 'communes' | 'departements' | 'epcis', codes: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(codes)]
  const { docs } = await ctx.payload.find({
    collection,
    where: { code: { in: unique } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
    select: { code: true },
  })
  const ids = new Map(docs.map((doc) => [doc.code, doc.id]))
  const missing = unique.filter((code) => !ids.has(code))
  if (missing.length) {
    throw new Error(`${GEOGRAPHY_MISSING_MESSAGE} (introuvable dans « ${collection} » : ${missing.join(', ')}).`)
  }
  return ids
}

/** Resolves communes by INSEE code; `id(code)` fails loudly on a code that was not requested. */
export interface CommuneLookup {
  id: (code: string) => number
  ids: (codes: readonly string[]) => number[]
}

export async function lookupCommunes(ctx: SeedContext, codes: readonly string[]): Promise<CommuneLookup> {
  const map = await idsByCode(ctx, 'communes', codes)
  const id = (code: string) => {
    const found = map.get(code)
    if (found === undefined) throw new Error(`Commune ${code} non chargée par le jeu de démonstration.`)
    return found
  }
  return { id, ids: (list) => list.map(id) }
}

export async function departementId(ctx: SeedContext, code: string): Promise<number> {
  return (await idsByCode(ctx, 'departements', [code])).get(code) as number
}

export async function epciId(ctx: SeedContext, siren: string): Promise<number> {
  return (await idsByCode(ctx, 'epcis', [siren])).get(siren) as number
}

/** Fails with a clear French message when the geography has not been imported yet. */
export async function assertGeographyImported(ctx: SeedContext): Promise<void> {
  const { totalDocs } = await ctx.payload.count({ collection: 'communes', overrideAccess: true, req: ctx.req })
  if (!totalDocs) throw new Error(`${GEOGRAPHY_MISSING_MESSAGE} (aucune commune en base).`)
}
