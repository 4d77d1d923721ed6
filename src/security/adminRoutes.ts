import { pathToRegexp } from 'path-to-regexp'

/**
 * Whether Payload's admin has a view for an address under `/admin`. Payload's `RootPage` answers 404 for an
 * unknown address only to a signed-in person; a visitor is redirected to the login page instead, so every
 * address « exists ». The admin's catch-all page calls this first and answers 404 to everyone.
 *
 * It mirrors the routing of Payload 3's `getRouteData` (`@payloadcms/next/dist/views/Root/getRouteData.js`,
 * not exported): the dashboard, the one-segment views of `admin.routes`, `reset/:token`,
 * `<collection>/verify/:token`, `collections/<slug>/…`, `globals/<slug>/…`, folders, and the custom views of
 * `admin.components.views` (matched with `path-to-regexp`, as Payload does).
 */
export interface AdminRouting {
  /** `config.admin.routes`, e.g. `{ login: '/login', reset: '/reset', … }`. */
  routes: Record<string, string | undefined>
  /** `config.admin.components.views`. */
  views?: Record<string, { path?: string; exact?: boolean; sensitive?: boolean; strict?: boolean } | undefined>
  collections: string[]
  globals: string[]
  /** `config.folders.browseByFolder` is on. */
  browseByFolder?: boolean
}

/** The `admin.routes` keys Payload renders as a view of one segment (`reset` needs its token). */
const ONE_SEGMENT_VIEWS = ['account', 'browseByFolder', 'createFirstUser', 'forgot', 'inactivity', 'login', 'logout', 'unauthorized']

function matchesCustomView(currentRoute: string, views: AdminRouting['views']): boolean {
  return Object.values(views ?? {}).some((view) => {
    if (!view?.path) return false
    const match = pathToRegexp(view.path, [], { sensitive: view.sensitive, strict: view.strict }).exec(currentRoute)
    const viewRoute = match?.[0] ?? view.path
    if (view.exact) return currentRoute === viewRoute
    if (!currentRoute.startsWith(viewRoute)) return false
    const rest = currentRoute.slice(viewRoute.length)
    return rest === '' || rest.startsWith('/')
  })
}

export function isKnownAdminRoute(segments: string[], routing: AdminRouting): boolean {
  if (segments.length === 0) return true
  const currentRoute = `/${segments.join('/')}`
  if (matchesCustomView(currentRoute, routing.views)) return true
  const [first, second] = segments
  // Payload redirects these two to the dashboard itself.
  if (segments.length === 1 && (first === 'collections' || first === 'globals')) return true
  if (first === 'collections') return routing.collections.includes(second)
  if (first === 'globals') return routing.globals.includes(second)
  if (segments.length === 1) return ONE_SEGMENT_VIEWS.some((key) => routing.routes[key] === currentRoute)
  if (segments.length === 2) {
    if (`/${first}` === routing.routes.reset) return true
    return Boolean(routing.browseByFolder) && `/${first}` === routing.routes.browseByFolder
  }
  return second === 'verify' && routing.collections.includes(first)
}

/**
 * The back office's routing as `payload.config.ts` makes it, for the proxy (`src/proxy.ts`), which cannot load
 * Payload's config: a page of the admin cannot set its status itself (Payload's views render after the
 * response has started, so its `notFound()` answers 200), the proxy answers 404 for an address this does not
 * know. `tests/unit/adminRoutes.test.ts` checks it against the real, sanitised config: add a collection, a
 * global or a custom view there, and that test says what to add here.
 */
export const ADMIN_ROUTING: AdminRouting = {
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
    validation: { path: '/validation', exact: true },
    annuaire: { path: '/annuaire', exact: true },
    inviter: { path: '/inviter', exact: true },
    choisirMotDePasse: { path: '/choisir-mot-de-passe' },
    confirmerCourriel: { path: '/confirmer-courriel', exact: true },
    demandesEnRetard: { path: '/demandes-en-retard', exact: true },
    importDataInclusion: { path: '/import-data-inclusion', exact: true },
  },
  collections: [
    'users',
    'territories',
    'themes',
    'questionnaires',
    'partners',
    'charters',
    'offers',
    'offer-territories',
    'leads',
    'lead-moves',
    'communes',
    'departements',
    'epcis',
    'media',
    'searches',
    'sent-emails',
    'contact-accesses',
    'payload-kv',
    'payload-jobs',
    'payload-locked-documents',
    'payload-preferences',
    'payload-migrations',
  ],
  globals: ['payload-jobs-stats'],
  browseByFolder: false,
}

/** `/admin/a/b` → `['a', 'b']` (the segments Payload's catch-all page receives). */
export function adminSegments(pathname: string): string[] {
  return pathname
    .replace(/^\/admin\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
}
