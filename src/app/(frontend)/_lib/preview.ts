import { cookies, headers } from 'next/headers'
import { cache } from 'react'

import { now, type PreviewableTerritory, previewableTerritory, type PreviewScope } from '@/plugins/boussole/server'
import { PREVIEW_COOKIE, verifyPreviewToken } from '@/security/previewToken'

import { payloadClient } from './payload'

/**
 * The territory this request previews (« Voir comme un jeune »), or null: a valid signed cookie for the signed-in person,
 * who may still preview that territory, which is still not open. Anyone else (no cookie, another person's cookie, an
 * animator of another territory, a territory since opened) sees the public site. Once per request.
 */
export const currentPreview = cache(async (): Promise<PreviewableTerritory | null> => {
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value
  if (!token) return null
  const payload = await payloadClient()
  const claim = verifyPreviewToken(payload.secret, token, now(payload))
  if (!claim) return null
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || user.id !== claim.userId) return null
  return previewableTerritory(payload, user, claim.territoryId)
})

/** What the lead form answers in a preview: nothing is sent nor recorded. */
export const PREVIEW_LEAD_MESSAGE =
  'Aperçu : ce territoire n’est pas encore ouvert, aucune demande n’a été envoyée ni enregistrée. Une fois le territoire ouvert, ce formulaire transmettra la demande à l’organisme.'

/** The preview as the plugin's functions take it (null: the public site). */
export const previewScope = async (): Promise<PreviewScope | null> => {
  const preview = await currentPreview()
  return preview ? { territoryId: preview.id } : null
}
