import { create, day, type SeedContext } from './context'
import { departementId, epciId } from './geography'
import { DEPARTEMENT_LOT, EPCI_GRAND_REIMS, EPCI_MONTPELLIER, EPCI_SICOVAL } from './places'
import type { ThemeIds } from './themes'

export type TerritoryKey = 'lot' | 'sicoval' | 'montpellier'
export type TerritoryIds = Record<TerritoryKey, number>

export async function seedTerritories(ctx: SeedContext, themes: ThemeIds): Promise<TerritoryIds> {
  const lot = await create(ctx, 'territories', {
    name: 'Lot',
    slug: 'lot',
    status: 'ouvert',
    openedAt: day('2020-10-29'),
    description:
      'La Boussole du Lot est animée par la Mission Locale du Lot avec les quatre Points Information Jeunesse du département (Cahors, Figeac, Gourdon et Souillac). Ouverte en octobre 2020 pour l’emploi, la formation et le logement, elle prépare l’ouverture du thème santé.',
    coverage: { departements: [await departementId(ctx, DEPARTEMENT_LOT)] },
    themes: [
      // As the Lot ran them since 2020: one « Emploi-Formation » tile (the 2021 objective was to split it).
      { theme: themes.emploi, status: 'ouvert', openedAt: day('2020-10-29'), tile: 'Emploi-Formation' },
      { theme: themes.formation, status: 'ouvert', openedAt: day('2020-10-29'), tile: 'Emploi-Formation' },
      { theme: themes.logement, status: 'ouvert', openedAt: day('2020-10-29') },
      { theme: themes.sante, status: 'bientot' },
    ],
    contact: {
      structure: 'Mission Locale du Lot',
      email: 'boussole.lot@boussole.test',
      phone: '05 36 49 10 00',
      address: '24 boulevard Gambetta, 46000 Cahors',
      website: 'https://www.missionlocale-lot.example',
    },
  })

  const sicoval = await create(ctx, 'territories', {
    name: 'Sicoval',
    slug: 'sicoval',
    status: 'ouvert',
    openedAt: day('2026-03-16'),
    description:
      'La Boussole du Sicoval couvre les 36 communes de la communauté d’agglomération du Sud-Est toulousain. Elle réunit l’antenne Sicoval de la Mission Locale Haute-Garonne, le Point Information Jeunesse de Ramonville et les associations du territoire.',
    coverage: { epcis: [await epciId(ctx, EPCI_SICOVAL)] },
    themes: [
      { theme: themes.emploi, status: 'ouvert', openedAt: day('2026-03-16') },
      { theme: themes.formation, status: 'ouvert', openedAt: day('2026-03-16') },
      { theme: themes.logement, status: 'ouvert', openedAt: day('2026-03-16') },
      { theme: themes.sante, status: 'ouvert', openedAt: day('2026-09-07') },
    ],
    contact: {
      structure: 'Communauté d’agglomération du Sicoval — service jeunesse',
      email: 'boussole.sicoval@boussole.test',
      phone: '05 36 49 20 00',
      address: '65 chemin de Ramonville, 31670 Labège',
    },
  })

  const montpellier = await create(ctx, 'territories', {
    name: 'Montpellier Méditerranée Métropole',
    slug: 'montpellier-mediterranee-metropole',
    status: 'ouvert',
    openedAt: day('2026-05-04'),
    description:
      'Déployée par le CRIJ Occitanie sur les 31 communes de la Métropole, la Boussole de Montpellier couvre l’emploi, la formation, le logement et la santé.',
    coverage: { epcis: [await epciId(ctx, EPCI_MONTPELLIER)] },
    themes: [
      { theme: themes.emploi, status: 'ouvert', openedAt: day('2026-05-04') },
      { theme: themes.formation, status: 'ouvert', openedAt: day('2026-05-04') },
      { theme: themes.logement, status: 'ouvert', openedAt: day('2026-05-04') },
      { theme: themes.sante, status: 'ouvert', openedAt: day('2026-05-04') },
    ],
    contact: {
      structure: 'CRIJ Occitanie — site de Montpellier',
      email: 'boussole.montpellier@boussole.test',
      phone: '04 65 71 30 00',
      address: '3 avenue Charles Flahault, 34090 Montpellier',
      website: 'https://www.crij.example',
    },
  })

  ctx.log('3 territoires créés (Lot, Sicoval, Montpellier Méditerranée Métropole).')
  return { lot: lot.id, sicoval: sicoval.id, montpellier: montpellier.id }
}

/** The Grand Reims, in preparation: covered and with a theme opened, but no animator, network nor offer yet (its opening checklist shows both). */
export async function seedTerritoryInPreparation(ctx: SeedContext, themes: ThemeIds): Promise<number> {
  const grandReims = await create(ctx, 'territories', {
    name: 'Grand Reims',
    slug: 'grand-reims',
    status: 'preparation',
    description:
      'La Boussole du Grand Reims, portée par le Point Information Jeunesse de Reims, se prépare à ouvrir sur les 143 communes de la communauté urbaine.',
    coverage: { epcis: [await epciId(ctx, EPCI_GRAND_REIMS)] },
    themes: [
      { theme: themes.emploi, status: 'ouvert' },
      { theme: themes.logement, status: 'bientot' },
    ],
    contact: {
      structure: 'Point Information Jeunesse de Reims',
      email: 'boussole.grand-reims@boussole.test',
      phone: '03 26 77 00 00',
    },
  })
  ctx.log('1 territoire en préparation créé (Grand Reims).')
  return grandReims.id
}
