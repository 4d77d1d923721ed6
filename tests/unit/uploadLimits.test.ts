import { describe, expect, it } from '@jest/globals'

import { formatSize, uploadSizeProblem, UPLOAD_LIMITS } from '../../src/fields/uploadLimits'

const MB = 1024 * 1024

describe('upload size limits', () => {
  it.each<[string, unknown, number, string | null]>([
    ['a small logo', 68, UPLOAD_LIMITS.media, null],
    ['exactly the limit', 2 * MB, UPLOAD_LIMITS.media, null],
    ['one byte too many', 2 * MB + 1, UPLOAD_LIMITS.media, 'Le fichier est trop volumineux : 2 Mo au maximum.'],
    ['the 12 MB « logo »', 12 * MB, UPLOAD_LIMITS.media, 'Le fichier est trop volumineux (12 Mo) : 2 Mo au maximum.'],
    ['a 1.5 MB image', 1.5 * MB, UPLOAD_LIMITS.media, null],
    ['a 3.4 MB image', 3.4 * MB, UPLOAD_LIMITS.media, 'Le fichier est trop volumineux (3,4 Mo) : 2 Mo au maximum.'],
    ['a 9 MB charter scan', 9 * MB, UPLOAD_LIMITS.charters, null],
    ['an 11 MB charter scan', 11 * MB, UPLOAD_LIMITS.charters, 'Le fichier est trop volumineux (11 Mo) : 10 Mo au maximum.'],
    ['no size (no new file)', undefined, UPLOAD_LIMITS.media, null],
    ['a forged size', 'huge', UPLOAD_LIMITS.media, null],
  ])('%s', (_label, size, limit, expected) => {
    expect(uploadSizeProblem(size, limit)).toBe(expected)
  })

  it('writes sizes as people read them', () => {
    expect([formatSize(800 * 1024), formatSize(1.5 * MB), formatSize(10 * MB), formatSize(10)]).toEqual(['800 ko', '1,5 Mo', '10 Mo', '1 ko'])
  })
})
