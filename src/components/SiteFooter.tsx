import { Footer } from '@codegouvfr/react-dsfr/Footer'

import { DisplaySettingsButton } from './dsfr/DisplaySettings'

export function SiteFooter() {
  return (
    <Footer
      id="pied-de-page"
      accessibility="partially compliant"
      accessibilityLinkProps={{ href: '/accessibilite', prefetch: false }}
      termsLinkProps={{ href: '/mentions-legales', prefetch: false }}
      websiteMapLinkProps={{ href: '/plan-du-site', prefetch: false }}
      homeLinkProps={{ href: '/', title: 'Accueil — Boussole', prefetch: false }}
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      contentDescription="Boussole est un service de l’État (ministère chargé de la jeunesse, DJEPVA). Tu as entre 15 et 30 ans ? Dis-nous où tu habites et ce dont tu as besoin : un ou une professionnelle de ton territoire te recontacte, gratuitement."
      bottomItems={[
        { text: 'Données personnelles', linkProps: { href: '/donnees-personnelles', prefetch: false } },
        { text: 'Comment ça marche', linkProps: { href: '/comment-ca-marche', prefetch: false } },
        { text: 'Territoires', linkProps: { href: '/territoires', prefetch: false } },
        { text: 'Espace professionnel', linkProps: { href: '/admin', prefetch: false } },
        <DisplaySettingsButton key="display" className="fr-footer__bottom-link" />,
      ]}
    />
  )
}
