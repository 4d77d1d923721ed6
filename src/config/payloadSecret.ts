import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where the development secret of this installation is kept (in the git-ignored data folder). */
export const DEVELOPMENT_SECRET_FILE = 'payload-secret'

interface SecretOptions {
  env?: Record<string, string | undefined>
  /** The git-ignored data folder (`.data/` of the working directory). */
  dataDir?: string
}

/**
 * `PAYLOAD_SECRET` signs sessions, reset tokens and the signed links sent to young people. Required in
 * production. Elsewhere (`npm run dev`, the integration tests), a random secret is generated on first start
 * and kept in `.data/payload-secret`, then reused: never a constant anyone could read in the code.
 * During `next build` without `PAYLOAD_SECRET`, an ephemeral value lets the build run (nothing it signs survives).
 */
export function payloadSecret({ env = process.env, dataDir = path.resolve(process.cwd(), '.data') }: SecretOptions = {}): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('base64url')
  if (env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET doit être défini en production (une longue chaîne aléatoire).')
  }
  return developmentSecret(dataDir)
}

/** Reads this installation's development secret, creating it (readable by its owner only) on first start. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, DEVELOPMENT_SECRET_FILE)
  const existing = readSecret(file)
  if (existing) return existing
  mkdirSync(dataDir, { recursive: true })
  // Written aside then linked into place: a parallel process (a test worker, the jobs worker) never reads a
  // half-written file, and if one of them creates it first, everybody uses theirs.
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`
  writeFileSync(draft, `${randomBytes(48).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
  try {
    linkSync(draft, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(draft)
  }
  const created = readSecret(file)
  if (!created) throw new Error(`Le secret de développement ${file} est vide : supprimez ce fichier pour qu'il soit recréé.`)
  return created
}

function readSecret(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim() || null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
