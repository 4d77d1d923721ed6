import Link from 'next/link'

import { DisplaySettings, DisplaySettingsButton } from './dsfr/DisplaySettings'

const LINKS = [
  { href: '/comment-ca-marche', icon: 'fr-icon-question-line', text: 'Comment ça marche' },
  { href: '/territoires', icon: 'fr-icon-map-pin-2-line', text: 'Territoires' },
  { href: '/admin', icon: 'fr-icon-account-circle-line', text: 'Espace professionnel' },
]

function QuickLinks({ suffix }: { suffix: string }) {
  return (
    <ul className="fr-btns-group">
      {LINKS.map((link) => (
        <li key={link.href}>
          <Link href={link.href} prefetch={false} className={`fr-btn ${link.icon}`} id={`header-link-${link.href.slice(1)}${suffix}`}>
            {link.text}
          </Link>
        </li>
      ))}
      <li>
        <DisplaySettingsButton className="fr-btn" />
      </li>
    </ul>
  )
}

/**
 * The État header (DSFR markup, server-rendered, no client code): Marianne « République française », the
 * service title, quick links; on small screens the links move into the menu the DSFR script opens
 * (without JavaScript they stay visible, see the layout's <noscript> style).
 */
export function SiteHeader() {
  return (
    <>
      <header role="banner" className="fr-header">
        <div className="fr-header__body">
          <div className="fr-container">
            <div className="fr-header__body-row">
              <div className="fr-header__brand fr-enlarge-link">
                <div className="fr-header__brand-top">
                  <div className="fr-header__logo">
                    <p className="fr-logo">
                      République
                      <br />
                      Française
                    </p>
                  </div>
                  <div className="fr-header__navbar">
                    <button
                      className="fr-btn--menu fr-btn"
                      data-fr-opened="false"
                      aria-controls="header-menu"
                      id="header-menu-button"
                      title="Menu"
                      type="button"
                    >
                      Menu
                    </button>
                  </div>
                </div>
                <div className="fr-header__service">
                  <Link href="/" prefetch={false} title="Accueil — Boussole">
                    <p className="fr-header__service-title">Boussole</p>
                  </Link>
                  <p className="fr-header__service-tagline">Un ou une pro près de chez toi te recontacte (15–30 ans)</p>
                </div>
              </div>
              <div className="fr-header__tools">
                <div className="fr-header__tools-links">
                  <QuickLinks suffix="" />
                </div>
              </div>
            </div>
          </div>
        </div>
        {/* No role or name here: the DSFR script makes it a named dialog when it opens as a menu (small screens). */}
        <div className="fr-header__menu fr-modal" id="header-menu">
          <div className="fr-container">
            <button className="fr-btn--close fr-btn" aria-controls="header-menu" title="Fermer" type="button">
              Fermer
            </button>
            <div className="fr-header__menu-links">
              <QuickLinks suffix="-mobile" />
            </div>
          </div>
        </div>
      </header>
      <DisplaySettings />
    </>
  )
}
