import { describe, expect, it } from '@jest/globals'

import { proConnectFormTargets } from '../../src/config/proConnect'
import {
  buildTimeHeaderRules,
  createNonce,
  GRAPHQL_PLAYGROUND_CSP,
  pageContentSecurityPolicy,
  referrerPolicy,
  RESOURCE_CSP,
  routeArea,
  securityHeaders,
  strictTransportSecurity,
} from '../../src/security/headers'

/** `script-src 'self' 'nonce-x'` → { 'script-src': ["'self'", "'nonce-x'"] } */
const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )

describe('routeArea', () => {
  it.each([
    ['/', 'site'],
    ['/commune/46042/emploi/resultats', 'site'],
    ['/demandes/12/confirmation', 'site'],
    ['/administration', 'site'],
    ['/apiculture', 'site'],
    ['/admin', 'admin'],
    ['/admin/collections/offers/3', 'admin'],
    ['/api/users/login', 'api'],
    ['/api', 'api'],
    ['/api/boussole/communes', 'api'],
    ['/api/graphql', 'api'],
    ['/api/graphql-playground', 'graphqlPlayground'],
    ['/_next/static/chunks/main.js', 'asset'],
    ['/assets/site.js', 'asset'],
    ['/assetsmanquants', 'site'],
  ])('%s → %s', (pathname, area) => {
    expect(routeArea(pathname)).toBe(area)
  })
})

describe('referrerPolicy', () => {
  it.each([
    ['/demandes/12', 'same-origin'],
    ['/demandes/12/confirmation', 'same-origin'],
    ['/demandes/12/suivi', 'same-origin'],
    ['/demandes/12/retrait/effectue', 'same-origin'],
    ['/', 'strict-origin-when-cross-origin'],
    ['/offre/3', 'strict-origin-when-cross-origin'],
    ['/demandesx', 'strict-origin-when-cross-origin'],
    ['/admin/login', 'strict-origin-when-cross-origin'],
  ])('%s → %s', (pathname, policy) => {
    expect(referrerPolicy(pathname)).toBe(policy)
  })
})

describe('strictTransportSecurity', () => {
  it.each<[string, string | undefined]>([
    ['https://boussole.jeunes.gouv.fr', 'max-age=63072000; includeSubDomains'],
    ['HTTPS://boussole.example', 'max-age=63072000; includeSubDomains'],
    ['http://localhost:3000', undefined],
    ['http://https.example', undefined],
    ['', undefined],
  ])('%s → %s', (url, expected) => {
    expect(strictTransportSecurity(url)).toBe(expected)
  })
})

describe('pageContentSecurityPolicy', () => {
  it('public site: scripts and style elements only from the site or with the nonce, never inline, never framed', () => {
    const policy = directives(pageContentSecurityPolicy('site', { nonce: 'abc' }))
    expect(policy['script-src']).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"])
    expect(policy['style-src']).toEqual(["'self'", "'nonce-abc'"])
    expect(policy['style-src-attr']).toEqual(["'unsafe-inline'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['form-action']).toEqual(["'self'"])
    expect(policy['base-uri']).toEqual(["'self'"])
    const { 'style-src-attr': _attributes, ...rest } = policy
    expect(JSON.stringify(rest)).not.toMatch(/unsafe|\*|https:/)
  })

  it('development adds eval (React debugging) and inline styles (error overlay), never in production', () => {
    const policy = directives(pageContentSecurityPolicy('site', { nonce: 'abc', development: true }))
    expect(policy['script-src']).toContain("'unsafe-eval'")
    expect(policy['style-src']).toContain("'unsafe-inline'")
    expect(directives(pageContentSecurityPolicy('admin', { nonce: 'abc' }))['script-src']).not.toContain("'unsafe-eval'")
  })

  it('back office: nonce scripts only, inline styles allowed (Payload), never framed', () => {
    const policy = directives(pageContentSecurityPolicy('admin', { nonce: 'xyz' }))
    expect(policy['script-src']).toEqual(["'self'", "'nonce-xyz'", "'strict-dynamic'"])
    expect(policy['script-src']).not.toContain("'unsafe-inline'")
    expect(policy['style-src']).toContain("'unsafe-inline'")
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['connect-src']).toEqual(["'self'"])
    expect(policy['form-action']).toEqual(["'self'"])
  })

  it('back office with ProConnect: its forms may also lead to ProConnect (the logout), the public site’s may not', () => {
    const targets = proConnectFormTargets({
      PROCONNECT_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
      PROCONNECT_CLIENT_ID: 'id',
      PROCONNECT_CLIENT_SECRET: 's',
    })
    expect(targets).toEqual(['https://auth.agentconnect.gouv.fr'])
    expect(proConnectFormTargets({})).toEqual([])
    expect(proConnectFormTargets({ PROCONNECT_ISSUER: 'pas une adresse', PROCONNECT_CLIENT_ID: 'id', PROCONNECT_CLIENT_SECRET: 's' })).toEqual([])
    const admin = securityHeaders('/admin', { nonce: 'n', publicUrl: 'http://localhost:3000', adminFormTargets: targets })['Content-Security-Policy']
    expect(directives(admin)['form-action']).toEqual(["'self'", 'https://auth.agentconnect.gouv.fr'])
    expect(directives(pageContentSecurityPolicy('site', { nonce: 'n', adminFormTargets: targets }))['form-action']).toEqual(["'self'"])
  })
})

describe('securityHeaders', () => {
  const constant = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }

  it.each([
    ['/', 'site'],
    ['/demandes/4/suivi', 'site'],
    ['/admin/login', 'admin'],
  ] as const)('%s: the page policy with the nonce', (pathname, area) => {
    const headers = securityHeaders(pathname, { nonce: 'n0nce', publicUrl: 'http://localhost:3000' })
    expect(headers).toMatchObject(constant)
    expect(headers['Content-Security-Policy']).toBe(pageContentSecurityPolicy(area, { nonce: 'n0nce' }))
    expect(headers['Referrer-Policy']).toBe(referrerPolicy(pathname))
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/)
    expect(headers['Strict-Transport-Security']).toBeUndefined()
  })

  it.each(['/_next/static/chunks/x.js', '/api/media/file/logo.svg'])('%s: nothing runs, nothing frames', (pathname) => {
    const headers = securityHeaders(pathname, { publicUrl: 'http://localhost:3000' })
    expect(headers).toMatchObject(constant)
    expect(headers['Content-Security-Policy']).toBe(RESOURCE_CSP)
    expect(directives(RESOURCE_CSP)['default-src']).toEqual(["'none'"])
    expect(directives(RESOURCE_CSP)).toHaveProperty('sandbox')
  })

  it('a page without a nonce never gets a policy that would let every script run', () => {
    expect(securityHeaders('/', { publicUrl: 'http://x' })['Content-Security-Policy']).toBe(RESOURCE_CSP)
  })

  it('the GraphQL playground gets its own policy', () => {
    expect(securityHeaders('/api/graphql-playground', { publicUrl: 'http://x' })['Content-Security-Policy']).toBe(GRAPHQL_PLAYGROUND_CSP)
  })

  it('HSTS on every route once the public address is https', () => {
    for (const pathname of ['/', '/admin', '/_next/static/x.js', '/api/users/me']) {
      expect(securityHeaders(pathname, { nonce: 'n', publicUrl: 'https://boussole.example' })['Strict-Transport-Security']).toBe(
        'max-age=63072000; includeSubDomains',
      )
    }
  })
})

describe('buildTimeHeaderRules', () => {
  it('covers every route with the constant headers, same-origin referrers on the signed-link pages, the resource policy', () => {
    const [all, signed, playground] = buildTimeHeaderRules()
    expect(all.source).toBe('/:path*')
    const keys = Object.fromEntries(all.headers.map(({ key, value }) => [key, value]))
    expect(keys).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': RESOURCE_CSP,
    })
    expect(signed).toEqual({ source: '/demandes/:path*', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] })
    expect(playground.source).toBe('/api/graphql-playground')
  })
})

describe('createNonce', () => {
  it('is fresh each time, 128 bits of base64', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()))
    expect(nonces.size).toBe(200)
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})
