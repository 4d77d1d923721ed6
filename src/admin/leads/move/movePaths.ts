/** The query-string keys of a move's result, signed (`signedMessageParams`) and read back by `MoveLeadSection`. */
export const MOVE_DONE_PARAM = 'confiee'
export const MOVE_ERROR_PARAM = 'erreurConfiee'

/** The section's anchor on the request page. */
export const MOVE_SECTION_ID = 'confier-la-demande'
