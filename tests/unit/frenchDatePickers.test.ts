import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Config, DateField, Field } from 'payload'

import { frenchDatePickers, withFrenchDateFormat } from '../../src/fields/frenchDatePickers'

const date = (admin?: DateField['admin']): DateField => ({ name: 'at', type: 'date', admin })

describe('withFrenchDateFormat', () => {
  it.each([
    ['no appearance (a timestamp)', date(), { displayFormat: 'dd/MM/yyyy' }],
    ['a day', date({ date: { pickerAppearance: 'dayOnly' } }), { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' }],
    [
      'a day and a time',
      date({ date: { pickerAppearance: 'dayAndTime' } }),
      { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' },
    ],
    ['a time', date({ date: { pickerAppearance: 'timeOnly' } }), { pickerAppearance: 'timeOnly', displayFormat: 'HH:mm', timeFormat: 'HH:mm' }],
    ['a month', date({ date: { pickerAppearance: 'monthOnly' } }), { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' }],
    [
      'a format of its own, kept',
      date({ date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } }),
      { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
    ],
  ])('%s', (_case, field, expected) => {
    expect(withFrenchDateFormat(field).admin?.date).toEqual(expected)
  })

  it('keeps the rest of the field’s admin options', () => {
    expect(withFrenchDateFormat(date({ readOnly: true, position: 'sidebar' })).admin).toMatchObject({ readOnly: true, position: 'sidebar' })
  })
})

describe('frenchDatePickers', () => {
  const nested: Field[] = [
    { name: 'title', type: 'text' },
    date(),
    { type: 'row', fields: [date({ date: { pickerAppearance: 'dayOnly' } })] },
    { name: 'history', type: 'array', fields: [{ type: 'row', fields: [date({ date: { pickerAppearance: 'dayAndTime' } })] }] },
    { type: 'tabs', tabs: [{ label: 'Onglet', fields: [{ name: 'group', type: 'group', fields: [date()] }] }] },
    { name: 'blocks', type: 'blocks', blocks: [{ slug: 'block', fields: [date()] }] },
    { type: 'collapsible', label: 'Plus', fields: [date()] },
  ]

  /** The display formats of every date field, in document order. */
  function formats(fields: Field[]): string[] {
    return fields.flatMap((field): string[] => {
      if (field.type === 'date') return [field.admin?.date?.displayFormat ?? 'none']
      if (field.type === 'tabs') return field.tabs.flatMap((tab) => formats(tab.fields))
      if (field.type === 'blocks') return field.blocks.flatMap((block) => formats(block.fields))
      return 'fields' in field ? formats(field.fields) : []
    })
  }

  it('gives every date field of every collection, at any depth, its French format', async () => {
    const collection: CollectionConfig = { slug: 'things', fields: nested }
    const config = (await frenchDatePickers({ collections: [collection] } as Config)) as Config
    expect(formats(config.collections![0].fields)).toEqual(['dd/MM/yyyy', 'dd/MM/yyyy', 'dd/MM/yyyy HH:mm', 'dd/MM/yyyy', 'dd/MM/yyyy', 'dd/MM/yyyy'])
    expect(formats(nested)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']) // the original config is left alone
  })
})
