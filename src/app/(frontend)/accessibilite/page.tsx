import type { Metadata } from 'next'

import { SITE } from '@/components/siteInfo'

export const metadata: Metadata = {
  title: 'Déclaration d’accessibilité',
  description:
    'Boussole est partiellement conforme au référentiel général d’amélioration de l’accessibilité (RGAA 4.1.2) : 98 % des critères sur le site public, 87 % sur l’ensemble.',
}

export default function AccessibilityPage() {
  const email = SITE.contactEmail()
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-9">
          <h1>Déclaration d’accessibilité</h1>
          <p>
            Le {SITE.publisher} s’engage à rendre ses sites internet, intranets et extranets accessibles, conformément à l’article 47 de la loi n° 2005-102 du
            11 février 2005. Cette déclaration s’applique à Boussole : le site public (les pages destinées aux jeunes) et l’espace professionnel (les organismes
            partenaires et l’animation).
          </p>

          <h2>État de conformité</h2>
          <p>
            Boussole est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2, en raison
            des non-conformités énumérées ci-dessous.
          </p>

          <h3>Résultats des tests</h3>
          <p>
            L’auto-évaluation de l’équipe ({SITE.accessibilityCheckedOn}, critère par critère, détail dans le dépôt du projet :{' '}
            <code>docs/accessibilite-audit.md</code>) révèle que :
          </p>
          <ul>
            <li>le site public respecte 100 % des critères applicables (56 conformes, aucun non conforme) ;</li>
            <li>l’espace professionnel respecte 88,2 % des critères applicables (60 conformes, 8 non conformes) ;</li>
            <li>l’ensemble respecte 88,4 % des critères applicables (61 conformes, 8 non conformes, 37 non applicables).</li>
          </ul>
          <p>Ce n’est pas un audit réalisé par un organisme indépendant.</p>

          <h2>Contenus non accessibles</h2>
          <h3>Non-conformités</h3>
          <ul>
            <li>
              espace professionnel : l’icône « Tableau de bord » du fil d’Ariane n’a pas d’alternative (1.1, 6.2) et des icônes décoratives ne sont pas masquées
              aux technologies d’assistance (1.2) ; un identifiant est en double dans le gabarit (8.2) ; la page d’une demande n’a pas un titre propre à la
              demande (8.6) ; la liste des demandes n’a pas de zone principale (9.2) ; il n’y a ni plan de l’espace professionnel (12.1) ni lien d’évitement
              (12.7). Plusieurs de ces points viennent de l’outil d’administration utilisé (Payload CMS).
            </li>
          </ul>
          <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
          <ul>
            <li>les descriptions des services sont rédigées par les organismes partenaires : leur structure (titres, listes) peut être imparfaite.</li>
          </ul>

          <h2>Établissement de cette déclaration</h2>
          <p>Cette déclaration a été établie le {SITE.accessibilityCheckedOn}.</p>
          <h3>Technologies utilisées</h3>
          <p>HTML5, CSS, WAI-ARIA ; JavaScript, facultatif sur le site public (autocomplétion des communes, menu et paramètres d’affichage).</p>
          <h3>Tests et environnement</h3>
          <ul>
            <li>
              tests automatiques avec axe-core (règles WCAG 2.2 niveaux A et AA) sur chaque page du parcours et de l’espace professionnel : accueil, choix de la
              commune, thèmes, questions, résultats, service, formulaire de demande et ses erreurs, confirmation, page de la demande, suivi, retrait, pages
              d’information, boîte de réception et page d’une demande ;
            </li>
            <li>
              parcours complet au clavier seul, avec et sans JavaScript : focus visible, focus placé sur la nouvelle question ou sur les erreurs, aucun piège ;
            </li>
            <li>parcours complet avec JavaScript désactivé ;</li>
            <li>affichage à 320 pixels de large, avec un zoom de 200 %, sur téléphone (360 × 740) et sur ordinateur, en thème clair et sombre ;</li>
            <li>préférence « réduire les animations » respectée ;</li>
            <li>relecture du code, critère par critère ; pas encore de test avec des lecteurs d’écran (NVDA, VoiceOver, TalkBack).</li>
          </ul>
          <p>Environnement : Chromium (Debian), sous Linux.</p>
          <p>
            Pages vérifiées : accueil, recherche de commune, commune, questions, résultats, service et formulaire de demande, confirmation, page de la demande,
            suivi, retrait, accessibilité, mentions légales, données personnelles, plan du site ; dans l’espace professionnel : tableau de bord (boîte de
            réception), liste des demandes, page d’une demande.
          </p>

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
