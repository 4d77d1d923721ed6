import { changedFields } from '../../src/domain/shared/changedFields'

const ORIGINAL = { name: 'Grand Reims', status: 'preparation', openedAt: null, opensAt: '2027-01-04T00:00:00.000Z', tags: ['a'] }
const NAMES = ['name', 'status', 'openedAt', 'opensAt', 'tags']

describe('changedFields', () => {
  it.each([
    ['an empty body', {}, []],
    ['a body of other fields', { description: 'Nouvelle présentation' }, []],
    ['the admin form sending everything back unchanged', { ...ORIGINAL }, []],
    ['a field explicitly undefined', { status: undefined }, []],
    ['empty values are one: null, undefined, empty string', { openedAt: '' }, []],
    ['the same instant written otherwise', { opensAt: '2027-01-04T01:00:00+01:00' }, []],
    ['the same date as a Date', { opensAt: new Date('2027-01-04T00:00:00.000Z') }, []],
    ['a new status', { status: 'ouvert' }, ['status']],
    ['a date set where there was none', { openedAt: '2027-01-01' }, ['openedAt']],
    ['a date moved', { opensAt: '2027-01-05T00:00:00.000Z' }, ['opensAt']],
    ['a date removed', { opensAt: null }, ['opensAt']],
    ['a renamed territory', { name: 'Reims' }, ['name']],
    ['a changed list', { tags: ['a', 'b'] }, ['tags']],
    ['several, in the order of the names', { opensAt: null, status: 'ouvert', name: 'Reims' }, ['name', 'status', 'opensAt']],
  ])('%s', (_label, data, expected) => {
    expect(changedFields(data as Record<string, unknown>, ORIGINAL, NAMES)).toEqual(expected)
  })
})
