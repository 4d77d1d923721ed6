import { describe, expect, it } from '@jest/globals'

import { ADMIN_ROUTING, adminSegments, isKnownAdminRoute, type AdminRouting } from '../../src/security/adminRoutes'

/** Payload's default `admin.routes` and the project's custom views (payload.config.ts). */
const routing: AdminRouting = {
  routes: {
    account: '/account',
    browseByFolder: '/browse-by-folder',
    createFirstUser: '/create-first-user',
    forgot: '/forgot',
    inactivity: '/logout-inactivity',
    login: '/login',
    logout: '/logout',
    reset: '/reset',
    unauthorized: '/unauthorized',
  },
  views: {
    dashboard: {},
    validation: { path: '/validation', exact: true },
    annuaire: { path: '/annuaire', exact: true },
    inviter: { path: '/inviter', exact: true },
    fiche: { path: '/fiche/:id' },
  },
  collections: ['users', 'offers', 'leads'],
  globals: ['settings'],
}

describe('isKnownAdminRoute', () => {
  it.each<[string, boolean]>([
    ['', true],
    ['login', true],
    ['logout', true],
    ['logout-inactivity', true],
    ['forgot', true],
    ['account', true],
    ['create-first-user', true],
    ['unauthorized', true],
    ['reset/abc123', true],
    ['validation', true],
    ['annuaire', true],
    ['inviter', true],
    ['fiche/12', true],
    ['fiche/12/notes', false],
    ['collections', true],
    ['globals', true],
    ['collections/offers', true],
    ['collections/offers/create', true],
    ['collections/offers/12', true],
    ['collections/offers/12/versions', true],
    ['collections/offers/12/versions/4', true],
    ['collections/offers/12/api', true],
    ['collections/leads/trash', true],
    ['globals/settings', true],
    ['users/verify/tok', true],
    ['nimportequoi', false],
    ['collections/inconnue', false],
    ['collections/inconnue/3', false],
    ['globals/inconnu', false],
    ['login/extra', false],
    ['validation/extra', false],
    ['reset', false],
    ['browse-by-folder/3', false],
    ['inconnu/verify/tok', false],
    ['a/b/c', false],
    ['.env', false],
  ])('/admin/%s → %s', (path, expected) => {
    expect(isKnownAdminRoute(path ? path.split('/') : [], routing)).toBe(expected)
  })

  it('browse by folder exists only when folders are on', () => {
    expect(isKnownAdminRoute(['browse-by-folder', '3'], { ...routing, browseByFolder: true })).toBe(true)
  })
})

describe('ADMIN_ROUTING, the proxy’s copy of the back office’s routing', () => {
  it('is the routing of the real, sanitised config (update src/security/adminRoutes.ts when this fails)', async () => {
    const { default: configPromise } = await import('../../payload.config')
    const config = await configPromise
    const views = Object.fromEntries(
      Object.entries(config.admin.components?.views ?? {})
        .filter(([, view]) => (view as { path?: string } | undefined)?.path)
        .map(([key, view]) => {
          const { path, exact } = view as { path: string; exact?: boolean }
          return [key, { path, exact }]
        }),
    )
    expect({
      routes: config.admin.routes,
      views,
      collections: [...config.collections.map(({ slug }) => slug)].sort(),
      globals: [...config.globals.map(({ slug }) => slug)].sort(),
      browseByFolder: Boolean(config.folders && config.folders.browseByFolder),
    }).toEqual({
      ...ADMIN_ROUTING,
      views: Object.fromEntries(Object.entries(ADMIN_ROUTING.views ?? {}).map(([key, view]) => [key, { path: view?.path, exact: view?.exact }])),
      collections: [...ADMIN_ROUTING.collections].sort(),
      globals: [...ADMIN_ROUTING.globals].sort(),
    })
  }, 60_000)

  it.each<[string, string[]]>([
    ['/admin', []],
    ['/admin/', []],
    ['/admin/collections/offers/3', ['collections', 'offers', '3']],
    ['/admin/reset/a%2Fb', ['reset', 'a/b']],
    ['/admin/%E9', ['%E9']],
  ])('adminSegments(%s)', (pathname, segments) => {
    expect(adminSegments(pathname)).toEqual(segments)
  })

  it.each(['/admin/nimportequoi', '/admin/collections/inconnue'])('%s is unknown to the proxy', (pathname) => {
    expect(isKnownAdminRoute(adminSegments(pathname), ADMIN_ROUTING)).toBe(false)
  })
})
