import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import pg from 'pg'

/**
 * Backups with PostgreSQL's own tools (`npm run backup`, `npm run restore`): `pg_dump` in its custom format
 * (compressed, restorable table by table) and `pg_restore`. They must be of the server's major version: they are
 * looked for in PG_BIN_DIR, then where Debian installs each version (`/usr/lib/postgresql/<major>/bin`, package
 * `postgresql-client-<major>`), then on the PATH; a mismatch is refused with what to install. The password goes
 * to the tools through PGPASSWORD, never on their command line (which `ps` shows).
 */
const run = promisify(execFile)

export type PgTool = 'pg_dump' | 'pg_restore'

/** Where to look for a tool of this major version, in order. */
export function toolCandidates(tool: PgTool, major: number, env: Record<string, string | undefined> = process.env): string[] {
  return [...(env.PG_BIN_DIR ? [`${env.PG_BIN_DIR}/${tool}`] : []), `/usr/lib/postgresql/${major}/bin/${tool}`, tool]
}

/** « pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1) » → 15. */
export const majorOfVersionLine = (line: string): number | null => Number(/\(PostgreSQL\)\s+(\d+)/.exec(line)?.[1]) || null

/** The French refusal when no tool of the server's version is found, or null. */
export function toolMismatch(tool: PgTool, serverMajor: number, found: { path: string; major: number | null }[]): string | null {
  if (found.some((candidate) => candidate.major === serverMajor)) return null
  const seen = found.filter((candidate) => candidate.major !== null).map((candidate) => `${candidate.path} (${candidate.major})`)
  return (
    `${tool} de PostgreSQL ${serverMajor} introuvable${seen.length ? ` (trouvé : ${seen.join(', ')})` : ''}. ` +
    `Installez-le (Debian : apt-get install postgresql-client-${serverMajor}) ou indiquez son dossier dans PG_BIN_DIR.`
  )
}

/** `boussole-20261204-101500.dump`, in UTC. */
export const backupFileName = (date: Date): string => `boussole-${date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}.dump`

/** The connection string without its password, and the password for PGPASSWORD. */
export function withoutPassword(databaseUrl: string): { url: string; password: string | null } {
  const url = new URL(databaseUrl)
  const password = url.password ? decodeURIComponent(url.password) : null
  url.password = ''
  return { url: url.toString(), password }
}

async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ v: string }>(`select current_setting('server_version_num') as v`)
    return Math.floor(Number(rows[0].v) / 10_000)
  } finally {
    await client.end()
  }
}

async function findTool(tool: PgTool, major: number): Promise<string> {
  const found: { path: string; major: number | null }[] = []
  for (const candidate of toolCandidates(tool, major)) {
    if (candidate.includes('/') && !existsSync(candidate)) continue
    try {
      const { stdout } = await run(candidate, ['--version'])
      found.push({ path: candidate, major: majorOfVersionLine(stdout) })
      if (found.at(-1)!.major === major) return candidate
    } catch {
      // not installed there
    }
  }
  throw new Error(toolMismatch(tool, major, found)!)
}

async function runTool(tool: PgTool, databaseUrl: string, args: (url: string) => string[]): Promise<void> {
  const binary = await findTool(tool, await serverMajor(databaseUrl))
  const { url, password } = withoutPassword(databaseUrl)
  await run(binary, args(url), { env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, maxBuffer: 16 * 1024 * 1024 })
}

/** The whole database into `file` (custom format, without owners nor privileges: restorable under another role). */
export const dumpDatabase = (databaseUrl: string, file: string): Promise<void> =>
  runTool('pg_dump', databaseUrl, (url) => ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`])

/**
 * `file` into the database, replacing what it holds of the same objects (`--clean --if-exists`), in one
 * transaction: a restore that fails leaves the database as it was.
 */
export const restoreDatabase = (databaseUrl: string, file: string): Promise<void> =>
  runTool('pg_restore', databaseUrl, (url) => ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${url}`, file])
