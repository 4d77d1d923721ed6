import { accessLogEntry, pathOf, requestIdOf } from '../../src/server/accessLog'

describe('requestIdOf', () => {
  it.each<[string, string | string[] | undefined, string | RegExp]>([
    ['a proxy’s id', 'a1b2c3d4-e5f6', 'a1b2c3d4-e5f6'],
    ['the first of several', ['req-12345678', 'other-id'], 'req-12345678'],
    ['none: a new UUID', undefined, /^[0-9a-f-]{36}$/],
    ['too short: a new one', 'abc', /^[0-9a-f-]{36}$/],
    ['with spaces or quotes (log injection): a new one', 'id"} {"level":"error', /^[0-9a-f-]{36}$/],
    ['too long: a new one', 'x'.repeat(200), /^[0-9a-f-]{36}$/],
  ])('%s', (_label, header, expected) => {
    const id = requestIdOf(header)
    if (typeof expected === 'string') expect(id).toBe(expected)
    else expect(id).toMatch(expected)
  })
})

describe('pathOf', () => {
  it.each([
    ['/demandes/42/suivi?reponse=oui&token=SECRET', '/demandes/42/suivi'],
    ['/api/boussole/communes?q=cahors', '/api/boussole/communes'],
    ['/commune/46042#contenu', '/commune/46042'],
    [undefined, '/'],
    ['http://[::1', '/'],
  ])('%s → %s', (url, expected) => {
    expect(pathOf(url)).toBe(expected)
  })
})

describe('accessLogEntry', () => {
  it.each([
    [200, 'info'],
    [302, 'info'],
    [404, 'warn'],
    [429, 'warn'],
    [500, 'error'],
    [503, 'error'],
  ] as const)('status %i → level %s', (status, level) => {
    expect(accessLogEntry({ id: 'req-12345678', method: 'GET', url: '/' }, status, 1000, 1012.4).level).toBe(level)
  })

  it('is one line of JSON without the query string', () => {
    const entry = accessLogEntry(
      { id: 'req-12345678', method: 'POST', url: '/demandes/7/retrait?token=SECRET' },
      303,
      Date.parse('2026-12-04T10:00:00.000Z'),
      Date.parse('2026-12-04T10:00:00.250Z'),
    )
    expect(entry).toEqual({
      time: '2026-12-04T10:00:00.250Z',
      level: 'info',
      msg: 'request',
      id: 'req-12345678',
      method: 'POST',
      path: '/demandes/7/retrait',
      status: 303,
      ms: 250,
    })
    expect(JSON.stringify(entry)).not.toContain('SECRET')
  })
})
