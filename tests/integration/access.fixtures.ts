import type { Payload } from 'payload'

import { demoSiret } from '../../src/seed/siret'
import { type Actor, Matrix, quiet } from '../helpers/matrix'

/** The demo data the access tests refer to (src/seed), by purpose. */
export const PARTNER_NAMES = {
  mlLot: 'Mission Locale du Lot',
  pijCahors: 'Point Information Jeunesse de Cahors',
  pijGourdon: 'Point Information Jeunesse de Gourdon',
  pijSouillac: 'Point Information Jeunesse de Souillac',
  habitatJeunesLot: 'Habitat Jeunes du Lot',
  mdaLot: 'Maison des adolescents du Lot',
  mlSicoval: 'Mission Locale Haute-Garonne — antenne Sicoval',
  passerelles: 'Association Les Passerelles du Sud-Est toulousain',
  crij: 'CRIJ Occitanie — Montpellier',
} as const
export type PartnerKey = keyof typeof PARTNER_NAMES

export const TERRITORY_SLUGS = { lot: 'lot', sicoval: 'sicoval', montpellier: 'montpellier-mediterranee-metropole' } as const
export type TerritoryKey = keyof typeof TERRITORY_SLUGS

export const THEME_SLUGS = ['emploi', 'formation', 'logement', 'sante', 'mobilite-internationale'] as const
export type ThemeKey = (typeof THEME_SLUGS)[number]

export const COMMUNE_CODES = { cahors: '46042', figeac: '46102', ramonville: '31446', montpellier: '34172' } as const
export type CommuneKey = keyof typeof COMMUNE_CODES

export interface Demo {
  partners: Record<PartnerKey, number>
  territories: Record<TerritoryKey, number>
  themes: Record<ThemeKey, number>
  communes: Record<CommuneKey, number>
  /** a published demo offer of each organisation */
  publishedOffer: Record<PartnerKey, number>
  /** offers by title (the first one found: titles are unique within a territory) */
  offer: (title: string, territory?: TerritoryKey) => number
  offers: { id: number; title: string; status: string; partner: number; territory: number }[]
}

const one = async (payload: Payload, collection: 'partners' | 'territories' | 'themes' | 'communes', field: string, value: string): Promise<number> => {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, depth: 0, limit: 1, overrideAccess: true })
  if (!docs[0]) throw new Error(`Donnée de démonstration introuvable : ${collection}.${field} = ${value}`)
  return Number(docs[0].id)
}

async function record<K extends string>(keys: Record<K, string>, lookup: (value: string) => Promise<number>): Promise<Record<K, number>> {
  const entries = await Promise.all(Object.entries(keys).map(async ([key, value]) => [key, await lookup(value as string)] as const))
  return Object.fromEntries(entries) as Record<K, number>
}

export async function loadDemo(payload: Payload): Promise<Demo> {
  const partners = await record(PARTNER_NAMES, (name) => one(payload, 'partners', 'name', name))
  const territories = await record(TERRITORY_SLUGS, (slug) => one(payload, 'territories', 'slug', slug))
  const themes = await record(Object.fromEntries(THEME_SLUGS.map((slug) => [slug, slug])) as Record<ThemeKey, string>, (slug) =>
    one(payload, 'themes', 'slug', slug),
  )
  const communes = await record(COMMUNE_CODES, (code) => one(payload, 'communes', 'code', code))
  const { docs } = await payload.find({
    collection: 'offers',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true, status: true, partner: true, territory: true },
  })
  const offers = docs.map((doc) => ({ id: doc.id, title: doc.title, status: doc.status, partner: doc.partner as number, territory: doc.territory as number }))
  const publishedOffer = {} as Record<PartnerKey, number>
  for (const [key, id] of Object.entries(partners) as [PartnerKey, number][]) {
    const published = offers.find((offer) => offer.partner === id && offer.status === 'publiee')
    if (published) publishedOffer[key] = published.id
  }
  const offer = (title: string, territory: TerritoryKey = 'lot') => {
    const found = offers.find((candidate) => candidate.title === title && candidate.territory === territories[territory])
    if (!found) throw new Error(`Offre de démonstration introuvable : ${title}`)
    return found.id
  }
  return { partners, territories, themes, communes, publishedOffer, offer, offers }
}

/* ---------- Leads (the seed has none: the plugin creates them) ---------- */

export interface LeadFixture {
  key: string
  partner: PartnerKey
  commune: CommuneKey
}

/** Two requests for the Mission Locale du Lot, one for the PIJ de Cahors, one in the Sicoval, one in Montpellier. */
export const LEAD_FIXTURES: readonly LeadFixture[] = [
  { key: 'mlLot1', partner: 'mlLot', commune: 'cahors' },
  { key: 'mlLot2', partner: 'mlLot', commune: 'figeac' },
  { key: 'pijCahors', partner: 'pijCahors', commune: 'cahors' },
  { key: 'mlSicoval', partner: 'mlSicoval', commune: 'ramonville' },
  { key: 'crij', partner: 'crij', commune: 'montpellier' },
]

export const leadEmail = (key: string) => `jeune.${key.toLowerCase()}@example.org`
export const leadReference = (key: string) => `ACCES-${key.toUpperCase()}`

/** Creates the leads as the plugin would (access overridden); returns their ids by key. */
export async function createLeads(payload: Payload, demo: Demo, fixtures: readonly LeadFixture[] = LEAD_FIXTURES): Promise<Record<string, number>> {
  const ids: Record<string, number> = {}
  for (const fixture of fixtures) {
    const offer = await payload.findByID({ collection: 'offers', id: demo.publishedOffer[fixture.partner], depth: 0, overrideAccess: true })
    const now = new Date()
    const lead = await payload.create({
      collection: 'leads',
      overrideAccess: true,
      depth: 0,
      data: {
        reference: leadReference(fixture.key),
        offer: offer.id,
        partner: demo.partners[fixture.partner],
        territory: offer.territory as number,
        theme: offer.theme as number,
        commune: demo.communes[fixture.commune],
        contact: { email: leadEmail(fixture.key), phone: '06 12 34 56 78' },
        answers: { age: 19 },
        profile: [{ question: 'Âge', answer: '19 ans' }],
        idempotencyKey: `idem-${fixture.key}`,
        requestFingerprint: `fingerprint-${fixture.key}`,
        consentAt: now.toISOString(),
        contactDelayDays: offer.contactDelayDays,
        dueAt: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
        status: 'nouvelle',
      },
    })
    ids[fixture.key] = lead.id
  }
  return ids
}

/* ---------- Valid new documents ---------- */

let counter = 0
/** A unique, valid SIRET (fictitious). */
export function uniqueSiret(): string {
  counter += 1
  const body = String(90_000_000 + ((process.pid * 97 + counter * 7919 + Date.now()) % 9_999_999)).slice(0, 8)
  return demoSiret(body, String(counter % 10_000).padStart(4, '0'))
}

/** A unique suffix for names, slugs and emails. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`

/** Where every access and validation test starts: the actors signed in (all by default) and the demo ids. */
export async function openDemoMatrix(payload: Payload, actors?: readonly Actor[]): Promise<{ matrix: Matrix; demo: Demo }> {
  quiet(payload)
  return { matrix: await new Matrix(payload).open(actors), demo: await loadDemo(payload) }
}
