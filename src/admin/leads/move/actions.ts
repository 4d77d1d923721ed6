'use server'

import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { moveLead } from '@/plugins/boussole/server'
import { signedMessageParams } from '@/security/signedMessage'
import config from '@payload-config'

import { withSession } from '../../workflows/shared/session'
import { requestPagePath } from '../requestPage/requestPagePath'
import { MOVE_DONE_PARAM, MOVE_ERROR_PARAM, MOVE_SECTION_ID } from './movePaths'

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * The action of the move form (a plain `<form>`, works without JavaScript): hands the request on, then back to the
 * request's page with the result. A professional who forwarded it no longer sees the request: they land on the trace
 * their organisation keeps (`lead-moves`).
 */
export async function moveLeadFormAction(form: FormData): Promise<void> {
  const leadId = Number(text(form, 'leadId'))
  let destination = requestPagePath(leadId)
  const result = await withSession(async (payload, user) => {
    const moved = await moveLead(payload, { leadId, offerId: text(form, 'offerId'), kind: text(form, 'kind'), reason: text(form, 'reason') }, { user })
    if (user.role === 'partner') destination = `/admin/collections/lead-moves/${moved.moveId}`
    return { ok: true, message: `Demande ${moved.reference} confiée à ${moved.toPartnerName} (${moved.toOfferTitle}).` }
  })
  // Signed for the page it lands on: `MoveLeadSection` shows only a text the server signed for that page.
  const { secret } = await getPayload({ config })
  const params = new URLSearchParams(signedMessageParams(secret, destination, result.ok ? MOVE_DONE_PARAM : MOVE_ERROR_PARAM, result.message))
  redirect(`${destination}?${params}#${MOVE_SECTION_ID}`)
}
