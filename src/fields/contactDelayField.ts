import type { NumberField } from 'payload'

export const MIN_CONTACT_DELAY_DAYS = 1
export const MAX_CONTACT_DELAY_DAYS = 7

/** The delay (whole days, 1 to 7) within which a professional commits to contact the young person. */
export function contactDelayField(options: {
  name: string
  label: string
  description: string
  required?: boolean
  /** `null`: no default, filled by a hook */
  defaultValue?: number | null
}): NumberField {
  return {
    name: options.name,
    label: options.label,
    type: 'number',
    required: options.required ?? true,
    defaultValue: options.defaultValue === null ? undefined : (options.defaultValue ?? 3),
    min: MIN_CONTACT_DELAY_DAYS,
    max: MAX_CONTACT_DELAY_DAYS,
    admin: { description: options.description, step: 1 },
    validate: (value: unknown) =>
      value === null || value === undefined
        ? options.required === false || 'Indiquez un délai de recontact.'
        : Number.isInteger(value) && (value as number) >= MIN_CONTACT_DELAY_DAYS && (value as number) <= MAX_CONTACT_DELAY_DAYS
          ? true
          : `Le délai de recontact doit être un nombre entier de jours entre ${MIN_CONTACT_DELAY_DAYS} et ${MAX_CONTACT_DELAY_DAYS}.`,
  }
}
