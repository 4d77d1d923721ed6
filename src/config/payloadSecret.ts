const DEVELOPMENT_SECRET = 'boussole-development-secret-not-for-production'

/** `PAYLOAD_SECRET` signs sessions and tokens: required in production, a fixed value in development and tests. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET doit être défini en production (une longue chaîne aléatoire).')
  }
  return DEVELOPMENT_SECRET
}
