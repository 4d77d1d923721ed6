'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { BoussoleApiError, closeByYoungPerson, isAlreadyAnswered, leadToken, recordFollowUp, requestOtherOffer, withdrawLead } from '@/plugins/boussole/server'
import { requestClientAddress } from '@/security/clientIp'

import { requestStatusPath } from '../../_lib/paths'
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
  let outcome = ''
  try {
    if ((await recordFollowUp(payload, { leadId: id, answer, token })).corrected) outcome = '&corrige=1'
  } catch (error) {
    if (!(error instanceof BoussoleApiError)) throw error
    // Bad link (403), erased (410), question not asked yet or too late to correct (409): the question page explains.
    if (!isAlreadyAnswered(error)) redirect(`/demandes/${encodeURIComponent(id)}/suivi?token=${encodeURIComponent(token)}`)
    outcome = '&deja=1'
  }
  redirect(`/demandes/${encodeURIComponent(id)}/suivi/merci?reponse=${answer === 'non' ? 'non' : 'oui'}${outcome}`)
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

/** The request's own page, with what just happened (`fait`) shown on top. */
const statusPage = requestStatusPath

/** « Je n'en ai plus besoin »: the request is closed and the organisation told (once), then its page says so. */
export async function noLongerNeededAction(formData: FormData): Promise<void> {
  const id = field(formData, 'demande')
  const token = field(formData, 'token')
  const payload = await payloadClient()
  let done = 'plus-besoin'
  try {
    if (!(await closeByYoungPerson(payload, { leadId: id, token })).closed) done = 'deja-terminee'
  } catch (error) {
    if (!(error instanceof BoussoleApiError)) throw error
    // Bad link (403: the page is a 404) or withdrawn (410): the page itself explains.
    done = ''
  }
  redirect(statusPage(id, token, done))
}

/** « Demander cette offre »: a new request for another matching offer, then its confirmation page. */
export async function requestOtherOfferAction(formData: FormData): Promise<void> {
  const id = field(formData, 'demande')
  const token = field(formData, 'token')
  const payload = await payloadClient()
  let created
  try {
    created = await requestOtherOffer(payload, { leadId: id, token, offerId: field(formData, 'offre') }, { ip: requestClientAddress(await headers()) })
  } catch (error) {
    if (!(error instanceof BoussoleApiError)) throw error
    // Not waiting any more, offer gone, limits reached: the page shows what can still be done.
    redirect(statusPage(id, token, error.status === 429 ? 'trop-de-demandes' : 'autre-offre-impossible'))
  }
  redirect(`/demandes/${created.id}/confirmation?token=${leadToken(payload.secret, created.id, 'withdraw')}`)
}
