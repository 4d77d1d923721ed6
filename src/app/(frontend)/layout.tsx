import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks'
import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'

import { DsfrHead, getHtmlAttributes } from '@/components/dsfr/server'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { publicUrl } from '@/config/publicUrl'

import { currentPreview } from './_lib/preview'
import { siteScriptPath } from './_lib/siteScript'
import './dsfr.generated.css'
import './boussole.css'

// Every page reads live data (offers, territories, themes): an admin change shows at once.
export const dynamic = 'force-dynamic'

const METADATA: Metadata = {
  metadataBase: new URL(publicUrl()),
  title: { default: 'Boussole — trouve le bon professionnel près de chez toi', template: '%s — Boussole' },
  description:
    'Tu as entre 15 et 30 ans ? Dis-nous où tu habites et ce dont tu as besoin : un ou une professionnelle de ton territoire te recontacte sous 1 à 7 jours (emploi, formation, logement, santé).',
  applicationName: 'Boussole',
  formatDetection: { telephone: false },
}

/** A preview (« Voir comme un jeune ») is never indexed. */
export async function generateMetadata(): Promise<Metadata> {
  return (await currentPreview()) ? { ...METADATA, robots: { index: false, follow: false } } : METADATA
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** Without JavaScript the header's menu button cannot open: show its links instead, and hide what needs JS. */
const NO_SCRIPT_CSS = `
@media (max-width: 61.98em) {
  .fr-header__body-row { flex-wrap: wrap; }
  .fr-header__tools { display: block !important; flex-basis: 100%; width: 100%; }
  .fr-header__tools-links { display: block !important; }
  .fr-header__tools-links .fr-btns-group { display: flex; flex-direction: column; align-items: flex-start; margin: 0 0 .5rem; }
  .fr-header__tools-links .fr-btns-group .fr-btn { margin: 0; padding-left: 0; min-height: 2.5rem; }
  .fr-header__navbar .fr-btn--menu { display: none !important; }
}
[aria-controls="fr-theme-modal"] { display: none !important; }
`

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const lang = 'fr'
  // The Content-Security-Policy's nonce of this request (src/proxy.ts): the DSFR's inline colour-scheme script
  // and the style below carry it; Next.js stamps its own scripts with it.
  const nonce = (await headers()).get('x-nonce') || undefined
  const preview = await currentPreview()
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead nonce={nonce} />
        <noscript>
          <style nonce={nonce}>{NO_SCRIPT_CSS}</style>
        </noscript>
      </head>
      <body>
        <SkipLinks
          links={[
            { label: 'Aller au contenu', anchor: '#contenu' },
            { label: 'Aller au pied de page', anchor: '#pied-de-page' },
          ]}
        />
        <SiteHeader />
        {preview && <PreviewBanner territory={preview} />}
        <main id="contenu" tabIndex={-1} className="boussole-main">
          {children}
        </main>
        <SiteFooter />
        {/* The site's one script (DSFR components, commune autocomplete), run after the content is shown. */}
        <script type="module" src={siteScriptPath()} nonce={nonce} data-boussole="" />
      </body>
    </html>
  )
}
