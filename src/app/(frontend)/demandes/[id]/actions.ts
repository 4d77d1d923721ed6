'use server'

import { redirect } from 'next/navigation'

import { BoussoleApiError, isNotAskedYet, recordFollowUp, withdrawLead } from '@/plugins/boussole/server'

import { payloadClient } from '../../_lib/payload'

const field = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}

/** « As-tu été contacté(e) ? »: records the answer (once), then the thank-you page. */
export async function answerFollowUpAction(formData: FormData): Promise<void> {
  const id = field(formData, 'demande')
  const token = field(formData, 'token')
  const answer = field(formData, 'reponse')
  const payload = await payloadClient()
  let already = false
  try {
    await recordFollowUp(payload, { leadId: id, answer, token })
  } catch (error) {
    if (!(error instanceof BoussoleApiError)) throw error
    // Bad link (403), erased (410), question not asked yet (409): the question page itself explains.
    if (error.status !== 409 || isNotAskedYet(error)) redirect(`/demandes/${encodeURIComponent(id)}/suivi?token=${encodeURIComponent(token)}`)
    already = true
  }
  redirect(`/demandes/${encodeURIComponent(id)}/suivi/merci?reponse=${answer === 'non' ? 'non' : 'oui'}${already ? '&deja=1' : ''}`)
}

/** Withdraws the request: closed, personal data erased at once, the organisation told. */
export async function withdrawAction(formData: FormData): Promise<void> {
  const id = field(formData, 'demande')
  const token = field(formData, 'token')
  const payload = await payloadClient()
  let reference: string
  try {
    reference = (await withdrawLead(payload, { leadId: id, token })).reference
  } catch (error) {
    if (!(error instanceof BoussoleApiError)) throw error
    // Bad link (403) or already withdrawn (410): the page itself explains.
    redirect(`/demandes/${encodeURIComponent(id)}/retrait?token=${encodeURIComponent(token)}`)
  }
  redirect(`/demandes/${encodeURIComponent(id)}/retrait/effectue?reference=${encodeURIComponent(reference)}`)
}
