'use server'

import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { signedMessageParams } from '@/security/signedMessage'
import config from '@payload-config'

import { pauseOfferAction, resumeOfferAction } from '../../workflows/offers/pauseActions'
import type { ActionResult } from '../../workflows/shared/session'
import { AVAILABILITY_DONE_PARAM, AVAILABILITY_ERROR_PARAM, AVAILABILITY_PAGE, AVAILABILITY_SECTION_ID } from './availabilityPaths'

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

const UNKNOWN_OFFER: ActionResult = { ok: false, message: 'Offre introuvable.' }

/** The posted offer id, or null when it is not one. */
function offerIdOf(form: FormData): number | null {
  const id = text(form, 'offerId')
  return /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null
}

/** Back to the dashboard with the result, signed for it (a crafted link shows nothing). */
async function backToDashboard(result: ActionResult): Promise<never> {
  const { secret } = await getPayload({ config })
  const key = result.ok ? AVAILABILITY_DONE_PARAM : AVAILABILITY_ERROR_PARAM
  const params = new URLSearchParams(signedMessageParams(secret, AVAILABILITY_PAGE, key, result.message ?? ''))
  redirect(`${AVAILABILITY_PAGE}?${params}#${AVAILABILITY_SECTION_ID}`)
}

/**
 * « Mettre en pause » from the dashboard (a plain form, works without JavaScript): the same action as the offer's edit
 * view, `pauseOffer` with the person's access, then back to the dashboard.
 */
export async function pauseOfferFormAction(form: FormData): Promise<void> {
  const offerId = offerIdOf(form)
  await backToDashboard(offerId ? await pauseOfferAction(offerId, text(form, 'until')) : UNKNOWN_OFFER)
}

/** « Reprendre » from the dashboard. */
export async function resumeOfferFormAction(form: FormData): Promise<void> {
  const offerId = offerIdOf(form)
  await backToDashboard(offerId ? await resumeOfferAction(offerId) : UNKNOWN_OFFER)
}
