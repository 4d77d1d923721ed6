import type { CollectionSlug, DefaultServerCellComponentProps } from 'payload'

import { relatedTitle } from './relatedTitles'

const SHOWN = 3

type Value = string | number | { relationTo: CollectionSlug; value: string | number }

/**
 * A relationship column of a list, rendered on the server with the titles already in it (Payload's own cell
 * fetches them from the browser once the page is shown: « Chargement en cours... » for a moment).
 */
export async function RelationshipTitleCell({ cellData, field, i18n, payload }: DefaultServerCellComponentProps) {
  const values: Value[] = (Array.isArray(cellData) ? cellData : [cellData]).filter((value) => value !== null && value !== undefined && value !== '')
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  const label = 'label' in field && typeof field.label === 'string' ? field.label : ''
  if (values.length === 0) return <span>{i18n.t('general:noLabel', { label })}</span>
  const titles = await Promise.all(
    values.slice(0, SHOWN).map(async (value) => {
      const [collection, id] = typeof value === 'object' ? [value.relationTo, value.value] : [relationTo as CollectionSlug, value]
      return (await relatedTitle(payload, collection, id)) ?? `${i18n.t('general:untitled')} - ID: ${id}`
    }),
  )
  const more = values.length - SHOWN
  return (
    <span className="relationship-cell">
      {titles.join(', ')}
      {more > 0 ? ` ${i18n.t('fields:itemsAndMore', { items: '', count: more }).trim()}` : null}
    </span>
  )
}
