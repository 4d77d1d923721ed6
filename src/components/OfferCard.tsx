import Link from 'next/link'

import { formatDays } from '@/domain/shared/frenchText'
import type { MatchedOffer } from '@/plugins/boussole/server'

/** « Te recontacte sous 3 jours »: the organisation's commitment, the heart of the promise. */
export const delayText = (days: number) => `Te recontacte sous ${formatDays(days)}`

/** One matching offer in the results: organisation, summary, delay commitment and why it fits. */
export function OfferCard({ offer, href }: { offer: MatchedOffer; href: string }) {
  return (
    <div className="fr-card fr-enlarge-link">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title">
            <Link href={href} prefetch={false}>
              {offer.title}
            </Link>
          </h3>
          <div className="fr-card__desc">
            <p className="fr-mb-2w">{offer.summary}</p>
            {offer.reasons.length > 0 && (
              <>
                <p className="fr-text--sm fr-text--bold fr-mb-1v">Pourquoi on te le propose :</p>
                <ul className="boussole-reasons fr-text--sm fr-mb-0">
                  {offer.reasons.map((reason) => (
                    <li key={reason}>
                      <span className="fr-icon-check-line fr-icon--sm" aria-hidden="true" /> {reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <div className="fr-card__start">
            <ul className="fr-badges-group">
              <li>
                <p className="fr-badge fr-badge--new fr-badge--sm">{delayText(offer.contactDelayDays)}</p>
              </li>
              {offer.remote && (
                <li>
                  <p className="fr-badge fr-badge--info fr-badge--sm fr-badge--no-icon">Possible à distance</p>
                </li>
              )}
            </ul>
            <p className="fr-card__detail fr-icon-team-line">{offer.partner.name}</p>
          </div>
        </div>
      </div>
    </div>
  )
}
