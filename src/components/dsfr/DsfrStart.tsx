'use client'

import { useEffect } from 'react'

declare global {
  interface Window {
    dsfr?: { verbose?: boolean; mode?: string; start?: () => void }
  }
}

/**
 * Starts the DSFR's own script (header menu, modals, display settings) once the page is interactive.
 * The script is fetched lazily, after the page is usable: nothing depends on it (every page works without
 * JavaScript). It replaces react-dsfr's `DsfrProvider`, whose colour-token module alone would cost ~15 KB
 * gzipped on every page (see scripts/measure-js.ts).
 */
export function DsfrStart() {
  useEffect(() => {
    if (window.dsfr?.start) return
    window.dsfr = { verbose: false, mode: 'react' }
    // @ts-expect-error: the DSFR's script ships without type declarations.
    import('@codegouvfr/react-dsfr/dsfr/dsfr.module').then(() => window.dsfr?.start?.())
  }, [])
  return null
}
