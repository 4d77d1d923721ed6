import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { randomUUID } from 'node:crypto'
import { cache } from 'react'

import { publicOffersWhere } from '@/access/publicOffers'
import { LeadForm } from '@/components/LeadForm'
import { initialLeadFormState } from '@/components/leadFormState'
import { delayText } from '@/components/OfferCard'
import { PartnerContactLines } from '@/components/PartnerContactLines'
import { formatPauseDay, isPausedOnDay, pauseDay } from '@/domain/offers/pause'
import { isOfferValidOn, validityDay } from '@/domain/offers/validity'
import { formatDays } from '@/domain/shared/frenchText'
import { responsivenessSentence } from '@/domain/statistics/responsiveness'
import type { Commune, Offer, Partner, Territory, Theme } from '@/payload-types'
import { now, organisationResponsiveness } from '@/plugins/boussole/server'

import { decodeAnswers, encodeAnswers, firstParam } from '../../_lib/answersParam'
import { communePath, offerPath, resultsPath, territoryPath } from '../../_lib/paths'
import { payloadClient } from '../../_lib/payload'
import { currentPreview } from '../../_lib/preview'
import { submitLeadAction } from './actions'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * A published offer, read as the public (anonymous) sees it: the organisation's phone and email come only
 * when it chose to publish them. Drafts, archived and expired offers are « introuvables » (404).
 */
const loadOffer = cache(async (rawId: string) => {
  if (!/^\d{1,10}$/.test(rawId)) notFound()
  const payload = await payloadClient()
  // Staff walking a territory in preview read its offers as the public will once it opens (the same rule, that
  // territory counted as open); everybody else, through the public access.
  const preview = await currentPreview()
  const { docs } = await payload.find({
    collection: 'offers',
    where: preview
      ? { and: [{ id: { equals: Number(rawId) } }, await publicOffersWhere(payload, { alsoIn: [preview.id] })] }
      : { id: { equals: Number(rawId) } },
    limit: 1,
    depth: 2,
    overrideAccess: Boolean(preview),
    select: {
      title: true,
      summary: true,
      description: true,
      benefits: true,
      partner: true,
      territory: true,
      theme: true,
      contactDelayDays: true,
      location: true,
      validFrom: true,
      validUntil: true,
      pausedUntil: true,
    },
    populate: {
      partners: { name: true, description: true, address: true, commune: true, contactsPublic: true, publicPhone: true, publicEmail: true, website: true },
      communes: { name: true, postalCodes: true },
      themes: { name: true, slug: true },
      territories: { name: true, slug: true, status: true },
    },
  })
  const offer = docs[0] as Offer | undefined
  const today = now(payload)
  if (!offer) notFound()
  if (!isOfferValidOn(offer, today)) notFound()
  return offer
})

/** What a paused offer says instead of the form: it takes no request for now, and where the others are. */
function PausedOffer({ partnerName, backHref }: { partnerName: string; backHref: string | null }) {
  return (
    <>
      <p>{partnerName} ne peut pas prendre de nouvelle demande pour cette offre en ce moment. D’autres pros peuvent t’aider.</p>
      <p className="fr-mb-0">
        <Link href={backHref ?? '/'} prefetch={false} className="fr-btn">
          {backHref ? 'Voir les autres offres' : 'Chercher une autre offre'}
        </Link>
      </p>
    </>
  )
}

const populated = <T extends object>(value: number | T | null | undefined): T | null => (value && typeof value === 'object' ? value : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await loadOffer((await params).id)
  const partner = populated<Partner>(offer.partner)
  return {
    title: `${offer.title}${partner ? ` — ${partner.name}` : ''}`,
    description: offer.summary.slice(0, 200),
  }
}

export default async function OfferPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const offer = await loadOffer(id)
  const partner = populated<Partner>(offer.partner)
  const theme = populated<Theme>(offer.theme)
  const territory = populated<Territory>(offer.territory)
  const place = populated<Commune>(offer.location?.commune)
  const partnerPlace = populated<Commune>(partner?.commune)
  const partnerName = partner?.name ?? 'l’organisme'
  // The organisation's usual time to call back (90 days, cached per organisation): nothing until there are enough requests.
  const responds = partner ? responsivenessSentence(await organisationResponsiveness(await payloadClient(), partner.id)) : null

  // The young person's context (commune and answers), carried from the results.
  const commune = firstParam(query.commune)?.trim()
  const r = firstParam(query.r)
  const answers = r ? decodeAnswers(r) : null
  const context = commune && /^(\d{5}|2[AB]\d{3})$/i.test(commune) && answers && Object.keys(answers).length ? { commune, answers } : null
  const backHref = context && theme?.slug ? resultsPath(context.commune, theme.slug, context.answers) : null

  // « Complet jusqu’au … »: no form until then, the way to the other offers instead.
  const pausedUntil = isPausedOnDay(offer.pausedUntil, validityDay(now(await payloadClient()))) ? pauseDay(offer.pausedUntil) : null
  const delay = `sous ${formatDays(offer.contactDelayDays)}`
  const address = [offer.location?.address, place ? `${place.postalCodes?.[0] ?? ''} ${place.name}`.trim() : null].filter(Boolean).join(', ')
  const showContacts = partner?.contactsPublic === true && Boolean(partner.publicPhone || partner.publicEmail)

  return (
    <div className="fr-container fr-pt-4w">
      <p className="fr-mb-3w">
        {backHref ? (
          <Link href={backHref} prefetch={false} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
            Retour aux résultats
          </Link>
        ) : (
          <Link href="/" prefetch={false} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
            Accueil
          </Link>
        )}
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          {theme && <p className="fr-badge fr-badge--blue-cumulus fr-badge--sm fr-mb-1w">{theme.name}</p>}
          <h1>{offer.title}</h1>
          <p className="fr-text--lg fr-mb-1w">
            Proposé par <strong>{partnerName}</strong>
          </p>
          {responds && <p className="fr-mb-1w">{responds}</p>}
          <ul className="fr-badges-group fr-mb-3w">
            <li>
              <p className="fr-badge fr-badge--new">{delayText(offer.contactDelayDays)}</p>
            </li>
            {offer.location?.remote && (
              <li>
                <p className="fr-badge fr-badge--info fr-badge--no-icon">Possible à distance</p>
              </li>
            )}
          </ul>
          <p className="fr-text--lead">{offer.summary}</p>
          {/* On a phone the form comes after the details: a shortcut to it. */}
          <p className="fr-hidden-md">
            <a href="#demande" className="fr-btn fr-btn--secondary fr-icon-arrow-down-line fr-btn--icon-right">
              {pausedUntil ? `Complet jusqu’au ${formatPauseDay(pausedUntil)}` : 'Demander à être recontacté(e)'}
            </a>
          </p>

          {offer.benefits && (
            <div className="fr-highlight fr-mb-4w">
              <p>
                <strong>Ce que tu obtiens : </strong>
                {offer.benefits}
              </p>
            </div>
          )}

          {offer.description && (
            <section className="fr-mb-4w" aria-labelledby="details">
              <h2 id="details" className="fr-h4">
                En détail
              </h2>
              <RichText data={offer.description} disableContainer />
            </section>
          )}

          <section className="fr-mb-4w" aria-labelledby="lieu">
            <h2 id="lieu" className="fr-h4">
              Où ça se passe ?
            </h2>
            {address && (
              <p className="fr-mb-1w">
                <span className="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true" /> {address}
              </p>
            )}
            {offer.location?.remote && (
              <p className="fr-mb-1w">
                <span className="fr-icon-phone-line fr-icon--sm" aria-hidden="true" /> Possible à distance : par téléphone ou en visio.
              </p>
            )}
            {!address && !offer.location?.remote && <p>Le lieu te sera précisé quand on te recontactera.</p>}
          </section>

          {partner && (
            <section className="fr-mb-4w" aria-labelledby="organisme">
              <h2 id="organisme" className="fr-h4">
                {partner.name}
              </h2>
              {partner.description && <p>{partner.description}</p>}
              {(partner.address || partnerPlace) && (
                <p className="fr-mb-1w">
                  <span className="fr-icon-building-line fr-icon--sm" aria-hidden="true" /> {[partner.address, partnerPlace?.name].filter(Boolean).join(', ')}
                </p>
              )}
              <PartnerContactLines
                name={partner.name}
                phone={showContacts ? partner.publicPhone : null}
                email={showContacts ? partner.publicEmail : null}
                website={partner.website}
              />
            </section>
          )}
        </div>

        <div className="fr-col-12 fr-col-md-5">
          <section className="fr-p-3w fr-mb-4w boussole-lead-box" id="demande" aria-labelledby="demande-titre">
            <h2 id="demande-titre" className="fr-h4">
              {pausedUntil ? `Complet jusqu’au ${formatPauseDay(pausedUntil)}` : 'Demander à être recontacté(e)'}
            </h2>
            {pausedUntil ? (
              <PausedOffer partnerName={partnerName} backHref={backHref} />
            ) : context ? (
              <LeadForm
                action={submitLeadAction}
                initialState={initialLeadFormState}
                offerId={offer.id}
                commune={context.commune.toUpperCase()}
                answers={encodeAnswers(context.answers)}
                idempotencyKey={randomUUID()}
                partnerName={partnerName}
                delay={delay}
                restartHref={communePath(context.commune.toUpperCase())}
                permalink={offerPath(offer.id, context)}
              />
            ) : (
              <>
                <p>
                  Pour qu’un ou une pro de {partnerName} te recontacte {delay}, dis-nous d’abord où tu habites et réponds à quelques questions : on vérifie que
                  ce service est fait pour toi.
                </p>
                <p className="fr-mb-0">
                  <Link href="/" prefetch={false} className="fr-btn">
                    Commencer
                  </Link>
                </p>
              </>
            )}
          </section>
          {territory?.slug && (
            <p>
              <Link href={territoryPath(territory.slug)} prefetch={false} className="fr-link">
                Les autres pros du territoire {territory.name}
              </Link>
            </p>
          )}
        </div>
      </div>
    </div>
  )
}
