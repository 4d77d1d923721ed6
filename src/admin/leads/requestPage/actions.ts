'use server'

import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { signedMessageParams } from '@/security/signedMessage'
import config from '@payload-config'

import { withSession } from '../../workflows/shared/session'
import { applyLeadAction, LEAD_ACTION_DONE, type LeadActionInput, type LeadIntent } from './leadActions'
import { LEAD_ERROR_PARAM, requestPagePath } from './requestPagePath'

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The action a form of the request page posts (works without JavaScript): applies it, then back to the page with its result. */
export async function leadFormAction(form: FormData): Promise<void> {
  const leadId = Number(text(form, 'leadId'))
  const intent = text(form, 'intent') as LeadIntent
  // « Me l’attribuer » sends the person's own id, whatever the select shows.
  const assignee = text(form, 'assignSelf') || text(form, 'assignee')
  const input: LeadActionInput = {
    intent,
    assignee: assignee ? Number(assignee) : null,
    outcome: text(form, 'outcome'),
    comment: text(form, 'comment'),
  }
  const result = await withSession(async (payload, user) => {
    await applyLeadAction(payload, user, leadId, input)
    return { ok: true, message: LEAD_ACTION_DONE[intent] }
  })
  const path = requestPagePath(leadId)
  // A success is a fixed code; an error's text is signed for this page (`RequestPage` shows only what the server signed).
  const { secret } = await getPayload({ config })
  const params = new URLSearchParams(result.ok ? { fait: intent } : signedMessageParams(secret, path, LEAD_ERROR_PARAM, result.message))
  redirect(`${path}?${params}#resultat`)
}
