import { createGetHtmlAttributes, DsfrHeadBase, type DsfrHeadProps } from '@codegouvfr/react-dsfr/next-app-router/server-only-index'
import Link from 'next/link'

import { defaultColorScheme } from './defaultColorScheme'

declare module '@codegouvfr/react-dsfr/link' {
  interface RegisterLink {
    Link: typeof Link
  }
}

/** `lang` and the colour-scheme attributes of <html>, from react-dsfr's App Router integration. */
export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme })

/** Favicons, font preloads and the tiny inline script that applies the saved light/dark choice before paint. */
export function DsfrHead(props: DsfrHeadProps) {
  return <DsfrHeadBase Link={Link} {...props} />
}
