import type { Field, Plugin } from 'payload'

import { mapFields } from '@/fields/mapFields'

const CELL = '@/admin/lists/RelationshipTitleCell#RelationshipTitleCell'

/** A relationship field without a cell of its own gets the server-rendered one (src/admin/lists/RelationshipTitleCell.tsx). */
function withServerCell(field: Field): Field {
  if (field.type !== 'relationship' || field.admin?.components?.Cell) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: CELL } } } as Field
}

/** Every list's relationship columns show their titles with the page (list it after the plugins that add collections). */
export const serverRelationshipCells: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: mapFields(collection.fields, withServerCell) })),
})
