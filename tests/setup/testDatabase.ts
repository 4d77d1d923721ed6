import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Test databases: one template per version of the code (migrated, geography imported, demo data seeded),
 * copied into a fresh database for every test file (`create database … template …` takes a fraction of a second).
 */
export const TEST_CLUSTER_PORT = Number(process.env.EMBEDDED_POSTGRES_TEST_PORT ?? 54339)
export const TEST_CLUSTER_DIR = path.resolve(process.cwd(), '.data/postgres-test-15')
export const TEMPLATE_PREFIX = 'boussole_tpl_'
export const TEST_DATABASE_PREFIX = 'boussole_t_'
/** `boussole_b_<pid>_<hash>`: a template being built */
export const BUILD_DATABASE_PREFIX = 'boussole_b_'

/** The server's URL without a database name, from DATABASE_URL. */
export function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  url.pathname = ''
  return url.toString().replace(/\/$/, '')
}

/** Changes whenever something that shapes the template's content changes. */
export function templateName(root = process.cwd()): string {
  const hash = createHash('sha256')
  const visit = (entry: string) => {
    const full = path.join(root, entry)
    if (statSync(full).isDirectory()) {
      for (const child of readdirSync(full).sort()) visit(path.join(entry, child))
    } else if (/\.(ts|tsx|json)$/.test(entry)) {
      hash.update(entry).update(readFileSync(full))
    }
  }
  for (const entry of ['migrations', 'src', 'payload.config.ts', 'package-lock.json']) visit(entry)
  return `${TEMPLATE_PREFIX}${hash.digest('hex').slice(0, 16)}`
}
