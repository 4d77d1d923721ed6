/**
 * `npm run seed [-- --reset] [-- --force]`: fills the database with the demo data set (see src/seed).
 * Also creates the demo activity (leads and searches of the last 12 weeks, see src/seed/activity.ts).
 * Imports the geography first when the communes are missing. Refuses to run in production unless --force.
 */

import type { Payload } from 'payload'

import { importGeography } from '../src/geo/importGeography'
import { DEMO_ACCOUNT_LIST, DEMO_PASSWORD, seedDemoData } from '../src/seed'
import { seedDemoActivity } from '../src/seed/activity'
import { countDomainData } from '../src/seed/reset'
import { runScript, withPayload } from './lib/withPayload'

const args = new Set(process.argv.slice(2))
const reset = args.has('--reset')
const force = args.has('--force')
const unknown = [...args].filter((arg) => arg !== '--reset' && arg !== '--force')

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`

const COLLECTION_LABELS: Record<string, string> = {
  themes: 'thèmes',
  questionnaires: 'questionnaires',
  territories: 'territoires',
  partners: 'organismes partenaires',
  charters: 'chartes',
  offers: 'offres',
  users: 'comptes',
  leads: 'demandes',
  searches: 'recherches',
  'sent-emails': 'courriels envoyés',
}

if (unknown.length) {
  console.error(`Option inconnue : ${unknown.join(', ')}. Usage : npm run seed [-- --reset] [-- --force]`)
  process.exit(1)
}

if (process.env.NODE_ENV === 'production' && !force) {
  console.error(
    'Refusé : NODE_ENV=production. Le jeu de démonstration crée des comptes au mot de passe connu de tous' +
      (reset ? ' et --reset efface toutes les données métier' : '') +
      '. Ajoutez --force seulement si vous êtes sûr de vouloir le faire sur cette base.',
  )
  process.exit(1)
}

async function seed(payload: Payload): Promise<void> {
  const startedAt = performance.now()
  const { totalDocs: communes } = await payload.count({ collection: 'communes', overrideAccess: true })
  if (!communes) {
    console.log('Aucune commune en base : import du découpage administratif…')
    const geography = await importGeography(payload, { log: (line) => console.log(`  ${line}`) })
    console.log(`Géographie importée en ${seconds(geography.ms)}.`)
  }

  console.log(reset ? 'Réinitialisation des données de démonstration…' : 'Création des données de démonstration…')
  const result = await seedDemoData(payload, { reset, log: (line) => console.log(`  ${line}`) })
  if (result.status === 'created') {
    // Leads and searches dated relative to now, so the back-office dashboards are not empty.
    await seedDemoActivity(payload, { log: (line) => console.log(`  ${line}`) })
    result.counts = await countDomainData({ payload })
  }

  console.log(result.status === 'created' ? `Terminé en ${seconds(result.ms)}. Contenu de la base :` : 'Contenu de la base :')
  for (const [collection, count] of Object.entries(result.counts)) {
    console.log(`  - ${COLLECTION_LABELS[collection] ?? collection} : ${count}`)
  }
  if (result.status === 'created') {
    console.log(`\nComptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`)
    for (const account of DEMO_ACCOUNT_LIST) console.log(`  - ${account.email} — ${account.name}, ${account.description}`)
  }
  console.log(`Durée totale : ${seconds(performance.now() - startedAt)}.`)
}

runScript(() => withPayload(seed))
