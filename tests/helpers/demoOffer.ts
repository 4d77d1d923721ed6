import type { Payload } from 'payload'

/** A demo offer by title, in a territory (several territories have an offer with the same title). */
export async function demoOffer(payload: Payload, title: string, territory = 'lot') {
  const { docs } = await payload.find({
    collection: 'offers',
    where: { and: [{ title: { equals: title } }, { 'territory.slug': { equals: territory } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`Offre de démonstration introuvable : ${title}`)
  return docs[0]
}
