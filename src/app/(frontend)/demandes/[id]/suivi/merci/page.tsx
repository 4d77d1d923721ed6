import type { Metadata } from 'next'
import Link from 'next/link'

import { firstParam } from '../../../../_lib/answersParam'
import { INFO_JEUNES_URL } from '../../../../_lib/paths'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Merci pour ta réponse',
  description: 'Ta réponse est enregistrée.',
  robots: { index: false },
}

export default async function FollowUpThanksPage({ searchParams }: Props) {
  const query = await searchParams
  const contacted = firstParam(query.reponse) !== 'non'
  const already = firstParam(query.deja) === '1'
  const corrected = firstParam(query.corrige) === '1'
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{already ? 'Tu as déjà répondu, merci !' : corrected ? 'Ta réponse est corrigée, merci !' : 'Merci, c’est noté !'}</h1>
          {contacted ? (
            <p className="fr-text--lead">On est content que ça ait marché. Bonne suite à toi !</p>
          ) : (
            <>
              <p className="fr-text--lead">
                Désolé que personne ne t’ait contacté(e). Ta réponse est enregistrée : l’équipe qui anime Boussole sur ton territoire la voit dans son suivi et
                peut relancer l’organisme.
              </p>
              <p>En attendant, tu peux :</p>
              <ul>
                <li>
                  <Link href="/" prefetch={false}>
                    faire une nouvelle recherche
                  </Link>{' '}
                  et choisir un autre service ;
                </li>
                <li>
                  poser ta question au réseau{' '}
                  <a href={INFO_JEUNES_URL} target="_blank" rel="noopener" title="Info Jeunes — nouvelle fenêtre">
                    Info Jeunes
                  </a>
                  , gratuitement et sans rendez-vous.
                </li>
              </ul>
            </>
          )}
          <Link href="/" prefetch={false} className="fr-btn fr-mt-2w">
            Retour à l’accueil
          </Link>
        </div>
      </div>
    </div>
  )
}
