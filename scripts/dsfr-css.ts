/**
 * `npm run dsfr:css`: writes the public site's stylesheet of the DSFR, `src/app/(frontend)/dsfr.generated.css`:
 * only the rules whose classes the site's own sources (and the react-dsfr components it uses) name, instead of
 * the whole design system (≈ 76 KB gzipped for the styles, 16 KB for the icons). Run it after using a DSFR
 * class the site did not use yet; a unit test fails while the file is out of date.
 *
 * Also:
 * - only the font faces the pages use (`FONT_FACES`), in woff2 (every browser the site supports reads it);
 *   the Medium weight (500, DSFR buttons and links) is drawn with the Regular file: one download less.
 * - `url()`s point at the DSFR's files in node_modules, for Next.js to copy the few that the kept rules use.
 */
import { writeFileSync } from 'node:fs'

import { DSFR_STYLESHEET, dsfrSubset } from './lib/dsfrSubset'

writeFileSync(DSFR_STYLESHEET, await dsfrSubset())
console.info(`Écrit : ${DSFR_STYLESHEET}`)
