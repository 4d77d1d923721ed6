import { describe, expect, it } from '@jest/globals'

import { allowedMethods, withMethodNotAllowed } from '../../src/plugins/boussole/http/methodNotAllowed'

const handler = async () => new Response('ok')

describe('withMethodNotAllowed: every other method of an endpoint’s path answers 405 in French', () => {
  it.each([
    { endpoints: [['post', '/import']], allowed: { '/import': ['post'] } },
    {
      endpoints: [
        ['get', '/a/:id'],
        ['post', '/a/:id'],
      ],
      allowed: { '/a/:id': ['get', 'post'] },
    },
    {
      endpoints: [
        ['delete', '/b'],
        ['get', '/b'],
        ['get', '/c'],
      ],
      allowed: { '/b': ['get', 'delete'], '/c': ['get'] },
    },
  ] as const)('%j', ({ endpoints, allowed }) => {
    expect(Object.fromEntries(allowedMethods(endpoints.map(([method, path]) => ({ method, path }))))).toEqual(allowed)
  })

  it('adds the refusals after the real endpoints, never for a method a path answers', async () => {
    const endpoints = withMethodNotAllowed([
      { method: 'post', path: '/import', handler },
      { method: 'get', path: '/export', handler },
    ])
    expect(endpoints.slice(0, 2).map((endpoint) => endpoint.handler)).toEqual([handler, handler])
    expect(endpoints.slice(2).map((endpoint) => `${endpoint.method} ${endpoint.path}`)).toEqual([
      'get /import',
      'put /import',
      'patch /import',
      'delete /import',
      'post /export',
      'put /export',
      'patch /export',
      'delete /export',
    ])
    const refusal = await endpoints[2].handler({} as never)
    expect([refusal.status, refusal.headers.get('allow')]).toEqual([405, 'POST'])
    expect(await refusal.json()).toEqual({ errors: [{ message: 'Cette adresse ne répond qu’aux requêtes POST.' }] })
  })
})
