/** The dashboard the absence form sits on, and the scope its signed refusals are bound to (`signedMessageParams`). */
export const ABSENCE_PAGE = '/admin'
/** The section's anchor on the dashboard. */
export const ABSENCE_SECTION_ID = 'mon-absence'

/** The query-string key of a success: a fixed code, never a text from the link. */
export const ABSENCE_DONE_PARAM = 'absence'
/** The query-string key of a refusal, signed for the dashboard. */
export const ABSENCE_ERROR_PARAM = 'erreurAbsence'

/** What the page says after each success. */
export const ABSENCE_DONE = {
  enregistree: 'Absence enregistrée : pendant ces jours, les alertes de vos demandes vont à vos collègues.',
  levee: 'Bon retour ! Les alertes de vos demandes vous parviennent de nouveau.',
} as const
export type AbsenceDone = keyof typeof ABSENCE_DONE
