import type { Metadata } from 'next'
import Link from 'next/link'

import { SITE } from '@/components/siteInfo'
import { accessLogSentence, ERASED_DATA, getSettings, KEPT_DATA, retentionSentence } from '@/plugins/boussole/server'

import { payloadClient } from '../_lib/payload'

export const metadata: Metadata = {
  title: 'Tes données personnelles',
  description: 'Ce que Boussole collecte, pourquoi, qui le voit, combien de temps on le garde, ce qui reste après l’effacement et comment retirer ta demande.',
}

/** The durations come from the plugin settings: what this page promises is what the retention sweep does. */
export default async function PersonalDataPage() {
  const email = SITE.contactEmail()
  const { retention } = getSettings(await payloadClient())
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-9">
          <h1>Tes données personnelles</h1>
          <p className="fr-text--lead">
            En bref : tu peux chercher sans rien dire de toi. Tes coordonnées ne servent qu’à ce qu’un ou une pro te recontacte, ne sont transmises qu’à
            l’organisme que tu choisis, et sont effacées au plus tard {retention.monthsAfterClosing} mois après la fin de ta demande.
          </p>

          <h2>Qui est responsable ?</h2>
          <p>
            Boussole est un service de l’État. Le responsable du traitement est le {SITE.publisher}, {SITE.publisherAddress}.
          </p>

          <h2>Ce qu’on collecte</h2>
          <h3 className="fr-h5">Quand tu cherches</h3>
          <p>
            Ta commune, le thème choisi et tes réponses aux questions. Aucune question ne demande ton nom ni ton adresse. Ces recherches sont enregistrées de
            façon anonyme, pour compter combien de jeunes cherchent quoi sur chaque territoire.
          </p>
          <h3 className="fr-h5">Quand tu demandes à être recontacté(e)</h3>
          <ul>
            <li>ton adresse e-mail et/ou ton numéro de portable ;</li>
            <li>tes réponses aux questions, ta commune et le service choisi ;</li>
            <li>la date à laquelle tu as donné ton accord (la case à cocher).</li>
          </ul>
          <h3 className="fr-h5">Pour éviter les abus</h3>
          <p>
            Une empreinte chiffrée de ton adresse IP, qui sert seulement à limiter le nombre de demandes envoyées d’une même connexion. Ton adresse IP elle-même
            n’est pas gardée.
          </p>
          <p>
            Boussole n’utilise ni cookie publicitaire ni outil de mesure d’audience. Si tu choisis un thème clair ou sombre dans « Paramètres d’affichage », ce
            choix est enregistré uniquement sur ton appareil.
          </p>

          <h2>Pourquoi</h2>
          <ul>
            <li>pour qu’un ou une pro de l’organisme que tu as choisi te recontacte ;</li>
            <li>
              pour vérifier que la promesse est tenue : rappeler l’organisme si le délai approche, prévenir l’équipe du territoire s’il est dépassé, et te
              demander ensuite si tu as bien été contacté(e) ;
            </li>
            <li>pour établir des statistiques anonymes qui aident à améliorer le service.</li>
          </ul>
          <p>
            Ces données sont traitées parce que tu as donné ton accord en cochant la case du formulaire. Elles ne sont jamais vendues ni utilisées pour de la
            publicité.
          </p>

          <h2>Qui les voit</h2>
          <ul>
            <li>les pros de l’organisme qui propose le service que tu as choisi ;</li>
            <li>l’équipe qui anime Boussole sur ton territoire, pour suivre les demandes et relancer si besoin ;</li>
            <li>l’équipe nationale de Boussole, pour faire fonctionner le service.</li>
          </ul>
          <p>{accessLogSentence(retention)} L’équipe de ton territoire et l’équipe nationale peuvent le consulter.</p>

          <h2>Combien de temps on les garde</h2>
          <p>
            Ce qui est effacé : {ERASED_DATA}. {retentionSentence(retention)}
          </p>
          <p>Ce qui reste ensuite, pour les statistiques du service et sans rien qui permette de te reconnaître : {KEPT_DATA}.</p>

          <h2>Retirer ta demande</h2>
          <p>
            Tu peux changer d’avis à tout moment : utilise le lien « Retirer ma demande » de la page de confirmation ou de l’e-mail que tu as reçu. Ta demande
            est annulée, l’organisme est prévenu et {ERASED_DATA} sont effacées tout de suite. Il ne reste que ce qui est décrit ci-dessus.
          </p>

          <h2>Tes droits</h2>
          <p>
            Tu as le droit d’accéder à tes données, de les faire corriger ou effacer, de t’opposer à leur utilisation ou d’en limiter l’usage (règlement général
            sur la protection des données, articles 15 à 21).{' '}
            {email ? (
              <>
                Pour cela, écris à <a href={`mailto:${email}`}>{email}</a> en indiquant le numéro de ta demande.
              </>
            ) : (
              <>
                Pour cela, écris à l’équipe qui anime Boussole sur ton territoire (ses coordonnées sont sur la page du territoire), en indiquant le numéro de ta
                demande.
              </>
            )}
          </p>
          <p>
            Si tu penses que tes droits ne sont pas respectés, tu peux adresser une réclamation à la{' '}
            <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noopener" title="CNIL, déposer une plainte — nouvelle fenêtre">
              CNIL
            </a>
            .
          </p>
          <p className="fr-mt-4w">
            <Link href="/" prefetch={false}>
              Retour à l’accueil
            </Link>
          </p>
        </div>
      </div>
    </div>
  )
}
