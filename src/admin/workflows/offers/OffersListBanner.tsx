import { Button } from '@payloadcms/ui'
import type { Payload } from 'payload'

import { activeUser, checkRole } from '@/domain/accounts/roles'
import { FRESHNESS_MONTHS, freshnessThreshold } from '@/domain/offers/freshness'
import '../workflows.css'

/**
 * Above the offers list: for the territory's staff, how many offers wait for validation; for everyone, the
 * published offers not reviewed for six months; and the way to the « annuaire des homologues ».
 */
export async function OffersListBanner({ payload, user }: { payload: Payload; user?: unknown }) {
  const actor = activeUser(user)
  if (!actor) return null
  const as = { overrideAccess: false, user: actor } as const
  const threshold = freshnessThreshold(new Date()).toISOString()
  const [submitted, stale] = await Promise.all([
    // `find` with `draft: true` (count has no drafts): new offers and the pending edits of published ones.
    checkRole(['admin', 'animator'], actor)
      ? payload.find({ collection: 'offers', where: { status: { equals: 'soumise' } }, draft: true, limit: 1, depth: 0, select: { title: true }, ...as })
      : null,
    payload.count({
      collection: 'offers',
      where: { and: [{ status: { equals: 'publiee' } }, { or: [{ reviewedAt: { less_than: threshold } }, { reviewedAt: { exists: false } }] }] },
      ...as,
    }),
  ])
  const staleHref = `/admin/collections/offers?where[and][0][status][equals]=publiee&where[and][1][reviewedAt][less_than]=${encodeURIComponent(threshold)}`
  return (
    <div className="bw-banner" data-testid="offers-banner">
      {submitted ? (
        <Button buttonStyle={submitted.totalDocs ? 'primary' : 'secondary'} size="small" el="link" url="/admin/validation">
          {submitted.totalDocs ? `File de validation : ${submitted.totalDocs} offre(s) à examiner` : 'File de validation (vide)'}
        </Button>
      ) : null}
      {stale.totalDocs ? (
        <Button buttonStyle="secondary" size="small" el="link" url={staleHref}>
          {`${stale.totalDocs} offre(s) publiée(s) non vérifiée(s) depuis ${FRESHNESS_MONTHS} mois`}
        </Button>
      ) : null}
      <Button buttonStyle="secondary" size="small" el="link" url="/admin/annuaire">
        Annuaire des homologues
      </Button>
    </div>
  )
}
