'use server'

import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { moveLead } from '@/plugins/boussole/server'
import { signedMessageParams } from '@/security/signedMessage'
import config from '@payload-config'

import { withSession } from '../../workflows/shared/session'
import { requestPagePath } from '../requestPage/requestPagePath'
import { HANDED_ON_PAGE, HANDED_ON_SECTION_ID, MOVE_DONE_PARAM, MOVE_ERROR_PARAM, MOVE_SECTION_ID } from './movePaths'

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * The action of the move form (a plain `<form>`, works without JavaScript): once the person has ticked the
 * confirmation (the young person's details leave the organisation), hands the request on, then back to the
 * request's page with the result. A professional who forwarded it no longer sees the request: they land on their
 * dashboard, at the trace their organisation keeps (« Demandes confiées à d’autres organismes », `HandedOnLeads`).
 */
export async function moveLeadFormAction(form: FormData): Promise<void> {
  const leadId = Number(text(form, 'leadId'))
  let destination = requestPagePath(leadId)
  let anchor = MOVE_SECTION_ID
  const result = await withSession(async (payload, user) => {
    // RGAA 11.12: the young person's details go to another organisation only once that is confirmed in words.
    if (text(form, 'confirm') !== 'oui') {
      return { ok: false, message: 'Cochez la case de confirmation : la demande et les coordonnées du ou de la jeune seront transmises à l’autre organisme.' }
    }
    const moved = await moveLead(payload, { leadId, offerId: text(form, 'offerId'), kind: text(form, 'kind'), reason: text(form, 'reason') }, { user })
    if (user.role === 'partner') {
      destination = HANDED_ON_PAGE
      anchor = HANDED_ON_SECTION_ID
    }
    return { ok: true, message: `Demande ${moved.reference} confiée à ${moved.toPartnerName} (${moved.toOfferTitle}).` }
  })
  // Signed for the page it lands on: `MoveLeadSection` and `HandedOnLeads` show only a text the server signed for their page.
  const { secret } = await getPayload({ config })
  const params = new URLSearchParams(signedMessageParams(secret, destination, result.ok ? MOVE_DONE_PARAM : MOVE_ERROR_PARAM, result.message))
  redirect(`${destination}?${params}#${anchor}`)
}
