'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { CHANNEL_FIELD, MOMENT_FIELD } from '@/components/ContactPreferenceFields'
import type { LeadFormState } from '@/components/leadFormState'
import { BoussoleApiError, leadToken, submitLead } from '@/plugins/boussole/server'
import { requestClientAddress } from '@/security/clientIp'

import { decodeAnswers } from '../../_lib/answersParam'
import { payloadClient } from '../../_lib/payload'
import { currentPreview, PREVIEW_LEAD_MESSAGE } from '../../_lib/preview'

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

type MessageField = Exclude<keyof LeadFormState['errors'], 'stale'>

/** Where each of the plugin's error fields is shown in the form. */
function fieldOf(field: string | undefined): MessageField {
  if (field === 'contact.email') return 'email'
  if (field === 'contact.phone') return 'phone'
  if (field === 'contact') return 'contact'
  if (field === 'consent') return 'consent'
  return 'global'
}

/**
 * The lead form's server action (works without JavaScript: a plain POST, then a redirect to the confirmation).
 * Every check is the plugin's `submitLead`; its errors are mapped back to the fields they are about.
 */
export async function submitLeadAction(_previous: LeadFormState, formData: FormData): Promise<LeadFormState> {
  const ticked = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === 'string')
  const values = {
    email: text(formData, 'email'),
    phone: text(formData, 'telephone'),
    consent: formData.get('consentement') === 'oui',
    channels: ticked(CHANNEL_FIELD),
    moments: ticked(MOMENT_FIELD),
  }
  const body = {
    offer: text(formData, 'offre'),
    commune: text(formData, 'commune'),
    answers: decodeAnswers(text(formData, 'r')) ?? undefined,
    contact: { email: values.email || null, phone: values.phone || null },
    contactPreferences: { channels: values.channels, moments: values.moments },
    consent: values.consent,
    website: text(formData, 'website'),
  }
  // « Voir comme un jeune »: the form is shown, nothing is sent nor written.
  if (await currentPreview()) return { values, errors: { global: PREVIEW_LEAD_MESSAGE } }
  const payload = await payloadClient()
  let lead
  try {
    lead = await submitLead(payload, body, {
      ip: requestClientAddress(await headers()),
      idempotencyKey: text(formData, 'cle') || null,
    })
  } catch (error) {
    if (!(error instanceof BoussoleApiError)) {
      payload.logger.error({ err: error, msg: 'Lead submission from the public site failed' })
      return { values, errors: { global: 'Une erreur inattendue nous empêche d’enregistrer ta demande. Réessaie dans quelques instants.' } }
    }
    const errors: LeadFormState['errors'] = {}
    for (const entry of error.errors) {
      const field = error.status === 400 ? fieldOf(entry.field) : 'global'
      const previous = errors[field]
      errors[field] = previous ? `${previous} ${entry.message}` : entry.message
    }
    const fields = error.errors.map((entry) => entry.field ?? '').join(' ')
    if (error.status === 404 || (error.status === 400 && /offer|commune|answers/.test(fields))) {
      errors.stale = true
    }
    return { values, errors }
  }
  redirect(`/demandes/${lead.id}/confirmation?token=${leadToken(payload.secret, lead.id, 'withdraw')}`)
}
