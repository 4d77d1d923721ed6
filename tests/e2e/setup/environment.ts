import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { buildIfNeeded, freePort, processAlive, PRODUCTION_SERVER_ARGS, stopChild, waitForHttp } from '../../../scripts/lib/nextServer'
import { TSX_NODE_ARGS } from '../../../scripts/lib/tsxNodeArgs'
import { createDatabaseIfMissing, dropDatabaseIfExists } from '../../../src/database/embeddedPostgres'
import { startSmtpCapture } from './smtpCapture'

export const ROOT = process.cwd()
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts')
const LOG_FOLDER = path.join(ARTIFACTS, 'logs')
/** One database per run, named after the process that owns it: parallel runs never touch each other's. */
const E2E_DATABASE_PREFIX = 'boussole_e2e_'
export const E2E_SECRET = 'boussole-e2e-secret-only-for-tests'
/** Payload signs with a digest of PAYLOAD_SECRET (`payload.secret`), not the variable itself: what the e2e tests sign links with. */
export const PAYLOAD_SECRET_DIGEST = createHash('sha256').update(E2E_SECRET).digest('hex').slice(0, 32)

export interface E2eEnvironment {
  baseUrl: string
  databaseUrl: string
  smtpPort: number
  /** Where the SMTP capture writes the emails of this run (tests/artifacts/mail/<database>). */
  mailFolder: string
  stop: () => Promise<void>
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
 * demo data), a real SMTP server, the production build served by `npm start`'s server (server.ts), and a job worker sending
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
  await buildIfNeeded(path.join(LOG_FOLDER, 'next-build.log'), log)

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
  const next = spawn(process.execPath, [...PRODUCTION_SERVER_ARGS, `--port=${port}`, '--hostname=127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', nextLog, nextLog],
  })
  const worker = spawn(process.execPath, [...TSX_NODE_ARGS, path.join(ROOT, 'tests/e2e/setup/jobsWorker.ts')], {
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
        worker.once('exit', (code) =>
          reject(new Error(`Le worker des tâches s’est arrêté (code ${code}), voir tests/artifacts/logs/${database}-jobs-worker.log`)),
        )
      }),
    ])
  } catch (error) {
    await stop()
    throw error
  }
  log(`e2e : site sur ${baseUrl} (base ${database}, SMTP ${smtp.port})`)
  return { baseUrl, databaseUrl, smtpPort: smtp.port, mailFolder, stop }
}
