import type { Metadata } from 'next'
import Link from 'next/link'

import { countOf } from '@/domain/shared/frenchText'

import { INFO_JEUNES_URL, territoryPath } from '../_lib/paths'
import { openTerritories } from '../_lib/territories'

export const metadata: Metadata = {
  title: 'Les territoires où Boussole est ouverte',
  description: 'Boussole s’ouvre territoire par territoire : la liste des territoires ouverts, leurs thèmes et leurs partenaires.',
}

export default async function TerritoriesPage() {
  const territories = await openTerritories()
  return (
    <div className="fr-container fr-pt-6w">
      <h1>Les territoires où Boussole est ouverte</h1>
      <p className="fr-text--lead">
        Dans chaque territoire, des pros (Mission Locale, Info Jeunes, foyers de jeunes travailleurs, associations…) se sont engagés à recontacter les jeunes
        qui les sollicitent via Boussole.
      </p>
      {territories.length > 0 ? (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-4w">
          {territories.map((territory) => (
            <li key={territory.slug} className="fr-col-12 fr-col-md-6 fr-col-lg-4 boussole-grid-item">
              <div className="fr-card fr-enlarge-link">
                <div className="fr-card__body">
                  <div className="fr-card__content">
                    <h2 className="fr-card__title">
                      <Link href={territoryPath(territory.slug)} prefetch={false}>
                        {territory.name}
                      </Link>
                    </h2>
                    <p className="fr-card__desc">
                      Thèmes ouverts :{' '}
                      {territory.themes
                        .filter((theme) => theme.status === 'ouvert')
                        .map((theme) => theme.name)
                        .join(', ') || 'bientôt'}
                    </p>
                    {territory.communeCount > 0 && (
                      <div className="fr-card__end">
                        <p className="fr-card__detail">{countOf(territory.communeCount, 'commune')}</p>
                      </div>
                    )}
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun territoire n’est ouvert pour le moment.</p>
      )}
      <p>
        Ton territoire n’est pas dans la liste ? Le réseau{' '}
        <a href={INFO_JEUNES_URL} target="_blank" rel="noopener" title="Info Jeunes — nouvelle fenêtre">
          Info Jeunes
        </a>{' '}
        t’accueille partout en France.
      </p>
    </div>
  )
}
