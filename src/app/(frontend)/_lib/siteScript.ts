import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { enhanceCommuneFields } from '@/components/communeAutocomplete/enhanceCommuneFields'

/**
 * The public site's one script (`/assets/site.js`), loaded by every page as a module, after the content: the
 * DSFR's own script for the components whose behaviour needs one (the header's menu on a phone, the modal of the
 * display settings, the light/dark switch and the colour scheme it sets), then the commune field's autocomplete. Nothing else runs in the
 * browser — no framework (see `src/server/withoutFrameworkScripts.ts`) — and every page works without it.
 */
const DSFR_PARTS = ['core/core', 'scheme/scheme', 'component/header/header', 'component/modal/modal', 'component/display/display']

let built: { source: string; version: string } | undefined

export function siteScript(): { source: string; version: string } {
  if (built) return built
  const dsfr = DSFR_PARTS.map((part) => {
    const file = path.join(process.cwd(), 'node_modules/@codegouvfr/react-dsfr/dsfr', `${part}.module.min.js`)
    // Each part starts with `const e = window.dsfr`: a block of its own keeps the names apart.
    return `{\n${readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, '')}\n}`
  })
  // The DSFR starts once the page has loaded (`manual` mode, then `start()`): its work on a slow phone's CPU never
  // delays the first paint of the content.
  const start = "window.addEventListener('load', () => (window.requestIdleCallback || setTimeout)(() => window.dsfr.start()))"
  const source = ["window.dsfr = { mode: 'manual' }", ...dsfr, `(${enhanceCommuneFields.toString()})()`, start].join('\n')
  built = { source, version: createHash('sha256').update(source).digest('base64url').slice(0, 12) }
  return built
}

/** The script's address, versioned by its content: cached for a year, a new build gives a new address. */
export const siteScriptPath = (): string => `/assets/site.js?v=${siteScript().version}`
