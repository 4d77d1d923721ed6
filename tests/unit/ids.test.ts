import { describe, expect, it } from '@jest/globals'

import { idOf, idsOf } from '../../src/domain/shared/ids'

describe('idOf', () => {
  it.each<[string, unknown, number | null]>([
    ['an id', 12, 12],
    ['the id 0', 0, 0],
    ['a populated document', { id: 12, name: 'Lot' }, 12],
    ['a document whose id came as text', { id: '12' }, 12],
    ['null (relation left empty)', null, null],
    ['undefined (field not selected)', undefined, null],
    ['an id as text (not a relation value)', '12', null],
    ['an object without id', { value: 12 }, null],
    ['a boolean', true, null],
  ])('%s → %p', (_case, value, expected) => {
    expect(idOf(value)).toBe(expected)
  })
})

describe('idsOf', () => {
  it.each<[string, unknown, number[]]>([
    ['ids', [1, 2, 3], [1, 2, 3]],
    ['documents and ids mixed, in order', [{ id: 4 }, 2, { id: 9 }], [4, 2, 9]],
    ['the unresolvable ones left out', [1, null, undefined, 'x', { name: 'sans id' }, 5], [1, 5]],
    ['an empty list', [], []],
    ['null', null, []],
    ['undefined', undefined, []],
    ['a single value that is not a list', 7, []],
  ])('%s', (_case, values, expected) => {
    expect(idsOf(values)).toEqual(expected)
  })
})
