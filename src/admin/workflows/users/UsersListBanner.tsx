import { Button } from '@payloadcms/ui'

import { checkRole } from '@/domain/accounts/roles'

/** Above the accounts list, for the staff: the way to invite a professional. */
export function UsersListBanner({ user }: { user?: unknown }) {
  if (!checkRole(['admin', 'animator'], user)) return null
  return (
    <div className="bw-banner">
      <Button buttonStyle="primary" size="small" el="link" url="/admin/inviter">
        Inviter un professionnel
      </Button>
    </div>
  )
}
