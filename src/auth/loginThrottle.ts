import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { waitText } from '@/domain/shared/frenchText'
import { type BoussoleSettings, getSettings } from '@/plugins/boussole/server'
import { addressBucket } from '@/security/clientIp'
import { hmac } from '@/security/signing'

/** What is throttled: a login attempt, or a forgotten-password request. */
export type AuthAttemptKind = 'login' | 'forgot-password'

/** The attempts already made inside the window, oldest first. */
export interface RecentAttempts {
  /** Failed (or still running) logins from this client address, whatever the account. */
  loginFailuresFromAddress: readonly Date[]
  /** Failed (or still running) logins for this account from this client address. */
  loginFailuresForAccountFromAddress: readonly Date[]
  /** Forgotten-password requests from this client address. */
  forgotPasswordFromAddress: readonly Date[]
}

type Limits = BoussoleSettings['rateLimits']

/** Seconds until the oldest counted attempt leaves the window, when `times` has reached `limit`; else 0. */
const waitFor = (times: readonly Date[], limit: number, windowMs: number, now: Date): number =>
  times.length < limit ? 0 : Math.max(1, Math.ceil((times[times.length - limit].getTime() + windowMs - now.getTime()) / 1000))

/**
 * Seconds the client must wait before this attempt, or null when it may go on (pure). Nothing here depends on
 * whether the account exists: the same counts, the same answer. The per-address limit stops password spraying
 * across accounts; the per-account-and-address limit stops one address from guessing one account long before
 * Payload's own per-account lock (`auth.maxLoginAttempts` of the users), which therefore takes many addresses to
 * reach — a stranger cannot lock the administrator out from their connection.
 */
export function attemptRefusal(kind: AuthAttemptKind, recent: RecentAttempts, limits: Limits, now: Date): number | null {
  const windowMs = limits.loginWindowMinutes * 60_000
  const seconds =
    kind === 'login'
      ? Math.max(
          waitFor(recent.loginFailuresFromAddress, limits.loginFailuresPerIp, windowMs, now),
          waitFor(recent.loginFailuresForAccountFromAddress, limits.loginFailuresPerAccountAndIp, windowMs, now),
        )
      : waitFor(recent.forgotPasswordFromAddress, limits.forgotPasswordPerIp, windowMs, now)
  return seconds || null
}

/** The French message of a refusal (the same for every account, existing or not). */
export const attemptRefusalMessage = (kind: AuthAttemptKind, seconds: number): string =>
  kind === 'login'
    ? `Trop de tentatives de connexion depuis cette adresse. Réessayez dans ${waitText(seconds)}, ou utilisez « Mot de passe oublié ».`
    : `Trop de demandes de réinitialisation depuis cette adresse. Réessayez dans ${waitText(seconds)}.`

const keyOf = (secret: string, label: string, value: string): string => hmac(secret, `boussole:${label}:${value}`)

/** Only keyed hashes are stored: enough to count attempts, not to recover an address or an e-mail address. */
export const attemptKeys = (secret: string, address: string, email: string | null) => ({
  address: keyOf(secret, 'auth-address', addressBucket(address)),
  account: email ? keyOf(secret, 'auth-account', email.trim().toLowerCase()) : null,
})

/**
 * Reads the attempts of the window and records this one, in one statement outside any transaction (a refused
 * login rolls Payload's transaction back; the attempt must stay counted, and be seen by every process).
 * Returns the recorded attempt's id and what was there before it. Rows older than a day are purged on the way.
 */
export async function recordAttempt(
  payload: Payload,
  attempt: { kind: AuthAttemptKind; address: string; account: string | null },
  now: Date,
): Promise<{ id: number; recent: RecentAttempts }> {
  const windowStart = new Date(now.getTime() - getSettings(payload).rateLimits.loginWindowMinutes * 60_000)
  const { rows } = await poolOf(payload).query<{
    id: number | null
    at: Date | null
    kind: AuthAttemptKind | null
    same_account: boolean | null
    failed: boolean | null
  }>(
    `with purge as (delete from boussole_auth_attempts where at < $5::timestamptz - interval '1 day'),
     previous as (
       select at, kind, account = $3 as same_account, not succeeded as failed from boussole_auth_attempts
        where address = $2 and at > $4 order by at
     ),
     inserted as (insert into boussole_auth_attempts (kind, address, account, at) values ($1, $2, $3, $5) returning id)
     select null::bigint as id, at, kind, same_account, failed from previous
     union all select id, null, null, null, null from inserted`,
    [attempt.kind, attempt.address, attempt.account, windowStart, now],
  )
  const previous = rows.filter((row) => row.id === null)
  const times = (filter: (row: (typeof rows)[number]) => boolean) => previous.filter(filter).map((row) => row.at as Date)
  return {
    id: Number(rows.find((row) => row.id !== null)?.id),
    recent: {
      loginFailuresFromAddress: times((row) => row.kind === 'login' && row.failed === true),
      loginFailuresForAccountFromAddress: times((row) => row.kind === 'login' && row.failed === true && row.same_account === true),
      forgotPasswordFromAddress: times((row) => row.kind === 'forgot-password'),
    },
  }
}

/** A successful login is not a failure: it stops counting against the address and the account. */
export async function markSucceeded(payload: Payload, id: number): Promise<void> {
  await poolOf(payload).query('update boussole_auth_attempts set succeeded = true where id = $1', [id])
}

const pbkdf2Async = promisify(pbkdf2)

/**
 * The password-hash work Payload's local strategy does for an existing account (pbkdf2-sha256, 600,000
 * iterations, 32 bytes: `payload/dist/auth/strategies/local/generatePasswordSaltHash.js`; 25,000 × 512 bytes for
 * a legacy hash), done for nothing when Payload would answer without it (unknown or locked account), so that
 * the answer takes as long.
 */
export async function equivalentHashWork(password: unknown, storedHash?: string | null): Promise<void> {
  const legacy = typeof storedHash === 'string' && !storedHash.startsWith('pbkdf2-sha256-v1:')
  await pbkdf2Async(typeof password === 'string' ? password : '', 'boussole-equivalent-work', legacy ? 25_000 : 600_000, legacy ? 512 : 32, 'sha256')
}
