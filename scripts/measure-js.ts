/**
 * `npm run measure:js`: the JavaScript a visitor's browser downloads on first load of each public page,
 * gzipped, read from the last `next build` (.next/). Fails (exit 1) when a page of the young person's flow
 * is over the budget.
 *
 * First-load JS of a route = the framework's root chunks (build-manifest `rootMainFiles`) + every chunk the
 * route's client reference manifest lists for its layouts, page, error and not-found boundaries
 * (`entryJSFiles`). Legacy polyfills (`nomodule`, skipped by current browsers) and chunks loaded on demand
 * (dynamic imports, e.g. the DSFR's own script) are not counted.
 *
 * Options: --budget=150 (KB, gzipped), --json.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

const DIST = path.resolve(process.cwd(), '.next')
const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/^--/, '').split('=')[0], arg.split('=')[1] ?? 'true']))
const budgetKb = Number(args.get('budget') ?? 150)

/** The pages a young person goes through; others (legal pages…) are reported but not held to the budget. */
const FLOW = new Set([
  '/',
  '/recherche',
  '/commune/[code]',
  '/commune/[code]/[theme]/questions',
  '/commune/[code]/[theme]/resultats',
  '/offre/[id]',
  '/demandes/[id]/confirmation',
])

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(DIST, file), 'utf8')) as T
}

function clientManifest(entry: string): ClientReferenceManifest {
  const file = path.join(DIST, 'server', 'app', `${entry}_client-reference-manifest.js`)
  if (!existsSync(file)) return {}
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {}
  sandbox.globalThis = sandbox
  runInNewContext(readFileSync(file, 'utf8'), sandbox)
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0] ?? {}
}

const gzipCache = new Map<string, number>()
function gzippedSize(chunk: string): number {
  const file = path.join(DIST, chunk.replace(/^\/?_next\//, ''))
  if (!gzipCache.has(file)) gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0)
  return gzipCache.get(file)!
}

/** '/(frontend)/offre/[id]/page' → '/offre/[id]'; null for API routes, the back office and framework pages. */
function publicRoute(entry: string): string | null {
  if (!entry.startsWith('/(frontend)/') || !entry.endsWith('/page')) return null
  const route = entry.replace(/^\/\(frontend\)/, '').replace(/\/page$/, '')
  return route === '' ? '/' : route
}

if (!existsSync(path.join(DIST, 'build-manifest.json'))) {
  console.error('Aucun build trouvé : lance d’abord `next build`.')
  process.exit(2)
}
const buildManifest = readJson<{ rootMainFiles: string[] }>('build-manifest.json')
const appPaths = readJson<Record<string, string>>('server/app-paths-manifest.json')

const rows = Object.keys(appPaths)
  .map((entry) => ({ entry, route: publicRoute(entry) }))
  .filter((row): row is { entry: string; route: string } => row.route !== null)
  .map(({ entry, route }) => {
    const manifest = clientManifest(entry.slice(1))
    const chunks = new Set(buildManifest.rootMainFiles)
    for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const file of files) chunks.add(file)
    const bytes = [...chunks].reduce((sum, chunk) => sum + gzippedSize(chunk), 0)
    return { route, flow: FLOW.has(route), chunks: chunks.size, kb: Math.round((bytes / 1024) * 10) / 10 }
  })
  .sort((a, b) => a.route.localeCompare(b.route))

const shared = Math.round((buildManifest.rootMainFiles.reduce((sum, chunk) => sum + gzippedSize(chunk), 0) / 1024) * 10) / 10
const over = rows.filter((row) => row.flow && row.kb > budgetKb)

if (args.get('json') === 'true') {
  console.log(JSON.stringify({ budgetKb, sharedKb: shared, routes: rows }, null, 2))
} else {
  console.log(`JavaScript au premier chargement (gzip), budget du parcours : ${budgetKb} Ko\n`)
  console.log(`${'Route'.padEnd(42)}${'Ko gzip'.padStart(9)}${'Fichiers'.padStart(10)}`)
  for (const row of rows) {
    const mark = row.flow ? (row.kb > budgetKb ? '  ✗ hors budget' : '  ✓ parcours') : ''
    console.log(`${row.route.padEnd(42)}${row.kb.toFixed(1).padStart(9)}${String(row.chunks).padStart(10)}${mark}`)
  }
  console.log(`\nDont socle commun (framework) : ${shared} Ko`)
}
process.exit(over.length ? 1 : 0)
