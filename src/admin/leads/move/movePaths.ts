/** The query-string keys of a move's result, signed (`signedMessageParams`) and read back by `MoveLeadSection` or `HandedOnLeads`. */
export const MOVE_DONE_PARAM = 'confiee'
export const MOVE_ERROR_PARAM = 'erreurConfiee'

/** The section's anchor on the request page. */
export const MOVE_SECTION_ID = 'confier-la-demande'

/**
 * Where a professional lands after forwarding a request they no longer see: their dashboard, and the scope the
 * result is signed for there.
 */
export const HANDED_ON_PAGE = '/admin'
/** The « Demandes confiées à d’autres organismes » section's anchor on the dashboard. */
export const HANDED_ON_SECTION_ID = 'demandes-confiees'
