/** How the young person prefers to be reached, as they tick it on the contact form (all optional). */
export const CONTACT_CHANNELS = [
  { value: 'sms', label: 'Par SMS' },
  { value: 'appel', label: 'Par appel' },
  { value: 'mail', label: 'Par mail' },
] as const

/** When they prefer to be reached. */
export const CONTACT_MOMENTS = [
  { value: 'matin', label: 'Le matin' },
  { value: 'midi', label: 'Le midi' },
  { value: 'apres_midi', label: 'L’après-midi' },
  { value: 'soir', label: 'Le soir' },
] as const

export type ContactChannel = (typeof CONTACT_CHANNELS)[number]['value']
export type ContactMoment = (typeof CONTACT_MOMENTS)[number]['value']
