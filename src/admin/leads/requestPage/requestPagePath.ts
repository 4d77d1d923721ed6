/** The request page of a lead in the back office. */
export const requestPagePath = (leadId: number): string => `/admin/collections/leads/${leadId}`
