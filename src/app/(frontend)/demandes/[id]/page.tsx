import type { Metadata } from 'next'
import Link from 'next/link'

import { InfoJeunesCard } from '@/components/InfoJeunesCard'
import { delayText } from '@/components/OfferCard'
import { PartnerContactLines } from '@/components/PartnerContactLines'
import { RequestErased } from '@/components/RequestErased'
import type { RequestStage } from '@/domain/leads/requestProgress'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { leadToken, requestAlternatives, type PartnerPublicContact, type RequestAlternatives } from '@/plugins/boussole/server'

import { firstParam } from '../../_lib/answersParam'
import { INFO_JEUNES_URL, noLongerNeededPath } from '../../_lib/paths'
import { payloadClient } from '../../_lib/payload'
import { loadSignedRequestStatus } from '../../_lib/signedLead'
import { requestOtherOfferAction } from './actions'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Ta demande',
  description: 'Où en est ta demande, comment joindre l’organisme, et ce que tu peux faire.',
  robots: { index: false },
}

/** The DSFR alert that carries each stage. */
const ALERT: Record<RequestStage, string> = {
  sent: 'fr-alert--success',
  overdue: 'fr-alert--warning',
  taken: 'fr-alert--info',
  closed: 'fr-alert--info',
  withdrawn: 'fr-alert--info',
}

/** What the last action did, told at the top of the page (`?fait=` of the server actions). */
const DONE: Record<string, { type: string; text: string }> = {
  'plus-besoin': { type: 'fr-alert--success', text: 'C’est noté : ta demande est terminée et l’organisme est prévenu qu’il n’a plus à te contacter.' },
  'deja-terminee': { type: 'fr-alert--info', text: 'Cette demande était déjà terminée : rien n’a changé.' },
  'autre-offre-impossible': {
    type: 'fr-alert--warning',
    text: 'Cette offre ne peut plus être demandée depuis cette page. Regarde ci-dessous ce que tu peux faire.',
  },
  'trop-de-demandes': { type: 'fr-alert--warning', text: 'Tu as envoyé beaucoup de demandes aujourd’hui : réessaie un peu plus tard.' },
}

/**
 * The young person's own page for their request (signed link of the acknowledgement email or SMS, no account): where
 * it stands, the organisation and its public contact, the committed date, and what they can do — say they no longer
 * need it, withdraw it, and once the delay passed without contact, ask another matching offer or reach Info Jeunes.
 * Plain HTML forms: works without JavaScript.
 */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const request = await loadSignedRequestStatus(id, firstParam(query.token))
  const done = DONE[firstParam(query.fait) ?? '']
  if (request.erased) {
    return <RequestErased />
  }
  const { summary, progress, partner, token } = request
  const payload = await payloadClient()
  const alternatives = progress.offersAlternatives ? await requestAlternatives(payload, request.lead) : null
  const withdrawHref = `/demandes/${summary.id}/retrait?token=${encodeURIComponent(leadToken(payload.secret, summary.id, 'withdraw'))}`
  return (
    <div className="fr-container fr-pt-6w fr-pb-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          {done && (
            <div className={`fr-alert ${done.type} fr-alert--sm fr-mb-4w`} role="status">
              <p>{done.text}</p>
            </div>
          )}
          <h1>Ta demande à {summary.partnerName}</h1>
          <div className={`fr-alert ${ALERT[progress.stage]} fr-mb-4w`}>
            <h2 className="fr-alert__title">{progress.label}</h2>
            <p>{progress.message}</p>
          </div>

          <dl className="fr-mb-4w">
            <dt className="fr-text--bold">Offre</dt>
            <dd className="fr-mb-2w">{summary.offerTitle}</dd>
            <dt className="fr-text--bold">Contact promis au plus tard le</dt>
            <dd className="fr-mb-2w">{formatLongDate(summary.dueAt)}</dd>
            <dt className="fr-text--bold">Numéro de ta demande</dt>
            <dd className="fr-mb-2w">{summary.reference}</dd>
          </dl>

          <PartnerContact partner={partner} />

          {alternatives && <Alternatives alternatives={alternatives} leadId={summary.id} token={token} />}

          {progress.canClose && (
            <section className="fr-mb-4w" aria-labelledby="plus-besoin">
              <h2 id="plus-besoin" className="fr-h4">
                Tu n’en as plus besoin ?
              </h2>
              <p>Dis-le nous : ta demande sera terminée et l’organisme saura qu’il n’a plus à te contacter.</p>
              {/* Confirmed on the next page (RGAA 11.12). */}
              <Link href={noLongerNeededPath(summary.id, token)} prefetch={false} className="fr-btn fr-btn--secondary">
                Je n’en ai plus besoin
              </Link>
            </section>
          )}

          <section className="fr-mb-4w" aria-labelledby="retirer">
            <h2 id="retirer" className="fr-h4">
              Effacer tes coordonnées
            </h2>
            <p>Tu peux retirer ta demande à tout moment : tes coordonnées et tes réponses sont alors effacées tout de suite.</p>
            <p>
              <Link href={withdrawHref} prefetch={false} className="fr-link">
                Retirer ma demande et effacer mes coordonnées
              </Link>
            </p>
          </section>
        </div>
      </div>
    </div>
  )
}

/** The organisation as the public sees it: address and only the contacts it chose to publish. */
function PartnerContact({ partner }: { partner: PartnerPublicContact }) {
  const place = [partner.address, partner.commune].filter(Boolean).join(', ')
  const nothing = !place && !partner.phone && !partner.email && !partner.website
  return (
    <section className="fr-mb-4w" aria-labelledby="organisme">
      <h2 id="organisme" className="fr-h4">
        Pour joindre {partner.name}
      </h2>
      {nothing && <p>L’organisme n’a pas publié de coordonnées : c’est lui qui va te contacter.</p>}
      {place && (
        <p className="fr-mb-1w">
          <span className="fr-icon-building-line fr-icon--sm" aria-hidden="true" /> {place}
        </p>
      )}
      <PartnerContactLines name={partner.name} phone={partner.phone} email={partner.email} website={partner.website} />
    </section>
  )
}

/** Once the delay passed without contact: the other matching offers, each in one tap, and the Info Jeunes point. */
function Alternatives({ alternatives, leadId, token }: { alternatives: RequestAlternatives; leadId: number; token: string }) {
  return (
    <>
      <section className="fr-mb-4w" aria-labelledby="autres-offres">
        <h2 id="autres-offres" className="fr-h4">
          D’autres offres pour toi
        </h2>
        {alternatives.offers.length ? (
          <>
            <p>Ces offres correspondent aussi à tes réponses. En un clic, ta demande leur est envoyée avec les mêmes coordonnées et les mêmes réponses.</p>
            <ul className="fr-raw-list">
              {alternatives.offers.map((offer) => (
                <li key={offer.id} className="fr-card fr-card--no-arrow fr-mb-2w">
                  <div className="fr-card__body">
                    <div className="fr-card__content">
                      <h3 className="fr-card__title">{offer.title}</h3>
                      <div className="fr-card__desc">
                        <p className="fr-mb-1w">{offer.summary}</p>
                        <p className="fr-text--sm fr-mb-2w">
                          {offer.partner.name} · {delayText(offer.contactDelayDays).toLowerCase()}
                        </p>
                        <form action={requestOtherOfferAction}>
                          <input type="hidden" name="demande" value={leadId} />
                          <input type="hidden" name="token" value={token} />
                          <input type="hidden" name="offre" value={offer.id} />
                          <button type="submit" className="fr-btn fr-btn--sm" aria-label={`Demander cette offre : ${offer.title}, ${offer.partner.name}`}>
                            Demander cette offre
                          </button>
                        </form>
                        <p className="fr-text--xs fr-mt-1w fr-mb-0">Tes coordonnées seront transmises à {offer.partner.name}.</p>
                      </div>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Aucune autre offre ne correspond à tes réponses pour l’instant.</p>
        )}
      </section>
      <section className="fr-mb-4w" aria-labelledby="info-jeunes">
        <h2 id="info-jeunes" className="fr-h4">
          Ton point Info Jeunes
        </h2>
        <p>Les pros du réseau Info Jeunes t’accueillent sans rendez-vous, gratuitement, pour t’aider à trouver une autre solution.</p>
        {alternatives.infoJeunes.length ? (
          <ul className="fr-raw-list">
            {alternatives.infoJeunes.map((structure) => (
              <li key={structure.name} className="fr-mb-2w">
                <InfoJeunesCard structure={structure} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <a href={INFO_JEUNES_URL} target="_blank" rel="noopener" title="Trouver un point Info Jeunes — nouvelle fenêtre">
              Trouver le point Info Jeunes le plus proche
            </a>
          </p>
        )}
      </section>
    </>
  )
}
