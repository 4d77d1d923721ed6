import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import config from '@payload-config'

// Live data: a territory opened or an offer published shows up at once.
export const dynamic = 'force-dynamic'

/** Public, stable pages: information pages, open territories and published offers (no personal pages). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicUrl()
  const payload = await getPayload({ config })
  const [territories, offers] = await Promise.all([
    payload.find({
      collection: 'territories',
      where: { status: { equals: 'ouvert' } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      select: { slug: true, updatedAt: true },
    }),
    payload.find({
      collection: 'offers',
      where: { status: { equals: 'publiee' } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      select: { updatedAt: true },
    }),
  ])
  const pages = ['', '/comment-ca-marche', '/territoires', '/donnees-personnelles', '/accessibilite', '/mentions-legales']
  return [
    ...pages.map((path) => ({ url: `${base}${path}`, changeFrequency: 'monthly' as const, priority: path === '' ? 1 : 0.5 })),
    ...territories.docs.map((territory) => ({
      url: `${base}/territoires/${territory.slug}`,
      lastModified: territory.updatedAt,
      changeFrequency: 'weekly' as const,
    })),
    ...offers.docs.map((offer) => ({ url: `${base}/offre/${offer.id}`, lastModified: offer.updatedAt, changeFrequency: 'weekly' as const })),
  ]
}
