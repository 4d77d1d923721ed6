import type { Field } from 'payload'

/** `fields` with `change` applied to every field at any depth (rows, groups, arrays, tabs, collapsibles, blocks). */
export function mapFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })) }
    if ('fields' in field && Array.isArray(field.fields)) return change({ ...field, fields: mapFields(field.fields, change) } as Field)
    return change(field)
  })
}
