import type { Metadata } from 'next'
import Link from 'next/link'

import { SITE } from '@/components/siteInfo'

export const metadata: Metadata = {
  title: 'Mentions légales',
  description: 'Éditeur, directeur de la publication, hébergement et conditions d’utilisation de Boussole.',
}

export default function LegalNoticePage() {
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-9">
          <h1>Mentions légales</h1>
          <h2>Éditeur</h2>
          <p>
            {SITE.publisher}
            <br />
            {SITE.publisherAddress}
          </p>
          <h2>Directeur ou directrice de la publication</h2>
          <p>Le directeur ou la directrice de la jeunesse, de l’éducation populaire et de la vie associative.</p>
          <h2>Hébergement</h2>
          <p>{process.env.BOUSSOLE_HOSTING_NOTICE || 'Le site est hébergé en France, sur une infrastructure choisie par l’éditeur.'}</p>
          <h2>Ce que proposent les organismes</h2>
          <p>
            Les services présentés sur Boussole sont décrits et proposés par les organismes partenaires, qui ont signé la charte Boussole de leur territoire.
            Chaque organisme est responsable des informations qu’il publie et de la suite qu’il donne aux demandes.
          </p>
          <h2>Liens</h2>
          <p>Tout site public ou privé peut faire un lien vers Boussole, sans autorisation préalable.</p>
          <h2>Données personnelles et accessibilité</h2>
          <p>
            <Link href="/donnees-personnelles" prefetch={false}>
              Tes données personnelles
            </Link>{' '}
            ·{' '}
            <Link href="/accessibilite" prefetch={false}>
              Déclaration d’accessibilité
            </Link>
          </p>
        </div>
      </div>
    </div>
  )
}
