import { create, type SeedContext } from './context'
import type { PartnerIds, PartnerKey } from './partners'
import type { TerritoryIds, TerritoryKey } from './territories'

/** Password of every demo account (meets the password policy). Demo only: never on a real deployment. */
export const DEMO_PASSWORD = 'Boussole-demo-2026!'

/** Emails of the demo accounts, by purpose. */
export const DEMO_ACCOUNTS = {
  admin: 'admin@boussole.test',
  animatorLot: 'animateur.lot@boussole.test',
  animatorSicoval: 'animateur.sicoval@boussole.test',
  animatorMontpellier: 'animateur.montpellier@boussole.test',
  partnerMissionLocaleLot: 'pro.missionlocale46@boussole.test',
  partnerPijCahors: 'pro.pij-cahors@boussole.test',
  partnerHabitatJeunesLot: 'pro.fjt-lot@boussole.test',
  partnerMissionLocaleSicoval: 'pro.missionlocale-sicoval@boussole.test',
  partnerCrij: 'pro.crij@boussole.test',
} as const

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS

export interface DemoAccount {
  key: DemoAccountKey
  email: string
  name: string
  role: 'admin' | 'animator' | 'partner'
  jobTitle: string
  phone?: string
  territories?: TerritoryKey[]
  partner?: PartnerKey
  /** In French, for the README and the console. */
  description: string
}

export const DEMO_ACCOUNT_LIST: readonly DemoAccount[] = [
  {
    key: 'admin',
    email: DEMO_ACCOUNTS.admin,
    name: 'Camille Martin',
    role: 'admin',
    jobTitle: 'Cheffe de projet Boussole, DJEPVA',
    description: 'Administratrice nationale',
  },
  {
    key: 'animatorLot',
    email: DEMO_ACCOUNTS.animatorLot,
    name: 'Julien Delpech',
    role: 'animator',
    jobTitle: 'Animateur Boussole, Mission Locale du Lot',
    phone: '05 36 49 10 12',
    territories: ['lot'],
    description: 'Animateur du territoire Lot',
  },
  {
    key: 'animatorSicoval',
    email: DEMO_ACCOUNTS.animatorSicoval,
    name: 'Sarah Benali',
    role: 'animator',
    jobTitle: 'Chargée de mission jeunesse, Sicoval',
    phone: '05 36 49 20 01',
    territories: ['sicoval'],
    description: 'Animatrice du territoire Sicoval',
  },
  {
    key: 'animatorMontpellier',
    email: DEMO_ACCOUNTS.animatorMontpellier,
    name: 'Inès Roussel',
    role: 'animator',
    jobTitle: 'Coordinatrice Boussole, CRIJ Occitanie',
    phone: '04 65 71 30 01',
    territories: ['montpellier'],
    description: 'Animatrice du territoire Montpellier Méditerranée Métropole',
  },
  {
    key: 'partnerMissionLocaleLot',
    email: DEMO_ACCOUNTS.partnerMissionLocaleLot,
    name: 'Thomas Lacoste',
    role: 'partner',
    jobTitle: 'Conseiller en insertion professionnelle',
    phone: '05 36 49 10 11',
    partner: 'missionLocaleLot',
    description: 'Professionnel de la Mission Locale du Lot',
  },
  {
    key: 'partnerPijCahors',
    email: DEMO_ACCOUNTS.partnerPijCahors,
    name: 'Léa Vidal',
    role: 'partner',
    jobTitle: 'Informatrice jeunesse',
    phone: '05 36 49 10 21',
    partner: 'pijCahors',
    description: 'Professionnelle du PIJ de Cahors',
  },
  {
    key: 'partnerHabitatJeunesLot',
    email: DEMO_ACCOUNTS.partnerHabitatJeunesLot,
    name: 'Nadia Ferreira',
    role: 'partner',
    jobTitle: 'Chargée d’accueil et d’accompagnement',
    phone: '05 36 49 10 61',
    partner: 'habitatJeunesLot',
    description: 'Professionnelle d’Habitat Jeunes du Lot',
  },
  {
    key: 'partnerMissionLocaleSicoval',
    email: DEMO_ACCOUNTS.partnerMissionLocaleSicoval,
    name: 'Manon Garcia',
    role: 'partner',
    jobTitle: 'Conseillère en insertion professionnelle',
    phone: '05 36 49 20 11',
    partner: 'missionLocaleSicoval',
    description: 'Professionnelle de la Mission Locale, antenne Sicoval',
  },
  {
    key: 'partnerCrij',
    email: DEMO_ACCOUNTS.partnerCrij,
    name: 'Hugo Fabre',
    role: 'partner',
    jobTitle: 'Informateur jeunesse',
    phone: '04 65 71 30 11',
    partner: 'crijOccitanie',
    description: 'Professionnel du CRIJ Occitanie',
  },
]

export async function seedUsers(ctx: SeedContext, territories: TerritoryIds, partners: PartnerIds): Promise<void> {
  for (const account of DEMO_ACCOUNT_LIST) {
    await create(ctx, 'users', {
      email: account.email,
      password: DEMO_PASSWORD,
      name: account.name,
      role: account.role,
      jobTitle: account.jobTitle,
      phone: account.phone,
      territories: (account.territories ?? []).map((key) => territories[key]),
      partner: account.partner ? partners[account.partner] : null,
      active: true,
    })
  }
  ctx.log(`${DEMO_ACCOUNT_LIST.length} comptes de démonstration créés.`)
}
