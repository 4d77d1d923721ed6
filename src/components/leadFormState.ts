/** What the lead form shows after a refused submission: the values typed (never lost) and an error per field. */
export interface LeadFormState {
  values: { email: string; phone: string; consent: boolean; channels?: string[]; moments?: string[] }
  errors: {
    email?: string
    phone?: string
    /** Neither an email nor a phone number. */
    contact?: string
    consent?: string
    /** Not about a field: rate limit, offer no longer available, unexpected error… */
    global?: string
    /** The offer, commune or answers no longer fit: the way out is to search again. */
    stale?: boolean
  }
}

export const initialLeadFormState: LeadFormState = { values: { email: '', phone: '', consent: false }, errors: {} }
