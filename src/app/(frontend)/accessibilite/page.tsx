import type { Metadata } from 'next'

import { SITE } from '@/components/siteInfo'

export const metadata: Metadata = {
  title: 'Déclaration d’accessibilité',
  description: 'Boussole est partiellement conforme au référentiel général d’amélioration de l’accessibilité (RGAA 4.1.2).',
}

export default function AccessibilityPage() {
  const email = SITE.contactEmail()
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-9">
          <h1>Déclaration d’accessibilité</h1>
          <p>
            Le {SITE.publisher} s’engage à rendre ses sites internet accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette
            déclaration s’applique au site public de Boussole (les pages destinées aux jeunes). L’espace professionnel n’est pas concerné.
          </p>

          <h2>État de conformité</h2>
          <p>
            Boussole est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2, en raison
            des limites indiquées ci-dessous : aucun audit complet par un organisme indépendant n’a encore été réalisé.
          </p>

          <h2>Tests réalisés</h2>
          <p>Dernière vérification : {SITE.accessibilityCheckedOn}.</p>
          <ul>
            <li>
              tests automatiques avec axe-core (règles WCAG 2.1 niveaux A et AA) sur chaque page du parcours : accueil, choix de la commune, thèmes, questions,
              résultats, service, formulaire de demande et ses erreurs, confirmation, pages d’information ;
            </li>
            <li>parcours complet au clavier seul, avec focus visible ;</li>
            <li>parcours complet avec JavaScript désactivé ;</li>
            <li>affichage sur petit écran (360 × 740 pixels) et sur ordinateur, en thème clair.</li>
          </ul>
          <p>Environnement : Chromium (Debian), sous Linux.</p>

          <h2>Contenus non accessibles</h2>
          <ul>
            <li>les descriptions des services sont rédigées par les organismes partenaires : leur structure (titres, listes) peut être imparfaite ;</li>
            <li>la conformité n’a pas encore été vérifiée avec des lecteurs d’écran (NVDA, VoiceOver, TalkBack) par un audit complet.</li>
          </ul>

          <h2>Retour d’information et contact</h2>
          <p>
            Si tu n’arrives pas à accéder à un contenu ou à un service,{' '}
            {email ? (
              <>
                écris à <a href={`mailto:${email}`}>{email}</a> : on t’indiquera une autre façon d’obtenir l’information.
              </>
            ) : (
              <>contacte l’équipe qui anime Boussole sur ton territoire : elle t’indiquera une autre façon d’obtenir l’information.</>
            )}
          </p>

          <h2>Voies de recours</h2>
          <p>
            Si tu as signalé un problème d’accessibilité et que tu n’as pas obtenu de réponse satisfaisante, tu peux écrire au Défenseur des droits, via le{' '}
            <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener" title="Formulaire du Défenseur des droits — nouvelle fenêtre">
              formulaire en ligne
            </a>
            , contacter le délégué du Défenseur des droits de ta région, ou envoyer un courrier gratuit (sans timbre) à : Défenseur des droits, Libre réponse
            71120, 75342 Paris CEDEX 07.
          </p>
        </div>
      </div>
    </div>
  )
}
