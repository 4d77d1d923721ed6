/** The request page of a lead in the back office. */
export const requestPagePath = (leadId: number): string => `/admin/collections/leads/${leadId}`

/** The query-string key of an action's refusal, signed (`signedMessageParams`) and read back by `RequestPage`. */
export const LEAD_ERROR_PARAM = 'erreur'
