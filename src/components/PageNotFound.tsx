import type { Metadata } from 'next'

import { StartOverLinks } from '@/components/StartOverLinks'

export const PAGE_NOT_FOUND_METADATA: Metadata = { title: 'Page introuvable', robots: { index: false } }

/** The 404 of the public site, in the site's layout: never a dead end. */
export function PageNotFound() {
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Page introuvable</h1>
          <p className="fr-text-mention--grey fr-text--sm">Erreur 404</p>
          <p className="fr-text--lead">
            Cette page n’existe pas, ou plus. Le lien est peut-être incomplet, la commune ou le thème n’existe pas, ou le service que tu cherches n’est plus
            proposé.
          </p>
          <p>Pas de souci, tu peux repartir d’ici :</p>
          <StartOverLinks />
        </div>
      </div>
    </div>
  )
}
