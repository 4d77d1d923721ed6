import { Button } from '@payloadcms/ui'
import { cookies } from 'next/headers'
import { createLocalReq, type Payload } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { SELECTED_TERRITORY_COOKIE, selectedTerritory } from '@/access/selectedTerritory'
import { activeUser, checkRole } from '@/domain/accounts/roles'
import { FRESHNESS_MONTHS } from '@/domain/offers/freshness'
import { now } from '@/plugins/boussole/server'

import { staleOffersForBanner } from './staleOffers'
import '../workflows.css'

/**
 * Above the offers list: for the territory's staff, how many offers wait for validation; for everyone, the
 * published offers not reviewed for six months; and the way to the « annuaire des homologues ».
 */
export async function OffersListBanner({ payload, user }: { payload: Payload; user?: unknown }) {
  const actor = activeUser(user)
  if (!actor) return null
  const as = { overrideAccess: false, user: actor } as const
  // The lists are narrowed to the territory chosen in the menu (animators of several territories): so are the counts.
  const perimeter = await getPerimeter(await createLocalReq({ user: { ...actor, collection: 'users' } as never }, payload))
  const territoryId = selectedTerritory(perimeter, (await cookies()).get(SELECTED_TERRITORY_COOKIE)?.value)
  const inTerritory = territoryId === null ? [] : [{ territory: { equals: territoryId } }]
  const [submitted, stale] = await Promise.all([
    // `find` with `draft: true` (count has no drafts): new offers and the pending edits of published ones.
    checkRole(['admin', 'animator'], actor)
      ? payload.find({
          collection: 'offers',
          where: { and: [{ status: { equals: 'soumise' } }, ...inTerritory] },
          draft: true,
          limit: 1,
          depth: 0,
          select: { title: true },
          ...as,
        })
      : null,
    staleOffersForBanner(payload, actor, now(payload), territoryId),
  ])
  return (
    <div className="bw-banner" data-testid="offers-banner">
      {submitted ? (
        <Button buttonStyle={submitted.totalDocs ? 'primary' : 'secondary'} size="small" el="link" url="/admin/validation">
          {submitted.totalDocs ? `File de validation : ${submitted.totalDocs} offre(s) à examiner` : 'File de validation (vide)'}
        </Button>
      ) : null}
      {stale.count ? (
        <Button buttonStyle="secondary" size="small" el="link" url={stale.href}>
          {`${stale.count} offre(s) publiée(s) non vérifiée(s) depuis ${FRESHNESS_MONTHS} mois`}
        </Button>
      ) : null}
      <Button buttonStyle="secondary" size="small" el="link" url="/admin/annuaire">
        Annuaire des homologues
      </Button>
    </div>
  )
}
