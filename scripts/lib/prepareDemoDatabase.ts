import type { Payload } from 'payload'

import { importGeography } from '../../src/geo/importGeography'
import { seedDemoData } from '../../src/seed'
import { seedDemoActivity } from '../../src/seed/activity'

/**
 * First start on an empty database: import the geography, then the demo data and its activity (leads and
 * searches dated relative to now, so the dashboards have something to show). Later starts: nothing.
 */
export async function prepareDemoDatabase(payload: Payload): Promise<void> {
  const { totalDocs: communes } = await payload.count({ collection: 'communes' })
  if (!communes) {
    console.info('Premier démarrage : import de la géographie (communes, EPCI, départements)…')
    await importGeography(payload)
  }
  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (!users) {
    console.info('Premier démarrage : chargement des données de démonstration…')
    await seedDemoData(payload)
    await seedDemoActivity(payload, { log: (line) => console.info(line) })
  }
}
