import type { DateField, Field, Plugin } from 'payload'

import { mapFields } from './mapFields'

type Appearance = NonNullable<NonNullable<NonNullable<DateField['admin']>['date']>['pickerAppearance']>

/**
 * The French formats of the admin's date pickers. react-datepicker parses typed text with the display format
 * (and falls back to `new Date(text)`, the US order, when it fails): Payload's defaults (« MMM dd » for a day,
 * « MM/dd/yyyy ») made « 01/12/2026 » the 12th of January and hid the year. The list cells use the same format.
 */
export const FRENCH_DATE_FORMATS: Record<Appearance, { displayFormat: string; timeFormat?: string }> = {
  default: { displayFormat: 'dd/MM/yyyy' },
  dayOnly: { displayFormat: 'dd/MM/yyyy' },
  dayAndTime: { displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' },
  timeOnly: { displayFormat: 'HH:mm', timeFormat: 'HH:mm' },
  monthOnly: { displayFormat: 'MMMM yyyy' },
}

/** A date field with the French formats of its appearance (what the field sets itself is kept). */
export function withFrenchDateFormat(field: DateField): DateField {
  const date = field.admin?.date ?? {}
  const french = FRENCH_DATE_FORMATS[date.pickerAppearance ?? 'default']
  return { ...field, admin: { ...field.admin, date: { ...french, ...date } } }
}

const frenchDate = (field: Field): Field => (field.type === 'date' ? withFrenchDateFormat(field) : field)

/**
 * One setting for every date field of the admin, the plugins' included (list it after them in the config):
 * typed and shown as « 01/12/2026 », « 01/12/2026 14:30 ».
 */
export const frenchDatePickers: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: mapFields(collection.fields, frenchDate) })),
  globals: config.globals?.map((global) => ({ ...global, fields: mapFields(global.fields, frenchDate) })),
})
