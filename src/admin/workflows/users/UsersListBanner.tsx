import { Button } from '@payloadcms/ui'

import { checkRole } from '@/domain/accounts/roles'

/** Above the accounts list, for the staff: the way to invite a professional (and, for administrators, an animator). */
export function UsersListBanner({ user }: { user?: unknown }) {
  if (!checkRole(['admin', 'animator'], user)) return null
  return (
    <div className="bw-banner">
      <Button buttonStyle="primary" size="small" el="link" url="/admin/inviter">
        {checkRole(['admin'], user) ? 'Inviter un animateur ou un professionnel' : 'Inviter un professionnel'}
      </Button>
    </div>
  )
}
