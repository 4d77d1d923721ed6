import { LogOutIcon, Logout } from '@payloadcms/ui'

import { PROCONNECT_LOGOUT_PATH, proConnectState } from '@/config/proConnect'

/**
 * The back office's « Se déconnecter » (Payload's `admin.components.logout.Button`). With ProConnect on, a form
 * posting to `POST /api/users/proconnect/logout`, which also ends the ProConnect session of a person who signed in
 * with it (RP-initiated logout, as ProConnect asks of every service); otherwise Payload's own link.
 */
export function LogoutButton({ tabIndex = 0 }: { tabIndex?: number }) {
  // Misconfigured counts as on: the endpoint still ends the Payload session.
  if (!proConnectState()) return <Logout tabIndex={tabIndex} />
  return (
    <form method="post" action={PROCONNECT_LOGOUT_PATH} style={{ display: 'contents' }}>
      <button
        type="submit"
        className="nav__log-out"
        aria-label="Se déconnecter"
        title="Se déconnecter"
        tabIndex={tabIndex}
        style={{ background: 'none', border: 0, padding: 0, color: 'inherit', cursor: 'pointer' }}
      >
        <LogOutIcon />
      </button>
    </form>
  )
}
