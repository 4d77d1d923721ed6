import { normalizeFrenchMobile } from '@/domain/contact/phone'
import { isValidEmail } from '@/domain/contact/validateEmail'
import { normalizeContactPreferences, type NormalizedContactPreferences } from '@/domain/leads/contactPreferences'

import type { ApiError } from '../core/errors'

/** What a young person sends to be contacted about one offer (the body of POST /api/boussole/leads). */
export interface LeadInput {
  offer: number
  commune: string
  /** Still untrusted: checked against the questionnaire by the matching code. */
  answers: unknown
  contact: LeadContact
  /** How and when they prefer to be reached (optional: empty lists). */
  contactPreferences: NormalizedContactPreferences
}

export interface LeadContact {
  /** Lower-cased. */
  email: string | null
  /** E.164 French mobile, e.g. '+33612345678'. */
  phone: string | null
}

export type LeadInputResult = { ok: true; input: LeadInput } | { ok: false; errors: ApiError[] }

const MAX_COMMUNE_LENGTH = 10
const MAX_PHONE_LENGTH = 30
/** Serialised size of the answers: a questionnaire has a dozen short answers. */
export const MAX_ANSWERS_SIZE = 8_000

/** Neutral on purpose: a robot filling the hidden field learns nothing. */
export const HONEYPOT_MESSAGE = 'Ta demande n’a pas pu être enregistrée. Réessaie dans quelques instants.'

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function parseOffer(value: unknown): number | null {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null
}

function parseEmail(value: unknown, errors: ApiError[]): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || !isValidEmail(value.trim())) {
    errors.push({ field: 'contact.email', message: 'Cette adresse e-mail n’est pas valide. Vérifie-la (exemple : prenom.nom@exemple.fr).' })
    return null
  }
  return value.trim().toLowerCase()
}

function parsePhone(value: unknown, errors: ApiError[]): string | null {
  if (value === undefined || value === null || value === '') return null
  const phone = typeof value === 'string' && value.length <= MAX_PHONE_LENGTH ? normalizeFrenchMobile(value) : null
  if (!phone) errors.push({ field: 'contact.phone', message: 'Indique un numéro de portable français (06 ou 07), par exemple 06 12 34 56 78.' })
  return phone
}

function parseContact(value: unknown, errors: ApiError[]): LeadContact {
  if (!isPlainObject(value)) {
    errors.push({ field: 'contact', message: 'Indique ton adresse e-mail ou ton numéro de portable pour être recontacté(e).' })
    return { email: null, phone: null }
  }
  const before = errors.length
  const contact = { email: parseEmail(value.email, errors), phone: parsePhone(value.phone, errors) }
  if (errors.length === before && !contact.email && !contact.phone) {
    errors.push({ field: 'contact', message: 'Indique ton adresse e-mail ou ton numéro de portable pour être recontacté(e).' })
  }
  return contact
}

function answersTooLarge(answers: unknown): boolean {
  try {
    return JSON.stringify(answers ?? null).length > MAX_ANSWERS_SIZE
  } catch {
    return true
  }
}

/**
 * Checks the shape of a lead submission before anything is read from the database: types, lengths,
 * at least one contact (valid e-mail, French mobile), explicit consent, and the honeypot `website`
 * (a field hidden from people, that only robots fill).
 */
export function parseLeadInput(body: unknown): LeadInputResult {
  if (!isPlainObject(body)) return { ok: false, errors: [{ message: 'Le corps de la requête doit être un objet JSON.' }] }
  if (body.website !== undefined && body.website !== null && body.website !== '') {
    return { ok: false, errors: [{ message: HONEYPOT_MESSAGE }] }
  }
  const errors: ApiError[] = []
  const offer = parseOffer(body.offer)
  if (offer === null) errors.push({ field: 'offer', message: 'Choisis l’offre pour laquelle tu veux être recontacté(e).' })
  const commune = typeof body.commune === 'string' && body.commune.trim() && body.commune.length <= MAX_COMMUNE_LENGTH ? body.commune.trim() : null
  if (commune === null) errors.push({ field: 'commune', message: 'Choisis ta commune dans la liste.' })
  if (!isPlainObject(body.answers) || answersTooLarge(body.answers)) {
    errors.push({ field: 'answers', message: 'Les réponses au questionnaire sont manquantes ou invalides.' })
  }
  const contact = parseContact(body.contact, errors)
  const preferences = normalizeContactPreferences(body.contactPreferences)
  if (!preferences.ok) errors.push({ field: preferences.field, message: preferences.message })
  if (body.consent !== true) {
    errors.push({ field: 'consent', message: 'Coche la case pour accepter que tes coordonnées soient transmises à l’organisme.' })
  }
  if (errors.length) return { ok: false, errors }
  const contactPreferences = preferences.ok ? preferences.preferences : { channels: [], moments: [] }
  return { ok: true, input: { offer: offer!, commune: commune!, answers: body.answers, contact, contactPreferences } }
}
