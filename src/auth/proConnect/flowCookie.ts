import { PROCONNECT_CALLBACK_PATH } from '@/config/proConnect'

import { seal, unseal } from './sealed'

/** The short-lived cookie that carries one sign-in attempt from the login endpoint to the callback. */
export const FLOW_COOKIE = 'boussole-proconnect'
/** A sign-in at ProConnect must be finished within 10 minutes. */
export const FLOW_LIFETIME_MS = 10 * 60 * 1000
/** The cookie is sent to the callback only. */
const FLOW_COOKIE_PATH = PROCONNECT_CALLBACK_PATH

export interface ProConnectFlow {
  state: string
  nonce: string
  codeVerifier: string
  /** Where to go once signed in: a path of the back office. */
  redirect: string
  /** Epoch milliseconds after which the callback refuses it. */
  expiresAt: number
}

const PURPOSE = 'proconnect-flow'

/** The flow, sealed (`seal`: encrypted and authenticated with a key derived from the Payload secret). */
export const sealFlow = (secret: string, flow: ProConnectFlow): string => seal(secret, PURPOSE, flow)

/** The flow of a sealed value, or null when it was tampered with, sealed with another secret, malformed or expired. */
export function openFlow(secret: string, sealed: string | null | undefined, at: Date): ProConnectFlow | null {
  const flow = unseal(secret, PURPOSE, sealed) as Partial<ProConnectFlow> | null
  if (!flow || typeof flow !== 'object') return null
  const fields = [flow.state, flow.nonce, flow.codeVerifier, flow.redirect]
  if (!fields.every((value) => typeof value === 'string' && value) || typeof flow.expiresAt !== 'number') return null
  if (flow.expiresAt <= at.getTime()) return null
  return flow as ProConnectFlow
}

/** `Set-Cookie` for the flow: HttpOnly, SameSite=Lax (sent on ProConnect's top-level redirect back), Secure on https. */
export function flowCookie(value: string, secure: boolean): string {
  return [
    `${FLOW_COOKIE}=${value}`,
    `Path=${FLOW_COOKIE_PATH}`,
    `Max-Age=${FLOW_LIFETIME_MS / 1000}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

/** `Set-Cookie` that removes the flow cookie (each attempt is used once). */
export function expiredFlowCookie(secure: boolean): string {
  return [`${FLOW_COOKIE}=`, `Path=${FLOW_COOKIE_PATH}`, 'Max-Age=0', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ')
}
