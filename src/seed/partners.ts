import type { Partner } from '@/payload-types'

import { create, type SeedContext } from './context'
import { lookupCommunes } from './geography'
import { COMMUNES, FIGEAC_AREA, NORTH_LOT, type CommuneKey } from './places'
import { demoSiret } from './siret'
import type { TerritoryIds, TerritoryKey } from './territories'

export type PartnerKey =
  | 'missionLocaleLot'
  | 'pijCahors'
  | 'pijFigeac'
  | 'pijGourdon'
  | 'pijSouillac'
  | 'habitatJeunesLot'
  | 'ccasCahors'
  | 'mdaLot'
  | 'missionLocaleSicoval'
  | 'pijRamonville'
  | 'passerellesSicoval'
  | 'paejSudEst'
  | 'mobilEmploiLauragais'
  | 'crijOccitanie'
  | 'missionLocaleMontpellier'
  | 'habitatJeunesMontpellier'
  | 'espaceSanteJeunesMontpellier'

interface PartnerSeed {
  key: PartnerKey
  territory: TerritoryKey
  name: string
  /** 8-digit SIREN body and 4-digit NIC, completed with their check digits (fictitious). */
  siret: [string, string]
  type: Partner['type']
  description: string
  address: string
  commune: CommuneKey
  contactsPublic: boolean
  publicPhone?: string
  publicEmail?: string
  website?: string
  defaultContactDelayDays: number
  professionalContact: { name: string; email: string; phone: string }
  /** Communes the organisation is competent for, when not the whole territory. */
  competence?: readonly CommuneKey[]
  /** Other territories whose network it is a member of (its charter covers them too: see charters.ts). */
  alsoIn?: readonly TerritoryKey[]
}

export const PARTNERS: readonly PartnerSeed[] = [
  /* ---------- Lot ---------- */
  {
    key: 'missionLocaleLot',
    territory: 'lot',
    name: 'Mission Locale du Lot',
    siret: ['41923751', '0015'],
    type: 'mission-locale',
    description:
      'La Mission Locale accompagne les jeunes de 16 à 25 ans du Lot vers l’emploi et la formation : conseil personnalisé, Contrat d’engagement jeune, aides à la mobilité et au permis, logement et santé. Elle anime la Boussole du Lot.',
    address: '24 boulevard Gambetta',
    commune: 'cahors',
    contactsPublic: true,
    publicPhone: '05 36 49 10 10',
    publicEmail: 'accueil.missionlocale46@boussole.test',
    website: 'https://www.missionlocale-lot.example',
    defaultContactDelayDays: 3,
    professionalContact: { name: 'Thomas Lacoste', email: 'pro.missionlocale46@boussole.test', phone: '05 36 49 10 11' },
  },
  {
    key: 'pijCahors',
    territory: 'lot',
    name: 'Point Information Jeunesse de Cahors',
    siret: ['21460042', '0027'],
    type: 'info-jeunes',
    description:
      'Un lieu d’accueil gratuit et sans rendez-vous pour toutes tes questions : orientation, jobs, BAFA, logement, départ à l’étranger, santé. Ordinateurs en accès libre et animatrices pour t’aider.',
    address: '68 rue Frédéric Suisse',
    commune: 'cahors',
    contactsPublic: true,
    publicPhone: '05 36 49 10 20',
    publicEmail: 'pij.cahors@boussole.test',
    defaultContactDelayDays: 2,
    professionalContact: { name: 'Léa Vidal', email: 'pro.pij-cahors@boussole.test', phone: '05 36 49 10 21' },
  },
  {
    key: 'pijFigeac',
    territory: 'lot',
    name: 'Point Information Jeunesse de Figeac',
    siret: ['21460102', '0031'],
    type: 'info-jeunes',
    description: 'Le PIJ du Grand-Figeac t’accueille pour t’informer sur les études, les jobs, le logement et les loisirs, et t’aider dans tes démarches.',
    address: '2 boulevard Pasteur',
    commune: 'figeac',
    contactsPublic: true,
    publicPhone: '05 36 49 10 30',
    publicEmail: 'pij.figeac@boussole.test',
    defaultContactDelayDays: 2,
    professionalContact: { name: 'Mathieu Bouscarel', email: 'contact.pij-figeac@boussole.test', phone: '05 36 49 10 31' },
    competence: FIGEAC_AREA,
  },
  {
    key: 'pijGourdon',
    territory: 'lot',
    name: 'Point Information Jeunesse de Gourdon',
    siret: ['21460127', '0019'],
    type: 'info-jeunes',
    description: 'Le PIJ de Gourdon accompagne les jeunes de la Bouriane : projets, engagement, service civique, jobs et vie quotidienne.',
    address: '11 boulevard des Martyrs',
    commune: 'gourdon',
    contactsPublic: false,
    defaultContactDelayDays: 4,
    professionalContact: { name: 'Aurélie Couderc', email: 'contact.pij-gourdon@boussole.test', phone: '05 36 49 10 40' },
    competence: NORTH_LOT,
  },
  {
    key: 'pijSouillac',
    territory: 'lot',
    name: 'Point Information Jeunesse de Souillac',
    siret: ['21460309', '0023'],
    type: 'info-jeunes',
    description: 'Le PIJ de Souillac informe les jeunes de la vallée de la Dordogne, notamment sur les emplois et logements saisonniers.',
    address: '5 place Pierre Betz',
    commune: 'souillac',
    contactsPublic: false,
    defaultContactDelayDays: 5,
    professionalContact: { name: 'Kévin Lafon', email: 'contact.pij-souillac@boussole.test', phone: '05 36 49 10 50' },
    competence: NORTH_LOT,
  },
  {
    key: 'habitatJeunesLot',
    territory: 'lot',
    name: 'Habitat Jeunes du Lot',
    siret: ['77602715', '0042'],
    type: 'fjt',
    description:
      'Résidences Habitat Jeunes (foyers de jeunes travailleurs) à Cahors et Figeac : chambres et studios meublés pour les 16-30 ans en emploi, en formation ou en alternance, avec un accompagnement pour ton installation.',
    address: '129 rue des Augustins',
    commune: 'cahors',
    contactsPublic: true,
    publicPhone: '05 36 49 10 60',
    publicEmail: 'accueil.habitatjeunes46@boussole.test',
    defaultContactDelayDays: 5,
    professionalContact: { name: 'Nadia Ferreira', email: 'pro.fjt-lot@boussole.test', phone: '05 36 49 10 61' },
  },
  {
    key: 'ccasCahors',
    territory: 'lot',
    name: 'CCAS de Cahors',
    siret: ['26460042', '0018'],
    type: 'ccas',
    description:
      'Le centre communal d’action sociale de Cahors aide les habitants en difficulté : aides financières, hébergement d’urgence, domiciliation et accompagnement dans les démarches.',
    address: '73 boulevard Gambetta',
    commune: 'cahors',
    contactsPublic: true,
    publicPhone: '05 36 49 10 70',
    defaultContactDelayDays: 1,
    professionalContact: { name: 'Sylvie Marty', email: 'contact.ccas-cahors@boussole.test', phone: '05 36 49 10 71' },
    competence: ['cahors', 'pradines'],
  },
  {
    key: 'mdaLot',
    territory: 'lot',
    name: 'Maison des adolescents du Lot',
    siret: ['50912384', '0011'],
    type: 'sante',
    description: 'Un lieu d’écoute gratuit et confidentiel pour les 11-25 ans et leurs proches : mal-être, relations, santé, sexualité, consommations.',
    address: '262 rue Victor Hugo',
    commune: 'cahors',
    contactsPublic: true,
    publicPhone: '05 36 49 10 80',
    defaultContactDelayDays: 3,
    professionalContact: { name: 'Dr Hélène Cayla', email: 'contact.mda46@boussole.test', phone: '05 36 49 10 81' },
  },

  /* ---------- Sicoval ---------- */
  {
    key: 'missionLocaleSicoval',
    territory: 'sicoval',
    name: 'Mission Locale Haute-Garonne — antenne Sicoval',
    siret: ['42881570', '0064'],
    type: 'mission-locale',
    description:
      'L’antenne Sicoval de la Mission Locale Haute-Garonne accompagne les 16-25 ans du Sud-Est toulousain : emploi, formation, alternance, Contrat d’engagement jeune, santé et mobilité.',
    address: '3 rue de l’Ariège',
    commune: 'ramonville',
    contactsPublic: true,
    publicPhone: '05 36 49 20 10',
    publicEmail: 'accueil.ml-sicoval@boussole.test',
    defaultContactDelayDays: 3,
    professionalContact: { name: 'Manon Garcia', email: 'pro.missionlocale-sicoval@boussole.test', phone: '05 36 49 20 11' },
  },
  {
    key: 'pijRamonville',
    territory: 'sicoval',
    name: 'Point Information Jeunesse de Ramonville-Saint-Agne',
    siret: ['21310446', '0036'],
    type: 'info-jeunes',
    description: 'Le PIJ de Ramonville t’accueille pour parler études, stages, jobs, logement étudiant et projets, à deux pas du métro.',
    address: '23 place Charles Jean',
    commune: 'ramonville',
    contactsPublic: true,
    publicPhone: '05 36 49 20 20',
    publicEmail: 'pij.ramonville@boussole.test',
    defaultContactDelayDays: 2,
    professionalContact: { name: 'Yanis Haddad', email: 'contact.pij-ramonville@boussole.test', phone: '05 36 49 20 21' },
  },
  {
    key: 'passerellesSicoval',
    territory: 'sicoval',
    name: 'Association Les Passerelles du Sud-Est toulousain',
    siret: ['81204367', '0017'],
    type: 'association',
    description: 'Association d’insertion : parrainage vers l’emploi, location de deux-roues à petit prix et ateliers pour reprendre confiance.',
    address: '8 rue de la Découverte',
    commune: 'labege',
    contactsPublic: false,
    defaultContactDelayDays: 4,
    professionalContact: { name: 'Claire Dubosc', email: 'contact.passerelles@boussole.test', phone: '05 36 49 20 30' },
  },
  {
    key: 'paejSudEst',
    territory: 'sicoval',
    name: 'Point Accueil Écoute Jeunes du Sud-Est toulousain',
    siret: ['53318820', '0028'],
    type: 'sante',
    description: 'Le PAEJ accueille gratuitement et anonymement les 12-25 ans qui traversent une période difficile, avec ou sans rendez-vous.',
    address: '14 avenue de Toulouse',
    commune: 'castanet',
    contactsPublic: true,
    publicPhone: '05 36 49 20 40',
    defaultContactDelayDays: 2,
    professionalContact: { name: 'Romain Esteve', email: 'contact.paej-sudest@boussole.test', phone: '05 36 49 20 41' },
  },
  {
    key: 'mobilEmploiLauragais',
    territory: 'sicoval',
    name: 'Mobil’Emploi Lauragais',
    siret: ['83457102', '0014'],
    type: 'association',
    description: 'Auto-école sociale et conseil en mobilité pour les personnes qui ont besoin du permis pour travailler.',
    address: '2 place de la Mairie',
    commune: 'baziege',
    contactsPublic: false,
    defaultContactDelayDays: 7,
    professionalContact: { name: 'Patrick Sarda', email: 'contact.mobilemploi@boussole.test', phone: '05 36 49 20 50' },
  },

  /* ---------- Montpellier Méditerranée Métropole ---------- */
  {
    key: 'crijOccitanie',
    territory: 'montpellier',
    // A regional structure: one charter for the Métropole and the Sicoval, one offer offered in both.
    alsoIn: ['sicoval'],
    name: 'CRIJ Occitanie — Montpellier',
    siret: ['38852416', '0039'],
    type: 'info-jeunes',
    description:
      'Le Centre régional information jeunesse t’informe gratuitement sur tout ce qui te concerne : orientation, jobs, logement, santé, mobilité internationale. Il anime la Boussole de la Métropole.',
    address: '3 avenue Charles Flahault',
    commune: 'montpellier',
    contactsPublic: true,
    publicPhone: '04 65 71 30 10',
    publicEmail: 'accueil.crij@boussole.test',
    website: 'https://www.crij.example',
    defaultContactDelayDays: 3,
    professionalContact: { name: 'Hugo Fabre', email: 'pro.crij@boussole.test', phone: '04 65 71 30 11' },
  },
  {
    key: 'missionLocaleMontpellier',
    territory: 'montpellier',
    name: 'Mission Locale des Jeunes Montpellier Méditerranée Métropole',
    siret: ['39284705', '0051'],
    type: 'mission-locale',
    description:
      'La Mission Locale accompagne les 16-25 ans de la Métropole dans leur parcours vers l’emploi, avec des antennes dans plusieurs quartiers et communes.',
    address: '1 place Francis Ponge',
    commune: 'montpellier',
    contactsPublic: true,
    publicPhone: '04 65 71 30 20',
    defaultContactDelayDays: 5,
    professionalContact: { name: 'Samira Belkacem', email: 'contact.ml-montpellier@boussole.test', phone: '04 65 71 30 21' },
  },
  {
    key: 'habitatJeunesMontpellier',
    territory: 'montpellier',
    name: 'Habitat Jeunes Montpellier — résidence Les Cévennes',
    siret: ['77590118', '0023'],
    type: 'fjt',
    description:
      'Résidence Habitat Jeunes de 120 logements meublés pour les 16-30 ans en emploi, en alternance ou en formation, avec un accompagnement au budget et à l’installation.',
    address: '45 rue des Cévennes',
    commune: 'montpellier',
    contactsPublic: true,
    publicPhone: '04 65 71 30 30',
    publicEmail: 'accueil.hj-montpellier@boussole.test',
    defaultContactDelayDays: 6,
    professionalContact: { name: 'Julie Pons', email: 'contact.hj-montpellier@boussole.test', phone: '04 65 71 30 31' },
  },
  {
    key: 'espaceSanteJeunesMontpellier',
    territory: 'montpellier',
    name: 'Espace Santé Jeunes de Montpellier',
    siret: ['44730982', '0045'],
    type: 'sante',
    description: 'Consultations gratuites et confidentielles pour les 15-25 ans : médecins, psychologues, sage-femme, infirmière, sans avance de frais.',
    address: '9 rue Saint-Louis',
    commune: 'montpellier',
    contactsPublic: true,
    publicPhone: '04 65 71 30 40',
    defaultContactDelayDays: 2,
    professionalContact: { name: 'Dr Marc Olivier', email: 'contact.esj-montpellier@boussole.test', phone: '04 65 71 30 41' },
  },
]

export type PartnerIds = Record<PartnerKey, number>

export async function seedPartners(ctx: SeedContext, territories: TerritoryIds): Promise<PartnerIds> {
  const communes = await lookupCommunes(ctx, Object.values(COMMUNES))
  const ids = {} as PartnerIds
  for (const { key, territory, alsoIn = [], siret, commune, competence, ...partner } of PARTNERS) {
    const { id } = await create(ctx, 'partners', {
      ...partner,
      siret: demoSiret(...siret),
      commune: communes.id(COMMUNES[commune]),
      territories: [territory, ...alsoIn].map((name) => territories[name]),
      competence: competence ? { scope: 'communes', communes: communes.ids(competence.map((name) => COMMUNES[name])) } : { scope: 'territory' },
    })
    ids[key] = id
  }
  ctx.log(`${PARTNERS.length} organismes partenaires créés.`)
  return ids
}
