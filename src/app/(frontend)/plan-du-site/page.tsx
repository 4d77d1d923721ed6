import type { Metadata } from 'next'
import Link from 'next/link'

import { territoryPath } from '../_lib/paths'
import { openTerritories } from '../_lib/territories'

export const metadata: Metadata = {
  title: 'Plan du site',
  description: 'Toutes les pages de Boussole : trouver de l’aide près de chez toi, les territoires ouverts, les informations sur le service.',
}

/** Every page one can reach on the public site (RGAA 12.1: a second way to find a page, besides the menu and links). */
export default async function SiteMapPage() {
  const territories = await openTerritories()
  const link = (href: string, label: string) => (
    <Link href={href} prefetch={false}>
      {label}
    </Link>
  )
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-9">
          <h1>Plan du site</h1>
          <ul>
            <li>
              {link('/', 'Accueil : trouver de l’aide près de chez toi')}
              <ul>
                <li>{link('/recherche', 'Chercher ta commune')}</li>
              </ul>
            </li>
            <li>{link('/comment-ca-marche', 'Comment ça marche')}</li>
            <li>
              {link('/territoires', 'Les territoires où Boussole est ouverte')}
              {territories.length > 0 && (
                <ul>
                  {territories.map((territory) => (
                    <li key={territory.slug}>{link(territoryPath(territory.slug), territory.name)}</li>
                  ))}
                </ul>
              )}
            </li>
            <li>{link('/donnees-personnelles', 'Données personnelles')}</li>
            <li>{link('/accessibilite', 'Accessibilité')}</li>
            <li>{link('/mentions-legales', 'Mentions légales')}</li>
            <li>{link('/admin', 'Espace professionnel (organismes partenaires et animation)')}</li>
          </ul>
        </div>
      </div>
    </div>
  )
}
