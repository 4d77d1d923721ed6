import { describe, expect, it } from '@jest/globals'

import { isMarkedBadRequest, withBadRequestMarker } from '../../src/security/badRequestMarker'

describe('withBadRequestMarker', () => {
  it.each<[string, Record<string, string | string[] | undefined>, boolean, string]>([
    ['adds the marker, keeping every parameter', { r: 'abc', reponse: ['a', 'b'] }, true, '/p?r=abc&reponse=a&reponse=b&invalide=1'],
    ['removes it', { r: 'abc', invalide: '1' }, false, '/p?r=abc'],
    ['no parameter left', { invalide: '1' }, false, '/p'],
    ['keeps a malformed value as typed', { r: '%%%' }, true, '/p?r=%25%25%25&invalide=1'],
    ['skips absent values', { r: undefined }, true, '/p?invalide=1'],
  ])('%s', (_label, query, marked, expected) => {
    expect(withBadRequestMarker('/p', query, marked)).toBe(expected)
  })

  it('tells whether an address carries the marker', () => {
    expect(isMarkedBadRequest({ invalide: '1' })).toBe(true)
    expect(isMarkedBadRequest({ invalide: '' })).toBe(true)
    expect(isMarkedBadRequest({ r: 'x' })).toBe(false)
  })
})
