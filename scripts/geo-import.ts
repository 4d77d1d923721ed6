/**
 * `npm run geo:import`: imports (or updates in place) départements, EPCI and communes from
 * `@etalab/decoupage-administratif`. Idempotent; see src/geo/importGeography.ts.
 */
import { importGeography } from '../src/geo/importGeography'
import { runScript, withPayload } from './lib/withPayload'

const number = new Intl.NumberFormat('fr-FR')
const seconds = (ms: number) => `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`

runScript(() =>
  withPayload(async (payload) => {
    console.log('Import du découpage administratif…')
    const result = await importGeography(payload, { log: (line) => console.log(`  ${line}`) })
    const { details } = result
    console.log(
      [
        `Import terminé en ${seconds(result.ms)} :`,
        `  - ${number.format(result.departements)} départements (${details.departements.created} créés, ${details.departements.updated} mis à jour) ;`,
        `  - ${number.format(result.epcis)} EPCI (${details.epcis.created} créés, ${details.epcis.updated} mis à jour) ;`,
        `  - ${number.format(result.communes)} communes et arrondissements municipaux ` +
          `(${number.format(details.communes.created)} créées, ${number.format(details.communes.updated)} mises à jour, ` +
          `codes postaux réécrits pour ${number.format(details.postalCodesReplaced)}).`,
        details.skipped.length > 0 ? `Communes ignorées faute de code postal : ${details.skipped.join(', ')}.` : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
    )
  }),
)
