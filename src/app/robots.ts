import type { MetadataRoute } from 'next'

import { publicUrl } from '@/config/publicUrl'

/** The public pages are open to search engines; the back office, the API and personal pages are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/demandes/', '/recherche'] },
    sitemap: `${publicUrl()}/sitemap.xml`,
  }
}
