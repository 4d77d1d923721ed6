import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import type { Actor } from '@/database/transactions'
import { activeUser, checkRole, type Role } from '@/domain/accounts/roles'

import '../workflows.css'

/**
 * The signed-in person of a custom back-office view (custom views are not protected by Payload): back to
 * the login page when signed out, a refusal when the role may not use the view.
 */
export function viewActor(props: AdminViewServerProps, path: string): Actor {
  const user = activeUser(props.initPageResult.req.user)
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin${path}`)}`)
  return { ...user, collection: 'users' }
}

export const mayUse = (user: Actor, roles: Role[]) => checkRole(roles, user)

interface Props {
  view: AdminViewServerProps
  title: string
  lead?: ReactNode
  children: ReactNode
}

/** The admin's layout (navigation, header) around a workflow screen. */
export function WorkflowTemplate({ view, title, lead, children }: Props) {
  const { initPageResult, params, searchParams } = view
  const { req } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className="bw-page">
        <h1>{title}</h1>
        {lead ? <div className="bw-lead">{lead}</div> : null}
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}

/** A refusal in the admin's layout. */
export function NotAllowed({ view, title }: { view: AdminViewServerProps; title: string }) {
  return (
    <WorkflowTemplate view={view} title={title}>
      <p className="bw-message bw-message--error">Cet écran est réservé à d’autres profils. Revenez au tableau de bord.</p>
    </WorkflowTemplate>
  )
}
