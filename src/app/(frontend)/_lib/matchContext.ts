import { notFound } from 'next/navigation'
import { cache } from 'react'

import { type MatchContext, resolveMatchContext } from '@/plugins/boussole/server'

import { forPage } from './apiErrors'
import { routeParam } from './paths'
import { payloadClient } from './payload'
import { previewScope } from './preview'

/**
 * Commune, theme, territory and questions of a questionnaire URL, once per request (metadata and page share it).
 * Unknown commune, unknown or closed theme → the « page introuvable » (404).
 */
export const loadMatchContext = cache(async (code: string, theme: string): Promise<MatchContext> => {
  const payload = await payloadClient()
  const preview = await previewScope()
  const outcome = await forPage(() => resolveMatchContext(payload, routeParam(code), routeParam(theme), { preview }))
  // A malformed theme reference is a 400 from the plugin: for a visitor it is simply a page that does not exist.
  if (!outcome.ok) notFound()
  return outcome.value
})
