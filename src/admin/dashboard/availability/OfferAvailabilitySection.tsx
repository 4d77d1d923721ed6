import { formatPauseDay, isPausedOnDay, MAX_PAUSE_MONTHS, pauseDay } from '@/domain/offers/pause'
import { validityDay } from '@/domain/offers/validity'
import { idOf } from '@/domain/shared/ids'
import type { User } from '@/payload-types'
import type { Viewer } from '@/plugins/boussole/server'
import { verifiedMessage } from '@/security/signedMessage'

import { pauseOfferFormAction, resumeOfferFormAction } from './actions'
import { AVAILABILITY_DONE_PARAM, AVAILABILITY_ERROR_PARAM, AVAILABILITY_PAGE, AVAILABILITY_SECTION_ID } from './availabilityPaths'
import '../dayForm.css'
import './availability.css'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * « Disponibilité de vos offres » on the professional's dashboard: each published offer of the organisation, whether it
 * takes requests, and « Mettre en pause (complet jusqu’au …) » / « Reprendre » as plain forms posted to server actions
 * (they work without JavaScript; the offer's edit view has the same control). Read with the person's access.
 */
export async function OfferAvailabilitySection({ viewer, now, searchParams = {} }: { viewer: Viewer; now: Date; searchParams?: SearchParams }) {
  const partnerId = idOf(viewer.user.partner)
  if (partnerId === null) return null
  const { docs } = await viewer.payload.find({
    collection: 'offers',
    where: { and: [{ partner: { equals: partnerId } }, { status: { equals: 'publiee' } }] },
    sort: 'title',
    depth: 0,
    limit: 100,
    overrideAccess: false,
    user: viewer.user as User,
    select: { title: true, pausedUntil: true },
  })
  if (!docs.length) return null
  const today = validityDay(now)
  const done = verifiedMessage(viewer.payload.secret, AVAILABILITY_PAGE, AVAILABILITY_DONE_PARAM, searchParams)
  const error = verifiedMessage(viewer.payload.secret, AVAILABILITY_PAGE, AVAILABILITY_ERROR_PARAM, searchParams)
  const titleId = `${AVAILABILITY_SECTION_ID}-titre`
  return (
    <section id={AVAILABILITY_SECTION_ID} className="boussole-day-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="boussole-dashboard__section-title">
        Disponibilité de vos offres
      </h2>
      {error ? (
        <p role="alert" className="boussole-result--error">
          {error}
        </p>
      ) : done ? (
        <p role="status" className="boussole-result--done">
          {done}
        </p>
      ) : null}
      <p className="boussole-muted">
        Une offre complète quitte les résultats et ne reçoit plus de demande jusqu’au jour choisi (inclus, {MAX_PAUSE_MONTHS} mois au plus) ; elle revient
        d’elle-même le lendemain.
      </p>
      <ul className="boussole-availability__list">
        {docs.map((offer) => {
          const paused = isPausedOnDay(offer.pausedUntil, today) ? pauseDay(offer.pausedUntil) : null
          const fieldId = `pause-${offer.id}`
          // said after the visible words of each control: which offer it is about (the list repeats them for each offer)
          const whichOffer = <span className="boussole-visually-hidden"> l’offre « {offer.title} »</span>
          return (
            <li key={offer.id} className="boussole-availability__offer">
              <p className="boussole-availability__title">
                <a href={`/admin/collections/offers/${offer.id}`}>{offer.title}</a>
                <span className={paused ? 'boussole-availability__state--paused' : 'boussole-availability__state'}>
                  {paused ? ` — complète jusqu’au ${formatPauseDay(paused)}` : ' — reçoit des demandes'}
                </span>
              </p>
              {paused ? (
                <form action={resumeOfferFormAction} method="post">
                  <input type="hidden" name="offerId" value={offer.id} />
                  <button type="submit" className="btn btn--style-secondary btn--size-medium">
                    Reprendre{whichOffer}
                  </button>
                </form>
              ) : (
                <form action={pauseOfferFormAction} method="post" className="boussole-day-form">
                  <input type="hidden" name="offerId" value={offer.id} />
                  <label htmlFor={fieldId}>
                    Complète jusqu’au<span className="boussole-visually-hidden"> (offre « {offer.title} »)</span>
                    <input id={fieldId} type="date" name="until" min={today} required />
                  </label>
                  <button type="submit" className="btn btn--style-secondary btn--size-medium">
                    Mettre en pause{whichOffer}
                  </button>
                </form>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
