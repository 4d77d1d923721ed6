/** The dashboard the offers' availability forms sit on, and the scope their signed results are bound to. */
export const AVAILABILITY_PAGE = '/admin'
/** The section's anchor on the dashboard. */
export const AVAILABILITY_SECTION_ID = 'disponibilite-des-offres'

/** The query-string keys of a pause's or resume's result, signed for the dashboard (`signedMessageParams`). */
export const AVAILABILITY_DONE_PARAM = 'disponibilite'
export const AVAILABILITY_ERROR_PARAM = 'erreurDisponibilite'
