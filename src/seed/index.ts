import { createLocalReq, type Payload } from 'payload'

import { withinTransaction } from '@/database/transactions'
import { formatRounded } from '@/domain/shared/frenchText'

import { seedCharters } from './charters'
import type { SeedContext } from './context'
import { assertGeographyImported } from './geography'
import { seedOfferPause } from './offerPause'
import { seedOffers } from './offers'
import { seedPartners } from './partners'
import { seedNationalQuestionnaires, seedTerritoryQuestionnaires } from './questionnaires'
import { countDomainData, deleteDomainData, DOMAIN_COLLECTIONS, type DomainCounts } from './reset'
import { seedTerritories, seedTerritoryInPreparation } from './territories'
import { seedThemes } from './themes'
import { DEMO_ACCOUNTS, DEMO_ACCOUNT_LIST, DEMO_PASSWORD, seedUsers } from './users'

export { DEMO_ACCOUNTS, DEMO_ACCOUNT_LIST, DEMO_PASSWORD, DOMAIN_COLLECTIONS }
export type { DemoAccount, DemoAccountKey } from './users'
export type { DomainCounts } from './reset'
export { GEOGRAPHY_MISSING_MESSAGE } from './geography'

export const ALREADY_SEEDED_MESSAGE = 'Données de démonstration déjà présentes'

export interface SeedOptions {
  log?: (line: string) => void
  /** Deletes the domain data (not the geography) before seeding again. */
  reset?: boolean
}

export interface SeedResult {
  /** `skipped` when the demo data was already there (and no reset was asked). */
  status: 'created' | 'skipped'
  /** Documents per domain collection once done. */
  counts: DomainCounts
  ms: number
}

/**
 * Fills the database with the demo data set (themes, questionnaires, three territories, their partners,
 * charters and offers, demo accounts) through the Local API, so every collection rule applies. Runs in one
 * transaction: on error nothing is left half-written. Requires the geography (npm run geo:import).
 */
export async function seedDemoData(payload: Payload, { log = () => {}, reset = false }: SeedOptions = {}): Promise<SeedResult> {
  const startedAt = performance.now()
  const req = await createLocalReq({}, payload)
  // Each line tells how long its step took.
  let lastLineAt = startedAt
  const timedLog = (line: string) => {
    const now = performance.now()
    log(`${line} (${formatMs(now - lastLineAt)})`)
    lastLineAt = now
  }
  const ctx: SeedContext = { payload, req, log: timedLog }
  const status = await withinTransaction(req, async (): Promise<SeedResult['status']> => {
    await assertGeographyImported(ctx)
    if (reset) {
      log('Suppression des données existantes (hors géographie)…')
      await deleteDomainData(ctx)
    } else if (await demoDataPresent(ctx)) {
      return 'skipped'
    } else {
      await refuseToMixWithExistingData(ctx)
    }
    await seedAll(ctx)
    return 'created'
  })
  if (status === 'skipped') log(`${ALREADY_SEEDED_MESSAGE} (compte ${DEMO_ACCOUNTS.admin}) : rien à faire. Relancez avec --reset pour les recréer.`)
  return { status, counts: await countDomainData({ payload }), ms: Math.round(performance.now() - startedAt) }
}

const formatMs = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${formatRounded(ms / 1000)} s`)

async function seedAll(ctx: SeedContext): Promise<void> {
  const themes = await seedThemes(ctx)
  await seedNationalQuestionnaires(ctx, themes)
  const territories = await seedTerritories(ctx, themes)
  await seedTerritoryInPreparation(ctx, themes)
  await seedTerritoryQuestionnaires(ctx, themes, territories.lot)
  const partners = await seedPartners(ctx, territories)
  await seedCharters(ctx, partners, territories)
  await seedOffers(ctx, { themes, territories, partners })
  await seedUsers(ctx, territories, partners)
  await seedOfferPause(ctx)
}

async function demoDataPresent(ctx: SeedContext): Promise<boolean> {
  const { totalDocs } = await ctx.payload.count({
    collection: 'users',
    where: { email: { equals: DEMO_ACCOUNTS.admin } },
    overrideAccess: true,
    req: ctx.req,
  })
  return totalDocs > 0
}

const CLASHING_COLLECTIONS = ['themes', 'questionnaires', 'territories', 'partners', 'charters', 'offers', 'leads'] as const

/**
 * Other (non-demo) domain data would clash with the demo set (unique slugs and emails, one open territory
 * per commune and theme). Accounts created by hand (and the plugin's logs) are fine, as long as no account uses a demo email.
 */
async function refuseToMixWithExistingData(ctx: SeedContext): Promise<void> {
  const counts = await countDomainData(ctx)
  const present: string[] = CLASHING_COLLECTIONS.filter((collection) => counts[collection] > 0).map((collection) => `${collection} : ${counts[collection]}`)
  const { docs: clashingUsers } = await ctx.payload.find({
    collection: 'users',
    where: { email: { in: Object.values(DEMO_ACCOUNTS) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
    select: { email: true },
  })
  if (clashingUsers.length) present.push(`comptes : ${clashingUsers.map((user) => user.email).join(', ')}`)
  if (present.length) {
    throw new Error(
      `La base contient déjà des données (${present.join(' ; ')}) sans le jeu de démonstration complet. ` +
        'Relancez avec --reset pour tout remplacer par les données de démonstration.',
    )
  }
}
