import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

import { createDatabaseIfMissing, dropDatabaseIfExists } from '../../../src/database/embeddedPostgres'
import { startSmtpCapture } from './smtpCapture'

export const ROOT = process.cwd()
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts')
const LOG_FOLDER = path.join(ARTIFACTS, 'logs')
/** One database per run, named after the process that owns it: parallel runs never touch each other's. */
const E2E_DATABASE_PREFIX = 'boussole_e2e_'
export const E2E_SECRET = 'boussole-e2e-secret-only-for-tests'

export interface E2eEnvironment {
  baseUrl: string
  databaseUrl: string
  smtpPort: number
  /** Where the SMTP capture writes the emails of this run (tests/artifacts/mail/<database>). */
  mailFolder: string
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Newest modification time under the given paths (files only). */
function newestMtime(paths: string[]): number {
  let newest = 0
  const visit = (full: string) => {
    if (!existsSync(full)) return
    const stat = statSync(full)
    if (stat.isDirectory()) {
      for (const child of readdirSync(full)) if (child !== 'node_modules' && !child.startsWith('.')) visit(path.join(full, child))
    } else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const entry of paths) visit(path.join(ROOT, entry))
  return newest
}

/**
 * Builds the site unless `.next` is newer than every input of the build (sources, config, lockfile, public
 * files). `BOUSSOLE_E2E_BUILD=always|never` overrides the check.
 */
export async function buildIfNeeded(log: (line: string) => void): Promise<void> {
  const release = await buildLock(log)
  try {
    build(log)
  } finally {
    release()
  }
}

/** Two runs must not build into the same .next at once: the second waits for the first (then reuses its build). */
async function buildLock(log: (line: string) => void): Promise<() => void> {
  const lock = path.join(ARTIFACTS, '.next-build.lock')
  mkdirSync(ARTIFACTS, { recursive: true })
  for (let waited = 0; ; waited += 1) {
    try {
      mkdirSync(lock)
      writeFileSync(path.join(lock, 'pid'), String(process.pid))
      return () => rmSync(lock, { recursive: true, force: true })
    } catch {
      let owner = 0
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'))
      } catch {
        // being created: wait
      }
      if (owner && !processAlive(owner)) rmSync(lock, { recursive: true, force: true })
      else {
        if (waited === 0) log('e2e : un autre lancement construit le site, attente…')
        await new Promise((resolve) => setTimeout(resolve, 2000))
      }
    }
  }
}

function build(log: (line: string) => void): void {
  const buildId = path.join(ROOT, '.next/BUILD_ID')
  const policy = process.env.BOUSSOLE_E2E_BUILD
  const upToDate =
    existsSync(buildId) &&
    statSync(buildId).mtimeMs > newestMtime(['src', 'public', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json'])
  if (policy === 'never' || (policy !== 'always' && upToDate)) {
    log('e2e : build Next.js à jour, réutilisé.')
    return
  }
  log('e2e : next build…')
  const started = Date.now()
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  mkdirSync(LOG_FOLDER, { recursive: true })
  writeFileSync(path.join(LOG_FOLDER, 'next-build.log'), `${result.stdout}\n${result.stderr}`)
  if (result.status !== 0) throw new Error(`next build a échoué (voir tests/artifacts/logs/next-build.log):\n${result.stderr.slice(-4000)}`)
  log(`e2e : build terminé en ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté (code ${child.exitCode}), voir tests/artifacts/logs/`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`Le serveur ne répond pas sur ${url} après ${timeoutMs / 1000} s`)
}

function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Drops the e2e databases of runs whose process is gone (an interrupted run leaves its database behind). */
async function dropLeftovers(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${E2E_DATABASE_PREFIX}%`])
  await client.end()
  for (const { datname } of rows) {
    const pid = Number(datname.slice(E2E_DATABASE_PREFIX.length).split('_')[0])
    if (!processAlive(pid)) await dropDatabaseIfExists(serverUrl, datname)
  }
}

/**
 * The whole site as a visitor meets it: a fresh copy of the test template database (migrations, geography,
 * demo data), a real SMTP server, the production build served by `next start`, and a job worker sending
 * the emails. `serverUrl`/`template` come from the integration tests' global setup (embedded PostgreSQL).
 */
export async function startE2eEnvironment(options: { serverUrl: string; template: string; log?: (line: string) => void }): Promise<E2eEnvironment> {
  const log = options.log ?? ((line: string) => console.info(line))
  mkdirSync(LOG_FOLDER, { recursive: true })

  await dropLeftovers(options.serverUrl)
  const database = `${E2E_DATABASE_PREFIX}${process.pid}_${Date.now().toString(36)}`
  await createDatabaseIfMissing(options.serverUrl, database, options.template)
  const databaseUrl = `${options.serverUrl}/${database}`

  const mailFolder = path.join(ARTIFACTS, 'mail', database)
  const smtp = await startSmtpCapture(mailFolder)
  await buildIfNeeded(log)

  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_OPTIONS: '',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    PAYLOAD_SECRET: E2E_SECRET,
    PUBLIC_URL: baseUrl,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_IGNORE_TLS: 'true',
    BOUSSOLE_JOBS_AUTORUN: 'false',
  }
  // Output goes straight to files (tests/artifacts/logs/<database>-*.log), nothing lost if a process dies.
  const logFile = (name: string) => openSync(path.join(LOG_FOLDER, `${database}-${name}.log`), 'w')
  const nextLog = logFile('next-start')
  const workerLog = logFile('jobs-worker')
  const next = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', nextLog, nextLog],
  })
  const worker = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/e2e/setup/jobsWorker.ts')], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'test' },
    stdio: ['ignore', workerLog, workerLog, 'ipc'],
  })
  closeSync(nextLog)
  closeSync(workerLog)

  const stop = async () => {
    await Promise.all([stopChild(next), stopChild(worker)])
    await smtp.close()
    rmSync(mailFolder, { recursive: true, force: true })
    await dropDatabaseIfExists(options.serverUrl, database).catch(() => {})
  }
  try {
    await Promise.all([
      waitForHttp(`${baseUrl}/comment-ca-marche`, next, 90_000),
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('Le worker des tâches ne démarre pas (voir tests/artifacts/logs/jobs-worker.log)')), 90_000)
        worker.once('message', () => {
          clearTimeout(timer)
          resolve()
        })
        worker.once('exit', (code) => reject(new Error(`Le worker des tâches s’est arrêté (code ${code}), voir tests/artifacts/logs/${database}-jobs-worker.log`)))
      }),
    ])
  } catch (error) {
    await stop()
    throw error
  }
  log(`e2e : site sur ${baseUrl} (base ${database}, SMTP ${smtp.port})`)
  return { baseUrl, databaseUrl, smtpPort: smtp.port, mailFolder, stop }
}
