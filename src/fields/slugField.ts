import type { TextField } from 'payload'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Turns « Montpellier Méditerranée Métropole » into « montpellier-mediterranee-metropole ». */
export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** A unique URL slug, filled from `sourceField` when left empty. */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    label: 'Identifiant dans les adresses',
    type: 'text',
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Rempli automatiquement à partir du nom.' },
    hooks: {
      beforeValidate: [({ value, data }) => (value ? slugify(String(value)) : data?.[sourceField] ? slugify(String(data[sourceField])) : value)],
    },
    validate: (value: unknown) => (typeof value === 'string' && SLUG_PATTERN.test(value) ? true : 'Identifiant en minuscules, chiffres et tirets.'),
  }
}
