import type { Payload } from 'payload'

import { loginPagePath, PROCONNECT_MESSAGE_PARAM } from '@/auth/proConnect/loginPageMessage'
import { PROCONNECT_LOGIN_PATH, proConnectState } from '@/config/proConnect'
import { verifiedMessage } from '@/security/signedMessage'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * Above the password form of `/admin/login` (Payload's `admin.components.beforeLogin`), only when ProConnect is
 * configured: « S’identifier avec ProConnect » and, after a refused attempt, its French message (signed for this
 * page, see `src/collections/Users/proConnectEndpoints.ts`).
 */
export function ProConnectLogin({ payload, searchParams }: { payload: Payload; searchParams?: SearchParams }) {
  // Misconfigured: the endpoints answer « indisponible »; the button still shows, so the operator notices.
  if (!proConnectState()) return null
  const message = verifiedMessage(payload.secret, loginPagePath(payload), PROCONNECT_MESSAGE_PARAM, searchParams)
  const redirect = typeof searchParams?.redirect === 'string' ? searchParams.redirect : undefined
  const href = redirect ? `${PROCONNECT_LOGIN_PATH}?${new URLSearchParams({ redirect })}` : PROCONNECT_LOGIN_PATH
  return (
    <div style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      {message ? (
        <p
          id="proconnect-message"
          role="alert"
          style={{
            margin: '0 0 var(--base)',
            padding: 'calc(var(--base) / 2) calc(var(--base) * 0.75)',
            borderLeft: '4px solid var(--theme-error-500)',
            background: 'var(--theme-error-50)',
          }}
        >
          {message}
        </p>
      ) : null}
      {/* A plain link in Payload's button style: it works without JavaScript. */}
      <a id="proconnect-button" className="btn btn--style-primary btn--size-large btn--withoutPopup" href={href} style={{ width: '100%' }}>
        <span className="btn__content">
          <span className="btn__label">S’identifier avec ProConnect</span>
        </span>
      </a>
      <p style={{ margin: 'calc(var(--base) / 2) 0 0', textAlign: 'center' }}>
        <a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener noreferrer" title="Qu’est-ce que ProConnect ? — nouvelle fenêtre">
          Qu’est-ce que ProConnect ?
        </a>
      </p>
      <p aria-hidden="true" style={{ margin: 'var(--base) 0 0', textAlign: 'center', color: 'var(--theme-elevation-600)' }}>
        ou avec votre mot de passe
      </p>
    </div>
  )
}
