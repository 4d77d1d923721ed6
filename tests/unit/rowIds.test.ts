import { withoutRowIds } from '../../src/domain/shared/rowIds'

describe('withoutRowIds', () => {
  it.each([
    ['a flat row', [{ id: 'a1', email: 'x@y.fr' }], [{ email: 'x@y.fr' }]],
    [
      'a rule with alternatives',
      [{ id: 'r1', criterion: 'situation', values: ['a'], anyOf: [{ id: 'o1', criterion: 'inscriptions', values: ['ml'] }] }],
      [{ criterion: 'situation', values: ['a'], anyOf: [{ criterion: 'inscriptions', values: ['ml'] }] }],
    ],
    [
      'a question with answers and conditions',
      { questions: [{ id: 'q', key: 'k', options: [{ id: 'o', value: 'v', label: 'V' }], conditions: [{ id: 'c', questionKey: 'a', values: ['x'] }] }] },
      { questions: [{ key: 'k', options: [{ value: 'v', label: 'V' }], conditions: [{ questionKey: 'a', values: ['x'] }] }] },
    ],
    ['values that are not objects', ['a', 1, null], ['a', 1, null]],
    ['an empty list', [], []],
  ])('%s', (_case, input, expected) => {
    expect(withoutRowIds(input)).toEqual(expected)
  })

  it('does not change what it copies', () => {
    const rows = [{ id: 'a', nested: [{ id: 'b' }] }]
    withoutRowIds(rows)
    expect(rows).toEqual([{ id: 'a', nested: [{ id: 'b' }] }])
  })
})
