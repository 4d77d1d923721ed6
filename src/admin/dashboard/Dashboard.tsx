import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { getPerimeter } from '@/access/perimeter'
import { activeUser } from '@/domain/accounts/roles'
import { now as currentTime } from '@/plugins/boussole/server'

import { AnimatorCockpit } from './AnimatorCockpit'
import { formatLongDay } from './format'
import { NationalStatistics } from './NationalStatistics'
import { PartnerInbox } from './PartnerInbox'
import { workflowLinks } from './workflowLinks'

import './dashboard.scss'

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined

/**
 * The admin home (replaces Payload's dashboard): what the signed-in person has to do today.
 * Partner professionals get their organisation's inbox, animators their territory's cockpit, the
 * national administration the statistics across territories. Every figure is read with the person's
 * own access rights.
 */
export async function Dashboard(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { payload } = req
  const user = activeUser(req.user)
  const {
    routes: { admin: adminRoute, api: apiRoute },
  } = payload.config
  const now = currentTime(payload)
  const links = workflowLinks(adminRoute)

  let content: React.ReactNode
  if (!user) content = <p>Votre compte est désactivé. Contactez l’animation de votre territoire.</p>
  else {
    const viewer = { payload, user, req }
    if (user.role === 'partner')
      content = (
        <PartnerInbox
          viewer={viewer}
          now={now}
          adminRoute={adminRoute}
          apiRoute={apiRoute}
          mineOnly={single(props.searchParams?.mes) === '1'}
          searchParams={props.searchParams}
        />
      )
    else if (user.role === 'animator') {
      const perimeter = await getPerimeter(req)
      const territoryIds = perimeter.kind === 'territories' ? perimeter.territoryIds : []
      content = (
        <AnimatorCockpit
          viewer={viewer}
          now={now}
          territoryIds={territoryIds}
          requested={single(props.searchParams?.territoire)}
          adminRoute={adminRoute}
          apiRoute={apiRoute}
        />
      )
    } else content = <NationalStatistics viewer={viewer} now={now} adminRoute={adminRoute} apiRoute={apiRoute} />
  }

  // Payload's template has no <main>: this view's content is the page's main landmark (`#contenu`).
  return (
    <main id="contenu" className="boussole-admin-main">
      <Gutter className="boussole-dashboard">
        <p className="boussole-dashboard__today">
          Bonjour{user?.name ? ` ${user.name}` : ''}, nous sommes le {formatLongDay(now)}.
        </p>
        {content}
        <nav className="boussole-dashboard__links" aria-label="Raccourcis">
          <a href={links.openLeads}>Toutes les demandes en cours</a>
          {user?.role !== 'partner' && <a href={links.offerQueue}>File de validation des offres</a>}
          <a href={links.annuaire}>Annuaire des homologues</a>
          <a href={`${adminRoute}/collections/offers`}>Offres</a>
        </nav>
      </Gutter>
    </main>
  )
}
