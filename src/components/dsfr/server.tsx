import AppleTouchIcon from '@codegouvfr/react-dsfr/dsfr/favicon/apple-touch-icon.png'
import FaviconIco from '@codegouvfr/react-dsfr/dsfr/favicon/favicon.ico'
import FaviconSvg from '@codegouvfr/react-dsfr/dsfr/favicon/favicon.svg'
import MarianneBold from '@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Bold.woff2'
import MarianneRegular from '@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Regular.woff2'
import { setLink } from '@codegouvfr/react-dsfr/link'
import { createGetHtmlAttributes } from '@codegouvfr/react-dsfr/next-app-router/getHtmlAttributes'
import { getScriptToRunAsap } from '@codegouvfr/react-dsfr/useIsDark/scriptToRunAsap'
import Link from 'next/link'

import { defaultColorScheme } from './defaultColorScheme'

declare module '@codegouvfr/react-dsfr/link' {
  interface RegisterLink {
    Link: typeof Link
  }
}

/** `lang` and the colour-scheme attributes of <html>, from react-dsfr's App Router integration. */
export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme })

/** The files of `FONT_FACES` (./fontFaces.ts), preloaded: at most two, as the weight budget says. */
const PRELOADED_FONT_URLS = [MarianneRegular, MarianneBold]

const assetUrl = (asset: string | { src: string }) => (typeof asset === 'string' ? asset : asset.src)

/**
 * Favicons, font preloads and the tiny inline script that applies the saved light/dark choice before paint.
 * react-dsfr's own `DsfrHead` does the same but imports the whole DSFR stylesheet; the site ships its subset
 * (`dsfr.generated.css`, see scripts/dsfr-css.ts) instead.
 */
export function DsfrHead({ nonce }: { nonce?: string }) {
  // react-dsfr's components (footer, tiles) render their links with Next's.
  setLink({ Link })
  return (
    <>
      {process.env.NODE_ENV !== 'development' &&
        PRELOADED_FONT_URLS.map((url) => <link key={url} rel="preload" href={url} as="font" type="font/woff2" crossOrigin="anonymous" />)}
      <link rel="apple-touch-icon" href={assetUrl(AppleTouchIcon)} />
      <link rel="icon" href={assetUrl(FaviconSvg)} type="image/svg+xml" />
      <link rel="shortcut icon" href={assetUrl(FaviconIco)} type="image/x-icon" />
      <script
        suppressHydrationWarning
        nonce={nonce}
        data-boussole=""
        dangerouslySetInnerHTML={{ __html: getScriptToRunAsap({ defaultColorScheme, nonce, trustedTypesPolicyName: 'react-dsfr' }) }}
      />
    </>
  )
}
