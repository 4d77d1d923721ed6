import type { Metadata } from 'next'
import Link from 'next/link'

import { CommuneSearchForm } from '@/components/CommuneSearchForm'
import { HowItWorks } from '@/components/HowItWorks'

export const metadata: Metadata = {
  title: { absolute: 'Boussole — trouve le bon professionnel près de chez toi' },
  description:
    'Tu as entre 15 et 30 ans ? Dis-nous où tu habites : emploi, formation, logement, santé, un ou une professionnelle près de chez toi te recontacte sous 1 à 7 jours. Gratuit.',
}

export default function HomePage() {
  return (
    <>
      <section className="fr-container fr-pt-6w fr-pb-2w">
        <div className="fr-grid-row">
          <div className="fr-col-12 fr-col-md-8">
            <p className="fr-text--lead fr-mb-2w">Tu as entre 15 et 30 ans et tu cherches un job, une formation, un logement ou quelqu’un à qui parler ?</p>
            <h1>Où habites-tu ?</h1>
            <CommuneSearchForm />
          </div>
        </div>
      </section>

      <section className="fr-container fr-pb-4w" aria-labelledby="promesse">
        <div className="fr-callout fr-icon-timer-line">
          <h2 className="fr-callout__title" id="promesse">
            Un ou une pro te recontacte sous 1 à 7 jours
          </h2>
          <p className="fr-callout__text">
            Tu choisis un service près de chez toi, tu laisses ton adresse mail ou ton numéro de portable, et la personne qui s’en occupe te contacte dans le
            délai annoncé. C’est gratuit et sans engagement.
          </p>
        </div>
      </section>

      <section className="fr-container fr-pb-4w" aria-labelledby="comment">
        <h2 id="comment">Comment ça marche ?</h2>
        <HowItWorks />
        <p className="fr-mt-2w">
          <Link href="/comment-ca-marche" prefetch={false} className="fr-link fr-icon-arrow-right-line fr-link--icon-right">
            En savoir plus sur Boussole
          </Link>
        </p>
        <p>
          <Link href="/territoires" prefetch={false} className="fr-link fr-icon-arrow-right-line fr-link--icon-right">
            Voir les territoires où Boussole est ouverte
          </Link>
        </p>
      </section>
    </>
  )
}
