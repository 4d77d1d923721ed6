import type { Payload } from 'payload'

import { toQuestions } from '../../src/domain/questionnaire/toQuestions'
import type { Question } from '../../src/domain/questionnaire/types'
import { richText } from '../../src/seed/lexical'
import { demoSiret } from '../../src/seed/siret'

export const BENCH_TERRITORIES = 50
export const BENCH_OFFERS = 20_000
const PARTNERS_PER_TERRITORY = 4
const OPEN_THEMES = ['emploi', 'formation', 'logement', 'sante']
/** Already used by the demo territories (Lot, Sicoval in 31, Montpellier in 34). */
const DEMO_DEPARTEMENTS = new Set(['46', '31', '34'])

/** Deterministic pseudo-random numbers, so two runs build the same dataset. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Runs `tasks` with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, task: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++
        await task(items[index], index)
      }
    }),
  )
}

/** Rules drawn from the theme's questionnaire: an age range, sometimes a choice criterion, sometimes none. */
function randomRules(questions: Question[], random: () => number) {
  const rules: { criterion: string; values?: string[]; min?: number; max?: number }[] = []
  if (random() < 0.25) return rules
  if (questions.some((question) => question.key === 'age')) {
    const min = 15 + Math.floor(random() * 4)
    rules.push({ criterion: 'age', min, max: min + 8 + Math.floor(random() * 8) })
  }
  const choices = questions.filter((question) => question.type === 'single' && !question.conditions?.length && (question.options?.length ?? 0) > 2)
  if (choices.length && random() < 0.6) {
    const question = choices[Math.floor(random() * choices.length)]
    const values = question.options!.filter(() => random() < 0.5).map((option) => option.value)
    rules.push({ criterion: question.key, values: values.length ? values : [question.options![0].value] })
  }
  return rules
}

/**
 * National-scale synthetic data on top of the demo data: 50 territories (one département each, four
 * themes open), 4 partners with signed charters per territory, and offers up to 20,000 in all, created
 * through the Local API so every hook and validation runs. Idempotent: does nothing when already there.
 */
export async function ensureNationalDataset(payload: Payload, log: (line: string) => void): Promise<void> {
  const { totalDocs: existing } = await payload.count({ collection: 'territories', where: { slug: { like: 'bench-' } } })
  if (existing >= BENCH_TERRITORIES) {
    log(`Jeu de données national déjà présent (${existing} territoires de test).`)
    return
  }
  const random = mulberry32(2026)
  const started = performance.now()
  const { docs: themes } = await payload.find({ collection: 'themes', where: { slug: { in: OPEN_THEMES } }, pagination: false, depth: 0 })
  const questionsByTheme = new Map<number, Question[]>()
  for (const theme of themes) {
    const { docs } = await payload.find({
      collection: 'questionnaires',
      where: { and: [{ theme: { equals: theme.id } }, { territory: { exists: false } }] },
      limit: 1,
      depth: 0,
    })
    questionsByTheme.set(theme.id, toQuestions(docs[0]?.questions))
  }
  const { docs: departements } = await payload.find({ collection: 'departements', sort: 'code', pagination: false, depth: 0 })
  const chosen = departements.filter((departement) => !DEMO_DEPARTEMENTS.has(departement.code)).slice(0, BENCH_TERRITORIES)

  const { totalDocs: demoOffers } = await payload.count({ collection: 'offers' })
  const offersPerTerritory = Math.ceil((BENCH_OFFERS - demoOffers) / chosen.length)
  let created = 0

  for (const [territoryIndex, departement] of chosen.entries()) {
    const territory = await payload.create({
      collection: 'territories',
      data: {
        name: `Territoire de test ${departement.name}`,
        slug: `bench-${departement.code.toLowerCase()}`,
        status: 'ouvert',
        openedAt: new Date('2025-01-01').toISOString(),
        coverage: { departements: [departement.id] },
        themes: themes.map((theme) => ({ theme: theme.id, status: 'ouvert' as const })),
      },
      depth: 0,
    })
    const partners: { id: number }[] = []
    for (let index = 0; index < PARTNERS_PER_TERRITORY; index++) {
      const partner = await payload.create({
        collection: 'partners',
        data: {
          name: `Structure ${index + 1} — ${departement.name}`,
          siret: demoSiret(String(70_000_000 + territoryIndex * 10 + index).padStart(8, '0'), '0001'),
          type: (['mission-locale', 'info-jeunes', 'association', 'fjt'] as const)[index],
          territories: [territory.id],
          defaultContactDelayDays: 1 + Math.floor(random() * 7),
          professionalContact: { name: 'Accueil', email: `contact-${territoryIndex}-${index}@bench.boussole.test` },
        },
        depth: 0,
      })
      await payload.create({
        collection: 'charters',
        data: {
          partner: partner.id,
          territories: [territory.id],
          version: '2026-1',
          status: 'signee',
          signatoryName: 'Direction',
          signatoryRole: 'Directeur ou directrice',
          signedAt: new Date('2025-01-01').toISOString(),
        },
        depth: 0,
      })
      partners.push(partner)
    }
    const offers = Array.from({ length: offersPerTerritory }, (_, index) => index)
    await inParallel(offers, 4, async (index) => {
      const theme = themes[index % themes.length]
      const subThemes = theme.subThemes ?? []
      await payload.create({
        collection: 'offers',
        data: {
          title: `Offre ${index + 1} — ${theme.name} (${departement.name})`,
          summary: 'Un accompagnement personnalisé par un professionnel près de chez toi.',
          description: richText(['Un professionnel te reçoit, fait le point avec toi et te propose des solutions adaptées.']),
          partner: partners[index % partners.length].id,
          territory: territory.id,
          theme: theme.id,
          subTheme: subThemes.length ? subThemes[index % subThemes.length].slug : undefined,
          status: 'publiee',
          contactDelayDays: 1 + Math.floor(random() * 7),
          rules: randomRules(questionsByTheme.get(theme.id) ?? [], random),
        },
        depth: 0,
        context: { bench: true },
      })
    })
    created += offers.length
    log(`  ${territoryIndex + 1}/${chosen.length} territoires, ${created} offres (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
}
