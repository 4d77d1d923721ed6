'use server'

import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { asUser } from '@/database/transactions'
import { signedMessageParams } from '@/security/signedMessage'
import config from '@payload-config'

import { withSession } from '../../workflows/shared/session'
import { ABSENCE_DONE_PARAM, ABSENCE_ERROR_PARAM, ABSENCE_PAGE, ABSENCE_SECTION_ID, type AbsenceDone } from './absencePaths'

/** A date field's value ('YYYY-MM-DD'), or null when left empty. */
const day = (form: FormData, name: string): string | null => {
  const value = form.get(name)
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

/**
 * Writes the signed-in person's own absence with their access (the Users collection validates it: `absenceError`),
 * then back to the dashboard with the result: a fixed code for a success, a refusal signed for the dashboard.
 */
async function saveOwnAbsence(absence: { from: string | null; until: string | null }, done: AbsenceDone): Promise<never> {
  const result = await withSession(async (payload, user) => {
    await asUser(payload, user, (req) => payload.update({ collection: 'users', id: user.id, data: { absence }, req, overrideAccess: false }))
    return { ok: true, message: done }
  })
  const { secret } = await getPayload({ config })
  const params = new URLSearchParams(
    result.ok ? { [ABSENCE_DONE_PARAM]: done } : signedMessageParams(secret, ABSENCE_PAGE, ABSENCE_ERROR_PARAM, result.message),
  )
  redirect(`${ABSENCE_PAGE}?${params}#${ABSENCE_SECTION_ID}`)
}

/** « Enregistrer »: the absence's first and last days (both included; no last day = until « Je suis de retour »). */
export async function recordAbsenceAction(form: FormData): Promise<void> {
  await saveOwnAbsence({ from: day(form, 'from'), until: day(form, 'until') }, 'enregistree')
}

/** « Je suis de retour »: clears the absence. */
export async function endAbsenceAction(): Promise<void> {
  await saveOwnAbsence({ from: null, until: null }, 'levee')
}
