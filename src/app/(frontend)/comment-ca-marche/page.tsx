import type { Metadata } from 'next'
import Link from 'next/link'

import { HowItWorks } from '@/components/HowItWorks'

export const metadata: Metadata = {
  title: 'Comment ça marche ?',
  description: 'Boussole en trois étapes : ta commune, quelques questions, un ou une pro qui te recontacte sous 1 à 7 jours. Gratuit, pour les 15–30 ans.',
}

export default function HowItWorksPage() {
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-9">
          <h1>Comment ça marche ?</h1>
          <p className="fr-text--lead">
            Boussole te met en relation avec les pros près de chez toi qui peuvent t’aider : trouver un emploi ou une formation, un logement, prendre soin de ta
            santé… C’est un service public, gratuit, pour les jeunes de 15 à 30 ans.
          </p>
          <h2>En trois étapes</h2>
          <HowItWorks />

          <h2 className="fr-mt-4w">La promesse</h2>
          <p>
            Chaque organisme partenaire s’engage, pour chacun de ses services, sur un délai pour te recontacter : entre 1 et 7 jours. Ce délai est affiché sur
            chaque service avant que tu fasses ta demande. S’il n’est pas tenu, l’équipe qui anime Boussole sur ton territoire est prévenue et relance
            l’organisme. Quelques jours après, on te demande si tu as bien été contacté(e).
          </p>

          <h2>Qui sont les pros ?</h2>
          <p>
            Des structures qui accompagnent les jeunes près de chez toi et qui ont signé la charte Boussole : Missions Locales, Points et Bureaux Information
            Jeunesse, foyers de jeunes travailleurs, centres communaux d’action sociale, associations, structures de santé… Tu peux voir la liste sur la page de
            chaque{' '}
            <Link href="/territoires" prefetch={false}>
              territoire
            </Link>
            .
          </p>

          <h2>Tes réponses et tes coordonnées</h2>
          <p>
            Les questions ne demandent ni ton nom ni ton adresse. Tes coordonnées (e-mail ou portable) ne sont transmises qu’à l’organisme que tu choisis, et
            seulement si tu le demandes. Tu peux retirer ta demande à tout moment.{' '}
            <Link href="/donnees-personnelles" prefetch={false}>
              Tout savoir sur tes données
            </Link>
            .
          </p>

          <h2>Et si Boussole n’est pas encore ouverte chez moi ?</h2>
          <p>
            Boussole s’ouvre territoire par territoire. Si ta commune n’est pas encore couverte, on t’indique les structures Info Jeunes les plus proches :
            elles accueillent tous les jeunes, sans rendez-vous.
          </p>

          <p className="fr-mt-4w">
            <Link href="/" prefetch={false} className="fr-btn">
              Commencer
            </Link>
          </p>

          <h2 className="fr-h4 fr-mt-6w">Tu es un ou une pro ?</h2>
          <p>
            Les organismes partenaires gèrent leurs services et les demandes des jeunes dans{' '}
            <Link href="/admin" prefetch={false}>
              l’espace professionnel
            </Link>
            .
          </p>
        </div>
      </div>
    </div>
  )
}
