import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { CommuneSearchForm } from '@/components/CommuneSearchForm'
import { PARTNER_TYPES } from '@/domain/partners/partnerTypes'
import type { Commune } from '@/payload-types'

import { routeParam } from '../../_lib/paths'
import { territoryWithPartners } from '../../_lib/territories'

type Props = { params: Promise<{ slug: string }> }

async function load(slug: string) {
  const data = await territoryWithPartners(routeParam(slug))
  if (!data) notFound()
  return data
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { territory, partners } = await load((await params).slug)
  return {
    title: `Boussole — ${territory.name}`,
    description: `Les thèmes ouverts et les ${partners.length} organismes partenaires de Boussole sur le territoire ${territory.name}.`,
  }
}

const typeLabel = (type: string) => PARTNER_TYPES.find((entry) => entry.value === type)?.label ?? ''

/** An open territory: its themes, its partner organisations (public contacts only), a way in. */
export default async function TerritoryPage({ params }: Props) {
  const { territory, partners } = await load((await params).slug)
  const open = territory.themes.filter((theme) => theme.status === 'ouvert')
  const soon = territory.themes.filter((theme) => theme.status === 'bientot')
  return (
    <div className="fr-container fr-pt-4w">
      <p className="fr-mb-3w">
        <Link href="/territoires" prefetch={false} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Tous les territoires
        </Link>
      </p>
      <h1>{territory.name}</h1>
      {territory.description && <p className="fr-text--lead">{territory.description}</p>}

      <section className="fr-mb-4w" aria-labelledby="themes">
        <h2 id="themes">Thèmes</h2>
        <ul className="fr-tags-group">
          {open.map((theme) => (
            <li key={theme.slug}>
              <p className="fr-tag">{theme.name}</p>
            </li>
          ))}
          {soon.map((theme) => (
            <li key={theme.slug}>
              <p className="fr-tag">{theme.name} (bientôt)</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="fr-mb-4w" aria-labelledby="commencer">
        <h2 id="commencer">Tu habites ici ?</h2>
        <CommuneSearchForm label="Ta commune ou ton code postal" />
      </section>

      <section className="fr-mb-4w" aria-labelledby="partenaires">
        <h2 id="partenaires">Les organismes partenaires</h2>
        {partners.length === 0 ? (
          <p>Les organismes partenaires seront bientôt présentés ici.</p>
        ) : (
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {partners.map((partner) => {
              const commune = partner.commune && typeof partner.commune === 'object' ? (partner.commune as Commune) : null
              return (
                <li key={partner.id} className="fr-col-12 fr-col-md-6 boussole-grid-item">
                  <div className="fr-card fr-card--no-arrow">
                    <div className="fr-card__body">
                      <div className="fr-card__content">
                        <h3 className="fr-card__title">{partner.name}</h3>
                        <div className="fr-card__desc">
                          {partner.description && <p className="fr-mb-1w">{partner.description}</p>}
                          {(partner.address || commune) && (
                            <p className="fr-mb-1w">
                              <span className="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true" />{' '}
                              {[partner.address, commune?.name].filter(Boolean).join(', ')}
                            </p>
                          )}
                          {partner.contactsPublic && partner.publicPhone && (
                            <p className="fr-mb-1w">
                              <span className="fr-icon-phone-line fr-icon--sm" aria-hidden="true" />{' '}
                              <a href={`tel:${partner.publicPhone.replace(/[^\d+]/g, '')}`}>{partner.publicPhone}</a>
                            </p>
                          )}
                          {partner.contactsPublic && partner.publicEmail && (
                            <p className="fr-mb-1w">
                              <span className="fr-icon-mail-line fr-icon--sm" aria-hidden="true" />{' '}
                              <a href={`mailto:${partner.publicEmail}`}>{partner.publicEmail}</a>
                            </p>
                          )}
                          {partner.website && (
                            <p className="fr-mb-0">
                              <a href={partner.website} target="_blank" rel="noopener" title={`Site de ${partner.name} — nouvelle fenêtre`}>
                                Site internet
                              </a>
                            </p>
                          )}
                        </div>
                        <div className="fr-card__start">
                          <p className="fr-card__detail">{typeLabel(partner.type)}</p>
                        </div>
                      </div>
                    </div>
                  </div>
                </li>
              )
            })}
          </ul>
        )}
      </section>

      {territory.contact?.structure && (
        <section className="fr-mb-4w" aria-labelledby="animation">
          <h2 id="animation" className="fr-h4">
            Qui anime Boussole ici ?
          </h2>
          <p className="fr-mb-1w">{territory.contact.structure}</p>
          {territory.contact.website && (
            <p>
              <a href={territory.contact.website} target="_blank" rel="noopener" title={`Site de ${territory.contact.structure} — nouvelle fenêtre`}>
                Site internet
              </a>
            </p>
          )}
        </section>
      )}

      <p>
        Tu travailles dans un de ces organismes ?{' '}
        <Link href="/admin" prefetch={false}>
          Accède à l’espace professionnel
        </Link>
        .
      </p>
    </div>
  )
}
